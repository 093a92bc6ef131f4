"""Every sentence Advisor says to a person, in one place, so wording can be read and tested
together. The edges (CLI, Slack) add their own formatting, never their own words for
what the core decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.constraints import Constraints
from assistant.errors import AdvisorError, EmptyInputError, InputTooLargeError, KnowledgeError
from assistant.vocabulary import Approach, Technique

APPROACH_TITLES: dict[Approach, str] = {
    Approach.PROMPTING: "Prompt a model",
    Approach.FINE_TUNING: "Fine-tune a model",
    Approach.PROMPT_THEN_FINE_TUNE: "Prompt now, fine-tune later",
}

_NEXT_STEPS: dict[Approach, tuple[str, ...]] = {
    Approach.PROMPTING: (
        "Write the prompt and a test set of 50-100 real inputs with the answers you expect.",
        "Iterate on the wording and A/B test prompt variants before launch.",
        "Revisit fine-tuning if volume grows or accuracy plateaus below target.",
    ),
    Approach.FINE_TUNING: (
        "Clean and deduplicate the labeled data; hold out a separate test set.",
        "Pilot a fine-tune against a prompted baseline and compare on the test set.",
        "Watch validation metrics for overfitting; plan periodic retraining.",
    ),
    Approach.PROMPT_THEN_FINE_TUNE: (
        "Launch with prompting now and log every input and output.",
        "Have experts review and label the logged outputs as they come in.",
        "Fine-tune once the switch condition is met, A/B testing against the prompt.",
    ),
}


def close_call(*, margin: int, runner_up: Approach, question: str) -> str:
    """Said when the approach is only a little ahead and one missing fact could flip it."""
    points = "point" if margin == 1 else "points"
    ahead = f"{margin} {points} ahead of" if margin > 0 else "tied with"
    return f"Close call: {ahead} {runner_up.value}. What would settle it: {question}"


def next_steps(approach: Approach) -> tuple[str, ...]:
    return _NEXT_STEPS[approach]


def summary(approach: Approach, technique: Technique, c: Constraints) -> str:
    """One sentence restating the recommendation with the facts it turns on."""
    facts = []
    if c.domain is not None:
        facts.append(c.domain.value.replace("_", " "))
    if c.labeled_examples is not None:
        facts.append(
            "no labeled data" if c.labeled_examples == 0 else f"{c.labeled_examples:,} labeled"
        )
    if c.timeline_days is not None:
        facts.append(f"{c.timeline_days} days")
    if c.budget_usd is not None:
        facts.append(f"${c.budget_usd:,.0f}")
    tail = f" ({', '.join(facts)})" if facts else ""
    if approach is Approach.PROMPT_THEN_FINE_TUNE:
        return f"Start with {technique.value}, then move to supervised fine-tuning{tail}."
    return f"{APPROACH_TITLES[approach]} with {technique.value}{tail}."


def switch_trigger(c: Constraints, *, target: int, facts: Mapping[str, Any]) -> str:
    """When a prompt-then-fine-tune project should switch to fine-tuning."""
    have = c.labeled_examples or 0
    sentence = (
        f"Switch to supervised fine-tuning once you have at least {target:,} reviewed examples"
    )
    if c.labeled_examples is not None:
        sentence += f" (you have {have:,}"
        if c.labels_per_month:
            months = max(1, -(-(target - have) // c.labels_per_month))
            sentence += f"; at {c.labels_per_month:,} a month that is about {months} month"
            sentence += "s" if months != 1 else ""
        sentence += ")"
    sentence += " and prompting plateaus below your accuracy target on a held-out test set"
    break_even = facts.get("break_even_month")
    if break_even is not None:
        sentence += f"; at your volume fine-tuning pays for itself from month {break_even}"
    return sentence + "."


# --- input problems -------------------------------------------------------------------

EMPTY_INPUT = (
    "Describe your project in a sentence or two, e.g. "
    "'Support bot for our bank, 5k labeled chats, $20k, 3 months'."
)


NOTHING_UNDERSTOOD = (
    "Advisor found no project details in this text (task, field, labeled data, budget, "
    "timeline or volume), so the answer is only its default. Describe the project in "
    "English, e.g. 'Support bot for our bank, 5k labeled chats, $20k, 3 months'."
)


def input_too_large(*, size: int, limit: int) -> str:
    return (
        f"That description has {size:,} characters; Advisor reads up to {limit:,}. "
        "Summarise the project (the task, data, budget, timeline and volume) and try again."
    )


def describe_error(exc: AdvisorError) -> str:
    """One sentence for the person about an error the core raised on purpose."""
    if isinstance(exc, EmptyInputError):
        return EMPTY_INPUT
    if isinstance(exc, InputTooLargeError):
        return input_too_large(size=exc.size, limit=exc.limit)
    if isinstance(exc, KnowledgeError):
        return f"the knowledge file is invalid: {exc}"
    return str(exc)
