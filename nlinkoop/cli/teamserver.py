"""`nlinkoop server init`, `nlinkoop server add-user` and `nlinkoop sync` (docs/teamserver.md).

The server commands are for the IT administrator and run as the database owner's login; `sync`
is a buyer's batch sync of one workbook. A password is never an argument: the URL may carry
one, else it comes from the keyring (saved by the window), else libpq finds it itself
(`PGPASSWORD`, `~/.pgpass`). A new user's password is asked twice, or read as one line from
standard input when that is not a terminal.
"""

import argparse
import getpass
import sys
from pathlib import Path

from nlinkoop.cli.commands import Refused, full_id, print_json
from nlinkoop.cli.sharing import conflict_lines, edit_document
from nlinkoop.paths import data_dir
from nlinkoop.teamserver.address import AddressError, ServerAddress, parse, stored_password


def _address(text: str) -> ServerAddress:
    try:
        return parse(text)
    except AddressError as exc:
        raise Refused(str(exc)) from None


def _engine(address: ServerAddress):  # type: ignore[no-untyped-def]
    from nlinkoop.teamserver.sync import engine_for

    password = address.password or stored_password(address)
    return engine_for(address, password)


def server_init(args: argparse.Namespace) -> int:
    from nlinkoop.teamserver.admin import init
    from nlinkoop.teamserver.sync import ServerError

    address = _address(args.url)
    try:
        before, after = init(_engine(address))
    except ServerError as exc:
        raise Refused(f"{address}: {exc}") from None
    if before == after:
        print(f"{address}: the teamserver is up to date (server schema {after})")
    elif before == 0:
        print(f"{address}: the teamserver is set up (server schema {after})")
    else:
        print(f"{address}: the teamserver is upgraded from server schema {before} to {after}")
    return 0


def server_add_user(args: argparse.Namespace) -> int:
    from nlinkoop.teamserver.admin import add_user, check_name
    from nlinkoop.teamserver.sync import ServerError

    address = _address(args.url)
    try:
        check_name(args.name)
        password = _new_password(args.name)
        add_user(_engine(address), args.name, password, lead=args.lead)
    except ServerError as exc:
        raise Refused(f"{address}: {exc}") from None
    role = "team lead" if args.lead else "buyer"
    print(f"{address}: added {args.name} as a {role}")
    return 0


def _new_password(name: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"password for {name}: ")
    if getpass.getpass("again: ") != first:
        raise Refused("the two passwords differ; nothing was changed")
    return first


def sync(args: argparse.Namespace) -> int:
    from nlinkoop.teamserver.sync import ServerError, synchronise

    address = _address(args.url)
    engine = _engine(address)
    path = Path(args.file)
    try:
        with edit_document(path) as workbook:
            summaries = workbook.list_preparations()
            team = [full_id(summaries, given) for given in args.team]
            private = [full_id(summaries, given) for given in args.private]
            report = synchronise(
                workbook, engine, data_dir() / "teamserver", team=team, private=private
            )
    except ServerError as exc:
        raise Refused(f"{address}: {exc}; {path} is as it was") from None
    if args.json:
        print_json(
            {
                "received": report.pulled,
                "sent": report.pushed,
                "conflicts": len(report.conflicts),
                "not_sent": report.not_sent,
                "skipped": report.skipped,
                "waiting": report.waiting,
                "user": report.user,
                "lead": report.lead,
                "shared": report.shared,
                "made_private": report.unshared,
                "not_yours": report.not_shared,
            }
        )
        return 0
    conflicts = len(report.conflicts)
    print(
        f"synced {path} with {address}: {report.pulled} received, {report.pushed} sent; "
        f"{conflicts} conflict{'' if conflicts == 1 else 's'}"
    )
    for conflict, kept in zip(report.conflicts, report.chosen, strict=True):
        print("\n".join(conflict_lines(conflict, kept)))
    if report.not_sent:
        print(
            f"not sent: {report.not_sent} change(s) the teamserver does not take from "
            f"{report.user} (a colleague's preparation"
            + (")" if report.lead else ", or the procurement policy: a team lead sets it)")
        )
    if report.skipped:
        print(f"skipped: {report.skipped} record(s) from the teamserver this nlinkoop cannot read")
    for ids, what in (
        (report.shared, "shared with the team"),
        (report.unshared, "made private"),
        (report.not_shared, "not yours to share (a colleague's)"),
    ):
        if ids:
            print(f"{what}: {', '.join(prep[:8] for prep in ids)}")
    if report.waiting:
        print(f"waiting: {report.waiting} change(s) that others keep changing; sync again")
    return 0
