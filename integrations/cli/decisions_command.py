"""``advisor decisions list [--json]`` and ``advisor decisions export --format csv|json``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from integrations.cli.exits import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail

if TYPE_CHECKING:
    from integrations.store.decision_records import Decision

#: The export's columns, in order (../shared/CONTRACT.md names the first ones).
EXPORT_KEYS = (
    "team_id",
    "channel_id",
    "thread_ts",
    "permalink",
    "title",
    "recommended_approach",
    "chosen_approach",
    "against_advice",
    "reason_against",
    "decided_by",
    "decided_at",
    "note",
    "status",
    "revisit_on",
    "monthly_usd",
    "constraints",
    "costs",
    "id",
)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "decisions",
        help="the team decisions recorded from Slack",
        description="Read the decisions recorded in Slack, from ADVISOR_DATABASE_URL.",
    )
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    listing = actions.add_parser("list", help="recorded decisions, newest first")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--team", help="only this workspace (team id)")
    listing.add_argument("--channel", help="only this channel (channel id)")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    listing.set_defaults(run=run_list)
    export = actions.add_parser("export", help="every recorded decision, for other tools")
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.set_defaults(run=run_export)


def run_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit must be at least 1", code=EXIT_BAD_INPUT)
    return _with_store(
        lambda store: _print_list(
            store.list_decisions(team_id=args.team, channel_id=args.channel, limit=args.limit),
            as_json=args.json,
        )
    )


def run_export(args: argparse.Namespace) -> int:
    return _with_store(lambda store: _export(store.iter_decisions(), fmt=args.format))


def _with_store(work: Any) -> int:
    from integrations.cli.store_access import SettingsProblem, load_settings, open_store
    from integrations.store import StoreError

    try:
        store = open_store(load_settings())
    except SettingsProblem as error:
        return fail(str(error), code=EXIT_BAD_INPUT)
    except StoreError as error:
        return fail(str(error), code=EXIT_FAILURE)
    try:
        work(store)
    except StoreError as error:
        return fail(str(error), code=EXIT_FAILURE)
    finally:
        store.close()
    return EXIT_OK


def _today() -> Any:
    return datetime.now(UTC).date()


def _print_list(decisions: list[Decision], *, as_json: bool) -> None:
    today = _today()
    if as_json:
        json.dump([d.export(today=today) for d in decisions], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    if not decisions:
        print("No decisions recorded yet.")
        return
    for d in decisions:
        against = f" (recommended {d.recommended_approach.value})" if d.against_advice else ""
        when = d.decided_at.strftime("%Y-%m-%d %H:%MZ")
        status = d.status_on(today)
        print(
            f"{when}  {d.team_id}/{d.channel_id}  {d.chosen_approach.value}{against}  "
            f"by {d.decided_by}  [{status}]  {d.title}"
        )


def _export(decisions: Iterable[Decision], *, fmt: str) -> None:
    today = _today()
    rows = (d.export(today=today) for d in decisions)
    if fmt == "json":
        sys.stdout.write("[")
        for i, row in enumerate(rows):
            sys.stdout.write(("," if i else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        sys.stdout.write("\n]\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_KEYS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(row[key]) for key in EXPORT_KEYS})


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value
