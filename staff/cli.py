"""`python -m staff`: set up, fill, check, export and import the knowledge base; staff
accounts and API tokens.

Output is for staff (Dutch). Exit code 0 on success, 1 when the data has problems, 2 on wrong
usage. Logs carry counts and command names only, never message text or personal data.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import List, Optional

from sqlalchemy.exc import SQLAlchemyError

from bot import settings
from knowledge import editing, paths, seed_io
from knowledge import migrate as knowledge_migrate
from knowledge.db import make_engine, session_scope
from knowledge.facts import claims_without_source, parse_age, stale, unverified
from knowledge.history import acting_as
from knowledge.validation import ValidationFailed

from . import accounts, migrate, tokens

logger = logging.getLogger("staff.cli")

OK, PROBLEMS, USAGE = 0, 1, 2
PASSWORD_STDIN_HELP = "wachtwoord van standaardinvoer lezen (voor scripts)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m staff", description="Kennisbank en medewerkers van Wegwijzer")
    parser.add_argument("--database-url", help="database (standaard: $WEGWIJZER_DATABASE_URL of var/knowledge.sqlite3)")
    commands = parser.add_subparsers(dest="command", required=True)

    commands.add_parser("init", help="database aanmaken of bijwerken: kennisbank en medewerkers "
                                     "(migraties tot de laatste versie)")

    seed = commands.add_parser("seed", help="de organisaties uit knowledge/seed laden")
    seed.add_argument("--if-empty", action="store_true", help="alleen als er nog geen organisaties zijn")
    seed.add_argument("--seed-dir", type=Path, default=paths.SEED_DIR)

    validate = commands.add_parser("validate", help="seed-bestanden controleren (velden, telefoon, URL's, tijden)")
    validate.add_argument("--seed-dir", type=Path, default=paths.SEED_DIR, help="map of bestand")

    export = commands.add_parser("export", help="alle organisaties naar één YAML-bestand schrijven")
    export.add_argument("file", type=Path)

    do_import = commands.add_parser("import", help="organisaties uit YAML toevoegen of bijwerken (alles of niets)")
    do_import.add_argument("file", type=Path, help="exportbestand, seed-bestand of map")
    do_import.add_argument("--dry-run", action="store_true", help="alleen laten zien wat er zou veranderen")

    listing = commands.add_parser("list", help="organisaties tonen")
    listing.add_argument("--unverified", action="store_true", help="alleen niet-geverifieerde feiten (status U)")

    old = commands.add_parser("stale", help="feiten die te lang niet gecontroleerd zijn")
    old.add_argument("--older-than", default="180d", help="bijvoorbeeld 180d of 26w (standaard 180d)")
    old.add_argument("--as-of", type=date.fromisoformat, default=None, help="peildatum JJJJ-MM-DD (standaard vandaag)")

    admin = commands.add_parser("create-admin", help="een beheerder (admin) voor de beheerpagina's maken; "
                                                     "er is geen standaardaccount")
    admin.add_argument("--username", default="admin")
    admin.add_argument("--password-stdin", action="store_true", help=PASSWORD_STDIN_HELP)

    user = commands.add_parser("create-user", help="een medewerker maken (viewer, editor of admin)")
    user.add_argument("username")
    user.add_argument("--role", choices=("viewer", "editor", "admin"), default="editor")
    user.add_argument("--password-stdin", action="store_true", help=PASSWORD_STDIN_HELP)

    token = commands.add_parser("create-token", help="een API-token voor /api/v1 maken (wordt één keer getoond)")
    token.add_argument("name", help="waarvoor het token is, bijvoorbeeld 'koppeling CSG'")
    token.add_argument("--scopes", default="read", help="read, of read,write (standaard read)")

    revoke = commands.add_parser("revoke-token", help="een API-token intrekken")
    revoke.add_argument("id", type=int)

    commands.add_parser("list-tokens", help="API-tokens tonen (zonder de tokens zelf)")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        return _validate(args.seed_dir)
    engine = make_engine(args.database_url or settings.database_url())
    try:
        with acting_as(cli_actor()):
            return COMMANDS[args.command](engine, args)
    except accounts.AccountError as error:
        print(str(error), file=sys.stderr)
        return PROBLEMS
    except editing.Conflict as conflict:
        print(f"{conflict}. Niets veranderd; probeer het opnieuw.", file=sys.stderr)
        return PROBLEMS
    except ValidationFailed as failure:
        _print_problems(failure.problems)
        print("Niets veranderd.", file=sys.stderr)
        return PROBLEMS
    except SQLAlchemyError as error:
        logger.error("database error in %s: %s", args.command, type(error).__name__)
        print(f"Databasefout ({type(error).__name__}). Is 'python -m staff init' gedraaid?", file=sys.stderr)
        return PROBLEMS
    finally:
        engine.dispose()


def _init(engine, args) -> int:
    migrate.upgrade(engine)
    print(f"Database bijgewerkt tot versie {knowledge_migrate.current_revision(engine)} "
          f"(medewerkers: {migrate.current_revision(engine)}).")
    return OK


def _seed(engine, args) -> int:
    plan = seed_io.load_seed(engine, args.seed_dir, if_empty=args.if_empty)
    if plan is None:
        print("Er staan al organisaties in de database; seed overgeslagen.")
        return OK
    print("\n".join(plan.lines()))
    logger.info("seed: %d created, %d changed", len(plan.created), len(plan.changed))
    return OK


def _validate(path: Path) -> int:
    try:
        records = seed_io.read_records(path)
    except ValidationFailed as failure:
        _print_problems(failure.problems)
        return PROBLEMS
    print(f"Geen problemen gevonden in {path}.")
    hidden = claims_without_source(records)
    if hidden:
        # Not an error: staff may keep a text until it is checked; users do not see it.
        print(f"{len(hidden)} beweringen zonder bron (niet getoond aan gebruikers):")
        for ref in hidden:
            print(f"  {ref.slug}\t{ref.field}\t{ref.what}")
    return OK


def _export(engine, args) -> int:
    count = seed_io.export_to_file(engine, args.file)
    print(f"{count} organisaties geschreven naar {args.file}.")
    return OK


def _import(engine, args) -> int:
    records = seed_io.read_records(args.file)
    preview = editing.preview_import(engine, records)
    if args.dry_run:
        print("Proefimport, er is niets veranderd:")
        print("\n".join(preview.lines()))
        return OK
    # Applied against the versions just read: a change by someone else in between is refused.
    plan = editing.apply_import(engine, records, base_versions=preview.base_versions, actor=cli_actor())
    print("\n".join(plan.lines()))
    return OK


def _list(engine, args) -> int:
    records = seed_io.export_records(engine)
    if args.unverified:
        refs = unverified(records)
        print("slug\tveld\tstatus\tgecontroleerd\twaarde\tbron")
        for ref in refs:
            print(ref.line())
        print(f"{len(refs)} niet-geverifieerde feiten.")
        return OK
    for record in records:
        print(f"{record.slug}\t{record.name}")
    print(f"{len(records)} organisaties.")
    return OK


def _stale(engine, args) -> int:
    try:
        older_than = parse_age(args.older_than)
    except ValueError as error:
        print(str(error), file=sys.stderr)
        return USAGE
    today = args.as_of or date.today()
    refs = stale(seed_io.export_records(engine), older_than, today)
    print("slug\tveld\tstatus\tgecontroleerd\twaarde\tbron")
    for ref in refs:
        print(ref.line())
    print(f"{len(refs)} feiten zijn langer dan {older_than.days} dagen niet gecontroleerd (peildatum {today}).")
    return OK


def cli_actor() -> str:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"cli ({who})"


def _read_password(args, username: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Wachtwoord voor {username}: ")
    if getpass.getpass("Nog een keer: ") != first:
        raise accounts.AccountError("De wachtwoorden zijn niet gelijk. Er is niets gemaakt.")
    return first


def _create_admin(engine, args) -> int:
    return _create(engine, args.username, "admin", args)


def _create_user(engine, args) -> int:
    return _create(engine, args.username, args.role, args)


def _create(engine, username: str, role: str, args) -> int:
    password = _read_password(args, username)
    with session_scope(engine) as session:
        user = accounts.create_user(session, username, password, role, actor=cli_actor())
    print(f"Account {user.username} ({user.role}) gemaakt. Log in op /beheer.")
    return OK


def _create_token(engine, args) -> int:
    scopes = [s for s in args.scopes.replace(",", " ").split() if s]
    with session_scope(engine) as session:
        token, info = tokens.create_token(session, args.name, scopes, actor=cli_actor())
    print(f"Token {info.id} ({info.name}, rechten: {' '.join(sorted(info.scopes))}). "
          "Bewaar het nu, het wordt niet nog eens getoond:")
    print(token)
    return OK


def _revoke_token(engine, args) -> int:
    with session_scope(engine) as session:
        info = tokens.revoke(session, args.id, actor=cli_actor())
    print(f"Token {info.id} ({info.name}) is ingetrokken.")
    return OK


def _list_tokens(engine, args) -> int:
    with session_scope(engine) as session:
        rows = tokens.list_tokens(session)
    print("id\tnaam\tbegin\trechten\tingetrokken")
    for info in rows:
        revoked = info.revoked_at.date().isoformat() if info.revoked_at else "-"
        print(f"{info.id}\t{info.name}\t{info.prefix}…\t{' '.join(sorted(info.scopes))}\t{revoked}")
    return OK


def _print_problems(problems) -> None:
    for problem in problems:
        print(str(problem), file=sys.stderr)
    print(f"{len(problems)} problemen gevonden.", file=sys.stderr)


COMMANDS = {
    "init": _init, "seed": _seed, "export": _export, "import": _import, "list": _list, "stale": _stale,
    "create-admin": _create_admin, "create-user": _create_user, "create-token": _create_token,
    "revoke-token": _revoke_token, "list-tokens": _list_tokens,
}
