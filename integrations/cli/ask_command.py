"""``advisor ask [--json] TEXT``: the recommendation for a described project."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integrations.cli.cache import command_cache
from integrations.cli.exits import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail
from integrations.cli.options import add_model_options, cost_options_from_args, write_chart

if TYPE_CHECKING:
    from assistant import Answer


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "ask",
        help="recommend prompting, fine-tuning, or prompt-then-fine-tune for a project",
        description="Describe the project in plain words: the task, the field, how many "
        "labeled examples you have, budget, timeline, volume. TEXT '-' reads standard input.",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="the project, in plain words")
    parser.add_argument("--json", action="store_true", help="print the JSON answer")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="add, for every fact, the words and reading it came from, and for every rule "
        "whether it fired and why",
    )
    add_model_options(parser)
    parser.add_argument("--horizon", type=int, help="months to compare costs over (24)")
    parser.add_argument("--price-file", type=Path, help="your own price rows (YAML)")
    parser.add_argument("--chart", type=Path, metavar="FILE", help="write the cost chart PNG")
    parser.set_defaults(run=run)


def read_text(words: list[str]) -> str:
    """The description from the arguments, or from standard input for '-'."""
    if words == ["-"]:
        return sys.stdin.buffer.read().decode("utf-8", errors="replace")
    return " ".join(words)


def rendered(answer: Answer, *, as_json: bool) -> str:
    """The answer as the JSON contract or as terminal text; only the renderer used loads."""
    if as_json:
        from assistant import answer_to_json

        return answer_to_json(answer)
    from assistant import answer_to_text

    return answer_to_text(answer)


def run(args: argparse.Namespace) -> int:
    from assistant import Advisor, AdvisorError, InputError, KnowledgeError, describe_error
    from integrations.llm import advisor_with_environment_model

    text = read_text(args.text)
    try:
        loaded = Advisor.load(price_file=args.price_file, cache=command_cache())
        advisor = advisor_with_environment_model(loaded)
        # A deadline said as a date counts from --today, else from the day it is asked.
        today = args.today or date.today()
        answer = advisor.ask(text, cost_options=cost_options_from_args(args), today=today)
        if args.chart is not None and answer.costs is not None:
            from assistant import cost_chart_png

            write_chart(cost_chart_png(answer.costs), args.chart)
    except InputError as exc:
        return fail(describe_error(exc), code=EXIT_BAD_INPUT)
    except KnowledgeError as exc:
        return fail(describe_error(exc), code=EXIT_FAILURE)
    except AdvisorError as exc:
        return fail(describe_error(exc), code=EXIT_BAD_INPUT)
    if not args.explain:
        sys.stdout.write(rendered(answer, as_json=args.json))
        return EXIT_OK
    from assistant import answer_to_dict, answer_to_text, explanation_text, explanation_to_dict

    explanation = advisor.explain(answer)
    if args.json:
        data = {**answer_to_dict(answer), "explain": explanation_to_dict(explanation)}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = ["", "Explain:", *explanation_text(explanation)]
        sys.stdout.write(answer_to_text(answer) + "\n".join(lines) + "\n")
    return EXIT_OK
