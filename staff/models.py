"""SQLAlchemy tables of the staff app (staff migrations, `staff/migrations`).

- `audit_log`: append-only. Logins (also failed ones), logouts, changes to accounts and API
  tokens. Never a password, token or message text. Changes to organisations are not copied
  here: `staff.audit` reads them from the knowledge base's `organisation_versions`.
- `staff_users`: accounts with a scrypt password hash and a role (viewer, editor, admin).
- `staff_sessions`: logged-in browser sessions; the cookie holds a random token, only its
  SHA-256 is stored, with the session's CSRF token and expiry times.
- `api_tokens`: tokens of the JSON API, stored as SHA-256 only, with scopes and a revocation time.

Their own MetaData: the knowledge base's schema (and its migration tests) know nothing of these.
"""
from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Column, DateTime, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import declarative_base, relationship

from knowledge.models import NAMING_CONVENTION

metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base = declarative_base(metadata=metadata)

ROLES = ("viewer", "editor", "admin")  # each includes the rights of the ones before it


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, index=True)
    actor = Column(String(120), nullable=False)
    action = Column(String(40), nullable=False, index=True)
    target = Column(String(120), nullable=True)
    detail = Column(Text, nullable=True)


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(80), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(10), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime(timezone=True), nullable=False)

    __table_args__ = (CheckConstraint("role IN ('viewer', 'editor', 'admin')", name="role"),)


class StaffSession(Base):
    __tablename__ = "staff_sessions"

    id = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    user_id = Column(
        Integer, ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    last_seen_at = Column(DateTime(timezone=True), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)

    user = relationship("StaffUser")


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    prefix = Column(String(12), nullable=False)  # shown in lists, so a token can be recognised
    token_hash = Column(String(64), nullable=False, unique=True)
    scopes = Column(String(40), nullable=False)  # "read" or "read write"
    created_by = Column(String(120), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    last_used_at = Column(DateTime(timezone=True), nullable=True)
    revoked_at = Column(DateTime(timezone=True), nullable=True)
