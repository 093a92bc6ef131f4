"""Any text in: a valid recommendation or a clear input error out, never a crash, and the
same input always gives the same bytes."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import Approach
from assistant.advisor import MAX_INPUT_CHARS, Advisor
from assistant.errors import InputError
from assistant.render import answer_to_json, answer_to_text

_WORDS = st.sampled_from(
    [
        "$5k",
        "-$500",
        "0 weeks",
        "two quarters",
        "12 grand",
        "half a million dollars",
        "no labeled data",
        "25k examples",
        "50k requests a day",
        "HIPAA",
        "not regulated",
        "brand voice",
        "asap",
        "€10k",
        "budget $5,000 actually $8,000",
        "accuracy is critical",
        "prototype",
        "requirements keep changing",
        "1e308",
        "99999999999999999999 tickets",
        "<!channel>",
        "法律",
        "Bank",
        "9" * 40,
        "\x00",
        "\u202e",
        "🙂",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_WORDS, st.text(max_size=20)), max_size=60).map(" ".join),
    st.text(alphabet="0123456789$k,. weeksmonth", min_size=1000, max_size=MAX_INPUT_CHARS),
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_TEXT)
def test_any_text_gives_an_answer_or_a_clear_error(advisor: Advisor, text: str) -> None:
    try:
        answer = advisor.ask(text)
    except InputError as exc:
        assert str(exc)
        assert not text.strip() or len(text) > MAX_INPUT_CHARS
        return
    assert answer.recommendation.approach in Approach
    assert len(answer.citations) >= 2
    first = answer_to_json(answer)
    assert json.loads(first)["recommendation"]["approach"] == answer.recommendation.approach
    assert answer_to_json(advisor.ask(text)) == first
    assert answer_to_text(answer)


def test_the_largest_description_allowed_is_answered(advisor: Advisor) -> None:
    text = ("Legal team, 15k annotated NDAs, $40,000, 3 months. " * 400)[:MAX_INPUT_CHARS]
    assert advisor.ask(text).recommendation.approach is Approach.FINE_TUNING


def test_text_with_nothing_usable_says_so(advisor: Advisor) -> None:
    for text in ("asdf qwer zxcv", "🙂🙂🙂", "<!channel> hello"):
        issues = [issue.field for issue in advisor.ask(text).issues]
        assert issues == ["text"], text
    assert all(i.field != "text" for i in advisor.ask("A legal bot, 5k labels").issues)
