"""Every sentence Advisor says to a person, in one place, so wording can be read and tested
together. The edges (CLI, Slack) add their own formatting, never their own words for
what the core decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from assistant.constraints import Constraints
from assistant.errors import AdvisorError, EmptyInputError, InputTooLargeError, KnowledgeError
from assistant.vocabulary import Approach, Technique

APPROACH_TITLES: dict[Approach, str] = {
    Approach.PROMPTING: "Prompt a model",
    Approach.FINE_TUNING: "Fine-tune a model",
    Approach.PROMPT_THEN_FINE_TUNE: "Prompt now, fine-tune later",
}

#: The constraints worth asking for when a description leaves them out, in asking order.
KEY_CONSTRAINTS: tuple[str, ...] = (
    "labeled_examples",
    "domain",
    "accuracy_critical",
    "budget_usd",
    "timeline_days",
    "monthly_requests",
    "ml_expertise",
    "task",
)

WHY_MISSING: dict[str, str] = {
    "labeled_examples": "Fine-tuning needs labeled examples; how many you have decides "
    "whether it is possible now, later, or not at all.",
    "domain": "Specialised, regulated fields (healthcare, legal, finance) lean towards "
    "fine-tuning; general and creative work leans towards prompting.",
    "accuracy_critical": "When precision and consistency matter most, the guidance favours "
    "fine-tuning; when some errors are fine, prompting usually suffices.",
    "budget_usd": "Fine-tuning costs more up front (data preparation, training compute); a "
    "small budget rules it out.",
    "timeline_days": "Prompting ships in days to weeks; fine-tuning takes weeks to months.",
    "monthly_requests": "At high volume a fine-tuned model's shorter prompts can pay back "
    "the training cost; at low volume they rarely do.",
    "ml_expertise": "Fine-tuning needs ML skills to prepare data and avoid overfitting; "
    "prompting has a lower barrier to entry.",
    "task": "The task decides the prompt Advisor prices and which technique fits.",
}

QUESTIONS: dict[str, str] = {
    "labeled_examples": "How many labeled examples do you have?",
    "domain": "What field is this for (healthcare, legal, finance, marketing, ...)?",
    "accuracy_critical": "How costly is a wrong answer?",
    "budget_usd": "What is the budget?",
    "timeline_days": "When does it need to be live?",
    "monthly_requests": "How many requests a month do you expect?",
    "ml_expertise": "Does the team have ML engineers?",
    "task": "What should the model do (classify, summarise, draft, answer questions, ...)?",
}

#: Buttons offered for a missing constraint: (label, text re-run with the description).
OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "labeled_examples": (
        ("None", "We have no labeled data."),
        ("About 500", "We have about 500 labeled examples."),
        ("About 5,000", "We have about 5,000 labeled examples."),
        ("50,000+", "We have 50,000 labeled examples."),
    ),
    "accuracy_critical": (
        ("Errors are costly", "Accuracy is critical."),
        ("Some errors are fine", "Accuracy is not critical."),
    ),
    "budget_usd": (
        ("Under $1k", "Our budget is $800."),
        ("About $10k", "Our budget is $10,000."),
        ("$100k+", "Our budget is $100,000."),
    ),
    "timeline_days": (
        ("2 weeks", "We need it live in 2 weeks."),
        ("3 months", "We need it live in 3 months."),
        ("6 months", "We need it live in 6 months."),
    ),
    "monthly_requests": (
        ("1k a month", "We expect 1,000 requests a month."),
        ("100k a month", "We expect 100,000 requests a month."),
        ("5M a month", "We expect 5 million requests a month."),
    ),
    "ml_expertise": (
        ("No ML engineers", "We have no ML engineers."),
        ("An experienced ML team", "We have an experienced ML team."),
    ),
}

#: Plausible values tried for a missing constraint to see whether it could change the answer.
PROBES: dict[str, tuple[Any, ...]] = {
    "labeled_examples": (0, 500, 5_000, 50_000),
    "domain": ("healthcare", "marketing", "customer_service"),
    "accuracy_critical": (True, False),
    "budget_usd": (Decimal(800), Decimal(100_000)),
    "timeline_days": (14, 180),
    "monthly_requests": (1_000, 5_000_000),
    "ml_expertise": ("none", "high"),
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
