"""One place per fact: every field has its row, and everything keyed by field names agrees.

Adding a constraint is the field with its ``Row`` (assistant/constraints.py), the words that
set it (assistant/parsing/), and any rule that reads it (knowledge/rules.yaml). These tests
fail when something else would have had to be edited by hand, or was forgotten.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, get_args

import pytest

from assistant.constraints import CONSTRAINT_FIELDS, FIELD_ROWS, Constraints
from assistant.decide import ASKED
from assistant.facts import COST_ROWS, CostFacts
from assistant.parsing import parse
from assistant.parsing.flags import SIGNALS
from assistant.records import field_types
from assistant.rows import Row, rows_of
from assistant.rules.fields import FIELDS, Kind
from assistant.validation import validated

PARSING = Path(__file__).resolve().parent.parent / "assistant" / "parsing"


def test_every_constraint_has_exactly_one_row() -> None:
    assert list(FIELD_ROWS) == list(CONSTRAINT_FIELDS)


def test_a_field_without_a_row_fails_when_its_model_loads() -> None:
    @dataclass
    class Forgotten:
        shown: Annotated[int | None, Row("shown")] = None
        forgotten: int | None = None

    with pytest.raises(TypeError, match=r"Forgotten\.forgotten needs exactly one Row"):
        rows_of(Forgotten)


def test_rule_fields_are_the_constraints_then_the_cost_facts() -> None:
    assert list(FIELDS) == [*CONSTRAINT_FIELDS, *field_types(CostFacts)]
    assert list(COST_ROWS) == list(field_types(CostFacts))
    assert {n for n, spec in FIELDS.items() if spec.from_costs} == set(field_types(CostFacts))


def test_rule_kinds_follow_the_field_types() -> None:
    assert FIELDS["domain"].kind is Kind.ENUM and "legal" in FIELDS["domain"].choices
    assert FIELDS["labeled_examples"].kind is Kind.INT
    assert FIELDS["budget_usd"].kind is Kind.MONEY
    assert FIELDS["volume_growth_pct"].kind is Kind.NUMBER
    assert FIELDS["compliance"].kind is Kind.BOOL
    assert FIELDS["model"].kind is Kind.TEXT
    assert FIELDS["fine_tuning_one_off_usd"].kind is Kind.MONEY


def test_asked_rows_are_complete_and_ranked_once() -> None:
    ranks = [ask.rank for _name, ask in ASKED]
    assert ranks == sorted(set(ranks)), "each asked field needs its own rank"
    for name, ask in ASKED:
        assert ask.question.endswith("?"), name
        assert ask.why.endswith("."), name
        for probe in ask.probes:
            validated(Constraints, {name: probe})  # a probe must be a valid value
        for other in ask.answered_by:
            assert other in CONSTRAINT_FIELDS, f"{name} is answered by unknown {other}"


@pytest.mark.parametrize(
    ("name", "label", "sentence"),
    [(name, label, text) for name, ask in ASKED for label, text in ask.options],
)
def test_each_answer_button_sets_the_field_it_answers(name: str, label: str, sentence: str) -> None:
    assert parse(sentence).known(name), f"the {label!r} button of {name} is not read back"


def test_form_inputs_have_what_their_type_needs() -> None:
    for name, row in FIELD_ROWS.items():
        if row.form is None:
            continue
        (kind,) = (
            a for a in get_args(field_types(Constraints)[name].annotation) if a is not type(None)
        )
        assert kind in (bool, int, Decimal) or hasattr(kind, "__members__"), name
        if kind is bool:
            assert row.form.yes and row.form.no, f"the yes/no input of {name} needs both labels"


def test_restated_rows_have_labels() -> None:
    restated = [name for name, row in FIELD_ROWS.items() if row.restate]
    assert "labeled_examples" in restated and "budget_usd" in restated
    assert all(FIELD_ROWS[name].label for name in restated)


def test_every_signal_names_a_constraint() -> None:
    for signal in SIGNALS:
        assert signal.name in CONSTRAINT_FIELDS, f"signal {signal.name!r} names no constraint"


def test_every_field_the_parser_sets_by_name_exists() -> None:
    named: list[tuple[str, str]] = []
    for path in sorted(PARSING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "put"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                named.append((path.name, str(node.args[0].value)))
    assert len(named) > 10  # the scan found the parser's calls
    unknown = [(file, name) for file, name in named if name not in CONSTRAINT_FIELDS]
    assert unknown == []


def test_the_draft_refuses_an_unknown_field() -> None:
    from assistant.parsing.draft import Draft

    with pytest.raises(ValueError, match="labelled_examples"):
        Draft().put("labelled_examples", 5, evidence="5")
