"""``advisor ask [--json] TEXT``: the recommendation for a described project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from integrations.cli.main import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "ask",
        help="recommend prompting, fine-tuning, or prompt-then-fine-tune for a project",
        description="Describe the project in plain words: the task, the field, how many "
        "labeled examples you have, budget, timeline, volume. TEXT '-' reads standard input.",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="the project, in plain words")
    parser.add_argument("--json", action="store_true", help="print the JSON answer")
    parser.add_argument("--model", help="price with this model's row (see 'advisor cost')")
    parser.add_argument("--horizon", type=int, help="months to compare costs over (24)")
    parser.add_argument("--price-file", type=Path, help="your own price rows (YAML)")
    parser.add_argument("--chart", type=Path, metavar="FILE", help="write the cost chart PNG")
    parser.set_defaults(run=run)


def read_text(words: list[str]) -> str:
    """The description from the arguments, or from standard input for '-'."""
    if words == ["-"]:
        return sys.stdin.buffer.read().decode("utf-8", errors="replace")
    return " ".join(words)


def run(args: argparse.Namespace) -> int:
    from assistant.advisor import Advisor
    from assistant.errors import AdvisorError, InputError, KnowledgeError
    from assistant.messages import describe_error
    from assistant.render import answer_to_json, answer_to_text
    from integrations.cli.cost_command import cost_options_from_args
    from integrations.llm import advisor_with_environment_model

    text = read_text(args.text)
    try:
        advisor = advisor_with_environment_model(Advisor.load(price_file=args.price_file))
        answer = advisor.ask(text, cost_options=cost_options_from_args(args))
        if args.chart is not None and answer.costs is not None:
            from assistant.costs.chart import render_chart

            render_chart(answer.costs, args.chart)
    except InputError as exc:
        return fail(describe_error(exc), code=EXIT_BAD_INPUT)
    except KnowledgeError as exc:
        return fail(describe_error(exc), code=EXIT_FAILURE)
    except AdvisorError as exc:
        return fail(describe_error(exc), code=EXIT_BAD_INPUT)
    output = answer_to_json(answer) if args.json else answer_to_text(answer)
    sys.stdout.write(output)
    return EXIT_OK
