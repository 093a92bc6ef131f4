"""A tie-break is not a reason: an answer that no rule supports says nothing it cannot back,
and cites what the tie-break rests on."""

from __future__ import annotations

from assistant import Advisor, Approach


def test_an_answer_no_rule_supports_cites_the_tie_break_and_gives_no_reason() -> None:
    advisor = Advisor.load()
    answer = advisor.ask("Internal tool to draft meeting agendas from a short brief.")
    assert answer.recommendation.approach is Approach.PROMPTING
    assert answer.reasons == []
    cited = [c.id for c in answer.citations]
    for passage in advisor.knowledge.book.tie_break_cites:
        assert passage in cited


def test_no_rule_fires_on_every_answer() -> None:
    advisor = Advisor.load()
    texts = [
        "Bank: 50k labeled disputes, strict accuracy, $80k, six months.",
        "Weekend hobby bot that writes limericks.",
        "Clinic triage notes, 200 labeled, more coming every week, accuracy is critical.",
    ]
    fired = [{r.rule for r in [*a.reasons, *a.counter_reasons]} for a in map(advisor.ask, texts)]
    assert set.intersection(*fired) == set()
