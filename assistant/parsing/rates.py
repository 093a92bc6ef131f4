"""Rates: request volume (``50k requests a day``, ``1M calls/month``, ``2 requests per
second``), new labels (``growing by 10k a month``, ``tutors add 1,000 a term``) and volume
growth (``traffic grows 10% a month``).

A rate is new labels when its words say so ("300 labeled tickets a week", "500 more a
month", "readers rate thousands of passages a week"), or when it is growth ("growing by",
"we add", "another", "+8k a month") of what the sentence counted before it: after "700
curated answers today", "growing by 400 a month" is 400 new answers; after "10k tickets a
month", it is more traffic. Requests, calls, tickets and documents handled, processed or
received are volume, and so is what a team produces ("2 million pieces of copy a month").

A projected volume ("heading to 3M items a month") is kept as ``monthly_requests``, marked
inferred, only when no current volume is given: the current figure is what costs are
priced on today, and a projection is the best estimate when it is all there is.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.parsing.counts import CountKind, classify, names_records
from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.numbers import PER_MONTH, Quantity, whole
from assistant.parsing.scan import Scan
from assistant.parsing.text import Text

_STOP = (
    r"(?:per|a|an|each|every|to|for|with|and|or|but|we|they|them|these|those|this|us|our|you"
    r"|it|that|which|who|is|are|was|were|be|will|would|can|could|have|has|had|of|from|by|at"
    r"|on|so|than|today|now|currently|already|total|overall|within|over|after|before|until"
    r"|since|during|inside|next|last)"
)
# The words between a number and its period ("4 million customer chats per month", "2M
# pieces of copy a month", "thousands of passages a week"): at most five, none of them a
# function word that would start another statement ("of" only joins two nouns).
# Two nouns joined ("new leases and amendments a month", "Instagram/LinkedIn captions")
# and an aside in brackets ("90 customer-paper contracts (MSAs, DPAs) a month") are part
# of the phrase.
_WORD = (
    rf"(?:\s+of(?:\s+(?:these|those))?(?=\s+(?!{_STOP}\b)[a-z]))?"
    rf"(?:\s+(?:and|&)(?=\s+(?!{_STOP}\b)[a-z]))?"
    rf"\s+(?!{_STOP}\b)[a-z][\w'&/-]*\b(?:\s*\([^()\d]{{1,40}}\))?"
)
_AFTER = lazy_pattern(
    # "15,000+ classifications a day": a plus right after the figure says "at least";
    # "~20 queries each per day": a rate per head (see ``_each_of``).
    rf"\+?(?P<phrase>(?:{_WORD}){{0,5}}?(?:\s+each(?=\s*(?:per|a|an|every|/)\b))?)"
    r"(?:\s*(?:(?:per|a|an|each|every|a\s+single)\b|/)\s*(?:calendar\s+|business\s+|working\s+)?"
    r"(?P<unit>second|sec|s|minute|min|hour|hr|h|shift|day|night|d|week|wk|fortnight|month|mo|mth"
    r"|quarter|qtr|term|trimester|semester|year|yr|annum)s?\b"
    r"|\s+(?P<adj>daily|weekly|monthly|hourly|yearly|annually|quarterly)\b"
    r"|\s*(?P<rps>rps|qps|req/s|requests?/s(?:ec)?)\b)"
)
_BEFORE = lazy_pattern(
    r"(?:\b(?P<adj>daily|weekly|monthly|hourly|yearly|annual|annually)\b"
    r"|\b(?:per|each|every)\s+(?P<unit>day|night|week|month|quarter|term|semester|hour|year"
    r"|second|minute)\b)"
    r"[^\d]{0,40}$"
)
# A period that opens the sentence, set off by a comma: "Each term, tutors add 800 more".
_LEAD = lazy_pattern(
    r"(?:^|[.;:!?\n])\s*(?:and\s+)?(?:per|each|every)\s+(?P<unit>day|week|month|quarter|term"
    r"|semester|year)\s*,[^\d,]{0,50}$"
)
_NOUN_AFTER = lazy_pattern(r"(?:\s+[a-z][\w'&-]*){0,3}")
# An amount paid, said without a currency: "costs us 15k a month", "we spend 3k a week".
_PAID = lazy_pattern(
    r"\b(?:costs?|costing|cost\s+us|spend(?:s|ing)?|spent|pay(?:s|ing)?|paid|bill(?:s|ed)?"
    r"|charges?|charged)\s+(?:us\s+|me\s+)?(?:about\s+|around\s+|roughly\s+|~|over\s+|nearly\s+)?$"
)
_NOT_REQUESTS = lazy_pattern(
    r"\b(?:users?|people|persons?|employees?|staff|members?|subscribers?|visitors?|agents?"
    r"|engineers?|hires?|headcount|tokens?|words?|characters?|chars?|dollars?|bucks|hours?"
    r"|minutes?|days?|weeks?|months?|years?|shifts?|releases?|deploys?|sprints?|meetings?"
    r"|percent|stores?|locations?|offices?|countries|languages?|models?|servers?|gpus?"
    r"|categories|classes|labels? per|errors?|mistakes?)\b"
)
# Mistakes counted, not the work, said by any word of the phrase: "3 misclassified
# tickets a day", "a few wrong answers a week", "complaints about the bot".
_MISTAKES = lazy_pattern(
    r"\b(?:misclassified|misrouted|misfiled|mislabell?ed|wrong|incorrect|failed|bad|erroneous"
    r"|complaints\s+about\s+(?:the\s+)?(?:bot|model|ai))\b"
)
# Meetings are the work itself where the project writes them up: "draft minutes of
# committee meetings ... about 10 meetings a month".
_MEETING_WORK = lazy_pattern(r"\b(?:minutes|meeting\s+(?:notes|summar\w+|recaps?)|transcri\w+)\b")
# Shifts are the work where the project writes something for each: "the shift handover
# summary ... three shifts a day".
_SHIFT_WORK = lazy_pattern(
    r"\b(?:shift\s+)?hand(?:over|off)s?\b|\bshift\s+(?:reports?|summar\w+|notes|logs?)\b"
)


def _head(noun: str) -> str:
    """The word a phrase names, its last: "member chats" counts chats, not members; a
    phrase ending in "per" or "each" keeps its whole ("labels per")."""
    words = noun.split()
    if len(words) > 1 and words[-1] not in ("per", "each"):
        return words[-1]
    return noun


def _meetings_are_the_work(scan: Scan, noun: str) -> bool:
    """Whether meetings or shifts, counted per period, are the pieces of work themselves."""
    word = noun.strip()
    if word in ("meeting", "meetings"):
        return _MEETING_WORK.search(scan.text.low) is not None
    return word in ("shift", "shifts") and _SHIFT_WORK.search(scan.text.low) is not None


_LABEL_WORDS = lazy_pattern(
    # A singular "label" before a colon names a thing ("Sportswear label: ..."), not data.
    r"\b(?:labell?(?:ed|ing|s)|label(?!\s*:)|annotat\w*|tag|tags|tagg(?:ed|ing)|examples?|samples?"
    r"|ground truth|gold|reviewed|verified|approved|graded|corrected|training data|curated"
    r"|resolved|answered|vetted|checked|cleaned|coded|categori[sz]ed|classified|pairs"
    r"|adjudicated|validated|dispositioned|abstracted|scored|rated)\b"
)
_GROWTH_VERBS = lazy_pattern(
    r"\b(?:grow\w*|adding|add|adds|collect\w*|gather\w*|accumulat\w*|accru\w*|produc\w*"
    r"|creat\w*|writ\w*|review|reviews|reviewing|clean\w*|expand\w*|build\w*)\b"
)
# People labeling as they go, the verb right before the number: "readers rate thousands of
# passages a week", "teachers grade 300 essays a week".
_LABELING_VERB = lazy_pattern(
    r"\b(?:rate|rates|score|scores|grade|grades|mark|marks|correct|corrects|label|labels"
    r"|annotate|annotates|tag|tags|review\s+and\s+(?:correct|approve))\s+(?:(?:about|around"
    r"|roughly|approximately|approx\.?|some|over|up\s+to|nearly|another)\s+)?[~≈]?\s*$"
)
# "~500 more every month": more of what the team has, which is its data.
_MORE = lazy_pattern(r"\s*(?:more|additional|extra)\b")
# "another 5k each quarter": the same, said before the number.
_ANOTHER = lazy_pattern(
    r"(?:\b(?:another|additional|extra)\s+(?:(?:about|around|roughly|approximately|approx\.?"
    r"|some|nearly|over)\s+)?|(?:^|\s)\+\s*)[~≈]?\s*$"
)
# Verbs that add to a data set rather than describe traffic: "tutors add 1,000 a term".
_ADD_VERBS = lazy_pattern(
    r"\b(?:add|adds|adding|label\w*|annotat\w*|collect\w*|gather\w*|curat\w*|write|writes"
    r"|writing|review|reviews|reviewing)\b"
)
# Verbs for work coming in, just before the number: "we handle 10k tickets a month".
# A rate said per head: "~20 queries each per day", "each with ~80 transactions a month".
_EACH = lazy_pattern(r"\beach\b")
_EACH_BEFORE = lazy_pattern(
    r"\beach\s+(?:(?:with|of\s+them|one|[a-z]+s)\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+"
    r"|~\s*)?$"
)
# Who or what such a rate is per: people, and the places they work in.
_HEADS = lazy_pattern(
    r"\s*(?:[a-z-]+\s+)?(?:users|researchers|agents|employees|customers|clients|people|staff"
    r"|students|pupils|teachers|doctors|clinicians|nurses|members|stores|sites|clinics|branches"
    r"|offices|lawyers|analysts|reps|drivers|patients|teams|schools|shops|hotels|restaurants"
    r"|advisers|advisors|brokers|engineers|developers|writers|editors|reviewers)\b"
)
_HANDLED = lazy_pattern(
    r"\b(?:handles?|handled|handling|process|processes|processed|processing|receives?|received"
    r"|receiving|gets?|getting|see|sees|seeing|serves?|served|serving|fields?|fielded|takes?"
    r"|taking|deal with|deals with)\s+(?:(?:about|around|roughly|approximately|approx\.?|some"
    r"|nearly|over|up to|more than|close to)\s+)?[~≈]?\s*$"
)
_VOLUME_WORDS = lazy_pattern(
    r"\b(?:requests?|calls?|queries|query|visits?|traffic|transactions?|api|volume|load)\b"
)
_PROJECTED = lazy_pattern(
    r"\b(?:heading|headed|expected|expect|expecting|will|'ll|going to|projected|projecting"
    r"|forecast\w*|growing to|grow to|scaling|scale to|ramping|ramp|could reach|should reach"
    r"|to reach|reach|eventually|soon|future|after launch|planned|plan|anticipat\w*|estimated"
    r"|predict\w*|by next|by the end|target\w*|aim\w*)\b"
)
# A volume for a later stage of the project, not for launch: "eventually ~250k a month",
# "if it works, 150k applications a year", "50k/month once all 14 subsidiaries are
# onboarded", "it'll be ~2k/week after we buy two competitors".
_LATER_STAGE = lazy_pattern(
    r"\b(?:eventually|ultimately|long[- ]term|down\s+the\s+(?:road|line)|later|next\s+year"
    r"|once|when\s+(?:all|the\s+(?:rest|other)|we\s+(?:roll|expand|scale|buy|add|onboard))"
    r"|if\s+(?:it|this|the\s+(?:pilot|trial|test|poc))\s+(?:works|succeeds|goes\s+well|pans\s+out)"
    r"|after\s+(?:the\s+)?(?:pilot|trial|roll-?out|acquisition|merger)|at\s+full\s+(?:scale|roll-?out)"
    # (Sites or clients onboarded later, not "we onboard ~150 new leases a month".)
    r"|full\s+roll-?out|by\s+20\d\d|in\s+20\d\d|\(20\d\d\)|roll(?:s|ed)?\s+out"
    r"|(?:are|is|get|gets|been|be)\s+onboarded|onboarding\s+(?:of\s+)?(?:the\s+)?(?:other|rest"
    r"|remaining|new)\b"
    r"|buying|acquir\w+|merg\w+)\b"
)
# How much larger a later volume must be than today's to say the project scales up.
_SCALE_UP = 2
_PERCENT = lazy_pattern(r"\s*(?:%|percent\b|per\s?cent\b|pct\b)")
_GROWTH_CONTEXT = lazy_pattern(
    r"\b(?:grow\w*|increas\w*|ris(?:e|es|ing)|climb\w*|expand\w*|up|gain\w*|scal\w*|jump\w*)\b"
)
_GROWTH_PERIOD = lazy_pattern(
    r"\s*(?:(?:growth|increase|more|up)\s+)?(?:(?:per|a|an|each|every|/)\s*"
    r"(?P<unit>month|mo|year|yr|week|quarter)\b|(?P<adj>monthly|month[- ]over[- ]month|mom"
    r"|m/m|m-o-m|yearly|annually|year[- ]over[- ]year|yoy|y/y|weekly|week[- ]over[- ]week"
    r"|wow|w/w|quarterly|quarter[- ]over[- ]quarter|qoq|q/q)(?![a-z]))"
)
_MULTIPLY = lazy_pattern(
    r"\b(?P<verb>doubl|tripl)\w*\s+(?:every|each|per|a|an)\s+(?P<unit>month|year|quarter|week)\b"
)
_OTHER_GROWTH = lazy_pattern(
    r"\b(?:revenue|sales|arr|mrr|budget|price|prices|cost|costs|accuracy|precision|recall"
    r"|data|dataset|labels?|examples|headcount|team|salar\w+|profit|income|margin)\b"
)
# What ``counts`` calls a count of data the team has or will have.
_DATA_KINDS = frozenset({CountKind.LABELED, CountKind.HELD, CountKind.FUTURE})
# Months in one period, for turning a growth rate per period into a rate per month.
_MONTHS_IN = {"month": 1.0, "year": 12.0, "quarter": 3.0, "week": 12 / 52}


@dataclass
class _Rate:
    monthly: int
    start: int
    end: int
    labels: bool
    projected: bool
    inferred: bool
    # Said of a later stage (a roll-out, "eventually"), not of launch.
    later: bool = False


def extract(scan: Scan, draft: Draft) -> None:
    """Set ``monthly_requests``, ``labels_per_month`` (and ``data_growth``) from rates."""
    rates: list[_Rate] = []
    for quantity in list(scan.free()):
        rate = _read(scan, quantity, earlier=rates)
        if rate is not None:
            rates.append(rate)
    text = scan.text
    labels = [r for r in rates if r.labels]
    if labels:
        first = labels[0]
        evidence = text.evidence(first.start, first.end)
        draft.put("labels_per_month", first.monthly, evidence=evidence, inferred=first.inferred)
        draft.put("data_growth", True, evidence=evidence)
    volumes = _without_superseded([r for r in rates if not r.labels], text.low)
    current = [r for r in volumes if not r.projected]
    chosen = current[0] if current else (volumes[0] if volumes else None)
    if chosen is not None:
        draft.put(
            "monthly_requests",
            chosen.monthly,
            evidence=text.evidence(chosen.start, chosen.end),
            inferred=chosen.inferred or chosen.projected,
        )
    _scale_ahead(volumes, draft, text)


# "went from 3k a month to 3k a day": the rate gone from, and the one gone to.
_FROM = lazy_pattern(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|~)?$")
_TO = lazy_pattern(r"^\s*(?:to|->|→)\s+(?:like\s+|about\s+|around\s+|roughly\s+|nearly\s+|~)?$")


def _without_superseded(volumes: list[_Rate], low: str) -> list[_Rate]:
    """``volumes`` less a rate said as the one gone from, when the rate gone to follows."""
    kept: list[_Rate] = []
    for i, rate in enumerate(volumes):
        following = volumes[i + 1] if i + 1 < len(volumes) else None
        gone_from = (
            following is not None
            and _FROM.search(low, max(0, rate.start - 20), rate.start) is not None
            and _TO.search(low[rate.end : following.start]) is not None
        )
        if not gone_from:
            kept.append(rate)
    return kept


def _scale_ahead(volumes: list[_Rate], draft: Draft, text: Text) -> None:
    """Set ``future_scale`` from a volume said of a later stage: one well above today's
    volume, or one a roll-out or "eventually" puts later when no volume is given for now."""
    current = [r for r in volumes if not (r.projected or r.later)]
    for rate in volumes:
        if not (rate.projected or rate.later) or rate in current:
            continue
        larger = any(rate.monthly >= _SCALE_UP * now.monthly for now in current)
        if larger or (rate.later and not current):
            draft.put("future_scale", True, evidence=text.evidence(rate.start, rate.end))
            return


def _read(scan: Scan, quantity: Quantity, *, earlier: list[_Rate]) -> _Rate | None:
    text = scan.text
    low = text.low
    _, clause_end = text.clause(quantity.end)
    window_end = min(clause_end, quantity.end + 120)
    after = _AFTER.match(low, quantity.end, window_end)
    before = text.before(quantity.start, limit=60)
    if after is not None:
        unit = after.group("unit") or after.group("adj") or "rps"
        noun = after.group("phrase")
        if after.group("adj"):
            follow = _NOUN_AFTER.match(low, after.end(), window_end)
            noun += follow.group() if follow else ""
        end = after.end()
    else:
        prior = _BEFORE.search(before)
        if prior is not None:
            unit = prior.group("adj") or prior.group("unit")
        else:
            lead = _LEAD.search(text.sentence_before(quantity.start, limit=80))
            if lead is None:
                return None
            unit = lead.group("unit")
        follow = _NOUN_AFTER.match(low, quantity.end, window_end)
        noun = follow.group() if follow else ""
        if not noun.strip():
            return None
        end = quantity.end + len(noun)
    not_work = _NOT_REQUESTS.search(_head(noun)) or _MISTAKES.search(noun)
    if not_work and not _meetings_are_the_work(scan, noun):
        return None
    if not noun.strip() and _PAID.search(before):
        return None  # "GPT-4 costs us 15k a month": money, not requests
    scan.claim(quantity, end=end)
    labels = _new_labels(scan, quantity, noun=noun, before=before, earlier=earlier)
    monthly = quantity.middle * PER_MONTH[unit]
    if unit == "shift":
        monthly *= _shifts_a_day(scan)  # "~300 reports per shift, 3 shifts a day"
    people = _each_of(scan, quantity, noun=noun, before=before) if not labels else None
    if people is not None:
        monthly *= people  # "200 researchers, ~20 queries each per day"
    return _Rate(
        monthly=int(monthly.to_integral_value()),
        start=quantity.start,
        end=end,
        labels=labels,
        projected=bool(_PROJECTED.search(before[-50:])),
        inferred=quantity.approximate or quantity.low is not None,
        later=_later_stage(scan, quantity, end, clause_end),
    )


def _later_stage(scan: Scan, quantity: Quantity, end: int, clause_end: int) -> bool:
    """Whether a rate is said of a later stage: a marker earlier in its sentence, or after
    it in its clause before the next figure ("50k a month once all sites are onboarded")."""
    text = scan.text
    begin, _ = text.sentence(quantity.start)
    stop = min((q.start for q in scan.quantities if q.start >= end), default=clause_end)
    return bool(
        _LATER_STAGE.search(text.low, begin, quantity.start)
        or _LATER_STAGE.search(text.low, end, min(stop, clause_end))
    )


def _each_of(scan: Scan, quantity: Quantity, *, noun: str, before: str) -> Decimal | None:
    """How many people or places a rate is for, when it is said per head: "200
    researchers, ~20 queries each per day", "50k users, each with ~80 transactions a
    month", "each plant generates ~300 reports per shift, ..., 2 plants". None when the
    rate is not said for each, or no count of them is in the sentence."""
    begin, end = scan.text.sentence(quantity.start)
    low = scan.text.low
    named = _EACH_NAMED.search(low, begin, quantity.start)
    if not (_EACH.search(noun) or _EACH_BEFORE.search(before) or named):
        return None
    for previous in reversed(scan.quantities):
        if previous.start >= quantity.start or previous.start < begin:
            continue
        if _HEADS.match(low, previous.end) and previous.middle > 1:
            return previous.middle
    if named is not None:
        # "Each plant ... 2 plants": the count of what "each" named, later in the sentence.
        head = re.compile(rf"\s+{re.escape(named.group('head'))}(?:s|es)?\b")
        for later in scan.quantities:
            if (
                quantity.end <= later.start < end
                and later.middle > 1
                and head.match(low, later.end)
            ):
                return later.middle
    return None


# "Each plant generates ...", "each clinic sends ...": the one thing a rate is per.
_EACH_NAMED = lazy_pattern(r"\beach\s+(?P<head>[a-z]{3,}?)(?:s|es)?\s+(?!of\b)")
# After a count of shifts: "3 shifts a day", "two shifts per day".
_SHIFTS_A_DAY = lazy_pattern(r"\s+(?:\w+\s+)?shifts?\s+(?:a|per|each|every|/)\s*day\b")


def _shifts_a_day(scan: Scan) -> Decimal:
    """How many shifts a day the text says are worked; one when it does not say."""
    low = scan.text.low
    for quantity in scan.quantities:
        if _SHIFTS_A_DAY.match(low, quantity.end):
            return quantity.middle
    return Decimal(1)


def _new_labels(
    scan: Scan, quantity: Quantity, *, noun: str, before: str, earlier: list[_Rate]
) -> bool:
    """Whether a rate counts new labeled data rather than requests."""
    near = before[-50:]
    # "2,000 labeled tickets and handle 10k tickets a month": the verb says volume.
    handled = _HANDLED.search(before) is not None
    if (
        _LABEL_WORDS.search(noun)
        or _MORE.match(noun)
        or (_LABEL_WORDS.search(near) and not handled)
        or _LABELING_VERB.search(near)
    ):
        return True
    if handled or _VOLUME_WORDS.search(noun + " " + before[-40:]):
        return False
    another = _ANOTHER.search(before) is not None
    adds = _ADD_VERBS.search(near) is not None
    if not (another or adds or _GROWTH_VERBS.search(near)):
        return False
    referent = _referent(scan, quantity, earlier=earlier)
    if referent is not None:
        return referent
    if another or (adds and not noun.strip()):
        return True  # "another 5k each quarter", "tutors add 1,000 a term": more data
    return bool(_LABEL_WORDS.search(scan.text.sentence_text(quantity.start)))


def _referent(scan: Scan, quantity: Quantity, *, earlier: list[_Rate]) -> bool | None:
    """What a growth rate adds to, from the sentence's last count before it: True for
    a data set ("700 curated answers today, growing by 400 a month"), False for a volume
    ("10k tickets a month, growing by 500 a month"), None when no count comes before."""
    begin = scan.text.sentence(quantity.start)[0]
    rates = {rate.start: rate for rate in earlier}
    free = {id(q) for q in scan.free()}
    labeled: bool | None = None  # whether the sentence has label words, looked at once
    for previous in reversed(scan.quantities):
        if previous.start >= quantity.start:
            continue
        if previous.start < begin:
            return None
        if previous.start in rates:
            return rates[previous.start].labels
        if id(previous) not in free:
            continue
        if labeled is None:
            labeled = bool(_LABEL_WORDS.search(scan.text.sentence_text(quantity.start)))
        # A sentence with label words and a count in it is about labeled data; asking
        # ``counts`` what the count is costs more and is needed only without them.
        if labeled or classify(scan, previous) in _DATA_KINDS:
            return True
        # "350 rows, growing ~1,000 a month": growth right after a count of records the
        # team holds (not work it handles) adds to those records.
        if names_records(scan, previous) and not _HANDLED.search(
            scan.text.before(previous.start, limit=60)
        ):
            return True
    return None


def extract_growth(scan: Scan, draft: Draft) -> None:
    """Set ``volume_growth_pct``, the monthly growth of request volume in percent."""
    text = scan.text
    low = text.low
    for quantity in list(scan.free()):
        percent = _PERCENT.match(low, quantity.end)
        if percent is None:
            continue
        scan.claim(quantity, end=percent.end())
        before = text.before(quantity.start, limit=60)
        period = _GROWTH_PERIOD.match(low, percent.end())
        if period is None or _OTHER_GROWTH.search(before):
            continue
        if not (_GROWTH_CONTEXT.search(before) or "growth" in period.group()):
            continue
        unit = _growth_unit(period.group("unit") or period.group("adj"))
        scan.claim_span(quantity.start, period.end())
        _put_growth(
            scan,
            draft,
            factor=1 + float(quantity.value) / 100,
            unit=unit,
            span=(quantity.start, period.end()),
        )
        return
    if "doubl" not in low and "tripl" not in low:
        return
    for match in _MULTIPLY.finditer(low):
        if _OTHER_GROWTH.search(text.before(match.start(), limit=60)):
            continue
        factor = 2.0 if match.group("verb") == "doubl" else 3.0
        _put_growth(scan, draft, factor=factor, unit=match.group("unit"), span=match.span())
        return


def _growth_unit(word: str) -> str:
    if word.startswith("m"):  # month, mo, monthly, mom, m/m
        return "month"
    if word.startswith(("y", "a")):  # year, yr, yearly, yoy, annually
        return "year"
    if word.startswith("w"):
        return "week"
    return "quarter"


def _put_growth(
    scan: Scan, draft: Draft, *, factor: float, unit: str, span: tuple[int, int]
) -> None:
    months = _MONTHS_IN[unit]
    try:
        monthly = (math.pow(factor, 1 / months) - 1) * 100
    except (OverflowError, ValueError):
        return
    if not math.isfinite(monthly):
        return
    draft.put(
        "volume_growth_pct",
        whole(Decimal(str(round(monthly, 2)))),
        evidence=scan.text.evidence(*span),
        inferred=unit != "month",
    )
