"""Rules as data, evaluated by a small typed engine. See ``knowledge/rules.yaml``."""

from assistant.rules.conditions import Condition, ConditionError, Op, parse_condition
from assistant.rules.engine import evaluate
from assistant.rules.fields import FIELDS, FieldSpec, Kind
from assistant.rules.loader import RuleBook, load_rules
from assistant.rules.model import TIE_ORDER, Outcome, Rule, When

__all__ = [
    "FIELDS",
    "TIE_ORDER",
    "Condition",
    "ConditionError",
    "FieldSpec",
    "Kind",
    "Op",
    "Outcome",
    "Rule",
    "RuleBook",
    "When",
    "evaluate",
    "load_rules",
    "parse_condition",
]
