"""The tables: unique slugs, cascades, status checks, optimistic locking, change counter."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from knowledge import seed_io
from knowledge.db import KnowledgeSession, read_change_counter, session_scope
from knowledge.models import ContactChannel, OpeningRange, Organisation, OrganisationTerm
from tests.helpers.kb_fixtures import fixture_organisations


def org_row(slug="test", **extra):
    values = dict(slug=slug, name="Test", description="d", what_to_expect="w", coverage="landelijk")
    values.update(extra)
    return Organisation(**values)


def count(session, model):
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_slugs_are_unique(engine):
    with pytest.raises(IntegrityError):
        with session_scope(engine) as session:
            session.add_all([org_row("dubbel"), org_row("dubbel")])


def test_status_must_be_a_known_code(engine):
    with pytest.raises(IntegrityError):
        with session_scope(engine) as session:
            org = org_row()
            org.channels.append(ContactChannel(position=0, kind="phone", value="112", status="X"))
            session.add(org)


def test_opening_ranges_must_make_sense(engine):
    with pytest.raises(IntegrityError):
        with session_scope(engine) as session:
            org = org_row()
            channel = ContactChannel(position=0, kind="phone", value="112", status="V", hours_always_open=False,
                                     hours_status="V")
            channel.ranges.append(OpeningRange(weekday=0, position=0, start_minute=1020, end_minute=540))
            org.channels.append(channel)
            session.add(org)


def test_deleting_an_organisation_deletes_its_rows_in_the_database(engine):
    seed_io.import_records(engine, fixture_organisations()[:4])  # veilig-thuis has weekly hours
    with session_scope(engine) as session:
        assert count(session, OpeningRange) > 0
        assert count(session, ContactChannel) > 0
        # Core delete: the database's ON DELETE CASCADE must do the work, not the ORM.
        session.execute(Organisation.__table__.delete())
    with session_scope(engine) as session:
        assert count(session, OrganisationTerm) == 0
        assert count(session, ContactChannel) == 0
        assert count(session, OpeningRange) == 0


def test_version_counts_updates_and_stops_a_lost_update(engine):
    with session_scope(engine) as session:
        session.add(org_row("versie"))
    with KnowledgeSession(engine) as first, KnowledgeSession(engine) as second:
        mine = first.execute(select(Organisation).where(Organisation.slug == "versie")).scalar_one()
        theirs = second.execute(select(Organisation).where(Organisation.slug == "versie")).scalar_one()
        assert mine.version == 1
        theirs.name = "Door iemand anders"
        second.commit()
        mine.name = "Door mij"
        with pytest.raises(StaleDataError):
            first.commit()
    with session_scope(engine) as session:
        saved = session.execute(select(Organisation).where(Organisation.slug == "versie")).scalar_one()
        assert (saved.name, saved.version) == ("Door iemand anders", 2)


def test_every_change_moves_the_change_counter(engine):
    with engine.connect() as connection:
        before = read_change_counter(connection)
    seed_io.import_records(engine, fixture_organisations()[:1])
    with engine.connect() as connection:
        after_import = read_change_counter(connection)
    with session_scope(engine) as session:
        org = session.execute(select(Organisation)).scalars().first()
        org.deleted_at = datetime.now(timezone.utc)
    with engine.connect() as connection:
        after_delete = read_change_counter(connection)
    with session_scope(engine) as session:
        session.execute(select(Organisation)).scalars().all()  # reading alone changes nothing
    with engine.connect() as connection:
        after_read = read_change_counter(connection)
    assert before < after_import < after_delete == after_read


def test_soft_deleted_organisations_are_not_exported_and_an_import_restores_them(engine):
    records = fixture_organisations()[:2]
    seed_io.import_records(engine, records)
    with session_scope(engine) as session:
        session.execute(update(Organisation).where(Organisation.slug == records[0].slug)
                        .values(deleted_at=datetime.now(timezone.utc)))
    assert [r.slug for r in seed_io.export_records(engine)] == [records[1].slug]
    plan = seed_io.import_records(engine, records)
    assert plan.restored == [records[0].slug]
    assert {r.slug for r in seed_io.export_records(engine)} == {r.slug for r in records}


def test_an_import_that_changes_only_a_channel_is_a_new_version(engine):
    record = fixture_organisations()[0]
    seed_io.import_records(engine, [record])
    seed_io.import_records(engine, [replace(record, channels=record.channels[:1])])
    with session_scope(engine) as session:
        saved = session.execute(select(Organisation).where(Organisation.slug == record.slug)).scalar_one()
        assert (saved.version, len(saved.channels)) == (2, 1)
