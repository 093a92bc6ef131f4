"""Cost options from the command line, shared by ``advisor ask`` and ``advisor cost``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant import CostOptions

#: A prompt file larger than this is refused before it is counted (about 500,000 tokens).
MAX_PROMPT_FILE_CHARS = 2_000_000


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
        help="the day the comparison starts (default: today), for shutdowns and price age, "
        "and the day a deadline given as a date counts from",
    )
    parser.add_argument(
        "--batch",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="price prompting through the Batch API (default: when latency does not matter)",
    )


def cost_options_from_args(args: argparse.Namespace) -> CostOptions:
    """``CostOptions`` from parsed arguments of ``advisor cost`` or ``advisor ask``.

    Options a command does not define are left unset, so ``ask`` (which has only
    ``--model``, ``--horizon`` and ``--chart``) can reuse this.
    """
    from assistant import CostOptions

    def get(name: str) -> Any:
        return vars(args).get(name)

    values: dict[str, Any] = {
        "model": get("model"),
        "fine_tune_model": get("fine_tune_model"),
        # Without --today the projection starts on the price table's date, as it does for
        # the MCP and LangChain tools and the Slack app: one description, one answer.
        "today": get("today"),
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


def write_chart(png: bytes, path: Path) -> None:
    """Write the chart's bytes; a file that cannot be written is the person's input."""
    from assistant import CostError

    try:
        path.write_bytes(png)
    except OSError as exc:
        raise CostError(f"cannot write the chart to {path}: {exc.strerror}") from exc


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _read_prompt(path: Path | None) -> str | None:
    from assistant import CostInputError, InputTooLargeError

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
