"""The sentences the parser writes into ``InputIssue.message``, in one place."""

from __future__ import annotations

CURRENCY_NAMES = {
    "eur": "euros",
    "gbp": "pounds sterling",
    "jpy": "Japanese yen",
    "inr": "Indian rupees",
    "cny": "Chinese yuan",
    "chf": "Swiss francs",
    "cad": "Canadian dollars",
    "aud": "Australian dollars",
    "other": "a currency other than US dollars",
}

FIELD_LABELS = {
    "budget_usd": "budget",
    "monthly_budget_usd": "monthly budget",
    "timeline_days": "timeline",
}


def foreign_currency(*, field: str, currency: str, amount: str) -> str:
    name = CURRENCY_NAMES.get(currency, CURRENCY_NAMES["other"])
    return (
        f"The {FIELD_LABELS[field]} is given in {name} ({amount}); Advisor works in US dollars "
        "and does not convert currencies, so it left the budget out. "
        "State it in US dollars to have it counted."
    )


def negative_value(*, field: str, amount: str) -> str:
    return (
        f"The {FIELD_LABELS[field]} {amount} is negative, which is not possible; "
        "Advisor ignored it."
    )


def conflicting_values(*, field: str, values: list[str]) -> str:
    listed = " and ".join(values) if len(values) == 2 else ", ".join(values)
    return (
        f"The description gives different {FIELD_LABELS[field]}s ({listed}) without saying "
        "which one holds; Advisor used none of them. Say which one is right."
    )


def contradiction(*, label: str, said: list[str], kept: str) -> str:
    listed = " and ".join(f"'{words}'" for words in said)
    return (
        f"The description says opposite things about {label} ({listed}); Advisor went by "
        f"the last, '{kept}', and is less sure of its answer. Say which one holds."
    )


def zero_timeline(*, amount: str) -> str:
    return (
        f"A timeline of {amount} leaves no time to build anything; Advisor ignored it. "
        "Give the time until it must be live."
    )


def not_english() -> str:
    return (
        "The description seems to be written in a language other than English. Advisor "
        "reads English descriptions, so it may have missed details; it still read the "
        "numbers and amounts it could."
    )


def date_without_today(*, said: str) -> str:
    return (
        f"The deadline is given as a date ({said}), and Advisor has no day to count from, "
        'so it left the timeline out. Give the time until it must be live ("in 6 weeks"), '
        "or the day to count from."
    )


def date_passed(*, said: str) -> str:
    return (
        f"The deadline {said} is not after the day Advisor counts from; it left the timeline "
        "out. Give the time until it must be live."
    )
