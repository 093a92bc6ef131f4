"""Text to ``Constraints``, deterministically: no model, no I/O, no clock.

    >>> from assistant.parsing import parse
    >>> c = parse("Legal team: 15k annotated NDAs, $40,000, 3 months.")
    >>> c.domain, c.labeled_examples, c.budget_usd, c.timeline_days
    (<Domain.LEGAL: 'legal'>, 15000, Decimal('40000'), 90)

The extractors run in a fixed order, each claiming the numbers it reads (see ``scan``):
money, growth percentages, prompt sizes, durations, rates, deadline phrases, counts; then
the word-based facts (domain and task, yes/no facts, levels, model). Patterns compile
the first time a text needs them (``lazy``, ``alternation``), so a command that reads one
text compiles only what it uses; the word lists are Python data (``vocabulary``) so they
load with the module and are type-checked.

Choices where a description can be read more than one way:

- Money in another currency is not converted: an issue on the budget field says so and
  the value is left out (a dollar figure given beside it is used, without an issue).
- Several budgets: a correction ("actually", "sorry", "now") wins; one said to be the
  old figure ("was", "originally") gives way; else the one called the budget; else an
  issue naming every figure, and no value.
- Recurring money ("$200 a month", "$60k a year", "$100 a day") is the monthly budget.
- A range gives its upper end for budgets and deadlines, its middle for counts and
  rates, and is marked inferred. Vague amounts: a couple 2, a few 3, several 5, a
  handful 5, "thousands" 2,000. A fraction counts only before a scale: "a quarter of a
  million" is 250,000, "two quarters" is still two quarters of a year.
- Text that exists with no labels ("2M emails, none of them labelled") is unlabeled data
  and no labeled examples (0).
- Growth said right after a count of data ("350 rows, growing ~1,000/month", "+8k a
  month") is new labels; after a volume, more volume.
- Several deadlines ("prototype in 2 weeks, production in 3 months"): the first one,
  when something must be live. "ASAP" without a figure is 7 days, inferred.
- A projected volume ("heading to 3M a month") is the monthly volume, inferred, only
  when no current volume is given.
- Words count as 4/3 tokens, characters as 1/4; the result is inferred.
- Customer service is the domain unless a regulated field (healthcare, legal, finance)
  is named as clearly; real-estate listings count as marketing. Support for a software
  or hardware product is technical support; people named in passing (an investor, the
  CFO) do not make the domain.
- Prompting "fell short" only when the text says it was tried and how it falls short
  ("keeps drifting off-voice", "isn't accurate enough"); "we haven't tried prompting"
  leaves the fact unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from assistant.constraints import Constraints
from assistant.parsing import (
    counts,
    dates,
    documents,
    durations,
    flags,
    knowledge,
    levels,
    messages,
    models,
    money,
    phrases,
    plans,
    prompt,
    rates,
    shortfall,
    sizes,
    topics,
    trials,
)
from assistant.parsing.draft import Draft
from assistant.parsing.glossary import glossed
from assistant.parsing.language import mostly_not_english
from assistant.parsing.scan import Scan
from assistant.parsing.text import Text, lower, normalize

__all__ = ["READINGS", "parse"]

#: The parser's readings, by the name ``explain`` shows for the values each one set.
READINGS: dict[str, str] = {
    "prompt": "a pasted prompt",
    "money": "amounts of money",
    "growth": "growth rates",
    "documents": "document sizes",
    "sizes": "prompt and document sizes",
    "durations": "durations and deadlines",
    "rates": "volumes per period",
    "deadlines": "deadline phrases",
    "counts": "counts of data",
    "topics": "field and task words",
    "flags": "yes/no phrasings",
    "shortfall": "a prompting trial and its outcome",
    "trials": "a fine-tuning trial and its outcome",
    "knowledge": "what the model should know",
    "levels": "expertise and change levels",
    "models": "model names",
    "plans": "plans and growth ahead",
}


def parse(text: str, *, today: date | None = None) -> Constraints:
    """What ``text`` says about a project, with provenance, evidence and issues.

    ``today`` is the day a deadline said as a date ("live by March 15") counts from;
    without it (and without a day the text names) such a date is reported, not read.
    Never raises on a string: text that says nothing gives an empty ``Constraints``.
    Size limits and empty input are the caller's to check.
    """
    raw = normalize(text)
    low = lower(raw)
    pasted = prompt.find(raw, low)
    # The language is judged on the words as written, before the glossary reads them.
    plain = lower(prompt.blank(raw, pasted.spans)) if pasted.spans else low
    readable = Text(prompt.blank(raw, pasted.spans) if pasted.spans else raw, low=glossed(plain))
    draft = Draft()
    if pasted.prompt is not None:
        draft.reading = READINGS["prompt"]
        draft.put("prompt_text", pasted.prompt, evidence=Text(pasted.prompt).evidence(0, 80))
    if mostly_not_english(plain):
        draft.issue("text", messages.not_english())

    scan = Scan(readable)
    found = phrases.find(readable)
    # Dates first, so no other reading takes a day or a year for a count.
    draft.reading = READINGS["durations"]
    dated = dates.find(scan, draft, today=today)
    steps: tuple[tuple[str, Callable[[], None]], ...] = (
        ("money", lambda: money.extract(scan, draft)),
        ("growth", lambda: rates.extract_growth(scan, draft)),
        ("documents", lambda: documents.extract(scan, draft)),
        ("sizes", lambda: sizes.extract(scan, draft)),
        ("durations", lambda: durations.extract(scan, draft, dated=dated)),
        ("rates", lambda: rates.extract(scan, draft)),
        ("deadlines", lambda: durations.extract_phrases(scan, draft)),
        ("counts", lambda: counts.extract(scan, draft)),
        ("topics", lambda: topics.extract(readable, draft)),
        # Only fills what the text left open.
        ("topics", lambda: _prompt_topics(pasted.prompt, draft)),
        ("flags", lambda: flags.extract(readable, draft, found=found)),
        ("shortfall", lambda: shortfall.extract(readable, draft)),
        ("trials", lambda: trials.extract(readable, draft)),
        ("trials", lambda: trials.extract_done(readable, draft)),
        ("knowledge", lambda: knowledge.extract(readable, draft)),
        ("levels", lambda: levels.extract(readable, draft, found=found)),
        ("models", lambda: models.extract(readable, draft)),
        ("plans", lambda: plans.extract(readable, draft)),
    )
    for reading, step in steps:
        draft.reading = READINGS[reading]
        step()
    return draft.build()


def _prompt_topics(prompt_text: str | None, draft: Draft) -> None:
    if prompt_text is not None:
        topics.extract(Text(prompt_text), draft)
