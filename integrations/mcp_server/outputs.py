"""The output schemas the MCP server publishes for its tools.

They describe the JSON contract's objects (``../shared/CONTRACT.md``) so a client can read
them, and allow more keys, as the contract does. The server sends the objects exactly as
the tools build them; these models only check their shape on the way out.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class RecommendationOut(_Open):
    approach: Literal["prompting", "fine-tuning", "prompt-then-fine-tune"]
    technique: str
    confidence: str
    summary: str


class ReasonOut(_Open):
    rule: str
    citations: list[str] = Field(description="guidance passage ids")
    summary: str


class CitationOut(_Open):
    number: int
    id: str
    source: str = Field(description="the cited document's title")
    section: str
    text: str


class AdviceOut(_Open):
    """The ``advisor ask --json`` object."""

    constraints: dict[str, Any]
    recommendation: RecommendationOut
    reasons: list[ReasonOut]
    citations: list[CitationOut]
    costs: dict[str, Any] | None = Field(description="the cost report; null if not computed")
    missing: list[str] = Field(description="constraint names the text did not give")


class FollowUpOut(_Open):
    kind: Literal["change", "why", "cost", "guidance", "help"]
    answer: AdviceOut = Field(description="the thread's answer after the reply")
    changes: list[dict[str, Any]]
    passages: list[CitationOut]


class CostsOut(_Open):
    """The ``advisor cost --json`` report."""

    currency: str
    horizon_months: int
    prompting: dict[str, Any]
    fine_tuning: dict[str, Any]
    cheaper: str
    break_even_month: int | None


class PassageOut(_Open):
    id: str
    source: str
    section: str
    text: str
    score: float


class PassagesOut(_Open):
    query: str
    passages: list[PassageOut] = Field(description="empty: the guidance does not cover it")
