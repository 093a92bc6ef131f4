"""One call on the core per request, and the Slack message that answers it.

    reply = describe(advisor, "Legal team, 15k NDAs, $40k, 3 months")
    reply.message      # SlackMessage to post
    reply.thread       # what to store for the thread (None: nothing to follow up on)
    reply.chart        # a cost question's CostReport, drawn and uploaded after the text

A description the core refuses (empty, too long) becomes a clear sentence instead of an
answer. No recommendation logic lives here: only which core function to call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant import (
    Answer,
    ChangeReply,
    Constraints,
    CostReply,
    CostReport,
    FollowUpKind,
    InputError,
    describe_error,
    json_data,
    validated,
)
from integrations.slack import messages
from integrations.slack.blocks import (
    SlackMessage,
    details_message,
    follow_up_message,
    notice_message,
    recommendation_message,
)
from integrations.slack.escape import escape
from integrations.slack.modal import form_constraints

if TYPE_CHECKING:
    from assistant import Advisor, FollowUp
    from integrations.slack.inbound import FormSubmission


@dataclass(frozen=True, kw_only=True)
class ThreadUpdate:
    """What the store keeps for a thread after an answer."""

    constraints: dict[str, Any]
    text: str
    approach: str


@dataclass(frozen=True, kw_only=True)
class Reply:
    message: SlackMessage
    thread: ThreadUpdate | None = None
    refused: bool = False  # the input was refused: tell only the person who sent it
    chart: CostReport | None = None  # a cost question: these curves follow as a picture
    kind: FollowUpKind | None = None  # for a thread reply: what it was read as
    # A change that changed something: the whole answer again, to update the original
    # message with (the thread itself gets only ``message``, the short diff).
    updated: Answer | None = None


def describe(
    advisor: Advisor,
    text: str,
    *,
    with_buttons: bool = True,
    asked_by: str | None = None,
    today: date | None = None,
) -> Reply:
    """The recommendation for a described project; ``today`` (the message's day) is what
    a deadline given as a date counts from."""
    try:
        answer = advisor.ask(text, today=today)
    except InputError as error:
        return refusal(error)
    return _answered(answer, with_buttons=with_buttons, asked_by=asked_by)


def fill_form(advisor: Advisor, form: FormSubmission) -> Reply:
    """The recommendation for the modal's description and fields together."""
    try:
        answer = advisor.ask(form.description, given=form_constraints(form.fields))
    except InputError as error:
        return refusal(error)
    return _answered(answer, with_buttons=True, asked_by=form.user_id)


def follow_up(
    advisor: Advisor,
    text: str,
    *,
    constraints: dict[str, Any],
    project: str,
    today: date | None = None,
) -> Reply:
    """The reply to a message in a thread about the stored ``constraints``, on ``today``
    (what a decision's revisit and a deadline given as a date count from)."""
    try:
        result = advisor.follow_up(text, previous=validated(Constraints, constraints), today=today)
    except InputError as error:
        return refusal(error)
    return _follow_up_reply(advisor, result, project=project)


def option(advisor: Advisor, value: str, *, constraints: dict[str, Any], project: str) -> Reply:
    """A missing-constraint button: the thread's answer re-run with the button's text,
    which is always a statement of a value (never a question to classify)."""
    try:
        result = advisor.follow_up(
            value, previous=validated(Constraints, constraints), kind=FollowUpKind.CHANGE
        )
    except InputError as error:
        return refusal(error)
    return _follow_up_reply(advisor, result, project=project)


def details(advisor: Advisor, *, constraints: dict[str, Any], project: str) -> Reply:
    """Everything the first screen of the thread's answer leaves out."""
    answer = advisor.recommend(validated(Constraints, constraints), text=project)
    return Reply(message=details_message(answer))


def help_reply() -> Reply:
    return Reply(message=notice_message(messages.HELP))


def refusal(error: InputError) -> Reply:
    return Reply(message=notice_message(escape(describe_error(error))), refused=True)


def _follow_up_reply(advisor: Advisor, result: FollowUp, *, project: str) -> Reply:
    changed = isinstance(result, ChangeReply) and bool(result.changes)
    return Reply(
        message=_follow_up_message(advisor, result),
        # The thread keeps the project's first description; a change updates the values.
        thread=_thread_of(result.answer, text=project),
        chart=_chart_of(result),
        kind=result.kind,
        updated=result.answer if changed else None,
    )


def _chart_of(result: FollowUp) -> CostReport | None:
    """The costs a cost question is answered with: at the values it supposes, if any."""
    if not isinstance(result, CostReply):
        return None
    return result.supposed_costs if result.supposed else result.answer.costs


def _follow_up_message(advisor: Advisor, result: FollowUp) -> SlackMessage:
    flipped = result.flipped if result.kind is FollowUpKind.CHANGE else []
    return follow_up_message(result, rule_summaries=advisor.rule_summaries(flipped))


def _answered(answer: Answer, *, with_buttons: bool, asked_by: str | None = None) -> Reply:
    return Reply(
        message=recommendation_message(answer, with_buttons=with_buttons, asked_by=asked_by),
        thread=_thread_of(answer, text=answer.text),
    )


def _thread_of(answer: Answer, *, text: str) -> ThreadUpdate:
    return ThreadUpdate(
        constraints=json_data(answer.constraints),
        text=text,
        approach=answer.recommendation.approach.value,
    )
