"""The agent panel's own Web API calls: suggested prompts, the status line, the title.

    panel = Panel(client, logger=log)
    panel.suggest_prompts(channel_id="D1", thread_ts="1732170000.000100")
    panel.thinking(channel_id="D1", thread_ts="1732170000.000100")
    panel.set_title(channel_id="D1", thread_ts="1732170000.000100", project="Legal team ...")

Each is decoration around an answer, like the hourglass reaction: a failure (a DM thread
that is not an assistant thread, a missing ``assistant:write`` scope) is one log line and
never keeps the answer from being posted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from assistant import project_title
from integrations.slack import messages
from integrations.slack.escape import escape, fit

#: Slack shows about this many characters of a thread's title in the panel's history.
MAX_TITLE = 80


class Panel:
    def __init__(self, client: WebClient, *, logger: logging.Logger | None = None) -> None:
        self._client = client
        self._log = logger or logging.getLogger("advisor.slack")

    def suggest_prompts(self, *, channel_id: str, thread_ts: str) -> None:
        """The prompts offered in a new thread (``assistant.threads.setSuggestedPrompts``)."""
        prompts = [{"title": t, "message": m} for t, m in messages.PANEL_PROMPTS]
        self._call(
            "suggested prompts",
            lambda: self._client.assistant_threads_setSuggestedPrompts(
                channel_id=channel_id,
                thread_ts=thread_ts,
                title=messages.PANEL_PROMPTS_TITLE,
                prompts=prompts,
            ),
        )

    def thinking(self, *, channel_id: str, thread_ts: str) -> None:
        """ "Advisor is thinking…" under the thread until the answer is posted (Slack
        clears the status when the app replies)."""
        self._call(
            "status",
            lambda: self._client.assistant_threads_setStatus(
                channel_id=channel_id, thread_ts=thread_ts, status=messages.PANEL_STATUS
            ),
        )

    def set_title(self, *, channel_id: str, thread_ts: str, project: str) -> None:
        """The thread's title in the panel's history: the project's first clause."""
        title = title_of(project)
        self._call(
            "title",
            lambda: self._client.assistant_threads_setTitle(
                channel_id=channel_id, thread_ts=thread_ts, title=title
            ),
        )

    def _call(self, what: str, call: Callable[[], object]) -> None:
        try:
            call()
        except SlackApiError as error:
            code = error.response.get("error") if error.response is not None else error
            self._log.info("agent panel %s not set: %s", what, code)
        except Exception as error:  # a timeout, a refused connection: the answer goes on
            self._log.warning("agent panel %s not set: %s", what, str(error).split("\n")[0])


def title_of(project: str) -> str:
    """A thread title from the project's description, escaped like any echoed text, so no
    ``<!channel>`` comes back live."""
    title = project_title(project) or messages.UNTITLED_PROJECT
    return fit(escape(title), MAX_TITLE)
