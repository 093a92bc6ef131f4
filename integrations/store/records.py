"""What the store hands back: plain frozen values, never live ORM rows."""

from __future__ import annotations

from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict

from assistant import Approach


class ThreadState(BaseModel):
    """A Slack thread's stored constraints and the answer last given in it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    team_id: str
    channel_id: str
    thread_ts: str
    constraints: dict[str, Any]
    text: str
    approach: Approach
    created_at: AwareDatetime
    updated_at: AwareDatetime
    requested_by: str | None = None  # who asked for the first answer, when known
    answer_ts: str | None = None  # the answer message to update in place, when known
