"""Any text up to the size limit gives valid constraints, the same each time, quickly."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.advisor import MAX_INPUT_CHARS
from assistant.constraints import Constraints
from assistant.parsing import parse
from assistant.records import json_data
from assistant.validation import validated

_KEYWORDS = [
    "$",
    "€",
    "£",
    "¥",
    "k",
    "M",
    "grand",
    "budget",
    "labeled",
    "examples",
    "no data",
    "per day",
    "a month",
    "/mo",
    "weeks",
    "months",
    "0 weeks",
    "-",
    "-$",
    "ASAP",
    "next week",
    "actually",
    "%",
    "tokens",
    "words",
    "prompt:",
    "```",
    '"',
    "HIPAA",
    "not",
    "no",
    "real-time",
    "accuracy",
    "ML engineers",
    "requirements keep changing",
    "gpt-4o-mini",
    "Llama 3 8B",
    "half a million",
    "a few hundred",
    "thousands",
    "between",
    "and",
    "to",
    "1,500",
    "25k",
    "90 000",
    "1.5k",
    "1,5k",
    "\n",
    " ",
    ",",
    ".",
    ";",
    "(",
    ")",
    "🙂",
    "ß",
    "İ",
    "\x00",
    "\u200b",
    "ﷺ",
    "٣",
    "五万",
    "१२",
]

_texts = st.lists(
    st.one_of(
        st.sampled_from(_KEYWORDS),
        st.text(max_size=12),
        st.integers(min_value=-(10**6), max_value=10**18).map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_any_text_gives_valid_constraints(text: str) -> None:
    constraints = parse(text)
    again = parse(text)
    assert validated(Constraints, json_data(constraints)) == constraints
    assert json_data(constraints) == json_data(again)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40), st.integers(min_value=1, max_value=MAX_INPUT_CHARS))
def test_long_repetitive_text_is_read_in_bounded_time(chunk: str, size: int) -> None:
    text = (chunk * (size // len(chunk) + 1))[:size]
    started = time.perf_counter()
    parse(text)
    # Linear patterns read 20,000 characters in tens of milliseconds; a catastrophic
    # backtrack would take seconds or minutes.
    assert time.perf_counter() - started < 2.0


def test_worst_case_inputs_at_the_size_limit() -> None:
    chunks = [
        "1",
        "1,",
        "$",
        "a ",
        "1 ",
        "- ",
        "$1k ",
        "no ",
        "budget ",
        "```",
        "one two three ",
        "labeled examples ",
        "1.1.",
        "5-10k ",
        "\x00\x01",
        "🙂",
        "İ",
        "ﷺ",
        "real-time ",
        "accuracy ",
        'prompt: "',
        "we have ",
        "a month ",
        "requirements ",
        "not ",
    ]
    for chunk in chunks:
        text = (chunk * (MAX_INPUT_CHARS // len(chunk) + 1))[:MAX_INPUT_CHARS]
        started = time.perf_counter()
        constraints = parse(text)
        assert time.perf_counter() - started < 2.0, repr(chunk)
        assert isinstance(constraints, Constraints)
