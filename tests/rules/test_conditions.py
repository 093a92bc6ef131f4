from decimal import Decimal

import pytest

from assistant.constraints import Domain
from assistant.rules import ConditionError, parse_condition
from assistant.rules.conditions import display, normalise_facts


@pytest.mark.parametrize(
    ("line", "facts", "expected"),
    [
        ("labeled_examples < 1000", {"labeled_examples": 200}, True),
        ("labeled_examples < 1000", {"labeled_examples": 1000}, False),
        ("labeled_examples <= 1000", {"labeled_examples": 1000}, True),
        ("labeled_examples >= 5000", {"labeled_examples": 25000}, True),
        ("budget_usd > 999.5", {"budget_usd": Decimal("1000")}, True),
        ("budget_usd > 999.5", {"budget_usd": Decimal("999")}, False),
        ("domain == legal", {"domain": Domain.LEGAL}, True),
        ("domain != legal", {"domain": Domain.FINANCE}, True),
        ("domain in [legal, finance]", {"domain": Domain.FINANCE}, True),
        ("domain not in [legal, finance]", {"domain": Domain.MEDIA}, True),
        ("accuracy_critical == true", {"accuracy_critical": True}, True),
        ("accuracy_critical == true", {"accuracy_critical": False}, False),
        ("monthly_requests is known", {"monthly_requests": 0}, True),
        ("monthly_requests is missing", {"monthly_requests": None}, True),
        ("monthly_requests is missing", {"monthly_requests": 10}, False),
        ("fine_tuning_pays_off == true", {"fine_tuning_pays_off": True}, True),
    ],
)
def test_condition_holds(line: str, facts: dict[str, object], expected: bool) -> None:
    assert parse_condition(line).holds(normalise_facts(facts)) is expected


@pytest.mark.parametrize(
    "line",
    [
        "labeled_examples < 1000",
        "domain in [legal]",
        "domain != legal",
        "accuracy_critical == true",
    ],
)
def test_a_comparison_on_an_unstated_field_is_false(line: str) -> None:
    assert parse_condition(line).holds({}) is False


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("labled_examples < 5", "did you mean 'labeled_examples'"),
        ("domain < legal", "needs a numeric field"),
        ("domain == banking", "takes one of"),
        ("budget_usd in 5", "non-empty [list]"),
        ("accuracy_critical == yes please", "takes true or false"),
        ("labeled_examples == lots", "whole number"),
        ("labeled_examples is known 5", "takes no value"),
        ("labeled_examples <", "has no value"),
        ("nonsense", "cannot read condition"),
    ],
)
def test_bad_conditions_fail_with_a_message(line: str, message: str) -> None:
    with pytest.raises(ConditionError, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_condition(line)


def test_display_shows_values_as_people_read_them() -> None:
    assert display(Decimal("15000")) == "15000"
    assert display(Decimal("12.50")) == "12.50"
    assert display(True) == "true"
    assert display(Domain.LEGAL) == "legal"
