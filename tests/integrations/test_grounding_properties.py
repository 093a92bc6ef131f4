"""Whatever a person writes and whatever a model proposes, the checks answer, never crash."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from integrations.llm.facts import ASSISTED_FIELDS, accepted_values
from integrations.llm.grounding import mentioned_numbers
from integrations.llm.phrasing import phrasing_keeps_facts

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_mentioned_numbers_never_crashes(text: str) -> None:
    assert all(number >= 0 for number in mentioned_numbers(text))


@settings(max_examples=300, deadline=None)
@given(
    proposed=st.dictionaries(st.sampled_from(ASSISTED_FIELDS), values, max_size=7),
    text=st.text(max_size=200),
)
def test_accepted_values_are_a_subset_and_never_crash(proposed: dict[str, Any], text: str) -> None:
    accepted = accepted_values(proposed, text=text)
    assert set(accepted) <= set(proposed)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=200).filter(str.strip))
def test_a_text_keeps_its_own_facts(text: str) -> None:
    assert phrasing_keeps_facts(text, text)
