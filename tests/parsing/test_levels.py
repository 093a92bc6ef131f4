"""Machine-learning expertise and how often requirements change."""

from __future__ import annotations

import pytest

from assistant.constraints import Change, Level
from assistant.parsing import parse
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("No ML engineers on the team.", Level.NONE),
        ("we have no data scientists", Level.NONE),
        ("We don't have any machine learning expertise.", Level.NONE),
        ("non-technical team", Level.NONE),
        ("nobody here knows ML", Level.NONE),
        ("zero AI experience", Level.NONE),
        ("limited ML experience", Level.LOW),
        ("just one developer", Level.LOW),
        ("a junior data scientist", Level.LOW),
        ("two backend developers, nothing more", Level.LOW),
        ("a couple of data scientists", Level.MEDIUM),
        ("one ML engineer", Level.MEDIUM),
        ("some machine learning experience", Level.MEDIUM),
        ("a small team of ML engineers", Level.MEDIUM),
        ("our data science team", Level.MEDIUM),
        ("Strong ML team", Level.HIGH),
        ("an experienced machine-learning team with MLOps", Level.HIGH),
        ("We've fine-tuned models before.", Level.HIGH),
        ("a dedicated NLP research group", Level.HIGH),
        ("12 ML engineers", Level.HIGH),
        ("Our experienced ML team wants to adapt a model.", Level.HIGH),
        ("We don't have a strong ML team, just a couple of data scientists.", Level.MEDIUM),
    ],
)
def test_ml_expertise(text: str, level: Level) -> None:
    check(text, ml_expertise=level)


def test_no_expertise_statement() -> None:
    check("We sell shoes online.", ml_expertise=None)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("requirements keep changing", Change.FREQUENT),
        ("Requirements change weekly.", Change.FREQUENT),
        ("the spec is still in flux", Change.FREQUENT),
        ("evolving requirements", Change.FREQUENT),
        ("it's a moving target", Change.FREQUENT),
        ("categories change all the time", Change.FREQUENT),
        ("requirements are not stable yet", Change.FREQUENT),
        ("we're still figuring out what we want", Change.FREQUENT),
        ("the categories change every few months", Change.OCCASIONAL),
        ("rules get updated once a year", Change.OCCASIONAL),
        ("stable spec", Change.STABLE),
        ("fixed requirements", Change.STABLE),
        ("the taxonomy is frozen", Change.STABLE),
        ("the 40 categories haven't changed in years", Change.STABLE),
        ("requirements are well-defined and unlikely to change", Change.STABLE),
        ("the label set is locked down", Change.STABLE),
    ],
)
def test_requirements_change(text: str, change: Change) -> None:
    check(text, requirements_change=change)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # How often the rules are redone, said of the redoing rather than of "changes".
        ("the intake rules get revised every sprint", "requirements_change", Change.FREQUENT),
        (
            "legal rewrites the style guidelines every other week",
            "requirements_change",
            Change.FREQUENT,
        ),
        ("our categories are reworked quarterly", "requirements_change", Change.OCCASIONAL),
        ("the taxonomy gets updated once a year", "requirements_change", Change.OCCASIONAL),
        ("the schema changes every couple of weeks", "requirements_change", Change.FREQUENT),
        # A team that has shipped models is an experienced one.
        (
            "two engineers who've deployed several fine-tuned models in prod",
            "ml_expertise",
            Level.HIGH,
        ),
        ("we've trained a couple of custom classifiers before", "ml_expertise", Level.HIGH),
    ],
)
def test_redone_requirements_and_shipped_models(text: str, field: str, value: object) -> None:
    check(text, **{field: value})


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # Redoing said with its period, the thing redone before or after the verb.
        (
            "compliance pushes a policy update roughly every week",
            "requirements_change",
            Change.FREQUENT,
        ),
        (
            "the product team keeps reworking the intent list every sprint",
            "requirements_change",
            Change.FREQUENT,
        ),
        (
            "every two weeks or so the pricing page is rewritten",
            "requirements_change",
            Change.FREQUENT,
        ),
        ("the grading rubric is revised each semester", "requirements_change", Change.OCCASIONAL),
        ("the form's been locked since last spring", "requirements_change", Change.STABLE),
        ("that process isn't going anywhere", "requirements_change", Change.STABLE),
        # Routine work done on a schedule is not the requirements moving.
        ("we refresh the sales dashboard weekly", "requirements_change", None),
        ("traffic changes a lot around the holidays", "requirements_change", None),
        # The only ML person gone, or said as a figure.
        ("our lone ML engineer resigned on friday", "ml_expertise", Level.NONE),
        ("ml skills: none", "ml_expertise", Level.NONE),
        ("there is no one left who knows machine learning", "ml_expertise", Level.NONE),
        ("our data scientist is leading the rollout", "ml_expertise", Level.MEDIUM),
    ],
)
def test_cadences_and_departures(text: str, field: str, value: object) -> None:
    check(text, **{field: value})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the one guy who knew python quit in june", Level.NONE),
        ("two ex-FAANG ML folks on staff, skills aren't a concern", Level.HIGH),
        ("our analyst has dabbled in scikit-learn", Level.LOW),
    ],
)
def test_expertise_said_in_passing(text: str, level: Level) -> None:
    check(text, ml_expertise=level)


def test_new_products_every_day_are_work_coming_in_not_changing_requirements() -> None:
    check("Our shop lists hundreds of new products every day.", requirements_change=None)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The label set is revised every April by the regulator.", Change.OCCASIONAL),
        ("Our ward categories get reshuffled every few years.", Change.OCCASIONAL),
        ("Product managers change what they want all the time.", Change.FREQUENT),
        ("What the auditors ask for keeps shifting between engagements.", Change.FREQUENT),
    ],
)
def test_changes_said_by_month_year_and_what_people_want(text: str, change: Change) -> None:
    assert parse(text).requirements_change is change


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Our 'AI team' is a product manager who took a Coursera course.", Level.LOW),
        ("They have an entire ML group in Berlin.", Level.HIGH),
        ("None of us are developers; we run a bakery.", Level.NONE),
    ],
)
def test_courses_whole_teams_and_nobody_technical(text: str, level: Level) -> None:
    assert parse(text).ml_expertise is level


@pytest.mark.parametrize(
    "text",
    [
        "Ops is redesigning the category list; a new taxonomy is expected in Q2.",
        "The code list is being consolidated by engineering.",
    ],
)
def test_a_redesign_under_way_changes_requirements(text: str) -> None:
    assert parse(text).requirements_change is Change.OCCASIONAL


def test_a_change_of_course_is_no_course_taken() -> None:
    assert (
        parse("After the audit we took a different course and hired a vendor.").ml_expertise is None
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("We're 2 people and neither of us knows python.", Level.NONE),
        ("we dont have data scientists.", Level.NONE),
        ("The 'ML team' is one contractor 2 days a week.", Level.LOW),
    ],
)
def test_a_team_that_cannot_code_or_is_one_contractor(text: str, level: Level) -> None:
    assert parse(text).ml_expertise is level


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The rubric gets updated quarterly-ish.", Change.OCCASIONAL),
        ("The clause taxonomy gets revised every couple weeks.", Change.FREQUENT),
    ],
)
def test_a_hedged_or_short_redo_period(text: str, change: Change) -> None:
    assert parse(text).requirements_change is change


@pytest.mark.parametrize(
    "text",
    [
        "Our pipeline produced small models that beat the frontier ones, no ML team needed.",
        "We compared showing no AI patches against showing AI patch suggestions.",
    ],
)
def test_a_claim_about_a_product_is_not_the_team_s_skills(text: str) -> None:
    assert parse(text).ml_expertise is None


@pytest.mark.parametrize(
    "text",
    [
        "The stuff it has to answer changes every few weeks.",
        "Lore changes every patch, writers retcon constantly.",
        "New detections ship weekly so the alert types keep changing.",
    ],
)
def test_change_said_with_a_short_period_and_no_named_subject_is_frequent(text: str) -> None:
    assert parse(text).requirements_change is Change.FREQUENT


@pytest.mark.parametrize("text", ["Traffic changes every day.", "The weather changes daily."])
def test_traffic_or_weather_changing_is_not_requirements(text: str) -> None:
    assert parse(text).requirements_change is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Our ML team is 7 people and we train models all the time.", Level.HIGH),
        ("The data science group trains models every week.", Level.HIGH),
        ("We only have one ML engineer and he's part-time on this.", Level.LOW),
    ],
)
def test_expertise_said_by_the_team_size_habits_or_a_lone_engineer(text: str, level: Level) -> None:
    assert parse(text).ml_expertise is level
