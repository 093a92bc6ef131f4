"""The time until it must be live: ``3 weeks``, ``two quarters``, ``a 5 month timeline``,
``next week``, ``by end of month``, ``ASAP``.

Durations that are not deadlines are skipped: how long data goes back ("3 years of
tickets"), cadences ("every 6 months", "2-week sprints"), the period new data will come
in over ("we'll collect thousands over the next year"). When several deadlines are given
("prototype in 2 weeks, production in 3 months") the first milestone counts: it is when
something must be live.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import assistant.parsing.messages as messages
from assistant.parsing.dates import Dated
from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.numbers import Quantity, is_negative
from assistant.parsing.scan import Scan

#: Days in each calendar unit a duration is said in (one table: deadlines here, time added
#: to a timeline in ``reply_reading``).
DAYS_PER_UNIT = {
    "day": Decimal(1),
    "week": Decimal(7),
    "wk": Decimal(7),
    "fortnight": Decimal(14),
    "sprint": Decimal(14),
    "month": Decimal(30),
    "mo": Decimal(30),
    "mth": Decimal(30),
    "quarter": Decimal(90),
    "qtr": Decimal(90),
    "year": Decimal(365),
    "yr": Decimal(365),
    "hour": Decimal(1) / 24,
    "hr": Decimal(1) / 24,
}
_UNIT = lazy_pattern(
    r"(?P<hyphen>\s*-\s*|\s*)(?:of\s+)?(?:(?P<business>business|working|calendar|full)\s+)?"
    r"(?P<unit>day|week|wk|fortnight|sprint|month|mo|mth|quarter|qtr|year|yr|hour|hr)"
    r"(?P<plural>s)?(?![a-z])"
)
# Short units belong to latency ("under 200 ms"), never to a timeline; they are claimed
# so they are not read as counts either.
_SHORT_UNIT = lazy_pattern(
    r"\s*-?\s*(?:ms|msec|milliseconds?|seconds?|secs?|s|minutes?|mins?)(?![a-z])"
)
_ARTICLE = lazy_pattern(
    r"\b(?P<half>half\s+)?(?:an?|a\s+single)\s+(?:full\s+|single\s+|calendar\s+)?"
    r"(?P<unit>day|week|fortnight|month|quarter|year|sprint)"
    r"(?P<andhalf>\s+and\s+a\s+half)?(?:\s+or\s+(?:so|two))?\b"
)
_TIMELINE_NOUNS = frozenset(
    [
        "timeline",
        "deadline",
        "window",
        "spike",
        "sprint",
        "pilot",
        "project",
        "runway",
        "timeframe",
        "time-frame",
        "schedule",
        "launch",
        "rollout",
        "roll-out",
        "build",
        "engagement",
        "prototype",
        "poc",
        "mvp",
        "trial",
        "plan",
        "horizon",
        "turnaround",
        "delivery",
        "effort",
        "experiment",
        "push",
        "target",
        "development",
        "implementation",
        "go-live",
        "golive",
        "goal",
        "countdown",
        "period",
        "program",
        "programme",
    ]
)
_NOT_TIMELINE_NOUNS = frozenset(
    [
        # A regulatory clock per case ("15-day clocks for serious cases"), not go-live.
        "clock",
        "clocks",
        "contract",
        "contracts",
        "deal",
        "deals",
        "agreement",
        "agreements",
        "engagement",
        "partnership",
        "license",
        "licence",
        "sprints",
        "cycles",
        "cycle",
        "retention",
        "history",
        "term",
        "terms",
        "subscription",
        "warranty",
        "lease",
        "leases",
        "old",
        "cadence",
        "rotation",
        "intervals",
        "interval",
        "cohort",
        "cohorts",
        "course",
        "courses",
        "backlog",
        "archive",
        "archives",
        "lag",
        "delay",
        "latency",
        "data",
        "logs",
        "notice",
        "notices",
        "payment",
        "payments",
        "plans",
        "renewal",
        "renewals",
        "tenure",
        "free",
        "money-back",
        "return",
        "returns",
        "refund",
        "guarantee",
        "sla",
        "rolling",
        "moving",
        "average",
        "avg",
    ]
)
# Colleagues arranging to talk: "let's regroup next week", "sync again tomorrow", "if I ask
# again next week".
_MEETING_BEFORE = lazy_pattern(
    r"\b(?:regroup|meet(?:ing)?|sync|catch\s+up|talk|chat|circle\s+back|follow\s+up|reconvene"
    r"|discuss|review\s+(?:it|this)|check\s+in|call|digest|mull\s+(?:it\s+)?over|think\s+(?:it\s+)?over"
    r"|sit\s+with|go\s+through|read|ask|ping|try)\s+(?:again\s+|about\s+(?:it|this)\s+|it\s+|this\s+)?"
    r"(?:over\s+)?$"
)
# A period's end that comes round again: "at quarter end", "every month-end", "month-end
# is brutal".
# The later half of "what makes sense now vs. in a year": a horizon, not a deadline.
_VERSUS_NOW = lazy_pattern(r"\bnow\s+(?:vs\.?|versus|or|and)\s+(?:in\s+)?$")
_RECURRING_BEFORE = lazy_pattern(r"\b(?:at|every|each|around|during|over|near)\s+(?:the\s+)?$")
_RECURRING_AFTER = lazy_pattern(r"\s+(?:is|are|gets?|peaks?|spikes?|crunch|rush|close)\b")
# The length of a cycle, in brackets (a bracket opens a clause, so this looks past it):
# "requirements change every sprint (2 weeks)".
_CYCLE_BEFORE = lazy_pattern(r"\b(?:every|each|per)\s+[a-z]+\s*\(\s*(?:about\s+|~)?$")
_NOT_DEADLINE_BEFORE = lazy_pattern(
    r"\b(?:every|each|per|once|twice|thrice|times|last|past|since|spanning|covering"
    r"|retain\w*|retention|older than|after|been|already|spent|taken|took|takes|lasts?"
    r"|lasting)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
    # How long something was tried ("we've been testing a prompt for a month", "piloted it
    # for 2 weeks"), and time something adds ("misroutes add ~1.5 days"): not deadlines.
    r"|\b(?:test\w*|tri(?:ed|al\w*)|pilot\w*|using|used|running|ran|run|been\s+\w+ing"
    r"|prompting|prompted)\s+(?:[\w'-]+\s+){0,10}?"
    r"for\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|almost\s+)?(?:an?\s+|the\s+"
    r"(?:last|past)\s+)?$"
    # Work already done: "we built a RAG pipeline in 2 days".
    r"|\b(?:we|i|they|he|she|the\s+team)\s+(?:[\w'-]+\s+){0,4}?(?:built|rebuilt|shipped|wrote"
    r"|finished|made|set\s+up|put\s+together|did)\s+(?:[\w'-]+\s+){0,5}?in\s+(?:about\s+"
    r"|around\s+|just\s+|only\s+|under\s+)?$"
    # The span a sum is spread over: "a budget of $400,000 over 18 months".
    r"|(?:[$\u20ac\u00a3]\s*[\d.,]+\s*[km]?|\d[\d.,]*\s*[km]?\s*(?:usd|eur|gbp|dollars|euros))\s+"
    r"(?:over|across|spread\s+over)\s+(?:the\s+next\s+)?$"
    # A report on options due, not the project: "IS to scope options and report back in 2
    # weeks".
    r"|\breport\s+back\s+(?:in|within)\s+(?:about\s+|around\s+)?$"
    # Someone else's estimate of their own step: "legal says 3-6 months" (for an agreement).
    r"|\b(?:legal|procurement|the\s+vendor|counsel|(?:our|the)\s+lawyers|it|they)\s+(?:says?|said"
    r"|estimates?|reckons?|quoted?|thinks?)\s+(?:it'?ll\s+take\s+|it\s+will\s+take\s+)?(?:about\s+"
    r"|around\s+|roughly\s+|~)?$"
    # Work going on over a stretch: "my KM team is cleaning and re-tagging it over the next
    # 6 months" (the stretch of that work, not when the project must be live).
    r"|\b[a-z]{3,}ing\b(?:\s+[\w'-]+){0,8}?\s+over\s+the\s+(?:next|coming)\s+$"
    # An estimate of effort: "data engineering estimates 4-5 months to redact".
    r"|\b(?:estimat\w*|would\s+take|will\s+take|'ll\s+take|could\s+take)\s+(?:\w+\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|at\s+least\s+|~)?$"
    r"|\b(?:adds?|added|adding|costs?|delays?|delayed|saves?|saving|wastes?|takes?\s+us)\s+"
    r"(?:us\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+|~|≈)?$"
    # How long the work takes people today: "takes 3 analysts about two weeks".
    r"|\b(?:takes?|took|taking)\s+(?:\d+|an?|one|two|three|four|five|six|our|the|my)\s+"
    r"(?:[a-z]+\s+){1,2}?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|~)?$"
    # Time to think a reply over: "we'll digest it over the next couple of days".
    r"|\b(?:digest|mull|think\s+(?:it\s+)?over|sit\s+with|go\s+through|discuss|regroup)\s+"
    r"(?:it\s+|this\s+)?(?:over\s+)?(?:the\s+)?(?:next\s+|coming\s+)?$"
    # How soon something pays back: "the training paid for itself in less than a day".
    r"|\b(?:paid|pays|pay|paying)\s+(?:for\s+)?(?:itself|themselves|back|off)\s+(?:in|within)\s+"
    r"(?:less\s+than\s+|under\s+|about\s+|around\s+)?$"
    r"|\bbreaks?\s+even\s+(?:in|within|after)\s+(?:less\s+than\s+|under\s+|about\s+)?$"
    # The first stretch of something ("compliance reviews everything for the first few
    # months").
    r"|\b(?:for|during|over|in)\s+the\s+(?:first|initial|opening)\s+$"
    # How long a rate lasts ("~400k uploads/day for 6 weeks at peak").
    r"|(?:/|\bper\s+|\ba\s+)(?:day|week|month|hour)\s+for\s+(?:about\s+|around\s+|roughly\s+)?$"
    # When a count of records is handed over or arrives ("the annotation vendor delivers
    # 20k labeled docs in 8 weeks", "the extra 3k captions land in about 2 months"): data
    # to come, not when the project must be live.
    r"|\b(?:delivers?|sends?|supplies|hands?\s+over|ships?)\s+(?:us\s+)?(?:another\s+"
    r"|a\s+further\s+)?(?:about\s+|around\s+|roughly\s+|~)?\d[\d.,]*\s*k?\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:in|within)\s+(?:about\s+|around\s+|roughly\s+|~)?$"
    r"|\d[\d.,]*\s*k?\s+(?:[\w'-]+\s+){0,4}?(?:arrive|arrives|land|lands|come\s+in|comes\s+in)\s+"
    r"(?:in|within)\s+(?:about\s+|around\s+|roughly\s+|~)?$"
    # The span over which records were made ("labelled by moderators over three years",
    # "entered across a decade", "collected during 18 months"): history, not a deadline.
    r"|\b(?:labell?ed|annotated|tagged|coded|graded|rated|reviewed|collected|gathered"
    r"|accumulated|written|entered|logged|recorded|stored|kept|saved|archived|built\s+up)\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:over|across|during)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
)
# "10k a month", "twice a month": an article duration right after a number is a rate.
_RATE_BEFORE = lazy_pattern(
    r"(?:\d[\w,.%]*|\b(?:once|twice|thrice|times|x|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|a\s+few))\s*"
    r"(?:(?!(?:and|or|plus|with|in|within|by)\b)[a-z-]+\s+){0,3}"
    # ("90 customer-paper contracts (MSAs, DPAs) a month": an aside before the period.)
    r"(?:\([^()]{0,40}\)\s*)?$"
    # Money named in words: "saving hundreds of thousands of dollars a month".
    r"|\b(?:dollars|euros|pounds|bucks|usd|eur|gbp)\s+$"
)
# How far back records go, with their count after it, past the clause's comma: "their
# helpdesk - 8 years, maybe 300k tickets".
_COUNT_AFTER = lazy_pattern(
    r"\s*[,\u2014\u2013-]\s*(?:maybe|about|around|roughly|some|over|nearly|almost|like)\s*[~≈]?"
    r"\d[\d,.]*\s*k?\s+(?!(?:days|weeks|months|years|quarters|hours)\b)[a-z]{3,}s\b"
)
# ("we need it in 6 weeks, about 2,000 users" is a deadline, then a count.)
_WITHIN = lazy_pattern(
    r"\b(?:in|within|by|before|under|next)\s+(?:about\s+|around\s+|roughly\s+|~)?$"
)
_NOT_DEADLINE_AFTER = lazy_pattern(
    # The length of a trial is not when the project must be live: "a 3-month trial".
    r"\s*[- ]?(?:long\s+)?(?:trial|pilot|test(?:\s+(?:phase|period|run))?|experiment|poc"
    r"|proof[- ]of[- ]concept)\b"
    # The time data takes to come, said first: "in ~6 months we'd have maybe 15-20k".
    r"|\s*,?\s*(?:we|they|you|i)(?:'d|'ll|\s+will|\s+would|\s+should)\s+(?:probably\s+|likely\s+"
    r"|maybe\s+)?(?:have|get|reach|collect|gather)\b"
    r"|\s*(?:-?\s*old\b|ago\b|later\b|in business\b|in production\b|of experience\b|of runway"
    r"|worth\b|of (?:\w+[\s-]+){0,3}?(?:data|history|historical|logs?|tickets|records"
    r"|transcripts|conversations|chats|emails|examples|labels|experience|usage|traffic"
    r"|archives?|notes|documents|reviews|calls|messages|interactions|content|articles"
    r"|posts)\b"
    # "11 yrs of reporter-written reports", "5 years of approved copy": how far back the
    # records go, whatever they are (not "within 3 months of launch", "a week of notice").
    r"|of\s+(?!(?:the\s+|our\s+|its\s+)?(?:launch|signing|signature|contract|award|kick-?off|start"
    r"|go-live|today|now|time|notice|delivery|approval|receipt)\b)(?:[\w'-]+[\s-]+){0,3}?"
    r"[a-z]{3,}\b(?!\s+(?:time|notice))"
    r"|after (?:launch|that|go-live)|post[- ]launch|of (?:use|operation|running)"
    # Time per piece of work, a rate: "saves me a day per report".
    r"|per\s+(?!day\b|week\b|month\b)[a-z]+\b"
    # A deadline given up: "we don't need it in 2 weeks anymore".
    r"|\s*any\s?more\b"
    # A school year group, not a length: "I'm a Year 5 teacher", "Year 11 pupils".
    r"|(?<=year)\s+\d{1,2}\b"
    r"|(?:a|per|each|every)\s+(?:day|week|month|year)\b)"
)
_GROWTH_PERIOD = lazy_pattern(
    r"\b(?:over|in|within|during|across)\s+the\s+(?:next|coming|following)\s*$"
)
_GROWTH_WORDS = lazy_pattern(
    r"\b(?:gather|collect|accumul|grow|label|annotat|add|expect|reach|doubl|tripl|scale"
    r"|increas|hire|build up|ramp)\w*"
)
# "We'll have tens of thousands within a year": the time data takes to come, not a deadline.
_FUTURE_DATA_BEFORE = lazy_pattern(
    r"\b(?:will|'ll|should|expect\s+to|going\s+to|plan\s+to)\s+(?:have|get|collect|gather"
    r"|reach|accumulate|label|annotate)\s+(?:[\w~$,.'-]+\s+){0,3}?(?:[\w,.~-]*\d[\w,.~-]*"
    r"|[a-z]*(?:thousand|hundred|million|dozen)s?|more|plenty|lots)(?:\s+[a-z'-]+){0,3}?\s+"
    r"(?:within|in|over)\s+$"
)
_YEARS_OF = lazy_pattern(r"\bfor\s+$")
_RELATIVE = lazy_pattern(
    r"\b(?:(?P<week>(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?:next|this|coming)\s+week"
    # "by friday", "next monday", "live on thursday"; a bare "on thursday" is when
    # something happens ("tacos on thursday"), not when the project is due.
    r"|(?:the\s+)?end\s+of\s+(?:the|this)\s+week|(?:by|before|this|next|(?:live|launch(?:es|ing)?"
    r"|ships?|shipping|due|ready|deadline|demo)\s+on)\s+(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # "by the weekend", not "the garage is open this weekend".
    r"|(?:by|before|(?:live|launch(?:es|ing)?|ships?|due|ready|done)(?:\s+by)?)\s+(?:the\s+)?"
    r"weekend)"
    r"|(?P<tomorrow>(?:by|for|until|before|need\s+(?:it|this|something)|ready|live|launch"
    r"|ship|done)\s+tomorrow)"
    r"|(?P<month>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[- ]end|eom"
    r"|(?:by|before|in|within|until|for|launch|live|ship|ready|from|starting|something"
    # "account managers want it next month", "we need it this month".
    r"|(?:want|wants|need|needs)\s+(?:it|this|something))\s+"
    r"(?:the\s+)?(?:next|this)\s+month"
    r"|(?:have|has|got|get|gave\s+us|given)\s+(?:\w+\s+)?the\s+(?:whole|entire|full)\s+month"
    r"(?!\s+of\b))"
    r"|(?P<quarter>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|quarter[- ]end|eoq"
    r"|(?:by|before|in|within|until|for|launch|live|ship|ready)\s+(?:the\s+)?(?:next|this)"
    r"\s+quarter"
    # "we have the whole quarter for this", "they gave us the entire quarter".
    r"|(?:have|has|got|get|gave\s+us|given)\s+(?:\w+\s+)?the\s+(?:whole|entire|full)\s+quarter"
    r"(?!\s+of\b)))\b"
)
_RELATIVE_DAYS = {"week": 7, "tomorrow": 1, "month": 30, "quarter": 90}
_URGENT = lazy_pattern(
    r"\b(?:asap|a\.s\.a\.p|as soon as (?:possible|we can)|urgently|right away"
    # (Not how fast people react to the output: "fans notice immediately if it's off".)
    r"|(?<!notice\s)(?<!notices\s)(?<!noticed\s)(?<!spot\s)(?<!spots\s)(?<!see\s)(?<!sees\s)"
    r"(?<!tell\s)(?<!complain\s)(?<!react\s)(?<!reacts\s)immediately"
    r"|(?:need|needed|want|wanted)(?:\s+(?:it|this|that))?\s+yesterday|time[- ]critical"
    r"|tight deadline"
    # (Not urgent things the work sorts: "urgent ones", "urgent test messages".)
    r"|urgent(?!\s+(?:[\w-]+\s+)?(?:tickets?|cases?|requests?|messages?|emails?|issues?|calls?|ones|items?"
    r"|matters?|queries|care|flags?|labels?|category|categories|priority)))\b"
)


@dataclass
class _Deadline:
    days: int
    start: int
    end: int
    inferred: bool


def extract(scan: Scan, draft: Draft, *, dated: Sequence[Dated] = ()) -> None:
    """Claim numeric durations and set ``timeline_days`` from the earliest deadline, the
    deadlines said as dates (``dates.find``) included."""
    deadlines = [_Deadline(d.days, d.start, d.end, inferred=False) for d in dated]
    for quantity in list(scan.free()):
        deadline = _numeric(scan, draft, quantity)
        if deadline is not None:
            deadlines.append(deadline)
    _set(scan, draft, deadlines)


def extract_phrases(scan: Scan, draft: Draft) -> None:
    """Deadlines without digits ("a month", "next week", "ASAP"), read after rates and
    money have claimed their own "a month"."""
    if draft.has("timeline_days"):
        return
    low = scan.text.low
    deadlines: list[_Deadline] = []
    for match in _ARTICLE.finditer(low):
        if (
            scan.overlaps(match.start(), match.end())
            or _in_number(scan, match.start())  # "a quarter of a million"
            # (The sentence reaches past a bracketed aside the clause would stop at.)
            or _RATE_BEFORE.search(scan.text.sentence_before(match.start(), limit=60))
            or not _is_deadline(scan, match.start(), match.end())
        ):
            continue
        days = DAYS_PER_UNIT[match.group("unit")]
        if match.group("half"):
            days /= 2
        if match.group("andhalf"):
            days = days * 3 / 2
        deadlines.append(_Deadline(max(1, round(days)), match.start(), match.end(), False))
    for match in _RELATIVE.finditer(low):
        lead = scan.text.before(match.start(), limit=40)
        if _MEETING_BEFORE.search(lead):
            continue  # "let's regroup next week" is a meeting, not the deadline
        if _RECURRING_BEFORE.search(lead) or _RECURRING_AFTER.match(low, match.end()):
            continue  # "volume triples at quarter end", "month-end is brutal": each time
        kind = match.lastgroup or "week"
        inferred = kind != "week" or "day" in match.group() or "weekend" in match.group()
        deadlines.append(_Deadline(_RELATIVE_DAYS[kind], match.start(), match.end(), inferred))
    if not deadlines:
        urgent = _URGENT.search(low)
        if urgent:
            # "ASAP" gives no number; a week is the shortest deadline we reason about.
            deadlines.append(_Deadline(7, urgent.start(), urgent.end(), True))
    _set(scan, draft, deadlines)


def _in_number(scan: Scan, position: int) -> bool:
    return any(q.start <= position < q.end for q in scan.quantities)


def _numeric(scan: Scan, draft: Draft, quantity: Quantity) -> _Deadline | None:
    low = scan.text.low
    short = _SHORT_UNIT.match(low, quantity.end)
    unit = _UNIT.match(low, quantity.end)
    if unit is None:
        if short is not None:
            scan.claim(quantity, end=short.end())
        return None
    scan.claim(quantity, end=unit.end())
    name = unit.group("unit")
    if not _is_deadline(scan, quantity.start, unit.end()):
        return None
    if name in ("hour", "hr") and quantity.value < 24:
        return None  # a response time or a shift, not a deadline
    if name == "year" and _YEARS_OF.search(scan.text.before(quantity.start)):
        return None  # "in business for 5 years"
    if (
        DAYS_PER_UNIT[name] >= DAYS_PER_UNIT["year"]
        and quantity.value >= _LONG_YEARS
        and not _WITHIN.search(scan.text.before(quantity.start, limit=30))
    ):
        return None  # "a senior ML engineer, 8 yrs": a tenure or an age, not a deadline
    days = quantity.value * DAYS_PER_UNIT[name]
    if unit.group("business") in ("business", "working"):
        days = days * 7 / 5
    shown = scan.text.evidence(quantity.start, unit.end())
    if is_negative(low, quantity):
        shown = "-" + shown
        message = messages.negative_value(field="timeline_days", amount=shown)
        draft.issue("timeline_days", message, shown)
        return None
    if days < 1:
        if quantity.value == 0:
            draft.issue("timeline_days", messages.zero_timeline(amount=shown), shown)
        return None
    inferred = (
        quantity.approximate
        or name in ("sprint", "hour", "hr")
        or unit.group("business") in ("business", "working")
    )
    return _Deadline(round(days), quantity.start, unit.end(), inferred)


# A deadline is said of what is to come. A sentence that only tells what already happened
# ("labeling took two and a half days", "writers rejected 80% of drafts in a 2-week
# test", "three epochs took 4 h, and we started over") gives how long something lasted.
_PAST_ONLY = lazy_pattern(
    r"\b(?:took|spent|sank|burned|burnt|wasted|lasted|waited|ran|did|was|were|had|got|went"
    r"|tried|tested|piloted|trialed|trialled|started|began|threw|rebuilt|built|wrote|dropped"
    r"|rejected|ago|later|after\s+(?:delivery|deployment|launch|release|go-live))\b"
)
_AHEAD = lazy_pattern(
    r"\b(?:need|needs|needed|must|want|wants|like|have\s+to|has\s+to|should|will|going\s+to"
    r"|due|deadline|timeline|launch\w*|go-live|live|ready|ship\w*|within|target\w*|aim\w*"
    r"|expect\w*|plan\w*|mvp|asap|until|before|from\s+now|budget|if|suppose|imagine"
    r"|(?:days?|weeks?|months?|quarters?|years?)\s+(?:left|remaining|away|out))\b"
    r"|'ll\b|'d\b"
)


# How far back records go, in brackets after them: "live-chat logs exist (about 3 years)".
# Notice someone else gives ("endpoints get withdrawn on a few weeks' notice"): how much
# warning, not when the project must be live.
_ON_NOTICE_BEFORE = lazy_pattern(r"\bon\s+(?:just\s+|only\s+|as\s+little\s+as\s+)?$")
_NOTICE_AFTER = lazy_pattern(r"\s*(?:'s?|s')?\s+notice\b")
_NAMED_DEADLINE = lazy_pattern(r"\b(?:deadline|due|live|launch\w*|ready)\W*$")
# Years this many or more, with nothing saying "in" or "within", are how long something
# has lasted, not when the project must be live.
_LONG_YEARS = 3
_ROUND_THE_CLOCK = lazy_pattern(r"24\s*(?:hours|hrs|h)\b(?!\s+(?:of|to|before|after|from))")
_HISTORY_IN_BRACKETS = lazy_pattern(
    r"\b(?:logs?|records|history|archives?|data|tickets|transcripts|emails|files)\s+"
    r"(?:exist\s+|go\s+back\s+)?\(\s*(?:about\s+|around\s+|roughly\s+|~|over\s+)?$"
)


# How long something was tried, said in brackets after it: "tried five scenarios (over a
# week)", "we piloted it (for a month)".
_TRIED_IN_BRACKETS = lazy_pattern(
    r"\b(?:tri(?:ed|al\w*)|test\w*|pilot\w*|experiment\w*|iterat\w*|ran|run\w*)\b[^.!?()]{0,80}?"
    r"\(\s*(?:over|for|during)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$"
)


def _is_deadline(scan: Scan, start: int, end: int) -> bool:
    text = scan.text
    if _HISTORY_IN_BRACKETS.search(text.sentence_before(start, limit=60)):
        return False
    if _TRIED_IN_BRACKETS.search(text.sentence_before(start, limit=100)):
        return False  # "I tried five scenarios (over a week)": how long the trying took
    before = text.before(start, limit=60)
    _, clause_end = text.clause(end)
    if _NOT_DEADLINE_BEFORE.search(before) or _NOT_DEADLINE_AFTER.match(text.low, end, clause_end):
        return False
    if _CYCLE_BEFORE.search(text.low, max(0, start - 30), start):
        return False
    if _ON_NOTICE_BEFORE.search(before) and _NOTICE_AFTER.match(text.low, end):
        return False
    if (
        _ROUND_THE_CLOCK.match(text.low, start)
        and not _WITHIN.search(before)
        and not _NAMED_DEADLINE.search(before)
    ):
        return False  # "they ask by chat, 24 hours": when it is open, not a deadline
    if _COUNT_AFTER.match(text.low, end) and not _WITHIN.search(before):
        return False
    sentence = text.sentence_text(start)
    if _PAST_ONLY.search(sentence) and not _AHEAD.search(sentence):
        return False
    if _VERSUS_NOW.search(text.low, max(0, start - 16), start):
        return False  # "what makes sense now vs. in a year" (the dot ends no clause)
    if _GROWTH_PERIOD.search(before) and _GROWTH_WORDS.search(sentence):
        return False
    lead = text.low[max(0, start - 100) : start]
    if ("ll " in lead or "to " in lead or "should " in lead) and _FUTURE_DATA_BEFORE.search(lead):
        return False
    following = re.match(r"\s*-?\s*([a-z][a-z'-]*)", text.low[end : min(clause_end, end + 30)])
    noun = following.group(1) if following else ""
    if noun in _TIMELINE_NOUNS:
        return True
    return noun not in _NOT_TIMELINE_NOUNS


def _set(scan: Scan, draft: Draft, deadlines: list[_Deadline]) -> None:
    if not deadlines or draft.has("timeline_days"):
        return
    first = min(deadlines, key=lambda d: (d.days, d.start))
    for deadline in deadlines:
        scan.claim_span(deadline.start, deadline.end)
    draft.put(
        "timeline_days",
        first.days,
        evidence=scan.text.evidence(first.start, first.end),
        inferred=first.inferred,
    )
