"""Start-up of ``advisor ask --json`` against the floor of its own dependencies.

    python benchmarks/bench_startup.py [--runs N] [--goal RATIO]

Runs ``advisor ask --json TEXT`` and ``python -c "import pydantic, yaml"`` N times each in
fresh processes, alternating so that both see the same machine load, and prints the median
wall time of each and their ratio. Exits 1 if the ratio is above the goal (2.5 by default):
answering one question should cost little more than importing the libraries it needs.

Both sides run from bytecode, as installed packages do: pip compiles pydantic and PyYAML
when it installs them, so the project's own packages are compiled first too (an editable
install never does, and with ``PYTHONDONTWRITEBYTECODE`` set nothing would, leaving this
side alone recompiling its sources on every run). ``--source`` skips that step and times
a run that compiles every module from source.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "integrations")
TEXT = "Legal team: review NDAs, 15k annotated examples, $40,000, 3 months."


def advisor_command() -> list[str]:
    """The installed console script beside this interpreter, else the module."""
    script = Path(sys.executable).with_name("advisor")
    if script.exists():
        return [str(script), "ask", "--json", TEXT]
    return [sys.executable, "-m", "integrations.cli.main", "ask", "--json", TEXT]


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode())
        raise SystemExit(f"{command[0]} exited with status {done.returncode}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--goal", type=float, default=2.5)
    parser.add_argument("--source", action="store_true", help="do not byte-compile first")
    args = parser.parse_args()
    if not args.source:
        for package in PACKAGES:
            compileall.compile_dir(ROOT / package, quiet=1)
    advisor = advisor_command()
    floor = [sys.executable, "-c", "import pydantic, yaml"]
    wall(advisor)  # once unmeasured, so that neither side pays for cold bytecode caches
    wall(floor)
    advisor_walls: list[float] = []
    floor_walls: list[float] = []
    for _ in range(args.runs):
        advisor_walls.append(wall(advisor))
        floor_walls.append(wall(floor))
    advisor_median = statistics.median(advisor_walls)
    floor_median = statistics.median(floor_walls)
    ratio = advisor_median / floor_median
    ok = ratio <= args.goal
    print(f"advisor ask --json:          median {advisor_median:.3f} s over {args.runs} runs")
    print(f'python -c "import pydantic, yaml": median {floor_median:.3f} s')
    print(f"{'PASS' if ok else 'FAIL'}  ratio {ratio:.2f} (goal <= {args.goal})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
