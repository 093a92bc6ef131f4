"""Budgets: ``$50k``, ``USD 12,000``, ``12 grand``, ``half a million dollars``, ``$2k/mo``.

A money amount is a budget unless its words say otherwise: a price per unit ("$0.002 per
call"), money already paid or earned ("we spend $3k a month", "$2M revenue"). A recurring
amount ("$200 a month") is the monthly budget. Amounts in another currency are not
converted: they are reported as an issue and left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import assistant.parsing.messages as messages
from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.numbers import PER_MONTH, Quantity, is_negative, whole
from assistant.parsing.scan import Scan

_PREFIX = lazy_pattern(
    r"(?:(?P<usd>(?<![a-z])us\s?\$|(?<![a-z])usd|(?<![a-z])\$)"
    r"|(?P<eur>€|(?<![a-z])eur)|(?P<gbp>£|(?<![a-z])gbp)"
    r"|(?P<jpy>¥|(?<![a-z])jpy)|(?P<inr>₹|(?<![a-z])(?:inr|rs\.?))"
    r"|(?P<other>₽|₩|₺|(?<![a-z])(?:cny|rmb|chf|cad|aud|nzd|sek|nok|dkk|pln|brl|mxn|rub|krw"
    r"|c\$|a\$|ca\$|au\$|nz\$|r\$|hk\$|s\$)))\s*-?\s*$"
)
# The currencies ``_PREFIX`` knows, as written last before an amount. Most numbers follow
# a word or a space; this test spares them the search for a prefix.
_PREFIX_ENDS = (
    *"$€£¥₹₽₩₺",
    *("usd", "eur", "gbp", "jpy", "inr", "rs", "rs.", "cny", "rmb", "chf", "cad", "aud"),
    *("nzd", "sek", "nok", "dkk", "pln", "brl", "mxn", "rub", "krw"),
)


def _may_have_prefix(low: str, start: int) -> bool:
    lead = low[max(0, start - 10) : start].rstrip().rstrip("-").rstrip()
    return lead.endswith(_PREFIX_ENDS)


_SUFFIX = lazy_pattern(
    r"\s*(?:(?P<other>canadian\s+dollars?|australian\s+dollars?|yuan|rmb|cny|renminbi"
    r"|(?:swiss\s+)?francs?|chf|cad|aud|rubles?|roubles?|kronor|krona|zloty|reais|pesos?)"
    r"|(?P<usd>us\s?dollars?|usd|dollars?|bucks|\$)|(?P<eur>eur(?:os?)?|€)"
    r"|(?P<gbp>gbp|pounds?(?:\s+sterling)?|quid|£|sterling)|(?P<jpy>yen|jpy)"
    r"|(?P<inr>rupees?|inr))(?![a-z])"
)
_PERIOD = lazy_pattern(
    r"\s*(?:(?:(?:per|a|an|each|every)\b|/)\s*(?:calendar\s+)?"
    r"(?P<unit>month|mo|mth|year|yr|annum|week|wk|day|quarter|qtr)s?\b"
    r"|(?P<adj>monthly|annually|yearly|annual|weekly|daily|quarterly|pcm|p/m)\b)"
)
_PER_UNIT = lazy_pattern(
    r"\s*(?:(?:per|/|a|an|each|for each|for every|every)\s*(?:1k|1,000|1000|thousand|million|"
    r"1m|m|100|10k)?\s*(?:call|request|query|queries|token|label|item|example|annotation"
    r"|ticket|document|doc|page|hour|hr|h|conversation|chat|message|user|seat|image|word"
    r"|unit|response|prediction|inference|api call|sample|record|transaction|lead|click"
    r"|impression|employee|head|person|licen[cs]e|run|job|minute|min|gb|email|review"
    r"|contract|article|listing|translation|summary|case|claim|invoice|row|file|post|caption"
    r"|description|session|resolution|agent|annotator|input|output|completion|mistake"
    r"|classification|extraction|generation|decision|lookup|search|scan|check|tag"
    r"|error|hallucination)s?\b|each\b|apiece\b|a piece\b|hourly\b|an hour\b"
    # Any other thing after a slash: "~$0.009/SKU", "$0.03/doc" (periods are budgets).
    r"|/\s*(?!(?:mo|mos|mth|month|months|yr|year|years|wk|week|weeks|day|days|d|quarter|qtr|q"
    r"|annum|hour|hr|h|mes|mês|mois|monat|año|ano|an|jahr|semana|semaine|woche|día|dia|jour"
    r"|tag)\b)[a-z]{2,}\b)"
)
# What the words before an amount say it is. The cue nearest the amount decides:
# "we pay $2k a month but can spend up to $5k" has one cost and one budget.
_BUDGET_CUE = lazy_pattern(
    r"\b(?:budget\w*|afford|allocat\w*|set aside|earmark\w*|approved|funding|fund(?:ed)?"
    r"|(?:can|could|will|would|willing to|able to|happy to|ready to|prepared to|plan to"
    r"|want to|looking to|ok to|okay to|may|might|can't|cannot|won't|mustn't)\s+(?:\w+\s+)?spend"
    r"|up to|at most"
    r"|max(?:imum)?|cap(?:ped)?(?:\s+(?:[\w-]+\s+){0,3}?at)?|ceiling|limit(?:ed)?|under|below|within"
    r"|less than"
    r"|no more than|have|has|got|total|overall|spend(?=\s*[:=])|investment of|invest"
    # "ongoing spend can't go over 150 bucks a month".
    r"|(?:can't|cannot|won't|mustn't|shouldn't|not)\s+(?:\w+\s+)?(?:go\s+over|exceed|top))\b"
)
_COST_CUE = lazy_pattern(
    # ("raised" is money raised, not "the budget was raised to 90k".)
    r"\b(?:revenue|sales|arr|mrr|turnover|profits?|income|earn\w*|raised(?!\s+(?:to|it\s+to)\b)"
    r"|valuation|valued"
    r"|worth|salar(?:y|ies)|wages?|sav(?:e|es|ed|ing|ings)|loss(?:es)?|los(?:e|es|ing|t)"
    # "a fine", "fines", "fined" - not "we'd be fine with".
    r"|fines|fined|(?:a|the)\s+fine|penalt\w+|pa(?:y|ys|ying|id)|spen(?:d|ds|t|ding)|charg(?:e|es|ed|ing)"
    r"|pric(?:e|ed|es|ing)|fees?|costs?|costing|bills?|billed|invoic\w+|refunds?"
    r"|transactions?|orders?|deals?|ltv|cac|aov|premiums?|loans?|mortgages?"
    # What a run took: "the whole thing took about a day and roughly $50".
    r"|took|came\s+to|set\s+(?:us|me)\s+back|ran\s+(?:us|me))\b"
    # A figure worked out, not money set aside: "500 examples x 1000 tokens x 3 epochs = $3.60".
    r"|\d[a-z]*\s*(?:[a-z]+\s+){0,2}?(?:x|×|\*)\s*(?:[$€£]?\s*\d|$)"
)
_SPEND_BEFORE = lazy_pattern(
    r"\b(?:keep (?:it|this|things|costs?|spend(?:ing)?|the cost) (?:under|below|at|to|within)"
    r"|spend(?:ing)? (?:up to|under|at most|no more than)"
    r"|cap(?:ped)? (?:it |us |this |spend(?:ing)? |the budget |(?:the |our )?(?:api|inference|model"
    r"|hosting|cloud) (?:spend(?:ing)?|costs?|budget) )?at"
    r"|(?:can|could|will|would|able to|willing to|happy to|ready to|plan to|want to)"
    r"(?: only| just)? spend(?: (?:about|around|roughly|maybe|up to|like|only|just))?"
    r"|afford(?: up to)?"
    # "run costs have to stay under 4k a month".
    r"|costs?\s+(?:\w+\s+){0,3}?(?:stay|remain|be|come\s+in)\s+(?:under|below|within|at\s+most))"
    r"\s*[~≈]?\s*$"
)
_NOT_BUDGET_AFTER = lazy_pattern(
    r"\s*(?:in|of|per year in|a year in|annual|worth of)?\s*(?:revenue|sales|arr|mrr|funding"
    r"|profits?|income|savings|losses|fines?|penalt\w+|valuation|company|business|firm"
    r"|startup|enterprise|bank|retailer|market|industry|deal|account|salary|loans?"
    r"|mortgages?|transactions?|claims?|premiums?|in\s+(?:revenue|sales|funding|savings)"
    # The size of a firm: "a regional bank (~$30B assets)", "$4bn under management".
    r"|(?:in\s+)?assets|aum|under\s+management|market\s+cap\w*|gmv|gross\s+merchandise|portfolio"
    r"|book)\b"
    # An amount that is part of the story, not the team's money: "a $340 payment increase",
    # "a $25 refund", "a $75 late fee".
    r"|\s*-?\s*(?:[a-z]+\s+)?(?:payments?|increases?|decreases?|hikes?|raises?|refunds?|deposits?|rent|bonus(?:es)?"
    r"|discounts?|purchases?|donations?|gifts?|fares?|tickets?|bills?|invoices?|fees?|fines?)\b"
    # What a run cost: "$5 of RunPod compute", "$40 of GPU time", "$12 in API credits",
    # "about $3,200 in API costs".
    r"|\s*(?:of|in)\s+(?:[\w-]+\s+)?(?:compute|gpu\s+(?:time|hours)|credits|api\s+(?:calls|usage"
    r"|costs?|fees|charges|spend(?:ing)?|bills?)|(?:training|inference|hosting|cloud)\s+costs?)\b"
)
# Credits the team was given or holds are money it can spend: "the sponsor gave us $2,000
# in credits", "we have $5k of Azure credits" (unlike "$12 in API credits" a run cost).
_CREDITS_AFTER = lazy_pattern(r"\s*(?:of|in)\s+(?:[\w-]+\s+){0,2}?credits\b")
_GIVEN_BEFORE = lazy_pattern(
    r"\b(?:gave|give|gives|given|granted|awarded|won|got|get|received|receive|have|has|had"
    r"|secured|offered|approved|donated)\s+(?:us|me|the\s+team|our\s+team)?\s*"
    r"(?:another\s+|an?\s+extra\s+|about\s+|around\s+|roughly\s+|some\s+)?[~≈]?\s*$"
)
_CORRECTION = lazy_pattern(
    r"\b(?:actually|correction|sorry|i mean|i meant|make that|scratch that|rather|revised"
    r"|updated?|edit|changed to|instead|no wait|wait|now)\b"
)
# "Budget was $200k (now $120k)": an amount said to be the old one gives way.
_SUPERSEDED = lazy_pattern(
    r"\b(?:was|were|used to be|originally|initially|previously|first|old|earlier)\s+"
    r"(?:[a-z]+\s+){0,2}$"
    # "the budget went from $8k to $4k": the amount it went from.
    r"|\b(?:went|gone|goes|go|dropped|cut|fell|rose|raised|increased|decreased|reduced|changed"
    r"|moved|slashed|bumped|jumped)\s+(?:down\s+|up\s+)?from\s*$"
)
_PERIOD_BEFORE = lazy_pattern(
    r"\b(?P<adj>monthly|annual|yearly|weekly|daily|quarterly),?\s+(?:budget|spend|cap|limit"
    r"|allowance|ceiling|we|i|inference|hosting|api|running|compute|run[- ]rate)\b"
    r"|\b(?:budget|spend|cap|limit|allowance)\s+(?:per|a|each|every|/)"
    r"\s*(?P<unit>month|year|week|day|quarter)\b|\b(?:per|a|each|every)\s+"
    r"(?P<unit2>month|year|week|day|quarter)\s+(?:budget|spend|cap|limit|allowance)\b"
)
_EXPLICIT = lazy_pattern(r"\b(?:budget\w*|total|overall|in all|all[- ]in|ceiling|cap)\b")
# "budget for this is 15k": up to five words between "budget" and a bare number.
_BARE_AFTER_BUDGET = lazy_pattern(
    # (Not past a new item: "we have budget and an AI team of 6".)
    r"\bbudget\b(?:'s)?(?:[\s,]+(?!(?:and|but|plus|team|people|staff|engineers|devs)\b)"
    r"[^\s\d$€£]+){0,5}?\s*[:=~≈<-]?\s*$"
    # The next amount of a budget said in parts: "budget approved: 15k one-off plus 1.2k/month".
    r"|\bbudget\b[^.!?;\n]{0,40}?\d[^.!?;\n]{0,20}?\s(?:plus|and|\+)\s*$"
    # "the monthly inference cap is 5k", "cap on inference is 12k" (not "token limit: 8k").
    r"|\b(?:(?:inference|hosting|api|spend(?:ing)?|cost|compute|running)\s+(?:cap|ceiling|limit)"
    r"|(?:cap|ceiling|limit)\s+on\s+(?:the\s+)?(?:inference|hosting|api|spend(?:ing)?|costs?|compute))"
    r"\b(?:[\s,]+[^\s\d$€£]+){0,4}?\s*[:=~≈<-]?\s*$"
)
# "we have maybe 2k for the whole thing": what the amount must cover says it is a budget.
_FOR_THE_WHOLE = lazy_pattern(
    r"\s+(?:in\s+)?(?:total\s+)?for\s+(?:the\s+)?(?:whole|entire)\s+(?:thing|project|year|build"
    r"|pilot|effort|rollout)\b"
)
_SPEND_CUE = lazy_pattern(
    r"\b(?:spend|keep (?:it|this|things|costs?)|cap|afford"
    r"|costs?\s+(?:\w+\s+){0,3}?(?:stay|remain))"
)
# What a bare amount is for, said after it: "put 2k toward this", "the 40k the owner set
# aside", "20k we've earmarked".
_SET_ASIDE_AFTER = lazy_pattern(
    r"\s+(?:toward|towards)\s+(?:this|it|that|the\s+(?:project|pilot|tool|bot|build|work))\b"
    # "what if we only had 10k to spend instead of 40?", "we have 25k to play with now".
    r"|\s+to\s+(?:spend|play\s+with|work\s+with)\b"
    # "we have 15k for compute now": what the money is for.
    r"|\s+(?:for|to\s+spend\s+on)\s+(?:the\s+)?(?:compute|inference|training|tooling|hosting"
    r"|api\s+calls|tokens|gpus?|(?:this|the)\s+(?:project|pilot|build|tool|bot|work))\b"
    r"|\s+(?:that\s+)?(?:the\s+\w+|we|they|i|he|she|management|leadership|finance)\s+(?:have\s+|has\s+"
    r"|had\s+|'ve\s+)?(?:set\s+aside|earmarked|allocated|budgeted|ring-?fenced)"
)
# What a bare amount a period is for, after words that have or allow it: "we've got ~3.6k a
# year for inference, that's it" (not "we process 3k a month for inference").
_FOR_RUNNING_AFTER = lazy_pattern(
    r"\s*(?:a|per|/)\s*(?:year|yr|month|mo)\s+for\s+(?:inference|hosting|api\s+calls|the\s+api"
    r"|compute|tokens|running\s+(?:it|this)|the\s+(?:model|llm|tool))\b"
)
# The words of it, a cheap test that a text may hold one.
_SET_ASIDE_WORDS = lazy_pattern(
    r"\b(?:towards?|set\s+aside|earmarked|allocated|budgeted|ring-?fenced|for\s+inference"
    r"|for\s+hosting|for\s+compute|for\s+tokens|to\s+play\s+with|to\s+work\s+with)\b"
)
_BUDGET_AFTER = lazy_pattern(
    r"\s*(?:usd\s+)?(?:total\s+|overall\s+|one[- ]off\s+|project\s+|dev\s+|upfront\s+)?budget\b"
)
_BARE_END = lazy_pattern(
    r"[ \t]*(?:$|[\n,.;:)!?/]|(?:total|overall|max|maximum|tops|per|a|monthly|for|in|and|or|over"
    r"|is|budget|one-off|upfront|to spend|after|since|thanks|now|from|with|because|so)\b)"
)
_NO_BUDGET = lazy_pattern(
    r"\b(?:(?:zero|no|nil)\s+(?:gpu\s+|training\s+|compute\s+|ml\s+|fine-tuning\s+)?budget"
    r"(?!\s+(?:constraints?|limits?|caps?|ceiling|concerns?"
    r"|issues?|yet|decided|set|approved|info\w*|details?|figures?|numbers?|for\s+now))"
    r"|budget\s*(?:is|:|of)?\s*(?:zero|nil|none)\b)"
)


@dataclass
class _Amount:
    value: Decimal
    start: int
    end: int
    currency: str
    monthly: bool
    explicit: bool
    correction: bool
    inferred: bool
    negative: bool
    superseded: bool = False


def extract(scan: Scan, draft: Draft) -> None:
    """Find budgets and monthly budgets; claim the amounts used as money."""
    text = scan.text
    amounts: list[_Amount] = []
    # Without a currency, only these words make a bare number money; most texts have none.
    bare_cues = (
        "budget" in text.low
        or _SPEND_CUE.search(text.low) is not None
        or _SET_ASIDE_WORDS.search(text.low) is not None
    )
    for quantity in list(scan.free()):
        amount = _read(scan, quantity, bare_cues=bare_cues)
        if amount is not None:
            amounts.append(amount)
    for match in _NO_BUDGET.finditer(text.low) if "budget" in text.low else ():
        if not scan.overlaps(match.start(), match.end()):
            amounts.append(
                _Amount(
                    value=Decimal(0),
                    start=match.start(),
                    end=match.end(),
                    currency="usd",
                    monthly=False,
                    explicit=True,
                    correction=False,
                    inferred=True,
                    negative=False,
                )
            )
    if any(a.value for a in amounts if a.currency == "usd"):
        # "basically zero budget (under $30)": a figure beats the words "no budget".
        amounts = [a for a in amounts if a.value or a.currency != "usd"]
    amounts.sort(key=lambda a: a.start)
    _decide(scan, draft, "budget_usd", [a for a in amounts if not a.monthly])
    _decide(scan, draft, "monthly_budget_usd", [a for a in amounts if a.monthly])


def _read(scan: Scan, quantity: Quantity, *, bare_cues: bool) -> _Amount | None:
    """``quantity`` as an amount of money, or None when it is not money or not a budget.
    A per-unit price or a cost figure is claimed (it is money) but returns None."""
    low = scan.text.low
    start, end = quantity.start, quantity.end
    currency = None
    prefix = (
        _PREFIX.search(low, max(0, start - 10), start) if _may_have_prefix(low, start) else None
    )
    if prefix:
        currency = prefix.lastgroup
        start = prefix.start()
    suffix = _SUFFIX.match(low, end)
    if suffix:
        currency = currency or suffix.lastgroup
        end = suffix.end()
    if currency is None and quantity.grand:
        currency = "usd"
    if currency is None and not bare_cues:
        return None
    before = scan.text.before(start, limit=60)
    # The same reach across clauses of the sentence: "budget, like 50k"; "actually, $40k".
    sentence_start, _ = scan.text.sentence(start)
    lead = low[max(sentence_start, start - 60) : start]
    assumed = False
    if currency is None:
        # "budget: 50k", "a 20,000 budget": the word budget makes it money (in dollars);
        # "keep it under 1k" does too, but less surely.
        named = "budget" in lead or "cap" in lead or "limit" in lead or "ceiling" in lead
        bare = named and _BARE_AFTER_BUDGET.search(lead) and _BARE_END.match(low, end)
        after_budget = (
            _BUDGET_AFTER.match(low, end)
            or ("budget" in low and _FOR_THE_WHOLE.match(low, end))
            or _SET_ASIDE_AFTER.match(low, end)
            or (_FOR_RUNNING_AFTER.match(low, end) and _BUDGET_CUE.search(before))
        )
        assumed = bool(
            quantity.scaled
            and _SPEND_CUE.search(before)
            and _SPEND_BEFORE.search(before)
            and _BARE_END.match(low, end)
        )
        if not (bare or after_budget or assumed):
            return None
        currency = "usd"
    period = _PERIOD.match(low, end)
    scan.claim(quantity, end=end if period is None else period.end())
    if period is None and _PER_UNIT.match(low, end):
        return None  # a price per unit, not a budget
    if _NOT_BUDGET_AFTER.match(low, end if period is None else period.end()) and not (
        _CREDITS_AFTER.match(low, end) and _GIVEN_BEFORE.search(low, max(0, start - 40), start)
    ):
        return None
    if not _is_budget(before):
        return None
    per_month = Decimal(1)
    monthly = False
    if period is not None:
        per_month = PER_MONTH[period.group("unit") or period.group("adj")]
        monthly = True
        end = period.end()
    elif (prior := _PERIOD_BEFORE.search(before)) is not None:
        per_month = PER_MONTH[prior.group("adj") or prior.group("unit") or prior.group("unit2")]
        monthly = True
    return _Amount(
        value=_cents(quantity.value * per_month),
        start=start,
        end=end,
        currency=currency,
        monthly=monthly,
        explicit=bool(_EXPLICIT.search(before) or _BUDGET_AFTER.match(low, end)),
        correction=bool(_CORRECTION.search(lead)),
        superseded=bool(_SUPERSEDED.search(before)),
        inferred=assumed or quantity.approximate or per_month != 1 or quantity.low is not None,
        negative=is_negative(low, quantity),
    )


def _is_budget(before: str) -> bool:
    budget = [m.end() for m in _BUDGET_CUE.finditer(before)]
    cost = [m.end() for m in _COST_CUE.finditer(before)]
    if not cost:
        return True
    return bool(budget) and max(budget) >= max(cost)


def _decide(scan: Scan, draft: Draft, field: str, amounts: list[_Amount]) -> None:
    text = scan.text
    usable: list[_Amount] = []
    for amount in amounts:
        shown = text.evidence(amount.start, amount.end)
        if amount.negative:
            shown = shown if "-" in shown else "-" + shown
            draft.issue(field, messages.negative_value(field=field, amount=shown), shown)
        elif amount.currency != "usd":
            if not any(a.currency == "usd" for a in amounts):
                message = messages.foreign_currency(
                    field=field, currency=amount.currency, amount=shown
                )
                draft.issue(field, message, shown)
        else:
            usable.append(amount)
    if not usable:
        return
    if any(not a.superseded for a in usable):
        usable = [a for a in usable if not a.superseded]
    corrected = [a for a in usable if a.correction]
    chosen: _Amount | None
    if corrected:
        chosen = corrected[-1]
    elif len({a.value for a in usable}) == 1:
        chosen = usable[0]
    else:
        explicit = [a for a in usable if a.explicit]
        chosen = explicit[0] if len({a.value for a in explicit}) == 1 else None
    if chosen is None:
        values = [text.evidence(a.start, a.end) for a in usable]
        draft.issue(field, messages.conflicting_values(field=field, values=values), *values)
        return
    draft.put(
        field,
        chosen.value,
        evidence=text.evidence(chosen.start, chosen.end),
        inferred=chosen.inferred,
    )


def _cents(value: Decimal) -> Decimal:
    value = whole(value)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and value.adjusted() < 24:
        return value.quantize(Decimal("0.01"))
    return value
