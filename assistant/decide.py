"""From rule outcomes to a recommendation: scores, the technique, reasons and citations.

How conflicts resolve: every fired rule adds its weights to the approaches it names; the
highest total wins, and a tie goes to the cheaper, more reversible choice (prompting, then
prompt-then-fine-tune, then fine-tuning), as the guidance advises testing incrementally
before committing to training; only a prompt-then-fine-tune that a rule argued for above
all (a rule leaning to the plan, not a fine-tuning rule that also gives it a point) wins
its tie with prompting, since it starts with the same prompting (see ``winner``).

A rule that favours one side in one situation and another rule that favours the other
side in a narrower one (general customer service -> prompting; customer service that needs
a brand voice -> fine-tuning) are both data: the narrower rule carries the larger weight,
and the answer shows both as reasons for and against.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import assistant.messages as messages
from assistant.answer import SHOWN_REASONS, Citation, MissingConstraint, Reason, Recommendation
from assistant.constraints import FIELD_ROWS, Constraints
from assistant.guidance import Guidance
from assistant.rows import Ask
from assistant.rules import TIE_ORDER, Outcome, RuleBook
from assistant.rules.conditions import normalise_facts
from assistant.rules.engine import evaluate_normalised
from assistant.vocabulary import Approach, Confidence, Technique

#: Below this many labeled examples a supervised fine-tune is not yet worth training; from
#: AMPLE_LABELS on, the rules treat labels as plentiful. Both are product judgement (the
#: documents give no count), kept here so the rules and the switch trigger agree.
SWITCH_AT_LABELS = 1_000
AMPLE_LABELS = 5_000

_PROMPTING_TECHNIQUES = frozenset(
    {
        Technique.ZERO_SHOT,
        Technique.FEW_SHOT,
        Technique.CHAIN_OF_THOUGHT,
        Technique.MULTI_STEP,
        Technique.AUTOMATED_PROMPTING,
    }
)


@dataclass(frozen=True)
class Decision:
    """What the rules decide for one project: the recommendation, the reasons on both
    sides, the numbered citations, and what is missing."""

    recommendation: Recommendation
    reasons: list[Reason]  # fired rules supporting the chosen approach, strongest first
    counter_reasons: list[Reason]  # fired rules for the others
    citations: list[Citation]
    missing: list[MissingConstraint]


def scores_of(outcomes: Iterable[Outcome]) -> dict[Approach, int]:
    scores = dict.fromkeys(TIE_ORDER, 0)
    for outcome in outcomes:
        if outcome.fired:
            for approach, weight in outcome.rule.effect.items():
                scores[approach] += weight
    return scores


def winner(
    scores: Mapping[Approach, int],
    *,
    among: Sequence[Approach] = TIE_ORDER,
    plan_argued: bool | None = None,
) -> Approach:
    """The best-scored approach ``among`` those given; a tie goes to the earlier in
    ``TIE_ORDER`` (the cheaper, more reversible choice), except that prompting tied with a
    prompt-then-fine-tune that rules argued for goes to the plan: it starts with the same
    prompting, so the case for prompting now is a case for its first step, and the signals
    for fine-tuning later are kept rather than dropped. ``plan_argued`` says whether a
    fired rule leans to the plan; without it, a plan score above zero counts."""

    def rank(approach: Approach) -> tuple[int, int]:
        order = -TIE_ORDER.index(approach)
        argued = scores[approach] > 0 if plan_argued is None else plan_argued
        if approach is Approach.PROMPT_THEN_FINE_TUNE and argued:
            order = 1  # ahead of prompting, still behind no one else at the same score
        return (scores[approach], order)

    return max(among, key=rank)


def decide(
    *,
    constraints: Constraints,
    facts: Mapping[str, Any],
    book: RuleBook,
    guidance: Guidance,
) -> Decision:
    """The recommendation for ``facts``, with the reasons on both sides, the numbered
    citations, and what is missing."""
    normalised = normalise_facts(facts)
    outcomes = evaluate_normalised(book.rules, normalised)
    scores = scores_of(outcomes)
    fired = [o for o in outcomes if o.fired]
    plan_argued = _plan_argued(fired)
    approach = winner(scores, plan_argued=plan_argued)
    reasons = _reasons(fired, lambda o: o.rule.effect.get(approach, 0) > 0, approach)
    counter = _reasons(fired, lambda o: o.rule.effect.get(approach, 0) <= 0, approach)
    technique = _technique(approach, reasons, constraints)
    later = Technique.SUPERVISED_FT if approach is Approach.PROMPT_THEN_FINE_TUNE else None
    # No rule for the chosen approach: it won the tie-break, so cite what that rests on.
    fallback = () if reasons else book.tie_break_cites
    citations = _citations(
        reasons, counter, (*book.technique_cites[technique], *fallback), guidance=guidance
    )
    missing = _missing(
        constraints, facts=normalised, outcomes=outcomes, scores=scores, approach=approach
    )
    runner_up = winner(
        scores,
        among=[a for a in TIE_ORDER if a is not approach],
        plan_argued=plan_argued,
    )
    margin = scores[approach] - scores[runner_up]
    settling = next((m for m in missing if m.could_change_answer), None)
    recommendation = Recommendation(
        approach=approach,
        technique=technique,
        later_technique=later,
        confidence=_confidence(margin, missing, contradicted=_contradicted(constraints, fired)),
        margin=margin,
        runner_up=runner_up,
        settled_by=settling.question if settling and margin <= _CLOSE_MARGIN else None,
        summary=messages.summary(approach, technique, constraints),
        scores=scores,
        switch_trigger=(
            messages.switch_trigger(constraints, target=_switch_target(constraints), facts=facts)
            if approach is Approach.PROMPT_THEN_FINE_TUNE
            else None
        ),
        next_steps=messages.next_steps(approach),
    )
    return Decision(
        recommendation=recommendation,
        reasons=reasons,
        counter_reasons=counter,
        citations=citations,
        missing=missing,
    )


def _plan_argued(fired: Sequence[Outcome]) -> bool:
    """Whether a fired rule argues for the staged plan above all (not a rule for
    fine-tuning that also gives the plan a point)."""
    return any(o.rule.leaning is Approach.PROMPT_THEN_FINE_TUNE for o in fired)


def _switch_target(c: Constraints) -> int:
    have = c.labeled_examples or 0
    return SWITCH_AT_LABELS if have < SWITCH_AT_LABELS else max(AMPLE_LABELS, have)


def _reasons(fired: Sequence[Outcome], keep: Any, approach: Approach) -> list[Reason]:
    chosen = [o for o in fired if keep(o)]
    # Strongest evidence first: the weight towards the chosen approach, then the stable id.
    chosen.sort(key=lambda o: (-abs(o.rule.effect.get(approach, 0)), o.rule.id))
    return [
        Reason(
            rule=o.rule.id,
            approach=o.rule.leaning,
            weight=o.rule.effect.get(approach, 0),
            summary=o.rule.summary,
            matched=dict(o.matched),
            citations=o.rule.cites,
            technique=o.rule.technique,
        )
        for o in chosen
    ]


def _technique(approach: Approach, reasons: Sequence[Reason], c: Constraints) -> Technique:
    wanted_prompting = approach is not Approach.FINE_TUNING
    for reason in reasons:
        if reason.technique is None:
            continue
        if (reason.technique in _PROMPTING_TECHNIQUES) == wanted_prompting:
            return reason.technique
    if wanted_prompting:
        return Technique.ZERO_SHOT if c.labeled_examples == 0 else Technique.FEW_SHOT
    if not c.labeled_examples and c.unlabeled_data:
        return Technique.UNSUPERVISED_FT
    return Technique.SUPERVISED_FT


def _citations(
    reasons: Sequence[Reason],
    counter: Sequence[Reason],
    technique_cites: Sequence[str],
    *,
    guidance: Guidance,
) -> list[Citation]:
    """The answer's sources, numbered once for every rendering (terminal, JSON, Slack):
    in order of first use as the reasons are shown (the top reasons for, then against,
    then the technique's, then the rest), one number per document section, so passages
    of one section share it and no section is listed twice."""
    order: list[str] = []
    for passage_id in [
        *(c for r in reasons[:SHOWN_REASONS] for c in r.citations),
        *(c for r in counter[:SHOWN_REASONS] for c in r.citations),
        *technique_cites,
        *(c for r in reasons[SHOWN_REASONS:] for c in r.citations),
        *(c for r in counter[SHOWN_REASONS:] for c in r.citations),
    ]:
        if passage_id not in order:
            order.append(passage_id)
    numbers: dict[tuple[str, str], int] = {}
    citations = []
    for passage_id in order:
        passage = guidance.passages[passage_id]
        source = guidance.documents[passage.document].title
        number = numbers.setdefault((source, passage.section), len(numbers) + 1)
        citations.append(
            Citation(
                number=number,
                id=passage_id,
                source=source,
                section=passage.section,
                text=passage.text,
            )
        )
    return citations


#: A margin this small (or smaller) is close: the answer names the fact that would settle it.
_CLOSE_MARGIN = 2


def _confidence(
    margin: int, missing: Sequence[MissingConstraint], *, contradicted: bool
) -> Confidence:
    if any(m.could_change_answer for m in missing):
        margin -= 2
    level = 2 if margin >= 4 else 1 if margin >= 2 else 0
    # The text contradicts itself on a fact a fired rule reads: one step less sure.
    if contradicted:
        level = max(0, level - 1)
    return (Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH)[level]


def _contradicted(c: Constraints, fired: Sequence[Outcome]) -> bool:
    """Whether the text says two things about a fact that a fired rule reads."""
    read = {name for outcome in fired for name in outcome.rule.fields}
    return any(issue.contradiction and issue.field in read for issue in c.issues)


def _missing(
    c: Constraints,
    *,
    facts: Mapping[str, Any],
    outcomes: Sequence[Outcome],
    scores: Mapping[Approach, int],
    approach: Approach,
) -> list[MissingConstraint]:
    """The key constraints the text did not give, and whether any plausible value of each
    would change ``approach`` (tried with the rules, holding everything else). ``facts``
    are normalised."""
    by_field: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        for name in outcome.rule.fields:
            by_field.setdefault(name, []).append(outcome)
    result = []
    for name, ask in ASKED:
        if c.known(name) or any(c.known(other) for other in ask.answered_by):
            continue
        naming = by_field.get(name, ())
        could_change = any(
            _trial_winner(outcomes, naming, scores, trial={**facts, **probe}) is not approach
            for probe in _PROBES.get(name, ())
        )
        result.append(
            MissingConstraint(
                name=name,
                why=ask.why,
                question=ask.question,
                options=ask.options,
                could_change_answer=could_change,
            )
        )
    return result


#: The constraints worth asking for when a description leaves them out, in asking order.
ASKED: tuple[tuple[str, Ask], ...] = tuple(
    sorted(
        ((name, row.ask) for name, row in FIELD_ROWS.items() if row.ask is not None),
        key=lambda item: item[1].rank,
    )
)

#: The probes as conditions compare them: one fact each, normalised once at import.
_PROBES: dict[str, tuple[dict[str, Any], ...]] = {
    name: tuple(normalise_facts({name: value}) for value in ask.probes) for name, ask in ASKED
}


def _trial_winner(
    outcomes: Sequence[Outcome],
    naming: Sequence[Outcome],
    scores: Mapping[Approach, int],
    *,
    trial: Mapping[str, Any],
) -> Approach:
    """The approach after changing one field: ``naming`` are the rules that read it."""
    rescored = _rescored(naming, scores, trial=trial)
    if rescored[Approach.PROMPTING] != rescored[Approach.PROMPT_THEN_FINE_TUNE]:
        return winner(rescored)  # no tie between the two for the plan's rules to settle
    changed = {id(o) for o in naming}
    fired = [o for o in outcomes if o.fired and id(o) not in changed]
    fired += [o for o in naming if o.rule.when.holds(trial)]
    return winner(rescored, plan_argued=_plan_argued(fired))


def _rescored(
    naming: Sequence[Outcome],
    scores: Mapping[Approach, int],
    *,
    trial: Mapping[str, Any],
) -> dict[Approach, int]:
    """``scores`` after changing one field: only the rules that name it (``naming``) can
    change."""
    trial_scores = dict(scores)
    for outcome in naming:
        fires = outcome.rule.when.holds(trial)
        if fires != outcome.fired:
            sign = 1 if fires else -1
            for approach, weight in outcome.rule.effect.items():
                trial_scores[approach] += sign * weight
    return trial_scores
