"""Speed and memory of the core, against the goals in the issues.

    python benchmarks/bench_core.py [--rounds N] [--processes N]

- ``Advisor.recommend()`` in process (costs + rules + decision, from parsed constraints):
  median <= 1 ms and p99 <= 5 ms per description;
- ``Advisor.ask()`` (the same with parsing the text): median <= 3 ms (the goal relaxed by
  the decision-quality issue, for a parser in plain code) and p99 <= 5 ms;
- the cost report alone, warm: median <= 1 ms;
- ``advisor ask --json`` as a whole process: median wall <= 0.5 s;
- peak memory of that process.

Prints one line per figure with PASS or FAIL, and exits 1 if any goal fails.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Advisor, parse  # noqa: E402

_BUILT_IN = [
    "Support bot for our bank, 5k labeled chats, $20k, 3 months.",
    "We want to draft social posts for a bakery; nothing labeled, $300, next week.",
    "Hospital network: summarise discharge notes. 40,000 reviewed summaries, HIPAA, "
    "6 months, budget 250k, 30k notes a day.",
    "Just prototyping a code-review helper, requirements change weekly.",
    "E-commerce store wants product descriptions for 2,000 items a month, $1,500.",
]


def descriptions() -> list[str]:
    texts = list(_BUILT_IN)
    for path in (
        ROOT / "tests" / "cases" / "own_cases.jsonl",
        ROOT.parent / "shared" / "cases" / "examples.jsonl",
    ):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def report(name: str, value: float, goal: float, unit: str) -> bool:
    ok = value <= goal
    print(f"{'PASS' if ok else 'FAIL'}  {name:<44} {value:9.3f} {unit}  (goal <= {goal} {unit})")
    return ok


def bench_in_process(rounds: int) -> list[bool]:
    advisor = Advisor.load()
    texts = descriptions()
    parsed = {text: parse(text) for text in texts}
    for text in texts:  # warm: the first answers build caches (template counts, indexes)
        advisor.ask(text)
    asked: list[float] = []
    recommended: list[float] = []
    cost_only: list[float] = []
    parse_only: list[float] = []
    for _ in range(rounds):
        for text in texts:
            constraints = parsed[text]
            start = time.perf_counter()
            advisor.ask(text)
            asked.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            advisor.recommend(constraints, text=text)
            recommended.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            advisor.cost(given=constraints)
            cost_only.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            parse(text)
            parse_only.append((time.perf_counter() - start) * 1000)
    print(f"in process: {len(texts)} descriptions x {rounds} rounds = {len(asked)} calls each")
    print(
        f"      parse() alone: median {statistics.median(parse_only):.3f} ms, "
        f"p99 {percentile(parse_only, 99):.3f} ms"
    )
    return [
        report(
            "recommend() median (constraints -> answer)", statistics.median(recommended), 1.0, "ms"
        ),
        report("recommend() p99", percentile(recommended, 99), 5.0, "ms"),
        report("ask() median (text -> answer, with parse)", statistics.median(asked), 3.0, "ms"),
        report("ask() p99", percentile(asked, 99), 5.0, "ms"),
        report("cost report alone, warm, median", statistics.median(cost_only), 1.0, "ms"),
    ]


def bench_process(runs: int) -> list[bool]:
    command = [
        sys.executable,
        "-m",
        "integrations.cli.main",
        "ask",
        "--json",
        "Legal team: review NDAs, 15k annotated examples, $40,000, 3 months.",
    ]
    walls: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
        walls.append(time.perf_counter() - start)
        if done.returncode != 0:
            print(done.stderr.decode(), file=sys.stderr)
            return [report("advisor ask --json exit status", 1.0, 0.0, "")]
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"whole process: {runs} runs, peak RSS {peak_kb / 1024:.1f} MB")
    return [report("advisor ask --json wall, median", statistics.median(walls), 0.5, "s")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--processes", type=int, default=10)
    args = parser.parse_args()
    results = bench_in_process(args.rounds) + bench_process(args.processes)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
