"""`import-json` and `export-json` carry the procurement policy; a format-1 file still imports."""

import json
from decimal import Decimal
from pathlib import Path

from nlinkoop.domain.procedures import ContractKind
from nlinkoop.interchange import FORMAT_VERSION
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import run_nlinkoop
from tests.interchange.test_format_versions import FORMAT_1, PREP_ID

POLICY = {
    "single_up_to": "50000.00",
    "multiple_up_to": "215000",
    "works_single_up_to": "150000",
    "works_multiple_up_to": "1500000",
    "name": "Inkoopbeleid 2025",
    "created_at": "2026-01-05T09:00:00.000Z",
    "updated_at": "2026-02-01T10:30:00.500Z",
    "updated_by": "Sanne",
}


def test_import_json_stores_the_policy_and_export_json_writes_it(tmp_path: Path) -> None:
    work = tmp_path / "werkboek.db"
    assert run_nlinkoop("new", work).returncode == 0
    document = json.loads(FORMAT_1)
    document["format_version"] = 2
    document["preparations"][0]["contract_kind"] = "works"
    document["policy"] = POLICY
    source = tmp_path / "met-beleid.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    imported = run_nlinkoop("import-json", work, source)

    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == (
        "imported 1 preparation(s) and 0 profile(s) and the procurement policy\n"
    )
    with Workbook.open(work) as workbook:
        policy = workbook.policy()
        assert (policy.name, policy.single_up_to) == ("Inkoopbeleid 2025", Decimal("50000.00"))
        assert policy.updated_by == "Sanne"  # an import keeps the stamps it carries
        assert workbook.load(PREP_ID).contract_kind is ContractKind.WORKS
    exported = json.loads(run_nlinkoop("export-json", work).stdout)
    assert exported["format_version"] == FORMAT_VERSION
    assert exported["policy"] == POLICY
    one = json.loads(run_nlinkoop("export-json", work, "--id", PREP_ID).stdout)
    assert one["policy"] == POLICY  # workbook-wide: it goes along with a selection


def test_a_format_1_file_imports_without_a_policy(tmp_path: Path) -> None:
    work = tmp_path / "werkboek.db"
    assert run_nlinkoop("new", work).returncode == 0
    source = tmp_path / "oud.json"
    source.write_text(FORMAT_1, encoding="utf-8")

    imported = run_nlinkoop("import-json", work, source)

    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "imported 1 preparation(s) and 0 profile(s)\n"
    with Workbook.open(work) as workbook:
        prep = workbook.load(PREP_ID)
        assert (prep.contract_kind, prep.authority, prep.value_includes_options) == (None,) * 3
        assert workbook.stored_policy() is None
    exported = json.loads(run_nlinkoop("export-json", work).stdout)
    assert exported["format_version"] == FORMAT_VERSION and "policy" not in exported


def test_a_newer_format_is_refused_in_one_line(tmp_path: Path) -> None:
    work = tmp_path / "werkboek.db"
    assert run_nlinkoop("new", work).returncode == 0
    source = tmp_path / "nieuw.json"
    later = FORMAT_VERSION + 1
    source.write_text(f'{{"format": "nlinkoop", "format_version": {later}}}', encoding="utf-8")
    result = run_nlinkoop("import-json", work, source)
    assert result.returncode == 1
    assert result.stderr == (
        f"nlinkoop: invalid JSON: format_version: made with a newer nlinkoop (format {later})\n"
    )
