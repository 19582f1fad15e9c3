"""`python -m staff`: staff accounts and API tokens, and the staff tables.

Output is for staff (Dutch). Exit code 0 on success, 1 on a problem, 2 on wrong usage. Logs carry
command names only, never a password or a token.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import List, Optional

from sqlalchemy.exc import SQLAlchemyError

from knowledge import settings
from knowledge.cli import OK, PROBLEMS, cli_actor
from knowledge.db import make_engine, session_scope

from . import accounts, migrate, tokens

logger = logging.getLogger("staff.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m staff", description="Medewerkers en API-tokens van Wegwijzer")
    parser.add_argument("--database-url", help=f"database (standaard: ${settings.DATABASE_URL_ENV} of var/knowledge.sqlite3)")
    commands = parser.add_subparsers(dest="command", required=True)

    commands.add_parser("init", help="database aanmaken of bijwerken: kennisbank en medewerkers")

    admin = commands.add_parser("create-admin", help="een beheerder (admin) voor de beheerpagina's maken; er is geen standaardaccount")
    admin.add_argument("--username", default="admin")
    admin.add_argument("--password-stdin", action="store_true", help="wachtwoord van standaardinvoer lezen (voor scripts)")

    user = commands.add_parser("create-user", help="een medewerker maken (viewer, editor of admin)")
    user.add_argument("username")
    user.add_argument("--role", choices=("viewer", "editor", "admin"), default="editor")
    user.add_argument("--password-stdin", action="store_true", help="wachtwoord van standaardinvoer lezen (voor scripts)")

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
    engine = make_engine(args.database_url)
    try:
        return COMMANDS[args.command](engine, args)
    except accounts.AccountError as error:
        print(str(error), file=sys.stderr)
        return PROBLEMS
    except SQLAlchemyError as error:
        logger.error("database error in %s: %s", args.command, type(error).__name__)
        print(f"Databasefout ({type(error).__name__}). Is 'python -m staff init' gedraaid?", file=sys.stderr)
        return PROBLEMS
    finally:
        engine.dispose()


def _init(engine, args) -> int:
    migrate.upgrade(engine)
    print(f"Database bijgewerkt (medewerkers: versie {migrate.current_revision(engine)}).")
    return OK


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
    print(f"Token {info.id} ({info.name}, rechten: {' '.join(sorted(info.scopes))}). Bewaar het nu, het wordt niet nog eens getoond:")
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


COMMANDS = {
    "init": _init, "create-admin": _create_admin, "create-user": _create_user,
    "create-token": _create_token, "revoke-token": _revoke_token, "list-tokens": _list_tokens,
}
