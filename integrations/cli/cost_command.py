"""``advisor cost [TEXT] [options]``: prompting against fine-tuning in dollars, month by month.

The description (optional; '-' reads standard input) is parsed like ``advisor ask``'s;
options set any figure directly and win over the text. Exit status as for ``ask``: 0, or 2
with one line on stderr for input the cost model cannot use, 1 for an invalid knowledge
or price file.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integrations.cli.cache import command_cache
from integrations.cli.exits import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail
from integrations.cli.options import add_model_options, cost_options_from_args, write_chart

if TYPE_CHECKING:
    from assistant import Constraints

__all__ = ["cost_options_from_args", "register", "run"]


def register(commands: Any) -> None:
    """Add the ``cost`` subcommand to ``commands`` (argparse subparsers)."""
    parser = commands.add_parser(
        "cost",
        help="compare what prompting and fine-tuning cost over time",
        description="Cumulative cost of prompting and of fine-tuning month by month, the "
        "break-even month, and what moves it. Describe the project in TEXT ('-' reads "
        "standard input) and/or set figures with the options; prices are USD.",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="the project, in plain words")
    parser.add_argument("--json", action="store_true", help="print the cost report as JSON")
    add_model_options(parser)
    parser.add_argument(
        "--list-models",
        action="store_true",
        help="list the models (provider, shutdown date) and the profiles pairing them",
    )
    parser.add_argument("--monthly-requests", type=_count, metavar="N", help="requests a month")
    parser.add_argument("--growth", type=_decimal, metavar="PCT", help="volume growth %%/month")
    parser.add_argument("--prompt-tokens", type=_count, metavar="N", help="prompt tokens/request")
    parser.add_argument("--prompt-file", type=Path, metavar="FILE", help="your prompt, counted")
    parser.add_argument(
        "--fine-tuned-prompt-tokens", type=_count, metavar="N", help="fine-tuned prompt tokens"
    )
    parser.add_argument("--output-tokens", type=_count, metavar="N", help="output tokens/request")
    parser.add_argument("--few-shot", type=_count, metavar="K", help="examples in the prompt")
    parser.add_argument("--task", help="task whose prompt template sizes the request")
    parser.add_argument("--labeled-examples", type=_count, metavar="N", help="labels on hand")
    parser.add_argument("--training-examples", type=_count, metavar="N", help="examples to train")
    parser.add_argument("--epochs", type=_count, metavar="N", help="training epochs")
    parser.add_argument("--retrain-every", type=_count, metavar="MONTHS", help="retrain interval")
    parser.add_argument("--horizon", type=_count, metavar="MONTHS", help="months to compare (24)")
    parser.add_argument(
        "--prompt-hours", type=_decimal, metavar="H", help="prompt-engineering hours"
    )
    parser.add_argument(
        "--fine-tuning-hours",
        type=_decimal,
        metavar="H",
        help="data and training engineering hours",
    )
    for flag, what in _PRICE_FLAGS.items():
        parser.add_argument(flag, type=_usd, metavar="USD", help=what)
    parser.add_argument("--price-file", type=Path, metavar="FILE", help="your own price rows")
    parser.add_argument("--chart", type=Path, metavar="FILE", help="write the cost chart PNG")
    parser.set_defaults(run=run)


_PRICE_FLAGS = {
    "--input-price": "prompting input price per 1M tokens",
    "--output-price": "prompting output price per 1M tokens",
    "--fine-tuned-input-price": "fine-tuned input price per 1M tokens",
    "--fine-tuned-output-price": "fine-tuned output price per 1M tokens",
    "--training-price": "training price per 1M tokens",
    "--hosting-per-hour": "fine-tuned model hosting per hour",
    "--label-cost": "cost of labeling one example",
    "--engineering-rate": "engineering cost per hour",
}


def run(args: argparse.Namespace) -> int:
    """Print the cost report (text or JSON); write the chart when asked."""
    from assistant import (
        Advisor,
        AdvisorError,
        KnowledgeError,
        cost_chart_png,
        cost_report_text,
        cost_report_to_json,
        describe_error,
    )

    try:
        advisor = Advisor.load(price_file=args.price_file, cache=command_cache())
        if args.list_models:
            sys.stdout.write(advisor.model_list())
            return EXIT_OK
        words: list[str] = args.text
        text = sys.stdin.read() if words == ["-"] else " ".join(words)
        report = advisor.cost(text, given=_given(args), options=cost_options_from_args(args))
        if args.chart is not None:
            write_chart(cost_chart_png(report), args.chart)
    except KnowledgeError as exc:
        return fail(describe_error(exc), code=EXIT_FAILURE)
    except AdvisorError as exc:
        return fail(describe_error(exc), code=EXIT_BAD_INPUT)
    sys.stdout.write(cost_report_to_json(report) if args.json else cost_report_text(report))
    return EXIT_OK


def _given(args: argparse.Namespace) -> Constraints | None:
    """--task and --labeled-examples, laid over what the description says."""
    from assistant import Constraints, CostInputError, Task

    delta: dict[str, Any] = {}
    if args.task is not None:
        try:
            delta["task"] = Task(args.task.strip().lower().replace(" ", "_"))
        except ValueError as exc:
            known = ", ".join(t.value for t in Task)
            raise CostInputError(
                f"task: {args.task!r} is not one of {known}", field="task", value=args.task
            ) from exc
    if args.labeled_examples is not None:
        delta["labeled_examples"] = args.labeled_examples
    return Constraints(**delta) if delta else None


def _count(text: str) -> int:
    """A whole number; negative values pass so the cost engine can say what is wrong."""
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.strip().rstrip("%"))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from exc


def _usd(text: str) -> Decimal:
    from assistant import CostError, parse_usd

    try:
        return parse_usd(text, field="price")
    except CostError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
