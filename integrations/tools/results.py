"""The four tools as plain functions over one ``Advisor``: typed arguments in, the JSON
contract's objects out (so an agent can quote them)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from assistant import (
    CONSTRAINT_FIELDS,
    MAX_INPUT_CHARS,
    Advisor,
    AdvisorError,
    ChangeReply,
    Constraints,
    CostOptions,
    CostReply,
    FollowUp,
    GuidanceReply,
    InputTooLargeError,
    Reason,
    WhyReply,
    answer_to_dict,
    describe_error,
    json_data,
    parse,
    search_guidance,
    validated,
)
from integrations.tools.schemas import AdviseInput, CostsInput, FollowUpInput, SearchInput

#: The constraint names a caller may hand back (the contract's `constraints` keys).
CONSTRAINT_NAMES = CONSTRAINT_FIELDS


class ToolInputError(ValueError):
    """Arguments a tool cannot use; the message is one sentence for the caller."""


class AdvisorToolbox:
    """The tools over one loaded ``Advisor`` (load it once; every call is pure)."""

    def __init__(self, advisor: Advisor) -> None:
        self.advisor = advisor

    def advise(self, args: AdviseInput) -> dict[str, Any]:
        """The ``advisor ask --json`` object for the description (with ``constraints`` laid
        over what the text says)."""
        try:
            answer = self.advisor.ask(args.description, today=args.today)
            if args.constraints is not None and args.constraints.given():
                given = Constraints(**args.constraints.given())
                answer = self.advisor.recommend(answer.constraints.merged(given), text=answer.text)
        except AdvisorError as exc:
            raise ToolInputError(describe_error(exc)) from exc
        return answer_to_dict(answer)

    def follow_up(self, args: FollowUpInput) -> dict[str, Any]:
        """What the reply asks, answered from the same engine (``answer`` is the thread's
        answer after the reply)."""
        previous = previous_constraints(args.constraints)
        try:
            result = self.advisor.follow_up(args.reply, previous=previous)
        except AdvisorError as exc:
            raise ToolInputError(describe_error(exc)) from exc
        return follow_up_dict(result)

    def estimate_costs(self, args: CostsInput) -> dict[str, Any]:
        """The cost report, as ``advisor cost --json`` prints it."""
        # Parsed as `advisor cost` parses it; figures alone need no description.
        if len(args.description) > MAX_INPUT_CHARS:
            error = InputTooLargeError(size=len(args.description), limit=MAX_INPUT_CHARS)
            raise ToolInputError(describe_error(error))
        text = args.description.strip()
        constraints = parse(text) if text else Constraints()
        options = CostOptions(**args.options())
        answer = self.advisor.recommend(constraints, cost_options=options)
        if answer.costs is None:
            problems = [issue.message for issue in answer.issues if issue.field == "costs"]
            raise ToolInputError(" ".join(problems) or "The costs could not be computed.")
        costs: dict[str, Any] = json_data(answer.costs)
        return costs

    def search_guidance(self, args: SearchInput) -> dict[str, Any]:
        """The passages that answer ``query`` (an empty list: the guidance does not cover
        it)."""
        guidance = self.advisor.knowledge.guidance
        found = search_guidance(guidance, args.query, limit=args.k)
        return {
            "query": args.query,
            "passages": [
                passage_dict(
                    id=passage.id,
                    source=guidance.documents[passage.document].title,
                    section=passage.section,
                    text=passage.text,
                    topics=list(passage.topics),
                    score=score,
                )
                for passage, score in found
            ],
        }


def passage_dict(
    *, id: str, source: str, section: str, text: str, topics: list[str], score: float
) -> dict[str, Any]:
    """One found passage as the ``search_guidance`` tools return it."""
    return {
        "id": id,
        "source": source,
        "section": section,
        "text": text,
        "topics": topics,
        "score": score,
    }


def previous_constraints(values: dict[str, Any]) -> Constraints:
    """``Constraints`` from an earlier answer's ``constraints`` object (extra keys such as
    ``provenance`` are ignored; a wrong value is a ``ToolInputError``)."""
    known = {name: values[name] for name in CONSTRAINT_NAMES if values.get(name) is not None}
    try:
        return validated(Constraints, known)
    except ValidationError as exc:
        fields = ", ".join(sorted({str(error["loc"][0]) for error in exc.errors()}))
        raise ToolInputError(f"These constraint values are not valid: {fields}.") from exc


def follow_up_dict(result: FollowUp) -> dict[str, Any]:
    """A follow-up with the thread's answer in the contract's shape."""
    change = result if isinstance(result, ChangeReply) else None
    why = result if isinstance(result, WhyReply) else None
    guidance = result if isinstance(result, GuidanceReply) else None
    cost = result if isinstance(result, CostReply) else None
    return {
        "kind": result.kind.value,
        "answer": answer_to_dict(result.answer),
        "previous_approach": change.previous_approach.value if change else None,
        "changes": [json_data(c) for c in change.changes] if change else [],
        "flipped": list(change.flipped) if change else [],
        "about": why.about.value if why else None,
        "for_reasons": [reason_dict(reason) for reason in why.for_reasons] if why else [],
        "against_reasons": ([reason_dict(reason) for reason in why.against_reasons] if why else []),
        "passages": ([json_data(citation) for citation in guidance.passages] if guidance else []),
        # A cost question that supposes other values: those values, and the costs at them.
        "supposed": [json_data(c) for c in cost.supposed] if cost else [],
        "supposed_costs": (
            json_data(cost.supposed_costs) if cost and cost.supposed_costs is not None else None
        ),
    }


def reason_dict(reason: Reason) -> dict[str, Any]:
    """A reason in the shape of the contract's ``reasons`` entries."""
    return {
        "rule": reason.rule,
        "citations": list(reason.citations),
        "summary": reason.summary,
        "supports": reason.approach.value,
        "weight": reason.weight,
        "matched": dict(reason.matched),
        "technique": reason.technique.value if reason.technique else None,
    }
