"""Every sentence the Slack app says about decisions and digests, in one place.

Functions take values that are already escaped where they came from a person.
"""

from __future__ import annotations

COMMAND = "/advise"

RECORD_BUTTON = "Record decision"
RECORD_PROMPT = "Decided? Record it for the team's log and digest."
RECORD_MODAL_TITLE = "Record a decision"
RECORD_MODAL_SUBMIT = "Record"
RECORD_MODAL_CLOSE = "Cancel"
RECORD_APPROACH_LABEL = "What did the team choose?"
RECORD_NOTE_LABEL = "Why (optional)"
RECORD_NOTE_HINT = "A line for whoever reads this later: what tipped it."

DIGEST_HEADER = "Decisions digest"
DIGEST_HELP = (
    f"*Digests:* `{COMMAND} digest weekly mon 09:00 Europe/Berlin`, "
    f"`{COMMAND} digest daily 08:30` (your time zone unless you name one), "
    f"`{COMMAND} digest off`, `{COMMAND} digest now` (a preview only you see)."
)
DIGEST_NOTHING = "No decisions in this channel since the last digest: nothing would be posted."
DIGEST_NOT_SET = f"This channel has no digest. Set one with `{COMMAND} digest weekly mon 09:00`."
DIGEST_OFF = "The digest for this channel is off."
DECISIONS_NONE = (
    "No decisions recorded in this channel yet. Reply in an answer's thread with what the "
    "team chose (_we'll go with prompting_), or use *Record decision* under the answer."
)
HOME_NO_RECOMMENDATIONS = f"None yet. Try `{COMMAND} <your project>` in a channel."
HOME_NO_DECISIONS = "None recorded yet."
HOME_NO_DIGESTS = f"None set up. In a channel: `{COMMAND} digest weekly mon 09:00`."
NO_THREAD_DECISION = (
    "There is no decision in this thread to revisit yet. Say what the team chose first "
    "(_we'll go with prompting_)."
)


def recorded(*, chosen: str, by: str, against: str | None, revisit_on: str | None) -> str:
    """Confirmation in the thread. ``against``: why the advice differed, if it did."""
    lines = [f":white_check_mark: Recorded: *{chosen}*, decided by <@{by}>."]
    if against is not None:
        lines.append(
            f"This goes against the recommendation. The strongest reason against: {against}"
        )
    if revisit_on is not None:
        lines.append(f"Due for a second look on {revisit_on}.")
    return "\n".join(lines)


def already_recorded(*, chosen: str) -> str:
    return f"Already recorded: *{chosen}*. Nothing changed."


def revisit_moved(*, revisit_on: str) -> str:
    return f"Noted: this decision is due for a second look on {revisit_on}."


def digest_set(*, when: str, first: str) -> str:
    return f"Digest set: {when}. The first one is due {first}."


def digest_period(*, channel_id: str, start: str, end: str) -> str:
    return f"Decisions in <#{channel_id}> from {start} to {end}"


def digest_summary(*, total: int, counts: str, monthly: str) -> str:
    noun = "decision" if total == 1 else "decisions"
    return f"*{total} {noun}*: {counts}. Projected monthly cost of what was chosen: *{monthly}*."
