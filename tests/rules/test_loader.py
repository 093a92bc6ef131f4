from pathlib import Path

import pytest

from assistant import Approach, Technique
from assistant.errors import KnowledgeError
from assistant.rules import evaluate, load_rules

_TECHNIQUES = (
    "techniques:\n" + "".join(f"  {t.value}: [p.one]\n" for t in Technique) + "tie_break: [p.one]\n"
)
_IDS = frozenset({"p.one", "p.two"})


def _write(tmp_path: Path, rules: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(_TECHNIQUES + "rules:\n" + rules, encoding="utf-8")
    return path


_GOOD = """
  - id: b-rule
    summary: Scarce labels and high stakes call for prompting first.
    when:
      all: ["labeled_examples < 1000"]
      any: ["accuracy_critical == true", "domain in [healthcare, legal]"]
      none: ["exploratory == true"]
    effect: {prompt-then-fine-tune: 3, fine-tuning: -1}
    technique: few-shot prompting
    cites: [p.one, p.two]
  - id: a-rule
    summary: Always a little weight towards prompting.
    effect: {prompting: 1}
    cites: [p.two]
"""


def test_rules_load_sorted_by_id_and_evaluate_with_matched_values(tmp_path: Path) -> None:
    book = load_rules(_write(tmp_path, _GOOD), guidance_ids=_IDS)
    assert [rule.id for rule in book.rules] == ["a-rule", "b-rule"]
    assert book.technique_cites[Technique.FEW_SHOT] == ("p.one",)
    outcomes = evaluate(book.rules, {"labeled_examples": 200, "domain": "legal"})
    assert [o.fired for o in outcomes] == [True, True]
    assert outcomes[1].matched == {"labeled_examples": "200", "domain": "legal"}
    assert outcomes[1].rule.effect[Approach.PROMPT_THEN_FINE_TUNE] == 3
    assert outcomes[1].rule.leaning is Approach.PROMPT_THEN_FINE_TUNE


def test_a_none_condition_stops_a_rule(tmp_path: Path) -> None:
    book = load_rules(_write(tmp_path, _GOOD), guidance_ids=_IDS)
    facts = {"labeled_examples": 200, "accuracy_critical": True, "exploratory": True}
    assert [o.fired for o in evaluate(book.rules, facts)] == [True, False]


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            _GOOD.replace("labeled_examples < 1000", "labeled_exampels < 1000"),
            r"rules.yaml: b-rule: unknown field 'labeled_exampels' \(did you mean",
        ),
        (
            _GOOD.replace("labeled_examples < 1000", "labeled_examples ~ 1000"),
            "rules.yaml: b-rule: cannot read condition",
        ),
        (
            _GOOD.replace("cites: [p.two]", "cites: [p.nowhere]"),
            "rules.yaml: a-rule: cites 'p.nowhere', which is not a guidance passage",
        ),
        (_GOOD.replace("    cites: [p.two]\n", ""), "rule a-rule: cites: Field required"),
        (_GOOD.replace("cites: [p.two]", "cites: []"), "rule a-rule: cites"),
        (_GOOD.replace("prompting: 1", "prompt-harder: 1"), "rule a-rule: effect"),
        (
            _GOOD.replace("technique: few-shot prompting", "technique: vibes"),
            "rule b-rule: technique",
        ),
        (_GOOD.replace("id: a-rule", "id: b-rule"), "rules.yaml: b-rule: duplicate rule id"),
        (
            _GOOD.replace("    summary: Always", "    colour: red\n    summary: Always"),
            "rule a-rule: colour: Unexpected keyword argument",
        ),
    ],
)
def test_loading_fails_naming_file_and_rule(tmp_path: Path, rules: str, message: str) -> None:
    with pytest.raises(KnowledgeError, match=message):
        load_rules(_write(tmp_path, rules), guidance_ids=_IDS)


def test_every_technique_needs_a_passage(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("techniques: {}\ntie_break: [p.one]\nrules: []\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"techniques\.zero-shot prompting"):
        load_rules(path, guidance_ids=_IDS)
