"""The words every layer shares: the approaches, the techniques and the confidence levels.

The rule engine, the cost engine and the answer all speak of these, so they live below
all three and import nothing of Advisor's own.
"""

from __future__ import annotations

from enum import StrEnum


class Approach(StrEnum):
    PROMPTING = "prompting"
    FINE_TUNING = "fine-tuning"
    PROMPT_THEN_FINE_TUNE = "prompt-then-fine-tune"


class Technique(StrEnum):
    ZERO_SHOT = "zero-shot prompting"
    FEW_SHOT = "few-shot prompting"
    CHAIN_OF_THOUGHT = "chain-of-thought prompting"
    MULTI_STEP = "multi-step prompting"
    AUTOMATED_PROMPTING = "automated prompt engineering"
    SUPERVISED_FT = "supervised fine-tuning"
    UNSUPERVISED_FT = "unsupervised fine-tuning"
    REINFORCEMENT_FT = "reinforcement learning fine-tuning"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
