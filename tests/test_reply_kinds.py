"""The learned second opinion on a reply's kind: its counts, its arithmetic, its file, and
where the reply reader lets it speak."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant import Advisor, Constraints, FollowUpKind, read_reply
from assistant.errors import KnowledgeError
from assistant.paths import knowledge_dir
from assistant.reply_kinds import (
    REPLY_FACTS_FILE,
    REPLY_KINDS_FILE,
    KindCounts,
    LabelCounts,
    load_model,
    model_of,
    opinion,
    reply_features,
)

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 3, 2)


def test_features_are_words_pairs_openers_and_marks() -> None:
    found = reply_features("Why not LoRA?")
    assert found == sorted(set(found))
    assert {"w:why", "w:lora", "b:why_not", "first:why", "first2:why_not", "asks"} <= set(found)
    assert "no-figure" in found and "figure" in reply_features("we have 5k")


def test_opinion_counts_like_naive_bayes() -> None:
    """Four cost and four why replies; "cost" was seen in three cost replies, "why" in one
    why reply. Each kind's score: its share of replies, times each feature's smoothed
    share of the kind's feature total (a half added, over a vocabulary of two)."""
    counts = KindCounts(
        trained_on=["t.jsonl"],
        kinds=[FollowUpKind.COST, FollowUpKind.WHY],
        replies=[4, 4],
        feature_totals=[3, 1],
        features={"w:cost": [0, 3], "w:why": [1, 1]},
    )
    read = opinion(model_of(counts), "cost")
    assert read.kind is FollowUpKind.COST
    cost = (3 + 0.5) / (3 + 0.5 * 2)
    why = (0 + 0.5) / (1 + 0.5 * 2)
    assert read.margin == pytest.approx(math.log(cost / why))
    tie = opinion(model_of(counts), "nothing known")
    assert tie.kind is FollowUpKind.COST and tie.margin == 0  # ties go to the name first


def test_a_missing_file_is_no_model_and_a_broken_one_names_itself(tmp_path: Path) -> None:
    assert load_model(tmp_path / "empty") is None
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / REPLY_KINDS_FILE).write_text(
        '{"trained_on": [], "kinds": ["cost", "why"], "replies": [1, 1],'
        ' "feature_totals": [1, 1], "features": {"w:x": [2, 1]}}'
    )
    with pytest.raises(KnowledgeError, match=REPLY_KINDS_FILE):
        load_model(broken)


def test_the_shipped_counts_come_from_development_tables_only() -> None:
    shipped = json.loads((knowledge_dir() / REPLY_KINDS_FILE).read_text())
    trained_on = KindCounts.model_validate(shipped).trained_on
    assert trained_on and all(name.startswith("replies_dev") for name in trained_on)
    assert not any("holdout" in name for name in trained_on)
    assert load_model(knowledge_dir()) is not None


def test_the_shipped_counts_are_what_the_script_makes(tmp_path: Path) -> None:
    out = tmp_path / REPLY_KINDS_FILE
    facts = tmp_path / REPLY_FACTS_FILE
    script = str(ROOT / "scripts" / "train_reply_kinds.py")
    subprocess.run(
        [sys.executable, script, "--out", str(out), "--facts-out", str(facts)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (ROOT / "knowledge" / REPLY_KINDS_FILE).read_bytes()
    assert facts.read_bytes() == (ROOT / "knowledge" / REPLY_FACTS_FILE).read_bytes()
    assert json.loads(out.read_text())["replies"]
    assert "none" in json.loads(facts.read_text())["kinds"]


def test_the_counts_of_facts_come_from_development_tables_only() -> None:
    shipped = json.loads((knowledge_dir() / REPLY_FACTS_FILE).read_text())
    counts = LabelCounts.model_validate(shipped)
    assert all(name.startswith("replies_dev") for name in counts.trained_on)
    # A yes-or-no fact ("compliance=true"), the field of a plain count, or "none".
    assert all(
        kind == "none"
        or "=" in kind
        or kind in ("labeled_examples", "monthly_requests", "budget_usd")
        for kind in counts.kinds
    )


@pytest.fixture(scope="module")
def project(advisor: Advisor) -> Constraints:
    return advisor.ask("Claims triage, 8k labeled claims, 90k claims a month, $25,000").constraints


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Phrasings the patterns do not know, read by the counts.
        ("how much weight should I put on this answer?", FollowUpKind.CONFIDENCE),
        ("can you restate this for someone outside tech?", FollowUpKind.SUMMARY),
        # Where the counts may not speak: chatter naming nothing of a project, questions
        # the patterns read as guidance with no strong reading against them.
        ("the coffee machine on 3 is broken again", FollowUpKind.OFF_TOPIC),
        ("is this GDPR compliant?", FollowUpKind.GUIDANCE),
        ("is it a risk if claimants upload scanned forms?", FollowUpKind.GUIDANCE),
    ],
)
def test_the_second_opinion_speaks_only_where_it_may(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_the_second_opinion_never_records_a_decision_or_states_a_value(
    project: Constraints,
) -> None:
    reading = read_reply("is this GDPR compliant?", previous=project, today=TODAY)
    assert reading.delta.compliance is None and reading.decision is None


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("our founder wants every post to sound like her newsletter", "brand_voice"),
        ("tried it last week, the outputs were junk", "prompting_fell_short"),
    ],
)
def test_a_change_the_patterns_read_nothing_in_gets_the_learned_fact(
    project: Constraints, text: str, field: str
) -> None:
    # Said in words the patterns do not know: the counts of facts name it, marked as
    # inferred and learned, never as stated.
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) is True
    assert reading.delta.readings[field] == "learned from replies"
    assert reading.delta.provenance_of(field).value == "inferred"


def test_the_learned_fact_never_overrides_what_the_patterns_read(project: Constraints) -> None:
    reading = read_reply(
        "it's not regulated at all, no compliance rules", previous=project, today=TODAY
    )
    assert reading.delta.compliance is False
    assert reading.delta.readings.get("compliance") != "learned from replies"


def test_a_plain_figure_the_patterns_did_not_place_goes_where_the_counts_say(
    project: Constraints,
) -> None:
    reading = read_reply(
        "turns out the team already has 6,500 of these sorted", previous=project, today=TODAY
    )
    assert reading.delta.labeled_examples == 6500
    assert reading.delta.readings["labeled_examples"] == "learned from replies"


def test_a_change_with_two_figures_gets_no_learned_count(project: Constraints) -> None:
    reading = read_reply(
        "honestly it's more like 30 per person across 12 people", previous=project, today=TODAY
    )
    counts = ("labeled_examples", "monthly_requests", "budget_usd")
    assert all(reading.delta.readings.get(name) != "learned from replies" for name in counts)


def test_a_level_the_patterns_did_not_read_is_learned(project: Constraints) -> None:
    reading = read_reply(
        "fyi our team is mostly analysts, none of them have touched training",
        previous=project,
        today=TODAY,
    )
    assert reading.delta.ml_expertise == "none"
    assert reading.delta.readings["ml_expertise"] == "learned from replies"


def test_chatter_the_counts_of_kinds_and_facts_both_read_as_a_change(
    project: Constraints, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import reply_reading

    text = "the brand people are very particular about wording"
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.brand_voice is True
    # Without the two readings agreeing, the patterns' chatter stands.
    monkeypatch.setattr(reply_reading, "_BACKED_CHANGE_MARGIN", 99.0)
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.OFF_TOPIC


def test_a_learned_fact_joins_the_figures_the_patterns_read(project: Constraints) -> None:
    reading = read_reply(
        "we now have 12k labelled claims; our founder wants every letter to sound like her "
        "newsletter",
        previous=project,
        today=TODAY,
    )
    assert reading.delta.labeled_examples == 12_000
    assert reading.delta.readings["labeled_examples"] != "learned from replies"
    assert reading.delta.brand_voice is True
    assert reading.delta.readings["brand_voice"] == "learned from replies"
