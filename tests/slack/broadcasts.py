"""What counts as a live broadcast or ping in Slack text: the thing echoed text must never be."""

from __future__ import annotations

import re

# <!channel>, <!here>, <!everyone>, <!subteam^...>, <@U123>, <#C123>, <http://x|y>: any
# unescaped angle bracket is a control sequence; bare @channel/@here/@everyone too.
LIVE = re.compile(r"<[!@#]|<https?:|(?<![\w\u2060])@(?:channel|here|everyone)\b", re.I)


def live_broadcast(text: str) -> str | None:
    """The first live control sequence in ``text``, or None."""
    found = LIVE.search(text)
    return found.group(0) if found else None
