"""The words every layer shares: the approaches, the techniques, the confidence levels and
the kinds of thread reply.

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


class FollowUpKind(StrEnum):
    """What a thread reply is; ``reply_reading`` says the order of precedence."""

    DECISION = "decision"  # "we'll go with prompting" -> recorded
    CHANGE = "change"  # "what if the budget were $500?" -> re-run with the new values
    SUMMARY = "summary"  # "tl;dr for my manager?" -> the answer in a few lines
    CONFIDENCE = "confidence"  # "how sure are you?" -> margin, what would change it
    ALTERNATIVE = "alternative"  # "what about RAG?" -> the guidance on it, project unchanged
    WHY = "why"  # "why not fine-tuning?" -> reasons on both sides
    COST = "cost"  # "what does it cost per month?" -> the cost breakdown
    HELP = "help"  # "what can you do?" -> how to use Advisor
    GUIDANCE = "guidance"  # "what are the risks of overfitting?" -> passages
    ACK = "ack"  # "thanks!" -> a reaction, no message
    OFF_TOPIC = "off_topic"  # "anyone up for lunch?" -> not answered in a thread
