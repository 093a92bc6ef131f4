"""The structured form of a described project: what the rules and the cost engine read.

Every field is optional: a description rarely says everything. Beside the values,
``provenance`` says for each field whether the text stated it, the parser inferred it,
or it is missing, and ``evidence`` keeps the words it came from, so an answer can show
the person what it understood.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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


class Provenance(StrEnum):
    STATED = "stated"
    INFERRED = "inferred"
    MISSING = "missing"


class InputIssue(BaseModel):
    """Something in the text that could not be used as written (a contradiction, an
    impossible value). The answer reports it instead of silently picking a value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    message: str
    values: tuple[str, ...] = ()


class Constraints(BaseModel):
    """What a description says about a project.

    >>> Constraints(domain=Domain.LEGAL, labeled_examples=15000).labeled_examples
    15000
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # --- the keys of the JSON contract -------------------------------------------------
    domain: Domain | None = None
    task: Task | None = None
    labeled_examples: int | None = Field(default=None, ge=0)
    budget_usd: Decimal | None = Field(default=None, ge=0)
    monthly_budget_usd: Decimal | None = Field(default=None, ge=0)
    timeline_days: int | None = Field(default=None, ge=1)
    monthly_requests: int | None = Field(default=None, ge=0)

    # --- what the guidance turns on ----------------------------------------------------
    latency_sensitive: bool | None = None
    accuracy_critical: bool | None = None
    consistency_required: bool | None = None
    brand_voice: bool | None = None
    compliance: bool | None = None
    ml_expertise: Level | None = None
    requirements_change: Change | None = None
    exploratory: bool | None = None
    data_growth: bool | None = None
    labels_per_month: int | None = Field(default=None, ge=0)
    unlabeled_data: bool | None = None
    jargon_heavy: bool | None = None
    complex_reasoning: bool | None = None
    creative_variety: bool | None = None
    prompting_fell_short: bool | None = None  # prompting was tried and was not good enough
    prompt_tokens: int | None = Field(default=None, ge=0)
    output_tokens: int | None = Field(default=None, ge=0)
    document_tokens: int | None = Field(default=None, ge=0)  # the document each request carries
    prompt_text: str | None = None
    model: str | None = None
    volume_growth_pct: Decimal | None = None  # monthly growth of request volume, in percent

    # --- bookkeeping -------------------------------------------------------------------
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    evidence: dict[str, str] = Field(default_factory=dict)
    issues: list[InputIssue] = Field(default_factory=list)

    def known(self, name: str) -> bool:
        return name in CONSTRAINT_FIELDS and getattr(self, name) is not None

    def provenance_of(self, name: str) -> Provenance:
        if not self.known(name):
            return Provenance.MISSING
        return self.provenance.get(name, Provenance.STATED)

    def values(self) -> dict[str, Any]:
        """The constraint values alone, without the bookkeeping."""
        return {name: getattr(self, name) for name in CONSTRAINT_FIELDS}

    def merged(self, delta: Constraints) -> Constraints:
        """This project with the values ``delta`` states laid over it (a follow-up such as
        "what if the budget were $500?"). Issues come from the delta only: they describe
        the latest text."""
        data = self.model_dump()
        provenance = dict(self.provenance)
        evidence = dict(self.evidence)
        for name in CONSTRAINT_FIELDS:
            value = getattr(delta, name)
            if value is None:
                continue
            data[name] = value
            provenance[name] = delta.provenance_of(name)
            if name in delta.evidence:
                evidence[name] = delta.evidence[name]
        data.update(provenance=provenance, evidence=evidence, issues=list(delta.issues))
        return Constraints.model_validate(data)

    def changed_fields(self, other: Constraints) -> list[str]:
        """The constraint names whose values differ between this and ``other``, sorted."""
        return sorted(n for n in CONSTRAINT_FIELDS if getattr(self, n) != getattr(other, n))


_BOOKKEEPING = frozenset({"provenance", "evidence", "issues"})

#: Every constraint a rule may name, in declaration order.
CONSTRAINT_FIELDS: tuple[str, ...] = tuple(
    name for name in Constraints.model_fields if name not in _BOOKKEEPING
)
