"""Every case file's answers, as JSON and terminal text, in one file: run before and after a
refactor and compare the two files to show the output did not move by one byte.

    python scripts/answer_snapshot.py > before.jsonl
    ...                                          # the change
    python scripts/answer_snapshot.py > after.jsonl && cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant import Advisor, answer_to_json, answer_to_text
from integrations.slack.blocks import follow_up_message, recommendation_message

ROOT = Path(__file__).resolve().parent.parent
#: One reply of each kind, asked after every case.
FOLLOW_UPS = (
    "what if the budget were $500?",
    "why not fine-tuning?",
    "how much would it cost?",
    "what are the risks of overfitting?",
    "help",
)
CASE_FILES = sorted((ROOT / "tests" / "cases").glob("*.jsonl"))


def texts() -> list[tuple[str, str]]:
    found = []
    for path in CASE_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                found.append((f"{path.name}:{case['id']}", case["text"]))
    return found


def main() -> int:
    advisor = Advisor.load()
    for key, text in texts():
        answer = advisor.ask(text)
        record = {
            "case": key,
            "json": answer_to_json(answer),
            "text": answer_to_text(answer),
            "slack": repr(recommendation_message(answer)),
        }
        for reply in FOLLOW_UPS:
            follow_up = advisor.follow_up(reply, previous=answer.constraints)
            record[reply] = repr(follow_up_message(follow_up))
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
