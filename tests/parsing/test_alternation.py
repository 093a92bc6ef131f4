"""The phrase table: the same matches and keys as the plain alternation of its phrasings,
without compiling the phrasings a text cannot hold."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.parsing.alternation import Table, _starts, split_top
from assistant.parsing.vocabulary import DOMAIN_WORDS

_ENTRIES = [
    ("short", r"high accuracy"),
    ("long", r"(?:high|top) accuracy (?:is|was) (?:key|everything)(?: \w+){0,40}"),
    ("no", r"(?:accuracy|precision)\s+(?:is\s+)?not\s+(?:critical|important)"),
    ("after a guard", r"top accuracy|precision is key"),
    ("yes", r"(?:accuracy|precision)\s+(?:\w+\s+){0,2}?(?:matters|critical)|high accuracy"),
    ("bank", r"banks?|banking"),
    ("legal", r"legal|law ?firms?|(?<!of )courses?"),
]


def test_split_top_keeps_groups_and_classes_whole() -> None:
    assert split_top(r"a|(?:b|c)|[|x]|d\|e") == ["a", "(?:b|c)", "[|x]", r"d\|e"]


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"[]|]a|b", [r"[]|]a", "b"]),  # "]" first in a class is a literal
        (r"[^]|(]x|y", [r"[^]|(]x", "y"]),
        (r"[a\]|]|z", [r"[a\]|]", "z"]),
        (r"\(|a(?:b|\))|c", [r"\(", r"a(?:b|\))", "c"]),
        ("", [""]),
        ("abc", ["abc"]),
    ],
)
def test_split_top_reads_escapes_and_classes(pattern: str, parts: list[str]) -> None:
    assert split_top(pattern) == parts
    assert "|".join(parts) == pattern


@pytest.mark.parametrize(
    ("alternative", "starts"),
    [
        ("support", {"support"}),
        ("tasks?", {"task"}),
        ("(?:customer |tech )?support", {"customer ", "tech ", "support"}),
        ("(?:a|b)*?c", {"a", "b", "c"}),
        ("(?:a|b)+c", {"a", "b"}),
        ("(?:some |a few )?(?:errors|mistakes) x", {"some ", "a few ", "errors", "mistakes"}),
        (r"(?<!of )courses?", {"course"}),
        (r"\brag\b", {"rag"}),
        ("(?:a|b)?", None),  # may match nothing: it can start anywhere
        ("(?:a|b){2}c", None),
        (r"\w+ing", None),
    ],
)
def test_starts(alternative: str, starts: set[str] | None) -> None:
    assert _starts(alternative) == starts


def test_an_earlier_entry_wins_at_the_same_position() -> None:
    table = Table(_ENTRIES)
    [(key, match)] = list(table.finditer("accuracy is not critical here"))
    assert key == "no"
    assert match.group() == "accuracy is not critical"


def test_keys_and_spans() -> None:
    table = Table(_ENTRIES)
    found = [(key, m.group()) for key, m in table.finditer("a bank and a law firm; of course")]
    assert found == [("bank", "bank"), ("legal", "law firm")]


_WORDS = st.sampled_from(
    [
        "accuracy",
        "precision",
        "is",
        "not",
        "critical",
        "matters",
        "high",
        "bank",
        "banks",
        "banking",
        "legal",
        "law",
        "firm",
        "lawfirms",
        "of",
        "course",
        "courses",
        "x",
        "the",
    ]
)


@settings(max_examples=300)
@given(st.lists(_WORDS, max_size=12).map(" ".join))
def test_the_table_matches_like_the_plain_alternation(text: str) -> None:
    assert _table_spans(_ENTRIES, text) == _plain_spans(_ENTRIES, text)


def _plain_spans(entries: list[tuple[str, str]], text: str) -> list[tuple[str, tuple[int, int]]]:
    """What the alternation of every phrasing finds, each match keyed by the first entry
    that matches its words."""
    plain = re.compile(r"\b(?:" + "|".join(fragment for _, fragment in entries) + r")\b")
    found = []
    for match in plain.finditer(text):
        key = next(k for k, f in entries if re.fullmatch(f, match.group()))
        found.append((key, match.span()))
    return found


def _table_spans(entries: list[tuple[str, str]], text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(key, match.span()) for key, match in Table(entries).finditer(text)]


_OPTIONAL_LEADS = [
    r"(?:some |occasional )?(?:mistakes|errors) (?:are|is) (?:fine|costly)",
    r"(?:customer )?support(?: team)? for (?:our |the )?(?:database|bank)",
    r"support team",
    r"errors|costly|customer",
    r"(?:the )*same (?:answer|format)",
]
_OPTIONAL_WORDS = st.sampled_from(
    [
        "some",
        "occasional",
        "mistakes",
        "errors",
        "are",
        "is",
        "fine",
        "costly",
        "customer",
        "support",
        "team",
        "for",
        "our",
        "the",
        "database",
        "bank",
        "same",
        "answer",
        "format",
        "x",
    ]
)


@settings(max_examples=300)
@given(st.lists(_OPTIONAL_WORDS, max_size=12).map(" ".join))
def test_optional_leading_groups_match_like_the_plain_alternation(text: str) -> None:
    entries = [(str(number), fragment) for number, fragment in enumerate(_OPTIONAL_LEADS)]
    assert _table_spans(entries, text) == _plain_spans(entries, text)


def test_the_domain_vocabulary_compiles_and_finds_its_words() -> None:
    entries = [
        (f"{domain}:{weight}", fragment)
        for domain, by_weight in DOMAIN_WORDS.items()
        for weight, fragment in by_weight.items()
    ]
    table = Table(entries)
    keys = [key for key, _ in table.finditer("a hospital, a law firm and an online store")]
    assert keys == ["healthcare:2", "legal:2", "ecommerce:2"]
