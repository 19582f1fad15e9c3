"""The knowledge side of the staff app: passwords, sessions, tokens, versions that are never
overwritten, optimistic locking in the database itself, the baseline migration and the CLI."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from knowledge import clock, editing, history, migrate, paths, seed_io
from knowledge.db import KnowledgeSession, session_scope
from knowledge.models import Organisation, OrganisationVersion
from knowledge.store import organisations_by_slug
from staff import accounts, audit, tokens
from staff.cli import main
from staff.models import ApiToken, AuditEntry, StaffSession, StaffUser
from tests.helpers.staff_fixtures import PASSWORD, TEST_COST

# --- passwords and sessions ------------------------------------------------------------------------

def test_password_hash_is_scrypt_with_owasp_cost_and_a_salt():
    first, second = accounts.hash_password(PASSWORD), accounts.hash_password(PASSWORD)
    scheme, n, r, p, _salt, _digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 17, 8, 1)
    assert first != second and PASSWORD not in first
    assert accounts.verify_password(PASSWORD, first)
    assert not accounts.verify_password(PASSWORD + "x", first)
    assert not accounts.verify_password(PASSWORD, "onzin")


def test_weak_passwords_and_bad_usernames_are_refused(db):
    with session_scope(db.engine) as session:
        for name, password, words in [
            ("piet", "kort", "12 tekens"), ("piet", "piet-piet-piet-1", "gebruikersnaam"),
            ("piet", "aaaaaaaaaaaaaaa", "verschillende"), ("Piet Jansen", PASSWORD, "kleine letters"),
            ("redacteur", PASSWORD, "bestaat al"),
            # common passwords and keyboard rows, 12 characters or more (issue 19)
            ("piet", "password1234", "makkelijk te raden"), ("piet", "123456789012", "makkelijk te raden"),
            ("piet", "qwertyuiop12", "makkelijk te raden"), ("piet", "Wegwijzer2026", "makkelijk te raden"),
        ]:
            with pytest.raises(accounts.AccountError, match=words):
                accounts.create_user(session, name, password, "viewer", actor="test", n=TEST_COST)
        with pytest.raises(accounts.AccountError):
            accounts.create_user(session, "piet", PASSWORD, "superuser", actor="test", n=TEST_COST)


def test_sessions_end_after_idle_time_and_at_the_latest_after_twelve_hours(db):
    with session_scope(db.engine) as session:
        user = accounts.authenticate(session, "redacteur", PASSWORD)
        start = clock.utcnow()
        token, csrf = accounts.start_session(session, user, now=start)
    with session_scope(db.engine) as session:
        stored = session.execute(select(StaffSession)).scalar_one()
        assert stored.token_hash != token and token not in stored.token_hash  # only a hash is kept
        loaded = accounts.load_session(session, token, now=start + timedelta(minutes=90))
        assert loaded.user.username == "redacteur" and loaded.csrf_token == csrf
    with session_scope(db.engine) as session:  # the idle clock moved at 90 minutes
        assert accounts.load_session(session, token, now=start + timedelta(hours=3, minutes=31)) is None
    with session_scope(db.engine) as session:  # an ended session is removed
        assert session.execute(select(func.count()).select_from(StaffSession)).scalar_one() == 0
        token, _ = accounts.start_session(session, user, now=start)
    moment = start
    for _ in range(7):  # active every 110 minutes: still the 12-hour limit
        moment += timedelta(minutes=110)
        with session_scope(db.engine) as session:
            alive = accounts.load_session(session, token, now=moment)
        if moment - start < accounts.SESSION_MAX:
            assert alive is not None
        else:
            assert alive is None


def test_api_tokens_are_stored_hashed_have_scopes_and_can_be_revoked(db):
    with session_scope(db.engine) as session:
        token, info = tokens.create_token(session, "koppeling", ["write"], actor="test")
        assert info.scopes == {"read", "write"}  # write includes read
    with session_scope(db.engine) as session:
        row = session.execute(select(ApiToken)).scalar_one()
        assert token not in (row.token_hash, row.prefix) and row.prefix == token[:10]
        assert tokens.verify(session, token).name == "koppeling"
        assert tokens.verify(session, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
        tokens.revoke(session, row.id, actor="test")
    with session_scope(db.engine) as session:
        assert tokens.verify(session, token) is None
        with pytest.raises(accounts.AccountError):
            tokens.create_token(session, "x", ["admin"], actor="test")


# --- versions --------------------------------------------------------------------------------------

def _versions(engine, slug="csg"):
    with session_scope(engine) as session:
        org = organisations_by_slug(session, [slug])[slug]
        return history.versions(session, org.id)


def test_the_seed_leaves_version_one_of_each_organisation(db):
    with session_scope(db.engine) as session:
        orgs = session.execute(select(func.count()).select_from(Organisation)).scalar_one()
        rows = session.execute(select(OrganisationVersion.version)).scalars().all()
    assert len(rows) == orgs and set(rows) == {1}


def test_versions_are_never_changed_only_added(db):
    before = [(v.version, v.snapshot) for v in _versions(db.engine)]
    current = _current(db)
    for number in ("0800-1111", "0800-2222", "0800-3333"):
        mapping = current.mapping
        mapping["channels"][0]["value"] = number
        editing.save(db.engine, "csg", mapping, base_version=current.version, actor="test")
        current = _current(db)
    after = _versions(db.engine)
    assert [v.version for v in after] == [4, 3, 2, 1]
    assert [(v.version, v.snapshot) for v in after[-1:]] == before
    assert [v.snapshot["channels"][0]["value"] for v in after] == ["0800-3333", "0800-2222", "0800-1111", "0800-0188"]


def _current(db, slug="csg"):
    with session_scope(db.engine) as session:
        return editing.current(session, slug)


def test_a_change_to_child_rows_only_still_bumps_the_version(db):
    with history.acting_as("script"):
        with session_scope(db.engine) as session:
            org = organisations_by_slug(session, ["csg"])["csg"]
            org.channels[0].note = "Ook voor naasten."
    latest = _versions(db.engine)[0]
    assert (latest.version, latest.actor, latest.changed_fields) == (2, "script", ("channels",))
    assert _current(db).version == 2


def test_two_saves_at_the_same_moment_cannot_both_win(db):
    """Both read version 1 before either writes: the database refuses the second UPDATE, so
    the first change is not silently lost."""
    from sqlalchemy.orm.exc import StaleDataError

    from knowledge.records import record_from_mapping
    from knowledge.store import apply_record

    def change(session, org, name):
        mapping = history.snapshot_of(org)
        mapping["name"] = name
        apply_record(session, record_from_mapping(mapping), org)

    s1, s2 = KnowledgeSession(db.engine, expire_on_commit=False), KnowledgeSession(db.engine)
    try:
        org1 = organisations_by_slug(s1, ["csg"])["csg"]
        org2 = organisations_by_slug(s2, ["csg"])["csg"]
        assert org1.version == org2.version == 1
        change(s2, org2, "Naam van de tweede")
        s1.commit()  # SQLite: the first reader lets go of its snapshot (its objects keep version 1)
        s2.commit()
        with pytest.raises(StaleDataError):
            change(s1, org1, "Naam van de eerste")
            s1.flush()
        s1.rollback()
    finally:
        s1.close()
        s2.close()
    assert _current(db).mapping["name"] == "Naam van de tweede"


def test_editing_turns_a_lost_race_into_a_conflict(db, monkeypatch):
    """editing.save checks the version, then writes; another commit in between makes the
    database refuse the write, and the caller gets a Conflict with the other's change."""
    current = _current(db)
    original = editing._apply

    def sneak_in(session, org, record):
        other = _current(db).mapping
        other["name"] = "Tussendoor"
        monkeypatch.setattr(editing, "_apply", original)
        editing.save(db.engine, "csg", other, base_version=current.version, actor="ander")
        original(session, org, record)

    monkeypatch.setattr(editing, "_apply", sneak_in)
    mapping = current.mapping
    mapping["channels"][0]["value"] = "0800-1234"
    with pytest.raises(editing.Conflict) as caught:
        editing.save(db.engine, "csg", mapping, base_version=current.version, actor="ik")
    assert caught.value.by == ["ander"] and caught.value.current_version == 2
    assert _current(db).mapping["channels"][0]["value"] == "0800-0188"


def test_conflict_reports_what_changed_and_who(db):
    current = _current(db)
    theirs = current.mapping
    theirs["channels"][0]["value"] = "0800-9999"
    editing.save(db.engine, "csg", theirs, base_version=1, actor="anna")
    mine = current.mapping
    mine["name"] = "Mijn naam"
    with pytest.raises(editing.Conflict) as caught:
        editing.save(db.engine, "csg", mine, base_version=1, actor="bram")
    assert caught.value.by == ["anna"]
    assert caught.value.changes == [history.DiffLine("channels[0].value", "0800-0188", "0800-9999")]


def test_baseline_migration_gives_existing_organisations_a_first_version(tmp_path):
    from knowledge.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'oud.sqlite3'}")
    migrate.upgrade(engine)
    seed_io.import_records(engine, seed_io.read_records(paths.SEED_DIR)[:3])
    # Back to a database from before the staff app: organisations, no history tables.
    migrate.downgrade(engine, "0001")
    migrate.upgrade(engine)
    with session_scope(engine) as session:
        rows = session.execute(select(OrganisationVersion)).scalars().all()
        assert len(rows) == 3 and {r.note for r in rows} == {"bestaande gegevens bij invoering van de geschiedenis"}
    engine.dispose()


def test_audit_rows_for_changes_name_the_actor(db):
    current = _current(db)
    editing.soft_delete(db.engine, "csg", base_version=current.version, actor="anna")
    with session_scope(db.engine) as session:
        row = audit.entries(session, limit=1)[0]
        assert (row.actor, row.action, row.target) == ("anna", "organisatie.delete", "csg")
        # Written once, as a version row; the audit log reads it from there.
        copies = select(func.count()).select_from(AuditEntry).where(AuditEntry.action.startswith("organisatie."))
        assert session.execute(copies).scalar_one() == 0


# --- CLI -------------------------------------------------------------------------------------------

def run(monkeypatch, capsys, db, *args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--database-url", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_admin_makes_the_first_account(monkeypatch, capsys, db):
    code, out, _ = run(monkeypatch, capsys, db, "create-admin", "--username", "eerste", "--password-stdin",
                       stdin="een-sterk-wachtwoord\n")
    assert code == 0 and "eerste (admin)" in out
    with session_scope(db.engine) as session:
        user = session.execute(select(StaffUser).where(StaffUser.username == "eerste")).scalar_one()
        assert user.role == "admin" and user.password_hash.startswith("scrypt$131072$8$1$")
        assert accounts.authenticate(session, "eerste", "een-sterk-wachtwoord").role == "admin"
    code, _, err = run(monkeypatch, capsys, db, "create-admin", "--username", "tweede", "--password-stdin",
                       stdin="kort\n")
    assert code == 1 and "12 tekens" in err


def test_cli_tokens_and_import_are_recorded_with_the_cli_as_actor(monkeypatch, capsys, db, tmp_path):
    code, out, _ = run(monkeypatch, capsys, db, "create-token", "koppeling", "--scopes", "read,write")
    token = out.strip().splitlines()[-1]
    assert code == 0 and token.startswith("wwz_")
    code, out, _ = run(monkeypatch, capsys, db, "list-tokens")
    assert "koppeling" in out and token not in out
    token_id = out.splitlines()[1].split("\t")[0]
    assert run(monkeypatch, capsys, db, "revoke-token", token_id)[0] == 0
    with session_scope(db.engine) as session:
        assert tokens.verify(session, token) is None

    path = tmp_path / "export.yaml"
    run(monkeypatch, capsys, db, "export", str(path))
    path.write_text(path.read_text("utf-8").replace('0800-0188', '0800-4321', 1), "utf-8")
    code, out, _ = run(monkeypatch, capsys, db, "import", str(path), "--dry-run")
    assert code == 0 and "csg: channels[0].value: 0800-0188 -> 0800-4321" in out
    assert _current(db).version == 1
    code, out, _ = run(monkeypatch, capsys, db, "import", str(path))
    assert code == 0 and "1 gewijzigd" in out
    latest = _versions(db.engine)[0]
    assert latest.action == "import" and latest.actor.startswith("cli (")
