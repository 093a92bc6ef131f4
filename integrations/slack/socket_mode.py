"""Socket Mode: the same bolt app over Slack's websocket, for a laptop behind a firewall."""

from __future__ import annotations

from slack_bolt import App


def serve_socket(app: App, *, app_token: str) -> None:
    """Connect to Slack with the app-level token and serve until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(app, app_token=app_token).start()  # type: ignore[no-untyped-call]
