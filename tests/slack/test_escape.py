from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from integrations.slack import messages
from integrations.slack.blocks import notice_message
from integrations.slack.escape import ELLIPSIS, escape, excerpt, fit, plain
from tests.slack.broadcasts import live_broadcast

HOSTILE = [
    "<!channel> budget is $5",
    "<!here|here> please",
    "<!everyone>",
    "<!subteam^S123|@team>",
    "ping <@U0ADMIN> now",
    "<https://evil.example|https://bank.example> login",
    "@channel @here @everyone",
    "&lt;!channel&gt; already escaped",
]


def test_control_sequences_become_plain_characters() -> None:
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"
    for text in HOSTILE:
        assert live_broadcast(escape(text)) is None, text


def test_bare_broadcast_words_are_broken_but_read_the_same() -> None:
    out = escape("hi @channel and @Here")
    assert live_broadcast(out) is None
    assert out.replace("\u2060", "") == "hi @channel and @Here"
    assert escape("mail me at team@channels.example") == "mail me at team@channels.example"


def test_fit_cuts_with_an_ellipsis_and_never_splits_an_entity() -> None:
    assert fit("short", 10) == "short"
    cut = fit("a" * 20, 10)
    assert len(cut) <= 10 and cut.endswith(ELLIPSIS)
    escaped = escape("<" * 50)  # "&lt;" x 50
    for limit in range(1, 40):
        out = fit(escaped, limit)
        assert len(out) <= limit
        body = out.removesuffix(ELLIPSIS)
        assert body == "&lt;" * (len(body) // 4), (limit, out)


def test_excerpt_collapses_whitespace() -> None:
    assert excerpt("a\n\n  b\tc", 100) == "a b c"


@settings(deadline=None)
@given(st.text())
def test_any_text_escaped_has_no_live_sequence(text: str) -> None:
    assert live_broadcast(escape(text)) is None


@settings(deadline=None)
@given(st.text(), st.integers(min_value=1, max_value=200))
def test_excerpt_is_bounded_and_safe(text: str, limit: int) -> None:
    out = excerpt(text, limit)
    assert len(out) <= limit
    assert live_broadcast(out) is None
    assert "<" not in out and ">" not in out


def test_notification_text_is_plain_and_the_help_is_escaped() -> None:
    for text in (messages.HELP, messages.THREAD_HELP, messages.THREAD_FORGOTTEN):
        note = notice_message(text)
        assert not re.search(r"(?<![\w*_~`])[*_`]|[*_`](?![\w*_~`])", note.text), note.text
        # Every "<" in what is shown is Slack's escape, never a control sequence.
        assert "<" not in note.blocks[0]["text"]["text"]
    assert plain("monthly_requests is *high*") == "monthly_requests is high"
