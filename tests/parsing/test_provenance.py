"""What the parser records beside the values: provenance, evidence, issues."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.constraints import CONSTRAINT_FIELDS, Change, Provenance
from assistant.parsing import parse
from assistant.parsing.text import normalize

_DESCRIPTION = (
    "Corporate legal department: summarize NDAs and flag non-standard terms. "
    "15k annotated NDAs, 3 months, $40,000, precision critical. About 2k NDAs a month."
)


def test_every_value_has_provenance_and_evidence() -> None:
    constraints = parse(_DESCRIPTION)
    found = [name for name in CONSTRAINT_FIELDS if getattr(constraints, name) is not None]
    assert set(found) == set(constraints.provenance) == set(constraints.evidence)
    assert all(constraints.evidence[name] for name in found)


def test_missing_fields_have_no_provenance_entry() -> None:
    constraints = parse(_DESCRIPTION)
    assert constraints.provenance_of("ml_expertise") is Provenance.MISSING
    assert "ml_expertise" not in constraints.provenance


def test_evidence_is_words_from_the_text() -> None:
    constraints = parse(_DESCRIPTION)
    for name, words in constraints.evidence.items():
        for part in words.split(", "):
            assert part in _DESCRIPTION, f"{name}: {part!r} is not in the text"


_VARIED = [
    "Hi! Ops lead at a chain of veterinary hospitals: discharge instructions for pet owners. "
    "Our vets signed off on about 6,500 past instruction sheets. Up to $30k, ten weeks.",
    "quick q - small law practice, auto-summarise deposition transcripts. maybe 400 summaries "
    "paralegals wrote. budget ~8k, need in 5 wks",
    "- company: B2B SaaS (devops tooling)\n- data: 14,000 solved support threads\n"
    "- budget: USD 45k\n- timeline: 3 months",
    "By Q3 we expect 20k labeled examples; traffic grows 10% a month; latency under 200 ms.",
    "Budget was $200k but finance cut it; it's now $120k. Not regulated. No ML engineers.",
    "Our prompt: ```Classify the ticket.``` 2k labeled tickets, $10k, gpt-4o-mini, ASAP.",
]


@pytest.mark.parametrize("text", _VARIED)
def test_evidence_parts_are_always_words_of_the_text(text: str) -> None:
    constraints = parse(text)
    readable = " ".join(normalize(text).split())
    assert constraints.evidence
    for name, words in constraints.evidence.items():
        for part in words.split(", "):
            assert part.rstrip(".") in readable, f"{name}: {part!r}"


def test_same_text_same_result() -> None:
    assert dataclasses.asdict(parse(_DESCRIPTION)) == dataclasses.asdict(parse(_DESCRIPTION))


def test_an_empty_text_gives_empty_constraints() -> None:
    constraints = parse("")
    assert all(value is None for value in constraints.values().values())
    assert constraints.issues == []


def test_every_issue_is_a_sentence() -> None:
    texts = [
        "Budget: -$500, timeline 0 weeks.",
        "We have $20k. We also have $35k.",
        "We have €10k.",
        "Wir brauchen einen Chatbot für unsere Kunden, und wir haben keine Daten.",
    ]
    issues = [issue for text in texts for issue in parse(text).issues]
    assert {issue.field for issue in issues} == {"budget_usd", "timeline_days", "text"}
    for issue in issues:
        assert issue.message[0].isupper()
        assert issue.message.endswith(".")


@pytest.mark.parametrize(
    ("reply", "field", "value"),
    [
        ("what if the budget is $500?", "budget_usd", 500),
        ("what if the budget were 2k?", "budget_usd", 2_000),
        ("What about a budget of twenty grand?", "budget_usd", 20_000),
        ("make it $500/month", "monthly_budget_usd", 500),
        ("what if we had 10k labeled examples?", "labeled_examples", 10_000),
        ("what if we had no data at all?", "labeled_examples", 0),
        ("and if the deadline were 2 weeks?", "timeline_days", 14),
        ("what if it had to be live in 2 weeks", "timeline_days", 14),
        ("and if accuracy wasn't critical?", "accuracy_critical", False),
        ("suppose latency must be under 100ms", "latency_sensitive", True),
        ("what if our requirements change every week?", "requirements_change", Change.FREQUENT),
        ("what if we had 500k requests a day", "monthly_requests", 15_000_000),
    ],
)
def test_a_follow_up_change_reads_its_one_value(reply: str, field: str, value: object) -> None:
    constraints = parse(reply)
    assert getattr(constraints, field) == value
    others = [n for n in CONSTRAINT_FIELDS if n != field and getattr(constraints, n) is not None]
    assert others == []


@pytest.mark.parametrize(
    "text",
    [
        "We're ISO 27001 and SOC 2 certified, open 24/7, 7 days a week, with 3 offices.",
        "Founded in 2015, we serve 12 countries and have 2 product lines.",
        "We use GPT-4 and Llama 3 70B; our v2 pipeline launched on 1st June.",
        "Call us at 555-0123; our NPS is 72.",
        "Classify tickets into 12 categories; 95% of tickets are in English.",
        "We handle requests in 4 languages across 3 time zones.",
        "Version 2.5 of our app shipped in Q2 2024.",
    ],
)
def test_numbers_that_are_not_constraints(text: str) -> None:
    constraints = parse(text)
    for name in (
        "labeled_examples",
        "budget_usd",
        "monthly_budget_usd",
        "timeline_days",
        "monthly_requests",
        "unlabeled_data",
    ):
        assert getattr(constraints, name) is None, name
