"""The ``/advise`` form: a modal with the main constraints, and reading it back.

    view = advise_modal(channel_id="C1", response_url=url)   # for views.open
    submission, errors = read_submission(body)               # on view_submission

Each input's ``block_id`` is the constraint it fills, so the submitted values map onto
``Constraints`` by name and the core validates them like any other input.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import ValidationError
from slack_sdk.models.blocks import (
    InputBlock,
    NumberInputElement,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from assistant import FIELD_ROWS, Constraints, Form, Provenance, field_types, validated
from integrations.slack import messages
from integrations.slack.inbound import FormSubmission

CALLBACK_ID = "advisor_form"
DESCRIPTION = "description"
#: Slack's own cap on a plain-text input.
MAX_DESCRIPTION_CHARS = 3000

#: The constraints the form asks for, in the order of their declaration.
_FORM: dict[str, Form] = {
    name: row.form for name, row in FIELD_ROWS.items() if row.form is not None
}
_FIELDS = frozenset(_FORM)
_VALUE = "value"  # the action_id of every input: the block_id says which one it is


def advise_modal(*, channel_id: str | None, response_url: str | None) -> dict[str, Any]:
    """The modal ``/advise`` opens; it remembers where to post the answer."""
    blocks: list[Any] = [
        SectionBlock(text=PlainTextObject(text=messages.MODAL_INTRO)),
        InputBlock(
            block_id=DESCRIPTION,
            label=messages.MODAL_DESCRIPTION,
            hint=messages.MODAL_DESCRIPTION_HINT,
            optional=True,
            element=PlainTextInputElement(
                action_id=_VALUE, multiline=True, max_length=MAX_DESCRIPTION_CHARS
            ),
        ),
    ]
    blocks += [_input(name, form) for name, form in _FORM.items()]
    view = View(
        type="modal",
        callback_id=CALLBACK_ID,
        title=messages.MODAL_TITLE,
        submit=messages.MODAL_SUBMIT,
        close=messages.MODAL_CLOSE,
        blocks=blocks,
        private_metadata=json.dumps({"channel": channel_id, "response_url": response_url}),
    )
    return view.to_dict()


def _input(name: str, form: Form) -> InputBlock:
    """The form's input for one constraint, by the constraint's type."""
    kind = field_types(Constraints)[name].base
    if kind is bool:
        choices = [Option(value="true", text=form.yes), Option(value="false", text=form.no)]
    elif isinstance(kind, type) and issubclass(kind, StrEnum):
        choices = [
            Option(value=member.value, text=member.value.replace("_", " ").capitalize())
            for member in kind
        ]
    else:
        number = NumberInputElement(
            action_id=_VALUE,
            is_decimal_allowed=kind is Decimal,
            min_value=0,
            placeholder=messages.MODAL_PLACEHOLDER_NUMBER,
        )
        return InputBlock(block_id=name, label=form.label, optional=True, element=number)
    select = StaticSelectElement(action_id=_VALUE, options=choices)
    return InputBlock(block_id=name, label=form.label, optional=True, element=select)


def read_submission(body: Mapping[str, Any]) -> tuple[FormSubmission, dict[str, str]]:
    """The submitted form, and errors by block_id for anything the core would refuse."""
    view = body.get("view") or {}
    values = _values((view.get("state") or {}).get("values") or {})
    description = values.pop(DESCRIPTION, "")
    values = {name: value for name, value in values.items() if name in _FIELDS}
    meta = _metadata(view.get("private_metadata"))
    submission = FormSubmission(
        team_id=str((body.get("team") or {}).get("id") or view.get("team_id") or ""),
        user_id=str((body.get("user") or {}).get("id") or ""),
        channel_id=meta.get("channel"),
        response_url=meta.get("response_url"),
        description=description,
        fields=values,
    )
    errors = _field_errors(values)
    if not description.strip() and not values:
        errors[DESCRIPTION] = messages.MODAL_NOTHING_GIVEN
    return submission, errors


def form_constraints(fields: Mapping[str, str]) -> Constraints:
    """The values of the form as ``Constraints`` (stated by the person)."""
    return validated(
        Constraints, {**fields, "provenance": {name: Provenance.STATED for name in fields}}
    )


def _values(state: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for block_id, actions in state.items():
        if not isinstance(actions, Mapping):
            continue
        for action in actions.values():
            value = _value_of(action)
            if value:
                found[str(block_id)] = value
    return found


def _value_of(action: Any) -> str | None:
    if not isinstance(action, Mapping):
        return None
    selected = action.get("selected_option")
    if isinstance(selected, Mapping):
        return str(selected.get("value") or "") or None
    value = action.get("value")
    return str(value).strip() if value not in (None, "") else None


def _field_errors(fields: Mapping[str, str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, value in fields.items():
        try:
            validated(Constraints, {name: value})
        except ValidationError:
            errors[name] = messages.MODAL_INVALID_VALUE
    return errors


def _metadata(raw: Any) -> dict[str, str | None]:
    try:
        parsed = json.loads(raw) if isinstance(raw, str) and raw else {}
    except json.JSONDecodeError:
        parsed = {}
    if not isinstance(parsed, dict):
        return {}
    return {
        k: (str(v) if v else None) for k, v in parsed.items() if k in {"channel", "response_url"}
    }
