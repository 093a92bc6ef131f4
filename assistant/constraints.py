"""The structured form of a described project: what the rules and the cost engine read.

Every field is optional: a description rarely says everything. Beside the values,
``provenance`` says for each field whether the text stated it, the parser inferred it,
or it is missing, and ``evidence`` keeps the words it came from, so an answer can show
the person what it understood.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from assistant.records import STRICT_KEYS, AtLeast, field_types
from assistant.rows import Ask, Form, Row, Unit, rows_of


class Domain(StrEnum):
    HEALTHCARE = "healthcare"
    LEGAL = "legal"
    FINANCE = "finance"
    CUSTOMER_SERVICE = "customer_service"
    TECHNICAL_SUPPORT = "technical_support"
    MARKETING = "marketing"
    MEDIA = "media"
    CREATIVE = "creative"
    ECOMMERCE = "ecommerce"
    EDUCATION = "education"
    GENERAL = "general"


class Task(StrEnum):
    CLASSIFICATION = "classification"
    EXTRACTION = "extraction"
    SUMMARIZATION = "summarization"
    GENERATION = "generation"
    CHAT = "chat"
    QUESTION_ANSWERING = "question_answering"
    TRANSLATION = "translation"
    SENTIMENT = "sentiment"
    DOCUMENT_REVIEW = "document_review"
    CODE = "code"


class Level(StrEnum):
    """The team's machine-learning expertise."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Change(StrEnum):
    """How often the requirements change."""

    FREQUENT = "frequent"
    OCCASIONAL = "occasional"
    STABLE = "stable"


class TrialOutcome(StrEnum):
    """What the team's own trial of fine-tuning showed against prompting."""

    BETTER = "better"
    NO_BETTER = "no_better"


class Provenance(StrEnum):
    STATED = "stated"
    INFERRED = "inferred"
    MISSING = "missing"


@dataclass(frozen=True, kw_only=True)
class InputIssue:
    """Something in the text that could not be used as written (a contradiction, an
    impossible value). The answer reports it instead of silently picking a value."""

    __pydantic_config__ = STRICT_KEYS

    field: str
    message: str
    values: tuple[str, ...] = ()
    # The text states both sides ("no labeled data" and "20,000 labeled examples").
    contradiction: bool = False


@dataclass(kw_only=True)
class Constraints:
    """What a description says about a project.

    >>> Constraints(domain=Domain.LEGAL, labeled_examples=15000).labeled_examples
    15000
    """

    __pydantic_config__ = STRICT_KEYS

    # Each field carries its ``Row`` (assistant/rows.py): how it is named, shown, asked
    # for when missing, and offered in the /advise form.

    # --- the keys of the JSON contract -------------------------------------------------
    domain: Annotated[
        Domain | None,
        Row(
            "field",
            restate=True,
            ask=Ask(
                rank=2,
                question="What field is this for (healthcare, legal, finance, marketing, ...)?",
                why="Specialised, regulated fields (healthcare, legal, finance) lean towards "
                "fine-tuning; general and creative work leans towards prompting.",
                probes=("healthcare", "marketing", "customer_service"),
            ),
            form=Form("Field"),
        ),
    ] = None
    task: Annotated[
        Task | None,
        Row(
            "task",
            restate=True,
            ask=Ask(
                rank=8,
                question="What should the model do (classify, summarise, draft, answer "
                "questions, ...)?",
                why="The task decides the prompt Advisor prices and which technique fits.",
            ),
        ),
    ] = None
    labeled_examples: Annotated[
        int | None,
        AtLeast(0),
        Row(
            "labeled examples",
            unit=Unit.COUNT,
            restate=True,
            ask=Ask(
                rank=1,
                question="How many labeled examples do you have?",
                why="Fine-tuning needs labeled examples; how many you have decides whether "
                "it is possible now, later, or not at all.",
                options=(
                    ("None", "We have no labeled data."),
                    ("About 500", "We have about 500 labeled examples."),
                    ("About 5,000", "We have about 5,000 labeled examples."),
                    ("50,000+", "We have 50,000 labeled examples."),
                ),
                probes=(0, 500, 5_000, 50_000),
            ),
            form=Form("Labeled examples you have"),
        ),
    ] = None
    budget_usd: Annotated[
        Decimal | None,
        AtLeast(0),
        Row(
            "budget",
            unit=Unit.USD,
            restate=True,
            ask=Ask(
                rank=4,
                question="What is the budget?",
                why="Fine-tuning costs more up front (data preparation, training compute); "
                "a small budget rules it out.",
                options=(
                    ("Under $1k", "Our budget is $800."),
                    ("About $10k", "Our budget is $10,000."),
                    ("$100k+", "Our budget is $100,000."),
                ),
                probes=(Decimal(800), Decimal(100_000)),
                answered_by=("monthly_budget_usd",),
            ),
            form=Form("One-off budget (USD)"),
        ),
    ] = None
    monthly_budget_usd: Annotated[
        Decimal | None,
        AtLeast(0),
        Row(
            "monthly budget",
            unit=Unit.USD_PER_MONTH,
            restate=True,
            form=Form("Monthly budget (USD)"),
        ),
    ] = None
    timeline_days: Annotated[
        int | None,
        AtLeast(1),
        Row(
            "timeline",
            unit=Unit.DAYS,
            restate=True,
            ask=Ask(
                rank=5,
                question="When does it need to be live?",
                why="Prompting ships in days to weeks; fine-tuning takes weeks to months.",
                options=(
                    ("2 weeks", "We need it live in 2 weeks."),
                    ("3 months", "We need it live in 3 months."),
                    ("6 months", "We need it live in 6 months."),
                ),
                probes=(14, 180),
            ),
            form=Form("Days until it must be live"),
        ),
    ] = None
    monthly_requests: Annotated[
        int | None,
        AtLeast(0),
        Row(
            "volume",
            unit=Unit.REQUESTS_PER_MONTH,
            restate=True,
            ask=Ask(
                rank=6,
                question="How many requests a month do you expect?",
                why="At high volume a fine-tuned model's shorter prompts can pay back the "
                "training cost; at low volume they rarely do.",
                options=(
                    ("1k a month", "We expect 1,000 requests a month."),
                    ("100k a month", "We expect 100,000 requests a month."),
                    ("5M a month", "We expect 5 million requests a month."),
                ),
                probes=(1_000, 5_000_000),
            ),
            form=Form("Requests per month"),
        ),
    ] = None

    # --- what the guidance turns on ----------------------------------------------------
    latency_sensitive: Annotated[bool | None, Row("latency sensitive")] = None
    accuracy_critical: Annotated[
        bool | None,
        Row(
            "accuracy critical",
            restate=True,
            ask=Ask(
                rank=3,
                question="How costly is a wrong answer?",
                why="When precision and consistency matter most, the guidance favours "
                "fine-tuning; when some errors are fine, prompting usually suffices.",
                options=(
                    ("Errors are costly", "Accuracy is critical."),
                    ("Some errors are fine", "Accuracy is not critical."),
                ),
                probes=(True, False),
            ),
            form=Form(
                "Are errors costly?", yes="Yes, accuracy is critical", no="No, some errors are fine"
            ),
        ),
    ] = None
    consistency_required: Annotated[bool | None, Row("consistency required")] = None
    brand_voice: Annotated[bool | None, Row("brand voice")] = None
    compliance: Annotated[bool | None, Row("compliance")] = None
    ml_expertise: Annotated[
        Level | None,
        Row(
            "ML expertise",
            restate=True,
            ask=Ask(
                rank=7,
                question="Does the team have ML engineers?",
                why="Fine-tuning needs ML skills to prepare data and avoid overfitting; "
                "prompting has a lower barrier to entry.",
                options=(
                    ("No ML engineers", "We have no ML engineers."),
                    ("An experienced ML team", "We have an experienced ML team."),
                ),
                probes=("none", "high"),
            ),
        ),
    ] = None
    requirements_change: Annotated[Change | None, Row("requirements change")] = None
    exploratory: Annotated[bool | None, Row("exploratory")] = None
    data_growth: Annotated[bool | None, Row("data growth")] = None
    labels_per_month: Annotated[
        int | None, AtLeast(0), Row("labels per month", unit=Unit.COUNT)
    ] = None
    unlabeled_data: Annotated[bool | None, Row("unlabeled data")] = None
    # Examples with their answers are in hand, but the text gives no count.
    training_data: Annotated[bool | None, Row("training data in hand")] = None
    jargon_heavy: Annotated[bool | None, Row("jargon heavy")] = None
    complex_reasoning: Annotated[bool | None, Row("complex reasoning")] = None
    creative_variety: Annotated[bool | None, Row("creative variety")] = None
    # The team means to begin with prompting and come back to fine-tuning later.
    staged_plan: Annotated[bool | None, Row("plans to fine-tune later")] = None
    # Usage or reach will grow well beyond today (a multiple, or a pilot becoming a roll-out).
    future_scale: Annotated[bool | None, Row("expects to scale up")] = None
    # A need put later: more accuracy, consistency, the house voice, lower cost or latency.
    future_need: Annotated[bool | None, Row("needs more later")] = None
    # The requirements change today but are said to settle later ("the API freezes at GA",
    # "once the programme wraps up the SOPs will be frozen").
    requirements_settle: Annotated[bool | None, Row("requirements settle later")] = None
    # Prompting was tried and was not good enough.
    prompting_fell_short: Annotated[bool | None, Row("prompting fell short")] = None
    # The team fine-tuned already and compared: clearly better, or little or no gain.
    fine_tuning_trial: Annotated[TrialOutcome | None, Row("fine-tuning trial")] = None
    # The team has already trained a model for this work (a fine-tune, a LoRA, continued
    # pre-training), whatever came of it: its data, pipeline and skills exist.
    fine_tuned_already: Annotated[bool | None, Row("fine-tuned already")] = None
    # The aim is that the model holds the content of documents (facts, a knowledge base),
    # not a behaviour, a format or a voice.
    knowledge_goal: Annotated[bool | None, Row("model should know documents")] = None
    prompt_tokens: Annotated[int | None, AtLeast(0), Row("prompt tokens", unit=Unit.TOKENS)] = None
    output_tokens: Annotated[int | None, AtLeast(0), Row("output tokens", unit=Unit.TOKENS)] = None
    # The document each request carries ("14-page contracts", "each about 9,000 tokens").
    document_tokens: Annotated[int | None, AtLeast(0), Row("document tokens", unit=Unit.TOKENS)] = (
        None
    )
    prompt_text: Annotated[str | None, Row("prompt text")] = None
    model: Annotated[str | None, Row("model", restate=True)] = None
    # Monthly growth of request volume, in percent.
    volume_growth_pct: Annotated[Decimal | None, Row("volume growth", unit=Unit.PERCENT)] = None

    # --- bookkeeping -------------------------------------------------------------------
    provenance: dict[str, Provenance] = dataclasses.field(default_factory=dict)
    evidence: dict[str, str] = dataclasses.field(default_factory=dict)
    # Which reading of the parser produced each value ("counts of data", "yes/no phrasings").
    readings: dict[str, str] = dataclasses.field(default_factory=dict)
    issues: list[InputIssue] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        # Plain values for typed fields, as a caller writes them: ``budget_usd=3000``,
        # ``domain="legal"``. Input from outside is checked in full by ``validated``.
        for name, kind in _coercions().items():
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                setattr(self, name, _coerced(kind, value))

    def known(self, name: str) -> bool:
        return name in CONSTRAINT_FIELDS and getattr(self, name) is not None

    def provenance_of(self, name: str) -> Provenance:
        if not self.known(name):
            return Provenance.MISSING
        return self.provenance.get(name, Provenance.STATED)

    def fell_back(self, name: str) -> bool:
        """Whether ``name`` holds only the parser's fallback reading: "general", inferred
        because a description named no field. A reply, or a model reading the text, may
        do better."""
        return (
            name == "domain"
            and self.domain is Domain.GENERAL
            and self.provenance_of(name) is Provenance.INFERRED
        )

    def values(self) -> dict[str, Any]:
        """The constraint values alone, without the bookkeeping."""
        return {name: getattr(self, name) for name in CONSTRAINT_FIELDS}

    def merged(self, delta: Constraints) -> Constraints:
        """This project with the values ``delta`` states laid over it (a follow-up such as
        "what if the budget were $500?"). Issues come from the delta only: they describe
        the latest text."""
        data = {name: getattr(self, name) for name in CONSTRAINT_FIELDS}
        provenance = dict(self.provenance)
        evidence = dict(self.evidence)
        readings = dict(self.readings)
        for name in CONSTRAINT_FIELDS:
            value = getattr(delta, name)
            if value is None:
                continue
            data[name] = value
            provenance[name] = delta.provenance_of(name)
            if name in delta.evidence:
                evidence[name] = delta.evidence[name]
            if name in delta.readings:
                readings[name] = delta.readings[name]
            else:
                readings.pop(name, None)
        data.update(
            provenance=provenance, evidence=evidence, readings=readings, issues=list(delta.issues)
        )
        return Constraints(**data)

    def changed_fields(self, other: Constraints) -> list[str]:
        """The constraint names whose values differ between this and ``other``, sorted."""
        return sorted(n for n in CONSTRAINT_FIELDS if getattr(self, n) != getattr(other, n))


@functools.cache
def _coercions() -> dict[str, type]:
    """The fields whose plain values ``__post_init__`` turns into their type."""
    found: dict[str, type] = {}
    for name in CONSTRAINT_FIELDS:
        base = field_types(Constraints)[name].base
        if base is Decimal or (isinstance(base, type) and issubclass(base, StrEnum)):
            found[name] = base
    return found


def _coerced(kind: type, value: Any) -> Any:
    if kind is Decimal and isinstance(value, int | float | str) and not isinstance(value, bool):
        return Decimal(str(value))
    if issubclass(kind, StrEnum) and isinstance(value, str):
        return kind(value)
    raise TypeError(f"{value!r} is not a {kind.__name__}")


_BOOKKEEPING = frozenset({"provenance", "evidence", "readings", "issues"})

#: Every constraint a rule may name, in declaration order.
CONSTRAINT_FIELDS: tuple[str, ...] = tuple(
    name for name in field_types(Constraints) if name not in _BOOKKEEPING
)

#: Each constraint's presentation row, in declaration order (see ``assistant.rows``).
FIELD_ROWS: dict[str, Row] = rows_of(Constraints, skip=_BOOKKEEPING)
