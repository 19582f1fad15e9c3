"""Staff accounts, passwords and logged-in sessions.

- Passwords: scrypt (hashlib, OpenSSL) with N=2**17, r=8, p=1 (OWASP's minimum), a 16-byte
  random salt; stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later and old
  hashes still verify. An unknown username costs the same hash, so timing does not tell which
  names exist.
- Roles: viewer < editor < admin. There is no default account: `python -m staff
  create-admin` makes the first one.
- Sessions: the browser gets a random token; the database keeps only its SHA-256, the CSRF
  token of the session and two expiry times (idle and absolute).
- Login rate limit: growing delays, not a lockout. After `FREE_FAILURES` failed logins for
  one username *from one client* within `FAILURE_WINDOW`, the next try from there must wait
  1 s after the latest failure, then 2 s, 4 s ... at most `MAX_DELAY` (in memory: the client
  address is never written down). Across all clients a name gets `FREE_FAILURES_PER_NAME`
  failures before the same delays start (counted from the audit log, so it holds across
  processes and restarts). Someone who knows a staff name cannot shut that account for its
  owner with a handful of tries; a crowd of addresses only slows it down. A name that is not an account
  is never written down (people type their password in the name field): its failures are
  counted in memory only, under a hash, so it is limited just the same and an attacker
  cannot tell from the answers which names exist. The password-change form has the same
  delays for a wrong current password.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Deque, List, Optional, Tuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from knowledge.clock import as_utc, utcnow

from . import audit
from .models import ROLES, StaffSession, StaffUser

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
MIN_PASSWORD_LENGTH = 12
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,79}$")

FREE_FAILURES = 5
FREE_FAILURES_PER_NAME = 30
MAX_DELAY = timedelta(minutes=15)
FAILURE_WINDOW = timedelta(hours=1)
SESSION_IDLE = timedelta(hours=2)
SESSION_MAX = timedelta(hours=12)

UNKNOWN_NAME = "(onbekende naam)"
LOGIN = "login"
LOGIN_FAILED = "login.mislukt"
LOGIN_BLOCKED = "login.geblokkeerd"
PASSWORD_CHECK_FAILED = "wachtwoord.mislukt"


class AccountError(ValueError):
    """A Dutch message for staff: what is wrong and what to do."""


# --- passwords -----------------------------------------------------------------------------------

def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, n, r, p)
    return "$".join(["scrypt", str(n), str(r), str(p), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # maxmem: 128 * r * n bytes are needed; OpenSSL refuses above its default of 32 MiB.
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=128 * r * n + 1024 * 1024)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# Verified when the username is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(16))
    return _DUMMY_HASH


def password_problem(password: str, username: str = "") -> Optional[str]:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben."
    if username and username.lower() in password.lower():
        return "Het wachtwoord mag de gebruikersnaam niet bevatten."
    if len(set(password)) < 5:
        return "Kies een wachtwoord met meer verschillende tekens."
    if password_strength(password, username) < MIN_STRENGTH:
        return ("Dit wachtwoord is te makkelijk te raden (zoals 'password1234' of een rij toetsen). "
                "Kies een zin van drie of vier gewone woorden, bijvoorbeeld 'fiets-regen-soep-lamp'.")
    return None


MIN_STRENGTH = 3  # zxcvbn's 0-4: 3 is "safely unguessable" against an online attack
# zxcvbn knows English words only; these Dutch ones are common in passwords here.
_GUESSED_WORDS = (
    "wegwijzer", "beheer", "beheerder", "admin", "wachtwoord", "welkom", "geheim", "hallo", "voorjaar",
    "lente", "zomer", "herfst", "winter", "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december", "maandag", "liefde", "schatje",
    "voetbal", "ajax", "feyenoord", "nederland", "amsterdam", "rotterdam", "utrecht", "kerst", "oranje",
)
_STRENGTH_CHARS = 100  # zxcvbn slows down on very long input; 100 characters tell enough


def password_strength(password: str, username: str = "") -> int:
    """zxcvbn's score (0-4), with the username and the product's name counted as known."""
    from zxcvbn import zxcvbn

    known = [w for w in (username, *_GUESSED_WORDS) if w]
    return int(zxcvbn(password[:_STRENGTH_CHARS], user_inputs=known)["score"])


def username_problem(username: str) -> Optional[str]:
    if not USERNAME_PATTERN.match(username or ""):
        return ("Een gebruikersnaam heeft 2 tot 80 tekens: kleine letters, cijfers, '.', '-' of '_', "
                "en begint met een letter of cijfer.")
    return None


def role_at_least(role: str, needed: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


# --- users ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    role: str
    active: bool
    created_at: datetime


def _info(user: StaffUser) -> UserInfo:
    return UserInfo(user.id, user.username, user.role, user.active, as_utc(user.created_at))


def count_users(session: Session) -> int:
    return session.execute(select(func.count()).select_from(StaffUser)).scalar_one()


def list_users(session: Session) -> List[UserInfo]:
    return [_info(u) for u in session.execute(select(StaffUser).order_by(StaffUser.username)).scalars()]


def find_user(session: Session, username: str) -> Optional[StaffUser]:
    return session.execute(select(StaffUser).where(StaffUser.username == username)).scalar_one_or_none()


def create_user(session: Session, username: str, password: str, role: str, *, actor: str,
                n: int = SCRYPT_N) -> UserInfo:
    username = (username or "").strip().lower()
    problem = username_problem(username) or password_problem(password, username)
    if role not in ROLES:
        problem = problem or f"Onbekende rol {role!r}; kies viewer, editor of admin."
    if problem:
        raise AccountError(problem)
    if find_user(session, username) is not None:
        raise AccountError(f"De gebruikersnaam {username!r} bestaat al.")
    user = StaffUser(username=username, password_hash=hash_password(password, n=n), role=role,
                     active=True, created_at=utcnow())
    session.add(user)
    session.flush()
    audit.record(session, actor, "gebruiker.aangemaakt", username, f"rol {role}")
    return _info(user)


def set_role(session: Session, user_id: int, role: str, *, actor: str) -> UserInfo:
    if role not in ROLES:
        raise AccountError(f"Onbekende rol {role!r}; kies viewer, editor of admin.")
    user = _user(session, user_id)
    if user.role == "admin" and role != "admin":
        _keep_an_admin(session, user)
    user.role = role
    _end_sessions(session, user.id)  # the new rights count from the next login
    audit.record(session, actor, "gebruiker.rol", user.username, f"rol {role}")
    return _info(user)


def set_active(session: Session, user_id: int, active: bool, *, actor: str) -> UserInfo:
    user = _user(session, user_id)
    if not active and user.role == "admin":
        _keep_an_admin(session, user)
    user.active = active
    if not active:
        _end_sessions(session, user.id)
    audit.record(session, actor, "gebruiker.actief" if active else "gebruiker.uitgezet", user.username)
    return _info(user)


def set_password(session: Session, user_id: int, password: str, *, actor: str, n: int = SCRYPT_N) -> None:
    user = _user(session, user_id)
    problem = password_problem(password, user.username)
    if problem:
        raise AccountError(problem)
    user.password_hash = hash_password(password, n=n)
    _end_sessions(session, user.id)
    audit.record(session, actor, "gebruiker.wachtwoord", user.username)


def _user(session: Session, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise AccountError("Deze gebruiker bestaat niet.")
    return user


def _keep_an_admin(session: Session, user: StaffUser) -> None:
    admins = session.execute(
        select(func.count()).select_from(StaffUser)
        .where(StaffUser.role == "admin", StaffUser.active.is_(True), StaffUser.id != user.id)
    ).scalar_one()
    if admins == 0:
        raise AccountError("Er moet minstens één actieve beheerder (admin) blijven.")


# --- logging in ----------------------------------------------------------------------------------

class LoginBlocked(Exception):
    """Too many failed tries for this name: wait `wait` before the next one."""

    def __init__(self, wait: timedelta) -> None:
        super().__init__("wait")
        self.wait = wait


def retry_delay(failures: int, free: int = FREE_FAILURES) -> timedelta:
    """How long after the latest failure the next try may come: nothing for the first `free`
    failures, then 1 s, 2 s, 4 s ... at most MAX_DELAY."""
    if failures < free:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - free, 20)), MAX_DELAY)


def _wait(failures: int, latest: Optional[datetime], now: datetime, free: int = FREE_FAILURES) -> timedelta:
    if latest is None:
        return timedelta(0)
    return max(timedelta(0), as_utc(latest) + retry_delay(failures, free) - now)


def authenticate(session: Session, username: str, password: str, *, client: str = "",
                 now: Optional[datetime] = None) -> Optional[UserInfo]:
    """The user when name and password match an active account; None otherwise. Writes the
    audit row of the attempt. Raises LoginBlocked when this name must wait, from this client
    (its address, never stored) or from everywhere."""
    now = now or utcnow()
    username = (username or "").strip().lower()[:80]
    user = find_user(session, username) if USERNAME_PATTERN.match(username) else None
    target = user.username if user is not None else UNKNOWN_NAME
    if user is not None:
        failures, latest = audit.latest_since(session, LOGIN_FAILED, now - FAILURE_WINDOW, target=target)
    else:
        failures, latest = _UNKNOWN.recent(username, now)
    pair = f"{username}\0{client}"
    wait = max(_PAIRS.wait(pair, now), _wait(failures, latest, now, FREE_FAILURES_PER_NAME))
    if wait:
        audit.record(session, target, LOGIN_BLOCKED, target, at=now)
        raise LoginBlocked(wait)
    ok = verify_password(password, user.password_hash if user else _dummy_hash())
    if not (ok and user is not None and user.active):
        audit.record(session, target, LOGIN_FAILED, target, at=now)
        _PAIRS.failed(pair, now)
        if user is None:
            _UNKNOWN.failed(username, now)
        return None
    audit.record(session, user.username, LOGIN, user.username, at=now)
    return _info(user)


def check_current_password(session: Session, username: str, password: str, *,
                           now: Optional[datetime] = None) -> bool:
    """For the password-change form: True when right. A wrong one is written down and slows
    the next tries like a failed login. Raises LoginBlocked when the user must wait."""
    now = now or utcnow()
    user = find_user(session, username)
    failures, latest = audit.latest_since(session, PASSWORD_CHECK_FAILED, now - FAILURE_WINDOW, target=username)
    wait = _wait(failures, latest, now)
    if wait:
        raise LoginBlocked(wait)
    if user is not None and verify_password(password, user.password_hash):
        return True
    audit.record(session, username, PASSWORD_CHECK_FAILED, username, at=now)
    return False


class FailureLog:
    """Failed tries in memory for FAILURE_WINDOW, keyed by a hash (so neither a typed name
    nor a client address is kept), bounded in size. Used for names that are not accounts,
    for (name, client) pairs, and per client address by the staff app."""

    LIMIT = 10_000

    def __init__(self) -> None:
        self._failures: "OrderedDict[str, Deque[datetime]]" = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str, now: datetime) -> Deque[datetime]:
        hashed = hashlib.sha256(key.encode("utf-8")).hexdigest()
        failures = self._failures.setdefault(hashed, deque())
        self._failures.move_to_end(hashed)
        while failures and failures[0] <= now - FAILURE_WINDOW:
            failures.popleft()
        while len(self._failures) > self.LIMIT:
            self._failures.popitem(last=False)
        return failures

    def recent(self, key: str, now: datetime) -> Tuple[int, Optional[datetime]]:
        """(failures in the window, the latest)."""
        with self._lock:
            failures = self._recent(key, now)
            return len(failures), (failures[-1] if failures else None)

    def wait(self, key: str, now: datetime, free: int = FREE_FAILURES) -> timedelta:
        """How long `key` must still wait before its next try (growing delays)."""
        return _wait(*self.recent(key, now), now, free)

    def failed(self, key: str, now: datetime) -> None:
        with self._lock:
            self._recent(key, now).append(now)


_UNKNOWN = FailureLog()  # names that are no account
_PAIRS = FailureLog()  # (name, client address) pairs



@dataclass(frozen=True)
class LoggedIn:
    user: UserInfo
    csrf_token: str
    session_id: int


def start_session(session: Session, user: UserInfo, *, now: Optional[datetime] = None) -> Tuple[str, str]:
    """A new session for `user`: (cookie token, CSRF token)."""
    now = now or utcnow()
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(StaffSession(
        token_hash=token_hash(token), user_id=user.id, csrf_token=csrf, created_at=now,
        last_seen_at=now, expires_at=now + SESSION_MAX,
    ))
    # Old sessions of anyone are cleaned up here, so the table does not grow.
    session.execute(delete(StaffSession).where(StaffSession.expires_at < now - SESSION_IDLE))
    return token, csrf


def load_session(session: Session, token: str, *, now: Optional[datetime] = None) -> Optional[LoggedIn]:
    """The logged-in user of a cookie token, or None (unknown, expired, idle too long, or the
    account was switched off). Moves the idle clock."""
    if not token or len(token) > 100:
        return None
    now = now or utcnow()
    row = session.execute(
        select(StaffSession).where(StaffSession.token_hash == token_hash(token))
    ).scalar_one_or_none()
    if row is None:
        return None
    if as_utc(row.expires_at) <= now or as_utc(row.last_seen_at) + SESSION_IDLE <= now or not row.user.active:
        session.delete(row)
        return None
    if now - as_utc(row.last_seen_at) > timedelta(minutes=1):  # not a write on every click
        row.last_seen_at = now
    return LoggedIn(_info(row.user), row.csrf_token, row.id)


def end_session(session: Session, token: str, *, actor: Optional[str] = None) -> None:
    row = session.execute(
        select(StaffSession).where(StaffSession.token_hash == token_hash(token or ""))
    ).scalar_one_or_none()
    if row is not None:
        audit.record(session, actor or row.user.username, "logout", row.user.username)
        session.delete(row)


def _end_sessions(session: Session, user_id: int) -> None:
    session.execute(delete(StaffSession).where(StaffSession.user_id == user_id))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
