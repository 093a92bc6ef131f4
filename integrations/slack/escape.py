"""Making any text safe to show in Slack mrkdwn.

Slack reads ``<...>`` as a control sequence: ``<!channel>``, ``<!here>``, ``<!everyone>``
broadcast, ``<@U123>`` pings a person, ``<http://evil|bank.com>`` hides a link behind
other words. Escaping ``&``, ``<`` and ``>`` (Slack's own rule) turns every one of them into
plain characters. The bare words ``@channel``, ``@here`` and ``@everyone`` are also broken
with a zero-width joiner, so a broadcast cannot come back even if a client linkifies names.

    >>> escape("<!channel> & <@U1>")
    '&lt;!channel&gt; &amp; &lt;@U1&gt;'
"""

from __future__ import annotations

import re

_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_BARE_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)
_JOINER = "\u2060"  # WORD JOINER: invisible, and breaks the @word Slack would match
_ENTITY_TAIL = re.compile(r"&[a-z]{0,4}$")
ELLIPSIS = "…"


_MARKUP = re.compile(r"(?<![\w*_~`])[*_~`]+|[*_~`]+(?![\w*_~`])")


def plain(mrkdwn: str) -> str:
    """Already-escaped mrkdwn as a notification shows it: without the ``*bold*``,
    ``_italic_``, ``~strike~`` and ``` `code` ``` markers (``monthly_requests`` keeps its
    underscore). Entities stay escaped: the fallback text is read as mrkdwn too.

    >>> plain("*Costs* for _your_ `/advise` run")
    'Costs for your /advise run'
    """
    return _MARKUP.sub("", mrkdwn)


def escape(text: str) -> str:
    """``text`` with Slack's control characters escaped; safe inside mrkdwn and plain text."""
    return _BARE_BROADCAST.sub("@" + _JOINER, text.translate(_ENTITIES))


def fit(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis when cut.

    Safe on escaped text: a cut never splits an entity such as ``&amp;``.
    """
    if len(text) <= limit:
        return text
    cut = text[: max(limit - len(ELLIPSIS), 0)]
    cut = _ENTITY_TAIL.sub("", cut)
    return cut.rstrip() + ELLIPSIS


def excerpt(text: str, limit: int) -> str:
    """User text for display: whitespace collapsed, escaped, and cut to ``limit``."""
    return fit(escape(" ".join(text.split())), limit)
