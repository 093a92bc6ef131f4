"""Doc-parity of the rule book: every rule cites guidance and is exercised by a case; the
guidance is used; every answer is cited from the five documents."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.advisor import Advisor
from assistant.retrieval import search_guidance
from tests.scenarios.cases import RULE_CASES, all_cases, read_cases

TITLES = {
    "Fine-Tuning vs Prompting: Optimize Your AI Strategy",
    "The Hidden Cost of Fine-Tuning vs. Prompting for Production Models",
    "Fine-Tuning vs Prompt Engineering: Which to Choose?",
    "Fine-Tune or Prompt? Mastering LLMs for Maximum Impact",
    "Prompting vs. Fine-Tuning: Where Each Wins in Production",
}


@pytest.fixture(scope="module")
def answers(advisor: Advisor) -> list[tuple[dict[str, Any], Any]]:
    return [(case, advisor.ask(case["text"])) for case in all_cases()]


def _fired(answer: Any) -> set[str]:
    return {reason.rule for reason in [*answer.reasons, *answer.counter_reasons]}


def test_the_documents_are_the_five_sources(advisor: Advisor) -> None:
    assert {d.title for d in advisor.knowledge.guidance.documents.values()} == TITLES


def test_every_rule_cites_existing_guidance(advisor: Advisor) -> None:
    passages = advisor.knowledge.guidance.passages
    for rule in advisor.knowledge.book.rules:
        assert rule.cites, rule.id
        assert all(cite in passages for cite in rule.cites), rule.id


def test_every_document_is_cited_by_the_rules(advisor: Advisor) -> None:
    guidance = advisor.knowledge.guidance
    cited = {
        guidance.passages[cite].document
        for rule in advisor.knowledge.book.rules
        for cite in rule.cites
    }
    assert cited == set(guidance.documents)


def test_every_rule_fires_on_some_case(
    advisor: Advisor, answers: list[tuple[dict[str, Any], Any]]
) -> None:
    fired = set().union(*(_fired(answer) for _, answer in answers))
    rules = {rule.id for rule in advisor.knowledge.book.rules}
    assert rules - fired == set()


@pytest.mark.parametrize("case", read_cases(RULE_CASES), ids=lambda case: case["id"])
def test_rule_case_fires_its_rules_and_gets_its_approach(
    advisor: Advisor, case: dict[str, Any]
) -> None:
    answer = advisor.ask(case["text"])
    assert set(case["expect"]["fires"]) <= _fired(answer)
    assert not set(case["expect"].get("silent", ())) & _fired(answer)
    assert answer.recommendation.approach.value in case["expect"]["approach"]


def test_every_answer_cites_at_least_two_passages_from_the_documents(
    answers: list[tuple[dict[str, Any], Any]],
) -> None:
    for case, answer in answers:
        assert len(answer.citations) >= 2, case["id"]
        assert all(c.source in TITLES for c in answer.citations), case["id"]
        # One number per document section, numbered in order of first use, no gaps.
        numbers = list(dict.fromkeys(c.number for c in answer.citations))
        assert numbers == list(range(1, len(numbers) + 1)), case["id"]
        sections = {(c.source, c.section): c.number for c in answer.citations}
        assert sorted(sections.values()) == numbers, case["id"]
        for reason in answer.reasons:
            assert all(answer.citation_number(c) is not None for c in reason.citations)


def test_every_passage_is_used_by_a_rule_or_reachable_by_a_question(advisor: Advisor) -> None:
    knowledge = advisor.knowledge
    used = {cite for rule in knowledge.book.rules for cite in rule.cites}
    used |= {cite for cites in knowledge.book.technique_cites.values() for cite in cites}
    unreachable = []
    for passage in knowledge.guidance.ordered:
        if passage.id in used:
            continue
        question = f"What does the guidance say about {passage.section.lower()}?"
        found = [p.id for p, _ in search_guidance(knowledge.guidance, question, limit=5)]
        topical = " ".join(passage.topics)
        found += [p.id for p, _ in search_guidance(knowledge.guidance, topical, limit=5)]
        if passage.id not in found:
            unreachable.append(passage.id)
    assert unreachable == []
