"""Short text renderings of the tools' results: what a tool message carries for the model
to read, while the full object travels beside it (a LangChain artifact, MCP structured
content). Every figure and source here is taken from the object, never composed."""

from __future__ import annotations

from typing import Any

_APPROACH = {
    "prompting": "Prompting",
    "fine-tuning": "Fine-tuning",
    "prompt-then-fine-tune": "Prompt now, fine-tune later",
}


def advice_text(advice: dict[str, Any]) -> str:
    """The recommendation in a few lines: approach, summary, top reasons with their
    citation markers, the sources those cite, and what the description did not give."""
    recommendation = advice["recommendation"]
    numbers = {citation["id"]: citation["number"] for citation in advice["citations"]}
    lines = [
        f"{_APPROACH.get(recommendation['approach'], recommendation['approach'])}: "
        f"{recommendation['technique']} (confidence: {recommendation['confidence']})",
        recommendation["summary"],
    ]
    shown = advice["reasons"][:3]
    for reason in shown:
        lines.append(f"- {reason['summary']} {_markers(reason['citations'], numbers)}".rstrip())
    cited = {numbers[i] for reason in shown for i in reason["citations"] if i in numbers}
    lines.extend(_sources([c for c in advice["citations"] if c["number"] in cited]))
    if advice["missing"]:
        lines.append("Not stated: " + ", ".join(advice["missing"]) + ".")
    return "\n".join(lines)


def follow_up_text(result: dict[str, Any]) -> str:
    """The follow-up's kind and what it found, then the thread's answer."""
    kind = result["kind"]
    lines = [f"Follow-up: {kind}."]
    if kind == "change":
        for change in result["changes"]:
            lines.append(f"- {change['field']}: {change['before']} -> {change['after']}")
        if result["previous_approach"] is not None:
            lines.append(f"Before: {result['previous_approach']}.")
    elif kind == "why":
        lines.append(f"About {result['about']}:")
        lines.extend(f"- for: {reason['summary']}" for reason in result["for_reasons"][:3])
        lines.extend(f"- against: {reason['summary']}" for reason in result["against_reasons"][:3])
    elif kind == "guidance":
        if not result["passages"]:
            lines.append("The guidance does not cover this.")
        lines.extend(
            f'[{p["number"]}] {p["text"]} ({p["source"]}, "{p["section"]}")'
            for p in result["passages"]
        )
    lines.append(advice_text(result["answer"]))
    return "\n".join(lines)


def costs_text(report: dict[str, Any]) -> str:
    """The costs in three lines: each path's figures, and when fine-tuning pays off."""
    prompting = report["prompting"]
    fine_tuning = report["fine_tuning"]
    months = report["horizon_months"]
    lines = [
        f"Prompting: {_usd(prompting['monthly'])}/month; total {_usd(prompting['total'])} "
        f"over {months} months.",
        f"Fine-tuning: {_usd(fine_tuning['monthly'])}/month after "
        f"{_usd(fine_tuning['one_off'])} one-off; total {_usd(fine_tuning['total'])} over "
        f"{months} months.",
    ]
    if report["break_even_month"] is not None:
        lines.append(f"Fine-tuning is cheaper from month {report['break_even_month']} on.")
    else:
        lines.append(f"{report['cheaper'].capitalize()} is cheaper over the {months} months.")
    return "\n".join(lines)


def passages_text(found: dict[str, Any]) -> str:
    """Each passage with its source, or a plain statement that none was found."""
    if not found["passages"]:
        return f"The guidance does not cover: {found['query']}"
    return "\n".join(
        f'- {p["text"]} ({p["source"]}, "{p["section"]}"; id {p["id"]})' for p in found["passages"]
    )


def _usd(amount: float) -> str:
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def _markers(ids: list[str], numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[i]}]" for i in ids if i in numbers)


def _sources(citations: list[dict[str, Any]]) -> list[str]:
    if not citations:
        return []
    return ["Sources:"] + [f'[{c["number"]}] {c["source"]}, "{c["section"]}"' for c in citations]
