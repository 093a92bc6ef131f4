"""``--explain``: every fact with its words and reading, every rule with its checks; and
confidence that means something: the margin, the fact that would settle a close call, and
contradictions that lower it."""

from __future__ import annotations

import json
import subprocess
import sys

from assistant import Advisor, Confidence

TEXT = (
    "Insurer: route incoming claims to one of 30 queues. 25,000 historical claims with the "
    "final queue recorded. Our prompted pilot gets 71% right; operations need 94%. "
    "Budget $70k, live in five months."
)


def test_explanation_covers_every_fact_and_every_rule() -> None:
    advisor = Advisor.load()
    answer = advisor.ask(TEXT)
    explanation = advisor.explain(answer)
    names = {item.name for item in explanation.constraints}
    assert {"labeled_examples", "budget_usd", "prompting_fell_short"} <= names
    for item in explanation.constraints:
        assert item.words is not None and item.reading
        for part in item.words.replace("...", "").split(", "):
            assert part in TEXT, (item.name, part)
    fired = {check.rule for check in explanation.rules if check.fired}
    assert fired == {r.rule for r in [*answer.reasons, *answer.counter_reasons]}
    assert len(explanation.rules) == len(advisor.knowledge.book.rules)
    for check in explanation.rules:
        held = [c.holds for c in check.conditions if c.part == "all"]
        if check.fired:
            assert all(held)
    assert explanation.scores[answer.recommendation.approach.value] == max(
        explanation.scores.values()
    )


def test_ask_explain_json_adds_the_explain_key_and_keeps_the_rest() -> None:
    def run(*args: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "integrations.cli.main", "ask", "--json", *args, TEXT],
            capture_output=True,
            text=True,
            check=True,
        )
        data: dict[str, object] = json.loads(done.stdout)
        return data

    plain, explained = run(), run("--explain")
    assert "explain" not in plain
    explain = explained.pop("explain")
    assert explained == plain
    assert isinstance(explain, dict) and {"constraints", "rules", "scores", "margin"} <= set(
        explain
    )


def test_a_close_call_names_the_fact_that_would_settle_it() -> None:
    answer = Advisor.load().ask("Our clinic wants to draft discharge summaries.")
    r = answer.recommendation
    assert r.runner_up is not None and r.runner_up is not r.approach
    assert r.margin == r.scores[r.approach] - r.scores[r.runner_up]
    assert r.margin <= 2
    assert r.settled_by is not None and r.settled_by.endswith("?")
    assert r.settled_by in [m.question for m in answer.missing if m.could_change_answer]


def test_a_clear_answer_names_no_settling_fact() -> None:
    r = Advisor.load().ask(TEXT).recommendation
    assert r.margin > 2 and r.settled_by is None


def test_a_contradiction_on_a_fact_the_rules_read_lowers_confidence() -> None:
    advisor = Advisor.load()
    base = "Bank disputes team: 20,000 labeled disputes, $50k, four months. "
    clear = advisor.ask(base + "Accuracy is critical.")
    torn = advisor.ask(base + "Accuracy is not critical. Accuracy is critical.")
    assert any(issue.contradiction for issue in torn.issues)
    order = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH]
    assert (
        order.index(torn.recommendation.confidence)
        == order.index(clear.recommendation.confidence) - 1
        or torn.recommendation.confidence is Confidence.LOW
    )


def test_a_correction_is_not_a_contradiction() -> None:
    answer = Advisor.load().ask("Accuracy is critical. Actually, accuracy is not critical.")
    assert answer.constraints.accuracy_critical is False
    assert not any(issue.contradiction for issue in answer.issues)


def test_labels_said_to_be_none_and_counted_are_a_contradiction() -> None:
    answer = Advisor.load().ask("We have no labeled data. We have 20,000 labeled examples.")
    assert [i.field for i in answer.issues if i.contradiction] == ["labeled_examples"]
