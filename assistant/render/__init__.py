"""Renderings of an ``Answer``: the JSON contract and terminal text. (Slack blocks live in
``integrations/slack``.)"""

from assistant.render.json import answer_to_dict, answer_to_json
from assistant.render.text import answer_to_text

__all__ = ["answer_to_dict", "answer_to_json", "answer_to_text"]
