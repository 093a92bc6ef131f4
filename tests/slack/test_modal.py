from __future__ import annotations

import json

from integrations.slack import messages
from integrations.slack.modal import CALLBACK_ID, advise_modal, form_constraints, read_submission


def submission(values: dict, metadata: str | None = None) -> dict:  # type: ignore[type-arg]
    view = advise_modal(channel_id="C1", response_url="http://r/1")
    if metadata is not None:
        view["private_metadata"] = metadata
    return {
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "view": {**view, "state": {"values": values}},
    }


def test_modal_shape() -> None:
    view = advise_modal(channel_id="C1", response_url="http://r/1")
    assert view["callback_id"] == CALLBACK_ID
    assert json.loads(view["private_metadata"]) == {"channel": "C1", "response_url": "http://r/1"}
    inputs = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
    assert inputs[0] == "description"
    assert len(view["blocks"]) <= 100


def test_values_map_onto_constraints() -> None:
    form, errors = read_submission(
        submission(
            {
                "description": {"value": {"type": "plain_text_input", "value": " bot "}},
                "labeled_examples": {"value": {"type": "number_input", "value": "1200"}},
                "budget_usd": {"value": {"type": "number_input", "value": "2500.50"}},
                "domain": {
                    "value": {"type": "static_select", "selected_option": {"value": "legal"}}
                },
                "accuracy_critical": {
                    "value": {"type": "static_select", "selected_option": {"value": "true"}}
                },
                "timeline_days": {"value": {"type": "number_input", "value": None}},
                "not_a_field": {"value": {"type": "plain_text_input", "value": "ignored"}},
            }
        )
    )
    assert errors == {}
    assert (form.channel_id, form.response_url, form.team_id) == ("C1", "http://r/1", "T1")
    assert form.description == "bot"
    constraints = form_constraints(form.fields)
    assert constraints.labeled_examples == 1200
    assert str(constraints.budget_usd) == "2500.50"
    assert constraints.domain is not None and constraints.domain.value == "legal"
    assert constraints.accuracy_critical is True
    assert constraints.timeline_days is None
    assert constraints.provenance_of("labeled_examples").value == "stated"


def test_invalid_and_empty_submissions_are_refused_with_field_errors() -> None:
    _form, errors = read_submission(
        submission(
            {
                "labeled_examples": {"value": {"type": "number_input", "value": "-3"}},
                "timeline_days": {"value": {"type": "number_input", "value": "0"}},
            }
        )
    )
    assert set(errors) == {"labeled_examples", "timeline_days"}
    _form, errors = read_submission(submission({}))
    assert errors == {"description": messages.MODAL_NOTHING_GIVEN}


def test_broken_metadata_means_no_channel() -> None:
    form, _errors = read_submission(submission({}, metadata="{not json"))
    assert form.channel_id is None and form.response_url is None
