"""The formulas, checked against figures worked out by hand.

Profile A (used throughout): 1,000,000 requests a month; prompting sends 1,000 input
tokens at $1/1M and gets 100 output tokens at $2/1M; the fine-tuned model is sent 200
tokens at $2/1M and returns 100 at $4/1M.
    per prompted request = 1,000 x 0.000001 + 100 x 0.000002 = $0.0012 -> $1,200 a month
    per tuned request    =   200 x 0.000002 + 100 x 0.000004 = $0.0008 ->   $800 a month
One-offs: prompting $2,000 of prompt engineering; fine-tuning 1,000 labels x $1 +
$3,000 of engineering + a $500 training run = $4,500.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.costs.projection import (
    Inputs,
    Projection,
    break_even_month,
    break_even_volume,
    growth_sum,
    outcome,
    project,
    retrain_months,
)

MILLION = Decimal(10**6)

PROFILE_A = Inputs(
    horizon=12,
    monthly_requests=Decimal(1_000_000),
    growth=Decimal(0),
    prompt_tokens=Decimal(1_000),
    fine_tuned_prompt_tokens=Decimal(200),
    output_tokens=Decimal(100),
    input_price=Decimal(1) / MILLION,
    output_price=Decimal(2) / MILLION,
    fine_tuned_input_price=Decimal(2) / MILLION,
    fine_tuned_output_price=Decimal(4) / MILLION,
    engineering=Decimal(2_000),
    labels_to_make=Decimal(1_000),
    label_cost=Decimal(1),
    data_engineering=Decimal(3_000),
    training=Decimal(500),
    hosting=Decimal(0),
    retrain_every=12,  # the first retraining would fall in month 13: none in the horizon
)


def test_per_request_and_one_off_costs() -> None:
    assert PROFILE_A.prompting_per_request == Decimal("0.0012")
    assert PROFILE_A.fine_tuned_per_request == Decimal("0.0008")
    assert PROFILE_A.labeling == Decimal(1_000)
    assert PROFILE_A.data_preparation == Decimal(4_000)  # labels + engineering
    assert PROFILE_A.fine_tuning_one_off == Decimal(4_500)


def test_cumulative_series_without_retraining() -> None:
    projection = project(PROFILE_A)
    # month m: prompting 2,000 + 1,200 m; fine-tuning 4,500 + 800 m
    assert projection.prompting[0] == 2_000
    assert projection.fine_tuning[0] == 4_500
    assert projection.prompting[6] == 9_200
    assert projection.fine_tuning[6] == 9_300
    assert projection.prompting[12] == 16_400
    assert projection.fine_tuning[12] == 14_100
    assert len(projection.prompting) == 13
    assert projection.retrain_months == ()


def test_break_even_month_without_retraining() -> None:
    # 2,000 + 1,200 m >= 4,500 + 800 m  <=>  400 m >= 2,500  <=>  m >= 6.25 -> month 7
    # (month 6: 9,200 vs 9,300, still dearer; month 7: 10,400 vs 10,100)
    assert break_even_month(project(PROFILE_A)) == 7


def test_break_even_volume() -> None:
    # fixed extra of fine-tuning = 4,500 - 2,000 = 2,500; saving per request $0.0004
    # over 12 months: V x 12 x 0.0004 >= 2,500  <=>  V >= 520,833.33...
    volume = break_even_volume(PROFILE_A)
    assert volume is not None
    assert volume.quantize(Decimal("0.01")) == Decimal("520833.33")


def test_retraining_every_three_months() -> None:
    inputs = replace(PROFILE_A, retrain_every=3)
    projection = project(inputs)
    # retrained after every 3 months of service: months 4, 7, 10 each add $500
    assert projection.retrain_months == (4, 7, 10)
    assert projection.fine_tuning[4] == 4_500 + 3_200 + 500
    assert projection.fine_tuning[12] == 14_100 + 1_500
    # month 8: 11,600 vs 4,500 + 6,400 + 1,000 = 11,900 (dearer)
    # month 9: 12,800 vs 4,500 + 7,200 + 1,000 = 12,700 (cheaper)
    # month 10: 14,000 vs 4,500 + 8,000 + 1,500 = 14,000 (equal counts as paid off)
    assert projection.fine_tuning[8] == 11_900
    assert projection.fine_tuning[9] == 12_700
    assert projection.fine_tuning[10] == projection.prompting[10] == 14_000
    assert break_even_month(projection) == 9


def test_retraining_raises_the_break_even_volume() -> None:
    # three retrainings add 1,500 to the fixed extra: (2,500 + 1,500) / (12 x 0.0004)
    volume = break_even_volume(replace(PROFILE_A, retrain_every=3))
    assert volume is not None
    assert volume.quantize(Decimal("0.01")) == Decimal("833333.33")


def test_break_even_is_where_fine_tuning_stays_cheaper() -> None:
    # cheaper in month 1, dearer in month 2 (a retraining), cheaper from month 3 on
    projection = Projection(
        prompting=tuple(Decimal(v) for v in (0, 10, 20, 30, 40)),
        fine_tuning=tuple(Decimal(v) for v in (5, 9, 21, 29, 39)),
        requests=(),
        retrain_months=(),
    )
    assert break_even_month(projection) == 3


def test_volume_growth() -> None:
    inputs = replace(PROFILE_A, growth=Decimal("0.10"), horizon=3)
    projection = project(inputs)
    # volumes 1,000,000; 1,100,000; 1,210,000 -> 3,310,000 requests in 3 months
    assert projection.requests == (1_000_000, 1_100_000, 1_210_000)
    assert projection.prompting[3] == 2_000 + Decimal("0.0012") * 3_310_000  # 5,972
    assert projection.prompting[3] == 5_972
    assert projection.fine_tuning[3] == 4_500 + Decimal("0.0008") * 3_310_000  # 7,148
    assert growth_sum(growth=Decimal("0.10"), months=3) == Decimal("3.31")
    # 2,500 / (3.31 x 0.0004) = 1,888,217.52...
    volume = break_even_volume(inputs)
    assert volume is not None
    assert volume.quantize(Decimal("0.01")) == Decimal("1888217.52")


def test_growth_brings_the_break_even_forward() -> None:
    # saving $400 x 1.1^(m-1) a month must add up to 2,500: partial sums of 1.1^(m-1)
    # are 1, 2.1, 3.31, 4.641, 6.1051, 7.71561 -> 6.25 is passed in month 6 (flat: 7)
    grown = replace(PROFILE_A, growth=Decimal("0.10"), horizon=24)
    assert break_even_month(project(grown)) == 6
    assert break_even_month(project(replace(PROFILE_A, horizon=24))) == 7


def test_never_breaks_even_when_a_tuned_request_costs_more() -> None:
    # fine-tuned input at $6/1M: 200 x 0.000006 + 100 x 0.000004 = $0.0016 > $0.0012
    dearer = replace(PROFILE_A, fine_tuned_input_price=Decimal(6) / MILLION, horizon=24)
    assert dearer.fine_tuned_per_request == Decimal("0.0016")
    assert break_even_month(project(dearer)) is None
    assert break_even_volume(dearer) is None


def test_never_within_the_horizon_at_low_volume() -> None:
    # 100,000 requests: saving $40 a month against $2,500 extra -> month 63, past 24
    # (no retraining in 70 months, which would push it further)
    low = replace(PROFILE_A, monthly_requests=Decimal(100_000), horizon=24, retrain_every=100)
    assert break_even_month(project(low)) is None
    assert break_even_month(project(low, horizon=70)) == 63


def test_hosting_is_a_fixed_monthly_cost() -> None:
    # $1.79 an hour x 730 hours = $1,306.70 a month on top of the tuned requests
    hosted = replace(PROFILE_A, hosting=Decimal("1.79") * 730)
    projection = project(hosted)
    assert projection.fine_tuning[1] - projection.fine_tuning[0] == Decimal("2106.70")
    # fixed extra: 2,500 + 12 x 1,306.70 = 18,180.40; / 0.0048 = 3,787,583.33...
    volume = break_even_volume(hosted)
    assert volume is not None
    assert volume.quantize(Decimal("0.01")) == Decimal("3787583.33")


def test_fine_tuning_cheaper_at_any_volume() -> None:
    # labels already made and training free: the fixed extra is negative
    cheap = replace(PROFILE_A, labels_to_make=Decimal(0), data_engineering=Decimal(0))
    assert break_even_volume(cheap) == 0
    assert break_even_month(project(cheap)) == 0


def test_retrain_months() -> None:
    assert retrain_months(every=6, horizon=24) == (7, 13, 19)
    assert retrain_months(every=24, horizon=24) == ()
    assert retrain_months(every=1, horizon=3) == (2, 3)


@settings(max_examples=300, deadline=None)
@given(
    requests=st.integers(0, 10_000_000),
    growth=st.one_of(st.just(Decimal(0)), st.decimals(0, "0.3", places=3)),
    engineering=st.integers(0, 50_000),
    labels=st.integers(0, 100_000),
    training=st.integers(0, 20_000),
    hosting=st.integers(0, 5_000),
    retrain_every=st.integers(1, 30),
    horizon=st.integers(1, 60),
)
def test_the_outcome_agrees_with_the_full_projection(
    requests: int,
    growth: Decimal,
    engineering: int,
    labels: int,
    training: int,
    hosting: int,
    retrain_every: int,
    horizon: int,
) -> None:
    inputs = replace(
        PROFILE_A,
        monthly_requests=Decimal(requests),
        growth=growth,
        engineering=Decimal(engineering),
        labels_to_make=Decimal(labels),
        training=Decimal(training),
        hosting=Decimal(hosting),
        retrain_every=retrain_every,
        horizon=horizon,
    )
    projection = project(inputs)
    result = outcome(inputs)
    assert result.break_even_month == break_even_month(projection)
    assert result.gap == projection.fine_tuning[-1] - projection.prompting[-1]


def test_changed_copies_every_field_but_the_changed_ones() -> None:
    copy = PROFILE_A.changed(training=Decimal(9), retrain_every=3)
    assert copy == replace(PROFILE_A, training=Decimal(9), retrain_every=3)
    assert PROFILE_A.training == Decimal(500)


def test_changed_refuses_a_field_that_does_not_exist() -> None:
    with pytest.raises(TypeError, match="no field 'trainng'"):
        PROFILE_A.changed(trainng=Decimal(9))
