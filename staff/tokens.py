"""API tokens for `/api/v1`: random, shown once, stored only as SHA-256, revocable.

A token is `wwz_` + 43 random URL-safe characters (256 bits). With that much randomness a
plain SHA-256 is enough (a slow KDF protects guessable passwords, not random keys), and it
lets us find the row by its hash. Scopes: `read` (GET) and `write` (changes; implies read).
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import FrozenSet, List, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.clock import as_utc, utcnow

from . import audit
from .accounts import AccountError, token_hash
from .models import ApiToken

PREFIX = "wwz_"
SCOPES = ("read", "write")


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str
    prefix: str
    scopes: FrozenSet[str]
    created_by: str
    created_at: datetime
    last_used_at: Optional[datetime]
    revoked_at: Optional[datetime]

    @property
    def actor(self) -> str:
        return f"token:{self.name}"


def _info(row: ApiToken) -> TokenInfo:
    return TokenInfo(row.id, row.name, row.prefix, frozenset(row.scopes.split()), row.created_by,
                     as_utc(row.created_at), as_utc(row.last_used_at), as_utc(row.revoked_at))


def normalise_scopes(scopes) -> Tuple[str, ...]:
    wanted = set(scopes)
    unknown = wanted - set(SCOPES)
    if unknown or not wanted:
        raise AccountError("Kies de rechten read, of read en write.")
    if "write" in wanted:
        wanted.add("read")
    return tuple(s for s in SCOPES if s in wanted)


def create_token(session: Session, name: str, scopes, *, actor: str) -> Tuple[str, TokenInfo]:
    """(the token, shown once; its info)."""
    name = (name or "").strip()
    if not 2 <= len(name) <= 80:
        raise AccountError("Geef het token een naam van 2 tot 80 tekens, bijvoorbeeld de koppeling die het gebruikt.")
    scopes = normalise_scopes(scopes)
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(name=name, prefix=token[:10], token_hash=token_hash(token), scopes=" ".join(scopes),
                   created_by=actor, created_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, actor, "token.aangemaakt", name, f"rechten {' '.join(scopes)}")
    return token, _info(row)


def verify(session: Session, token: str, *, now: Optional[datetime] = None) -> Optional[TokenInfo]:
    """The token's info when it exists and is not revoked; None otherwise."""
    if not token or not token.startswith(PREFIX) or len(token) > 100:
        return None
    row = session.execute(select(ApiToken).where(ApiToken.token_hash == token_hash(token))).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    now = now or utcnow()
    if row.last_used_at is None or now - as_utc(row.last_used_at) > timedelta(minutes=1):
        row.last_used_at = now
    return _info(row)


def revoke(session: Session, token_id: int, *, actor: str) -> TokenInfo:
    row = session.get(ApiToken, token_id)
    if row is None:
        raise AccountError("Dit token bestaat niet.")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit.record(session, actor, "token.ingetrokken", row.name)
    return _info(row)


def list_tokens(session: Session) -> List[TokenInfo]:
    newest_first = select(ApiToken).order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
    return [_info(r) for r in session.execute(newest_first).scalars()]
