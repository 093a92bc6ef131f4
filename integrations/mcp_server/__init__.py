"""Advisor as a Model Context Protocol server (``advisor mcp``; needs the ``[mcp]`` extra)."""
