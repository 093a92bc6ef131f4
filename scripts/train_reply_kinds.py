"""Count the development tables of labelled thread replies into the reply-kind model.

    python scripts/train_reply_kinds.py          # writes knowledge/reply_kinds.json
    python scripts/train_reply_kinds.py --out F  # writes F instead (tests compare the two)

Reads ``tests/cases/replies_dev*.jsonl`` only: the holdout tables stay unseen, so they
still measure the reader on replies nobody tuned it on. Features seen in fewer than two
replies are left out. The output is sorted, so the same tables give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import REPLY_KINDS_FILE, reply_features  # noqa: E402

#: A feature must be seen in this many replies to be kept.
MIN_REPLIES = 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "knowledge" / REPLY_KINDS_FILE)
    args = parser.parse_args()
    tables = sorted((ROOT / "tests" / "cases").glob("replies_dev*.jsonl"))
    replies: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for table in tables:
        for line in table.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            replies[row["kind"]] += 1
            for name in reply_features(row["text"]):
                seen[name][row["kind"]] += 1
    kinds = sorted(replies)
    index = {kind: i for i, kind in enumerate(kinds)}
    kept: dict[str, list[int]] = {}
    totals = [0] * len(kinds)
    for name in sorted(seen):
        if sum(seen[name].values()) < MIN_REPLIES:
            continue
        flat: list[int] = []
        for kind in kinds:
            if seen[name][kind]:
                flat += [index[kind], seen[name][kind]]
                totals[index[kind]] += seen[name][kind]
        kept[name] = flat
    model = {
        "trained_on": [table.name for table in tables],
        "kinds": kinds,
        "replies": [replies[kind] for kind in kinds],
        "feature_totals": totals,
        "features": kept,
    }
    out: Path = args.out
    out.write_text(
        json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{out}: {sum(replies.values())} replies, {len(kept)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
