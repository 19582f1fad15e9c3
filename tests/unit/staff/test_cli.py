"""`python -m staff`: every command on the knowledge base, its exit code and what it prints."""
import subprocess
import sys

import pytest
import yaml

from bot.paths import PROJECT_ROOT
from knowledge import paths, seed_io
from knowledge.records import record_to_mapping
from staff.cli import main
from tests.helpers.kb_fixtures import org, phone


@pytest.fixture
def db_url(empty_db):
    return empty_db.url


def run(capsys, url, *args):
    code = main(["--database-url", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_seed_and_seed_if_empty(capsys, db_url, empty_db):
    assert run(capsys, db_url, "init")[0] == 0
    code, out, _ = run(capsys, db_url, "seed")
    assert code == 0 and f"{len(list(paths.SEED_DIR.glob('*.yaml')))} nieuw" in out
    code, out, _ = run(capsys, db_url, "seed", "--if-empty")
    assert code == 0 and "overgeslagen" in out
    assert len(seed_io.export_records(empty_db.engine)) == len(list(paths.SEED_DIR.glob("*.yaml")))


def test_commands_on_a_database_without_tables_fail_cleanly(capsys, db_url):
    code, _, err = run(capsys, db_url, "list")
    assert code == 1 and "init" in err


def test_validate_the_seed(capsys):
    code, out, _ = run(capsys, "sqlite://", "validate")
    assert code == 0 and "Geen problemen" in out


def test_validate_names_each_bad_record_and_field(capsys, tmp_path):
    bad = record_to_mapping(org("kapot", channels=[phone("0800-0188")]))
    bad["channels"][0]["value"] = "0800"
    (tmp_path / "kapot.yaml").write_text(yaml.safe_dump(bad), encoding="utf-8")
    code, _, err = run(capsys, "sqlite://", "validate", "--seed-dir", str(tmp_path))
    assert code == 1
    assert "kapot: channels[0].value:" in err


def test_export_and_import_with_dry_run(capsys, db_url, empty_db, tmp_path):
    run(capsys, db_url, "init")
    run(capsys, db_url, "seed")
    path = tmp_path / "export.yaml"
    code, out, _ = run(capsys, db_url, "export", str(path))
    assert code == 0 and path.exists()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["organisations"][0]["name"] = "Andere naam"
    data["organisations"].append(record_to_mapping(org("erbij")))
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    before = seed_io.export_records(empty_db.engine)

    code, out, _ = run(capsys, db_url, "import", str(path), "--dry-run")
    assert code == 0
    assert ("niets veranderd" in out and "nieuw: erbij" in out
            and f"gewijzigd: {data['organisations'][0]['slug']} (name)" in out)
    assert seed_io.export_records(empty_db.engine) == before

    code, out, _ = run(capsys, db_url, "import", str(path))
    assert code == 0 and "1 nieuw" in out
    assert len(seed_io.export_records(empty_db.engine)) == len(before) + 1


def test_a_bad_import_exits_non_zero_and_changes_nothing(capsys, db_url, empty_db, tmp_path):
    run(capsys, db_url, "init")
    run(capsys, db_url, "seed")
    before = seed_io.export_records(empty_db.engine)
    good, bad = record_to_mapping(org("goed")), record_to_mapping(org("fout"))
    bad["audiences"] = ["slachtoffer", "buurman"]
    path = tmp_path / "import.yaml"
    path.write_text(yaml.safe_dump({"organisations": [good, bad]}), encoding="utf-8")
    code, _, err = run(capsys, db_url, "import", str(path))
    assert code == 1
    assert "fout: audiences[1]:" in err and "Niets veranderd" in err
    assert seed_io.export_records(empty_db.engine) == before


def test_list_and_list_unverified(capsys, db_url):
    run(capsys, db_url, "init")
    run(capsys, db_url, "seed")
    code, out, _ = run(capsys, db_url, "list")
    assert code == 0 and "csg\tCentrum Seksueel Geweld" in out
    code, out, _ = run(capsys, db_url, "list", "--unverified")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()[1:-1]]
    assert rows and all(row[2] == "U" for row in rows)
    assert ["csg", "channels[1].hours"] in [row[:2] for row in rows]  # CSG chat hours are U in the seed


def test_stale(capsys, db_url):
    run(capsys, db_url, "init")
    run(capsys, db_url, "seed")
    code, out, _ = run(capsys, db_url, "stale", "--older-than", "180d", "--as-of", "2026-12-01")
    assert code == 0 and out.strip().endswith("(peildatum 2026-12-01).") and "\n0 feiten" in out
    code, out, _ = run(capsys, db_url, "stale", "--older-than", "180d", "--as-of", "2027-06-01")
    rows = [line.split("\t") for line in out.splitlines()[1:-1]]
    assert code == 0 and rows and all(row[2] in ("V", "V3", "VD") for row in rows)
    assert run(capsys, db_url, "stale", "--older-than", "een tijdje")[0] == 2


def test_python_dash_m_staff(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = subprocess.run([sys.executable, "-m", "staff", "--database-url", url, "init"],
                            capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "staff", "nonsense"],
                            capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 2
