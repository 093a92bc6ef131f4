"""One input at a time: the break-even each way and where the cheaper option flips.

Profile A (see test_projection): over 12 months prompting totals $16,400 and
fine-tuning $14,100, so fine-tuning is $2,300 cheaper at the horizon.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.costs.projection import break_even_month, project
from assistant.costs.report import Sensitivity
from assistant.costs.sensitivity import analyse

from .test_projection import PROFILE_A


def _by_name(swings: list[Sensitivity]) -> dict[str, Sensitivity]:
    return {swing.input: swing for swing in swings}


def test_monthly_requests_flip_at_the_break_even_volume() -> None:
    swing = _by_name(analyse(PROFILE_A))["monthly requests"]
    assert (swing.low, swing.base, swing.high) == (500_000, 1_000_000, 1_500_000)
    # 500,000 x 12 x $0.0004 = $2,400 saved < $2,500 extra: never within 12 months
    assert swing.break_even_low is None
    # 1,500,000: saving $600 a month, 2,500 / 600 = 4.2 -> month 5
    assert swing.break_even_high == 5
    # 2,500 / (12 x 0.0004) = 520,833.33 -> from 520,834 requests fine-tuning is cheaper
    assert swing.flips_at == 520_834


def test_prompt_tokens_flip() -> None:
    swing = _by_name(analyse(PROFILE_A))["prompt tokens per request"]
    # prompting total = 2,000 + 12,000,000 x (P x $1/1M + $0.0002) = 14,100 when
    # 12 P + 2,400 = 12,100, P = 808.33 -> fine-tuning is cheaper from 809 tokens
    assert swing.flips_at == 809
    p809 = project(replace(PROFILE_A, prompt_tokens=Decimal(809)))
    p808 = project(replace(PROFILE_A, prompt_tokens=Decimal(808)))
    assert p809.fine_tuning[-1] <= p809.prompting[-1]
    assert p808.fine_tuning[-1] > p808.prompting[-1]


def test_labeling_cost_flip() -> None:
    swing = _by_name(analyse(PROFILE_A))["labeling cost per item"]
    # fine-tuning total = 1,000 c + 13,100; equals 16,400 at c = $3.30
    assert swing.flips_at == Decimal("3.30")
    assert (swing.low, swing.high) == (Decimal("0.5"), Decimal("1.5"))


def test_price_flip_is_shown_per_million_tokens() -> None:
    swing = _by_name(analyse(PROFILE_A))["fine-tuned input price"]
    assert swing.base == 2  # dollars per 1M tokens
    # fine-tuning total = 4,500 + 12,000,000 x (200 x x/1M + $0.0004) = 16,400
    # -> 2,400 x + 4,800 = 11,900 -> x = $2.9583 per 1M tokens
    assert swing.flips_at == Decimal("2.9583")


def test_retraining_interval_flip() -> None:
    swing = _by_name(analyse(PROFILE_A))["retraining interval"]
    # no retraining in 12 months at interval 12; fine-tuning leads by $2,300. Retraining
    # every 3 months costs 3 x $500 (still cheaper); every 2 months, 5 x $500 = $2,500
    # more, so from an interval of 2 months prompting becomes the cheaper option
    assert swing.flips_at == 2
    assert (swing.low, swing.high) == (6, 24)
    assert swing.break_even_low == break_even_month(project(replace(PROFILE_A, retrain_every=6)))


def test_inputs_that_do_not_apply_are_left_out() -> None:
    names = _by_name(analyse(PROFILE_A))
    assert "hosting per month" not in names  # no hosting in profile A
    no_labels = _by_name(analyse(replace(PROFILE_A, labels_to_make=Decimal(0))))
    assert "labeling cost per item" not in no_labels


def test_most_impact_first() -> None:
    swings = analyse(PROFILE_A)
    impacts = [swing.impact(PROFILE_A.horizon) for swing in swings]
    assert impacts == sorted(impacts, reverse=True)
    assert impacts[0] > 0


def test_a_flat_input_has_no_flip() -> None:
    # when both options pay the same per output token, the output-token count moves
    # both totals alike: the gap never changes sign
    same = replace(
        PROFILE_A, output_price=PROFILE_A.fine_tuned_output_price, output_tokens=Decimal(100)
    )
    swing = _by_name(analyse(same))["output tokens per request"]
    assert swing.flips_at is None
