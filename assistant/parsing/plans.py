"""Plans and futures: what the team means to do later, and what the project will become.

Two facts, each said in ordinary words:

- ``staged_plan``: the team says it will begin with prompting and come back to fine-tuning
  later ("we'll start with a prompt and revisit once we have data", "prompt first, tune
  later", "eventually we'd fine-tune"). A denial ("we don't plan to fine-tune later")
  reads as no.
- ``future_scale``: the project will grow well beyond today — usage said to multiply
  ("will grow tenfold next year", "expect 5x the traffic by spring"), or a pilot that
  becomes a roll-out ("if the pilot works it goes to all 40 branches").

Each pattern's intent is in the comment above it; a phrase matches within one sentence.
"""

from __future__ import annotations

import re

from assistant.parsing.draft import Draft
from assistant.parsing.negation import negated
from assistant.parsing.text import Text

# Words between two parts of one phrase: up to six, never across a sentence end.
_GAP = r"(?:[^\s.!?;]+\s+){0,6}?"
# Between the parts: spaces and light punctuation ("prompt first, then ...").
_SEP = r"[\s,;:()-]*"
# How a team names prompting, and fine-tuning.
_PROMPTING = (
    r"(?:prompt(?:s|ing|\s+engineering)?|few[- ]shot|zero[- ]shot|rag"
    r"|an?\s+off[- ]the[- ]shelf\s+model|an?\s+(?:base|hosted|stock)\s+model)"
)
_TUNING = (
    r"(?:fine[- ]?tun(?:e|ed|ing)|tun(?:e|ing)\s+(?:our|a|the)\s+own\s+model"
    r"|train(?:ing)?\s+(?:our|a|an|the)\s+(?:own\s+|custom\s+)?model|custom\s+model)"
)
# When, later: the moment a plan defers to.
_LATER = (
    r"(?:later|eventually|down\s+the\s+(?:road|line)|in\s+(?:a\s+)?(?:later|second|next)\s+"
    r"(?:phase|stage)|(?:once|when|after|as\s+soon\s+as)\s+(?:we|there|it|the|our|enough|real"
    r"|more|volume|usage|data|labels?)\b|if\s+(?:it|that|this|prompting)\s+(?:isn't|is\s+not"
    r"|doesn't|does\s+not|plateaus|stalls|falls\s+short|hits)|phase\s+(?:2|two)|v2|next\s+year"
    r"|in\s+the\s+(?:long|longer)\s+(?:run|term)|over\s+time)"
)

_STAGED = re.compile(
    # "start with a prompt", "begin with prompting", "start off prompting", "prompt first".
    rf"\b(?:(?:start|begin|kick\s+off|launch|go\s+live|ship)(?:\s+off)?\s+(?:with|by|using|on)\s+"
    rf"{_GAP}{_PROMPTING}\b{_SEP}{_GAP}(?:and|then|,){_SEP}{_GAP}(?:{_TUNING}|revisit|re-?evaluate"
    rf"|reconsider|switch|move|graduate|upgrade)"
    # "prompt first, fine-tune later", "prompting for now and fine-tuning once ...".
    rf"|{_PROMPTING}\s+(?:first|for\s+now|to\s+start|initially|at\s+first|in\s+the\s+meantime)"
    rf"\b{_SEP}{_GAP}(?:{_TUNING}|revisit|switch|move)"
    # "fine-tune later", "fine-tuning once we have data", "revisit fine-tuning when ...".
    rf"|(?:{_TUNING})\s+{_GAP}{_LATER}"
    rf"|(?:revisit|reconsider|re-?evaluate|look\s+(?:again\s+)?at)\s+(?:{_TUNING})"
    rf"|(?:later|eventually|then)\s+(?:we\s+)?(?:could|can|might|may|will|would|'d|plan\s+to"
    rf"|want\s+to|hope\s+to)\s+(?:\w+\s+){{0,2}}?(?:{_TUNING})"
    # "start with a prompt and revisit once we have data": the revisit says the plan.
    rf"|(?:start|begin)\s+(?:off\s+)?(?:with|by|using)\s+{_GAP}{_PROMPTING}\b{_SEP}{_GAP}"
    rf"(?:revisit|re-?evaluate|reconsider)\b)"
)

# Usage said to multiply: "will grow tenfold", "10x the volume next year", "to triple".
_MULTIPLE = r"(?:\d+(?:\.\d+)?\s*x|\d+\s*-?\s*fold|two|three|four|five|ten|hundred)(?:fold)?"
# Said of what will happen: "will", "is projected to", "we expect it to".
_WILL = (
    r"(?:will|'ll|expect(?:ed)?\s+to|set\s+to|going\s+to|should|could|may|likely\s+to"
    r"|projected\s+to|forecast\s+to|planned\s+to|about\s+to)"
)
_SCALE = re.compile(
    # "will grow tenfold", "is expected to increase by 5x", "could climb sharply".
    rf"\b(?:{_WILL}\s+(?:\w+\s+)?(?:grow|increase|rise|climb|jump|multiply|scale)\s+(?:by\s+)?"
    rf"(?:about\s+|roughly\s+|around\s+)?(?:{_MULTIPLE}|a\s+lot|massively|significantly"
    rf"|substantially|dramatically|sharply|quickly|fast)"
    rf"|{_WILL}\s+(?:\w+\s+)?(?:double|triple|quadruple)"
    # "10x the traffic by spring", "a fivefold increase over the year".
    rf"|(?:{_MULTIPLE})\s+(?:the\s+)?(?:growth|increase|more|volume|traffic|usage|users|requests)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:next|by|within|in|over|after)"
    # A pilot that turns into a roll-out: "if the pilot works it goes to all 40 sites",
    # "after the trial we roll out company-wide".
    rf"|(?:if|once|when|after)\s+(?:the\s+)?(?:pilot|trial|poc|proof\s+of\s+concept|test\s+phase)"
    rf"\s+{_GAP}(?:roll(?:s|ed|ing)?\s+out|goes?\s+to|expand\w*|extend\w*|scal\w+)"
    rf"|roll(?:s|ed|ing)?\s+(?:it\s+)?out\s+to\s+(?:all|every|the\s+whole|the\s+rest)"
    rf"|(?:company|org|enterprise|nation)[- ]wide\s+(?:roll[- ]?out|launch|deployment))"
)


def extract(text: Text, draft: Draft) -> None:
    """Set ``staged_plan`` and ``future_scale`` from the last statement of each."""
    for name, pattern in (("staged_plan", _STAGED), ("future_scale", _SCALE)):
        last = None
        for last in pattern.finditer(text.low):  # noqa: B007 - the last statement wins
            pass
        if last is not None:
            value = not negated(text, last.start())
            draft.put(name, value, evidence=text.evidence(*last.span()))
