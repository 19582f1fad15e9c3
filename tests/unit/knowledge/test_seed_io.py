"""Seed loading, export, import: exact round trips, all-or-nothing imports that name the
bad record and field, dry-run previews."""
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from knowledge import paths, seed_io
from knowledge.db import read_change_counter
from knowledge.records import record_from_mapping, record_to_mapping
from knowledge.validation import ValidationFailed, check_organisation
from tests.helpers.kb_fixtures import fixture_organisations, org, phone, seed_files

SEED_FILES = seed_files()


def test_there_are_seed_files():
    assert SEED_FILES, "knowledge/seed/*.yaml is empty"


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_each_seed_file_is_valid(path):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [str(p) for p in check_organisation(raw, path.name)] == []
    assert raw["slug"] == path.stem


def test_the_whole_seed_directory_validates():
    assert [str(p) for p in seed_io.validate_path(paths.SEED_DIR)] == []


def test_seed_loads_every_file_and_round_trips_exactly(engine):
    from_files = seed_io.read_records(paths.SEED_DIR)
    plan = seed_io.load_seed(engine)
    assert sorted(plan.created) == sorted(p.stem for p in SEED_FILES)
    exported = {r.slug: r for r in seed_io.export_records(engine)}
    assert len(exported) == len(SEED_FILES)
    for record in from_files:
        assert exported[record.slug] == record, record.slug


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_file_equals_its_canonical_form(path):
    """Apart from the documented normalisations, the mapping we write is the file's mapping."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    canonical = record_to_mapping(record_from_mapping(raw))
    for key, value in raw.items():
        if key == "channels":
            for original, written in zip(value, canonical["channels"]):
                for channel_key, channel_value in original.items():
                    expected = str(channel_value) if channel_key == "value" else channel_value
                    if isinstance(expected, str):
                        expected = expected.strip()
                    assert written[channel_key] == expected, (path.name, channel_key)
        elif isinstance(value, str):
            assert canonical[key] == value.strip(), (path.name, key)
        else:
            assert canonical[key] == value, (path.name, key)


def test_seed_if_empty_does_nothing_the_second_time(engine):
    assert seed_io.load_seed(engine, if_empty=True) is not None
    assert seed_io.load_seed(engine, if_empty=True) is None


def test_export_import_export_is_identical(engine, tmp_path, empty_db_factory):
    seed_io.load_seed(engine)
    seed_io.import_records(engine, fixture_organisations())
    first = tmp_path / "first.yaml"
    seed_io.export_to_file(engine, first)

    other = empty_db_factory()
    plan = seed_io.import_path(other, first)
    assert len(plan.created) == len(seed_io.export_records(engine))
    second = tmp_path / "second.yaml"
    seed_io.export_to_file(other, second)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert seed_io.export_records(other) == seed_io.export_records(engine)


def test_importing_an_export_into_the_same_database_changes_nothing(engine, tmp_path):
    seed_io.import_records(engine, fixture_organisations())
    path = tmp_path / "export.yaml"
    seed_io.export_to_file(engine, path)
    with engine.connect() as connection:
        before = read_change_counter(connection)
    plan = seed_io.import_path(engine, path)
    assert not plan.has_changes and len(plan.unchanged) == len(fixture_organisations())
    with engine.connect() as connection:
        assert read_change_counter(connection) == before


def write_export(path: Path, records_or_mappings) -> Path:
    mappings = [r if isinstance(r, dict) else record_to_mapping(r) for r in records_or_mappings]
    path.write_text(yaml.safe_dump({"format": seed_io.EXPORT_FORMAT, "organisations": mappings},
                                   sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def test_a_partly_invalid_import_changes_nothing_and_names_each_bad_record_and_field(engine, tmp_path):
    existing = fixture_organisations()[:3]
    seed_io.import_records(engine, existing)
    before = seed_io.export_records(engine)
    with engine.connect() as connection:
        counter_before = read_change_counter(connection)

    changed = record_to_mapping(replace(existing[0], name="Nieuwe naam"))  # valid change
    new = record_to_mapping(org("nieuw", channels=[phone("0800-1234")]))  # valid new one
    bad_phone = record_to_mapping(org("slecht-nummer", channels=[phone("0800-1234")]))
    bad_phone["channels"][0]["value"] = "bel ons"
    bad_vocab = record_to_mapping(org("slechte-woorden"))
    bad_vocab["situations"] = ["algemeen", "maan"]
    path = write_export(tmp_path / "import.yaml", [changed, new, bad_phone, bad_vocab])

    with pytest.raises(ValidationFailed) as failure:
        seed_io.import_path(engine, path)
    named = {(p.record, p.field) for p in failure.value.problems}
    assert named == {("slecht-nummer", "channels[0].value"), ("slechte-woorden", "situations[1]")}
    assert seed_io.export_records(engine) == before
    with engine.connect() as connection:
        assert read_change_counter(connection) == counter_before


def test_malformed_yaml_changes_nothing_and_says_where(engine, tmp_path):
    seed_io.import_records(engine, fixture_organisations()[:2])
    before = seed_io.export_records(engine)
    path = tmp_path / "kapot.yaml"
    path.write_text("organisations:\n  - slug: x\n    name: [niet gesloten\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failure:
        seed_io.import_path(engine, path)
    (problem,) = failure.value.problems
    assert (problem.record, problem.field) == ("kapot.yaml", "(yaml)")
    assert "regel" in problem.message
    assert seed_io.export_records(engine) == before


def test_a_record_without_a_slug_is_named_by_file_and_position(tmp_path):
    mapping = record_to_mapping(org("zonder-slug"))
    del mapping["slug"]
    path = write_export(tmp_path / "export.yaml", [record_to_mapping(org("goed")), mapping])
    problems = seed_io.validate_path(path)
    assert [(p.record, p.field) for p in problems] == [("export.yaml#2", "slug")]


def test_the_same_slug_twice_is_refused(tmp_path):
    path = write_export(tmp_path / "dubbel.yaml", [org("twee"), org("twee")])
    problems = seed_io.validate_path(path)
    assert [(p.field, "komt al voor" in p.message) for p in problems] == [("slug", True)]


def test_a_seed_file_must_be_named_after_its_slug(tmp_path):
    directory = tmp_path / "seed"
    directory.mkdir()
    (directory / "anders.yaml").write_text(yaml.safe_dump(record_to_mapping(org("echt"))), encoding="utf-8")
    problems = seed_io.validate_path(directory)
    assert [(p.record, p.field) for p in problems] == [("echt", "slug")]


def test_dry_run_previews_the_changes_and_writes_nothing(engine, tmp_path):
    existing = fixture_organisations()[:2]
    seed_io.import_records(engine, existing)
    before = seed_io.export_records(engine)
    changed = replace(existing[0], description="Nieuwe tekst.", channels=existing[0].channels[:1])
    path = write_export(tmp_path / "import.yaml", [changed, existing[1], org("erbij")])
    plan = seed_io.import_path(engine, path, dry_run=True)
    assert plan.created == ["erbij"]
    assert plan.changed == {existing[0].slug: ["description", "channels"]}
    assert plan.unchanged == [existing[1].slug]
    assert seed_io.export_records(engine) == before
    applied = seed_io.import_path(engine, path)
    assert applied.created == plan.created and applied.changed == plan.changed
    assert {r.slug: r for r in seed_io.export_records(engine)}[existing[0].slug] == changed


def test_an_unquoted_emergency_number_is_read_as_text(tmp_path):
    mapping = record_to_mapping(org("nood", channels=[phone("112")]))
    text = yaml.safe_dump(mapping, sort_keys=False).replace("value: '112'", "value: 112")
    assert "value: 112\n" in text
    path = tmp_path / "nood.yaml"
    path.write_text(text, encoding="utf-8")
    (record,) = seed_io.read_records(path)
    assert record.channels[0].value == "112"
