"""What the cost engine tells the rules: the facts a rule may read besides the constraints.

Typed here, apart from the cost package, so the rule engine can name these facts without
depending on how costs are computed (``CostReport.facts()`` fills it in).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated

from assistant.rows import Row, Unit, rows_of


@dataclass(frozen=True, kw_only=True)
class CostFacts:
    """The cost comparison, reduced to what rules reason about (names are stable)."""

    break_even_month: Annotated[int | None, Row("break-even month", unit=Unit.MONTHS)] = None
    fine_tuning_pays_off: Annotated[bool, Row("fine-tuning pays off")] = False
    prompting_monthly_usd: Annotated[
        Decimal, Row("prompting per month", unit=Unit.USD_PER_MONTH)
    ] = Decimal(0)
    fine_tuning_monthly_usd: Annotated[
        Decimal, Row("fine-tuning per month", unit=Unit.USD_PER_MONTH)
    ] = Decimal(0)
    fine_tuning_one_off_usd: Annotated[Decimal, Row("fine-tuning up front", unit=Unit.USD)] = (
        Decimal(0)
    )
    # None when no budget is known.
    fine_tuning_one_off_exceeds_budget: Annotated[
        bool | None, Row("fine-tuning up front exceeds the budget")
    ] = None
    prompt_tokens_per_request: Annotated[
        int, Row("prompt tokens per request", unit=Unit.TOKENS)
    ] = 0
    volume_known: Annotated[bool, Row("volume known")] = False


#: Each cost fact's presentation row, in declaration order.
COST_ROWS: dict[str, Row] = rows_of(CostFacts)
