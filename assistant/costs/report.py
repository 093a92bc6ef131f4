"""The cost engine's result. (Being written: see the cost engine issue.)"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class CostReport(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
