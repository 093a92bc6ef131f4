"""One citation numbering for the terminal, the JSON and Slack: numbered in order of first
use, no gaps, one number per document section (passages of a section share it)."""

from __future__ import annotations

import json
import re

import pytest

from assistant import Advisor, answer_to_json, answer_to_text
from integrations.slack.blocks import details_message, recommendation_message

DESCRIPTIONS = [
    "Legal team, 15k annotated NDAs, $40,000, 3 months, 20k documents a month, must be consistent",
    "Support bot for our bank, 5k labeled chats, $20k budget, live in 3 months, 100k a month",
    "we want to try AI on our product descriptions, no data yet, small budget, next week",
    "Clinical notes summarisation, HIPAA, 2k examples, latency under 1 second, 1M notes a month",
]


@pytest.mark.parametrize("text", DESCRIPTIONS)
def test_every_rendering_uses_the_answers_numbers(advisor: Advisor, text: str) -> None:
    answer = advisor.ask(text)
    data = json.loads(answer_to_json(answer))
    by_id = {c["id"]: c["number"] for c in data["citations"]}
    numbers = sorted(set(by_id.values()))
    assert numbers == list(range(1, len(numbers) + 1))  # no gaps
    sections: dict[tuple[str, str], int] = {}
    for citation in data["citations"]:
        key = (citation["source"], citation["section"])
        assert sections.setdefault(key, citation["number"]) == citation["number"]
    assert len(sections) == len(numbers)  # one number per section, one section per number

    # The terminal: each reason's marks are its passages' numbers; every source is listed.
    terminal = answer_to_text(answer)
    for reason in [*answer.reasons[:3], *answer.counter_reasons[:3]]:
        marks = "".join(f"[{n}]" for n in dict.fromkeys(by_id[c] for c in reason.citations))
        assert f"{marks}" in " ".join(terminal.split()), reason.rule
    listed = [int(n) for n in re.findall(r"^\s*\[(\d+)\] ", terminal, re.M)]
    assert listed == numbers

    # Slack: the same marks on the same reasons, the same list.
    for message in (recommendation_message(answer), details_message(answer)):
        blocks = json.dumps(message.blocks, ensure_ascii=False)
        shown = [r for r in answer.reasons if r.summary[:40] in blocks]
        for reason in shown:
            marks = "".join(f"[{n}]" for n in dict.fromkeys(by_id[c] for c in reason.citations))
            assert marks in blocks, reason.rule
        sources = [b for b in message.blocks if b["type"] == "context" and "*Sources*" in str(b)]
        text = "\n".join(e["text"] for b in sources for e in b["elements"])
        assert [int(n) for n in re.findall(r"^\[(\d+)\] ", text, re.M)] == numbers
