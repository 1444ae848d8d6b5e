"""The issue's round trip: export -> import into an empty workbook -> export is identical."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from nlinkoop.examples import create_example
from nlinkoop.interchange import dumps, loads
from nlinkoop.store.workbook import Workbook
from tests.strategies import Workbook as Drawn
from tests.strategies import workbooks


def export(path: Path) -> str:
    with Workbook.open(path, user="tester") as workbook:
        return dumps(workbook.load_all(), workbook.profiles(), workbook.stored_policy())


def import_into_new(path: Path, text: str) -> None:
    with Workbook.create(path, user="tester") as workbook:
        workbook.save_all(*loads(text), touch=False)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_export_import_export_is_identical(
    tmp_path_factory: pytest.TempPathFactory,
    drawn: Drawn,
) -> None:
    folder = tmp_path_factory.mktemp("round")
    source, copy = folder / "bron.db", folder / "kopie.db"
    with Workbook.create(source, user="tester") as workbook:
        workbook.save_all(*drawn, touch=False)
    first = export(source)
    import_into_new(copy, first)
    assert export(copy) == first
    assert len(json.loads(first)["preparations"]) == len(drawn[0])
    assert ("policy" in json.loads(first)) is (drawn[2] is not None)


def test_the_example_round_trips(tmp_path: Path) -> None:
    create_example(tmp_path / "voorbeeld.db")
    first = export(tmp_path / "voorbeeld.db")
    import_into_new(tmp_path / "kopie.db", first)
    assert export(tmp_path / "kopie.db") == first
