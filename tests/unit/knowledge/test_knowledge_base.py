"""The facade the actions use: imports, snapshot refresh on change, organisation(), the
module-level find_help, and no Rasa, chatbot or staff code anywhere in the package."""
import logging
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from sqlalchemy import update

import knowledge
from bot.paths import PROJECT_ROOT
from knowledge import KnowledgeBase, Recommendation, Situation, find_help, paths, seed_io
from knowledge.db import KnowledgeSession, session_scope
from knowledge.models import Organisation
from tests.helpers.kb_fixtures import UNVERIFIED, fixture_organisations, hours_24_7, phone


def test_the_public_api():
    assert set(knowledge.__all__) >= {"find_help", "Situation", "Recommendation", "KnowledgeBase"}
    from knowledge import ChannelInfo  # noqa: F401


def test_the_package_does_not_import_rasa_the_chatbot_or_staff():
    code = ("import sys, knowledge, knowledge.migrate, knowledge.editing, knowledge.seed_io; "
            "print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('rasa', 'rasa_sdk', 'bot', 'staff', 'actions')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT)
    assert out.stdout.strip() == "[]"
    for source in paths.PACKAGE_DIR.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import rasa" not in text and "from rasa" not in text, source


def loaded_kb(engine, **kwargs):
    seed_io.import_records(engine, fixture_organisations())
    return KnowledgeBase(engine=engine, **kwargs)


def test_a_change_in_the_database_shows_up_on_the_next_query(engine, now):
    kb = loaded_kb(engine)
    assert kb.find_help(Situation(), now=now)[0].name == "CSG"
    csg = next(r for r in fixture_organisations() if r.slug == "csg")
    seed_io.import_records(engine, [replace(csg, name="CSG (nieuw)")])
    assert kb.find_help(Situation(), now=now)[0].name == "CSG (nieuw)"


def test_a_soft_deleted_organisation_is_no_longer_recommended(engine, now):
    """An UPDATE statement (no ORM flush) also moves the change counter."""
    kb = loaded_kb(engine)
    with session_scope(engine) as session:
        session.execute(update(Organisation).where(Organisation.slug == "csg")
                        .values(deleted_at=datetime.now(timezone.utc)))
    assert "csg" not in [r.slug for r in kb.find_help(Situation(), now=now)]
    assert kb.organisation("csg") is None


def test_with_a_refresh_interval_the_snapshot_is_reused_until_refresh(engine, now):
    kb = loaded_kb(engine, refresh_interval=3600)
    assert kb.find_help(Situation(), now=now)[0].name == "CSG"
    csg = next(r for r in fixture_organisations() if r.slug == "csg")
    seed_io.import_records(engine, [replace(csg, name="CSG (nieuw)")])
    assert kb.find_help(Situation(), now=now)[0].name == "CSG"
    kb.refresh()
    assert kb.find_help(Situation(), now=now)[0].name == "CSG (nieuw)"


def test_organisation_by_slug(fixture_kb, now):
    rec = fixture_kb.organisation("csg", now=now)
    assert isinstance(rec, Recommendation)
    assert (rec.slug, rec.reasons, rec.priority) == ("csg", (), 0)
    assert [c.value for c in rec.channels] == ["0800-0188", "https://csg.example.org"]
    assert fixture_kb.organisation("bestaat-niet") is None


def test_find_help_through_a_session(engine, now):
    kb = loaded_kb(engine)
    with KnowledgeSession(engine) as session:
        assert (find_help(Situation(setting="thuis"), now=now, session=session)
                == kb.find_help(Situation(setting="thuis"), now=now))


def test_without_a_database_there_is_no_knowledge_base():
    # The knowledge base reads no settings: the caller says where the database is.
    with pytest.raises(TypeError):
        KnowledgeBase()
    with pytest.raises(TypeError):
        find_help(Situation())


def test_queries_log_nothing_about_the_person(fixture_kb, now, caplog):
    with caplog.at_level(logging.DEBUG):
        fixture_kb.find_help(Situation(municipality="Geheimstad", wishes={"praten"}, age=15), now=now)
    assert "Geheimstad" not in caplog.text


def test_a_24_7_phone_with_unverified_hours_says_nothing_about_opening(engine, now):
    csg = next(r for r in fixture_organisations() if r.slug == "csg")
    unverified = replace(csg, channels=(phone("0800-0188", hours_24_7(fact=UNVERIFIED)),))
    seed_io.import_records(engine, [unverified])
    channel = KnowledgeBase(engine=engine).organisation("csg", now=now).channels[0]
    assert (channel.value, channel.always_open, channel.open_now) == ("0800-0188", False, None)
