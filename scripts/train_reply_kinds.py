"""Count the development tables of labelled thread replies into the reply-kind model.

    python scripts/train_reply_kinds.py          # writes knowledge/reply_kinds.json and
                                                 # knowledge/reply_facts.json
    python scripts/train_reply_kinds.py --out F --facts-out G  # elsewhere (tests compare)

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

from assistant import (  # noqa: E402
    COUNTED_FIELDS,
    LEVEL_FIELDS,
    NO_FACT,
    REPLY_FACTS_FILE,
    REPLY_KINDS_FILE,
    YES_NO_FIELDS,
    reply_features,
)

#: A feature must be seen in this many replies to be kept.
MIN_REPLIES = 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "knowledge" / REPLY_KINDS_FILE)
    parser.add_argument("--facts-out", type=Path, default=ROOT / "knowledge" / REPLY_FACTS_FILE)
    args = parser.parse_args()
    tables = sorted((ROOT / "tests" / "cases").glob("replies_dev*.jsonl"))
    rows = [
        json.loads(line)
        for table in tables
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    names = [table.name for table in tables]
    write(args.out, count([(row["kind"], row["text"]) for row in rows], names))
    facts = [(fact, row["text"]) for row in rows if (fact := _fact(row)) is not None]
    write(args.facts_out, count(facts, names))
    return 0


def _fact(row: dict[str, object]) -> str | None:
    """The one yes-or-no fact ("compliance=true"), level ("ml_expertise=none") or plain
    count ("labeled_examples") a change states, "none" for a change that states none of
    them, or None for a reply that is not a change or states two."""
    if row["kind"] != "change":
        return None
    changes = row.get("changes") or {}
    assert isinstance(changes, dict)
    said = [
        f"{name}={'true' if _yes(value) else 'false'}"
        for name, value in changes.items()
        if name in YES_NO_FIELDS and isinstance(value, (bool, str))
    ]
    # A level said ("nobody here has trained a model": ml_expertise=none), a yes or no
    # taken as the level it means.
    said += [f"{name}={level}" for name, value in changes.items() if (level := _level(name, value))]
    # A count said as a plain number ("it's 4,000 real lines, not 40k"): which count.
    said += [
        name
        for name, value in changes.items()
        if name in COUNTED_FIELDS
        and isinstance(value, (int, float))
        and not isinstance(value, bool)
    ]
    if len(said) > 1:
        return None
    return said[0] if said else NO_FACT


def _level(name: str, value: object) -> str | None:
    """The level an annotator gave a graded field, or None: "none" to "high" for expertise,
    "frequent" to "stable" for changing requirements (a yes is "occasional", a no
    "stable"; a yes or no for expertise is "medium" or "none")."""
    if name not in LEVEL_FIELDS:
        return None
    if isinstance(value, bool):
        if name == "ml_expertise":
            return "medium" if value else "none"
        return "occasional" if value else "stable"
    return value if isinstance(value, str) and value in LEVEL_FIELDS[name] else None


def _yes(value: bool | str) -> bool:
    """An annotator's yes: True, or a regime named for compliance ("hipaa")."""
    if isinstance(value, str):
        return value.strip().lower() not in ("none", "no", "false", "")
    return value


def count(labelled: list[tuple[str, str]], tables: list[str]) -> dict[str, object]:
    """The counts of ``labelled`` (label, reply text) pairs, in the model file's shape."""
    replies: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for label, text in labelled:
        replies[label] += 1
        for name in reply_features(text):
            seen[name][label] += 1
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
    return {
        "trained_on": tables,
        "kinds": kinds,
        "replies": [replies[kind] for kind in kinds],
        "feature_totals": totals,
        "features": kept,
    }


def write(out: Path, model: dict[str, object]) -> None:
    out.write_text(
        json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    replies = model["replies"]
    assert isinstance(replies, list)
    print(f"{out}: {sum(replies)} replies, {len(model['features'])} features")  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
