"""``advisor cost [TEXT] [options]``: prompting against fine-tuning in dollars, month by month.

The description (optional; '-' reads standard input) is parsed like ``advisor ask``'s;
options set any figure directly and win over the text. Exit status as for ``ask``: 0, or 2
with one line on stderr for input the cost model cannot use, 1 for an invalid knowledge
or price file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integrations.cli.main import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail

if TYPE_CHECKING:
    from assistant.costs import CostOptions, PriceTable

#: A prompt file larger than this is refused before it is counted (about 500,000 tokens).
MAX_PROMPT_FILE_CHARS = 2_000_000


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


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """``--model``, ``--fine-tune-model``, ``--today`` and ``--batch`` (``cost`` and ``ask``)."""
    parser.add_argument(
        "--model", help="the model to prompt, or a price profile (see 'advisor cost --list-models')"
    )
    parser.add_argument(
        "--fine-tune-model", metavar="MODEL", help="the model to fine-tune (see --list-models)"
    )
    parser.add_argument(
        "--today",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the day the comparison starts (default: today), for shutdowns and price age",
    )
    parser.add_argument(
        "--batch",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="price prompting through the Batch API (default: when latency does not matter)",
    )


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


def cost_options_from_args(args: argparse.Namespace) -> CostOptions:
    """``CostOptions`` from parsed arguments of ``advisor cost`` or ``advisor ask``.

    Options a command does not define are left unset, so ``ask`` (which has only
    ``--model``, ``--horizon`` and ``--chart``) can reuse this.
    """
    from assistant.costs import CostOptions

    def get(name: str) -> Any:
        return vars(args).get(name)

    values: dict[str, Any] = {
        "model": get("model"),
        "fine_tune_model": get("fine_tune_model"),
        # The edge reads the clock; the core is handed the day.
        "today": get("today") or date.today(),
        "batch": get("batch"),
        "monthly_requests": get("monthly_requests"),
        "volume_growth_pct": get("growth"),
        "prompt_tokens": get("prompt_tokens"),
        "prompt_text": _read_prompt(get("prompt_file")),
        "fine_tuned_prompt_tokens": get("fine_tuned_prompt_tokens"),
        "output_tokens": get("output_tokens"),
        "few_shot_k": get("few_shot"),
        "training_examples": get("training_examples"),
        "epochs": get("epochs"),
        "retrain_every_months": get("retrain_every"),
        "input_price_per_1m": get("input_price"),
        "output_price_per_1m": get("output_price"),
        "fine_tuned_input_price_per_1m": get("fine_tuned_input_price"),
        "fine_tuned_output_price_per_1m": get("fine_tuned_output_price"),
        "training_price_per_1m": get("training_price"),
        "hosting_per_hour": get("hosting_per_hour"),
        "label_cost_per_item": get("label_cost"),
        "engineering_rate_per_hour": get("engineering_rate"),
        "prompt_engineering_hours": get("prompt_hours"),
        "fine_tuning_engineering_hours": get("fine_tuning_hours"),
    }
    if get("horizon") is not None:
        values["horizon_months"] = get("horizon")
    return CostOptions(**{k: v for k, v in values.items() if v is not None})


def run(args: argparse.Namespace) -> int:
    """Print the cost report (text or JSON); write the chart when asked."""
    from assistant.costs import TokenCounter, estimate, load_price_table
    from assistant.costs.text import report_text
    from assistant.errors import AdvisorError, KnowledgeError
    from assistant.messages import describe_error
    from assistant.paths import knowledge_dir

    try:
        prices = load_price_table(
            knowledge_dir() / "prices.yaml",
            overrides=args.price_file,
            guidance_ids=_guidance_ids(),
        )
        if args.list_models:
            sys.stdout.write(_models_text(prices))
            return EXIT_OK
        constraints = _constraints(args)
        report = estimate(
            constraints,
            prices=prices,
            tokens=TokenCounter(),
            options=cost_options_from_args(args),
        )
        if args.chart is not None:
            from assistant.costs.chart import render_chart

            render_chart(report, args.chart)
    except KnowledgeError as exc:
        return fail(describe_error(exc), code=EXIT_FAILURE)
    except AdvisorError as exc:
        return fail(describe_error(exc), code=EXIT_BAD_INPUT)
    if args.json:
        import json

        sys.stdout.write(json.dumps(report.model_dump(mode="json"), indent=2) + "\n")
    else:
        sys.stdout.write(report_text(report))
    return EXIT_OK


def _constraints(args: argparse.Namespace) -> Any:
    """The description parsed like ``advisor ask``'s, with --task/--labeled-examples laid
    over it."""
    from assistant.constraints import Constraints, Task
    from assistant.errors import CostInputError, InputTooLargeError

    words: list[str] = args.text
    text = sys.stdin.read() if words == ["-"] else " ".join(words)
    constraints = Constraints()
    if text.strip():
        # Imported only for a description: figures given as options need no parser.
        from assistant.advisor import MAX_INPUT_CHARS
        from assistant.parsing import parse

        if len(text) > MAX_INPUT_CHARS:
            raise InputTooLargeError(size=len(text), limit=MAX_INPUT_CHARS)
        constraints = parse(text)
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
    return constraints.merged(Constraints(**delta)) if delta else constraints


def _guidance_ids() -> frozenset[str] | None:
    """Passage ids to check price citations against, when the guidance file is there."""
    from assistant.guidance import load_guidance
    from assistant.paths import knowledge_dir

    path = knowledge_dir() / "guidance.yaml"
    if not path.is_file():
        return None
    return frozenset(load_guidance(path).passages)


def _read_prompt(path: Path | None) -> str | None:
    from assistant.errors import CostInputError, InputTooLargeError

    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise CostInputError(
            f"prompt file: cannot read {path}: {exc.strerror}", field="prompt_file", value=path
        ) from exc
    if len(text) > MAX_PROMPT_FILE_CHARS:
        raise InputTooLargeError(size=len(text), limit=MAX_PROMPT_FILE_CHARS)
    return text


def _models_text(prices: PriceTable) -> str:
    from assistant.costs.lineup_text import models_text

    return models_text(prices)


def _count(text: str) -> int:
    """A whole number; negative values pass so the cost engine can say what is wrong."""
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.strip().rstrip("%"))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from exc


def _usd(text: str) -> Decimal:
    from assistant.costs.money import parse_usd
    from assistant.errors import CostError

    try:
        return parse_usd(text, field="price")
    except CostError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
