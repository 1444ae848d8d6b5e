"""The Dutch translation is complete, keeps every placeholder, and loads in Qt."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from nlinkoop.resources import resource_path

TS = resource_path("i18n/nlinkoop_nl.ts")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages() -> list[ET.Element]:
    return list(ET.parse(TS).iter("message"))


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def test_nothing_is_left_unfinished() -> None:
    assert messages()
    for message in messages():
        source = message.findtext("source")
        node = message.find("translation")
        assert node is not None and node.get("type") is None, source
        assert all(text.strip() for text in translations(message)), source


@pytest.mark.parametrize("message", messages(), ids=lambda m: m.findtext("source")[:40])
def test_placeholders_match_the_source(message: ET.Element) -> None:
    expected = sorted(PLACEHOLDER.findall(message.findtext("source") or ""))
    for text in translations(message):
        assert sorted(PLACEHOLDER.findall(text)) == expected


def test_the_compiled_translation_loads(qapp: QCoreApplication, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "nlinkoop_nl.qm"
    subprocess.run([lrelease, "-silent", TS, "-qm", qm], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("WindowMenus", "&File") == "&Bestand"
    assert translator.translate("WorkbookError", "the disk is full") == "de schijf is vol"


def test_every_text_in_the_code_is_in_the_ts_with_its_dutch(tmp_path: Path) -> None:
    """A new or changed text in the code without its Dutch shows English in the Dutch window."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    package = Path(__file__).resolve().parents[2] / "nlinkoop"
    sources = sorted(str(path) for path in package.rglob("*.py"))
    copy = tmp_path / "nlinkoop_nl.ts"
    copy.write_bytes(Path(TS).read_bytes())
    subprocess.run([lupdate, "-silent", "-no-obsolete", *sources, "-ts", copy], check=True)
    missing = [
        m.findtext("source")
        for m in ET.parse(copy).iter("message")
        if (node := m.find("translation")) is not None and node.get("type") == "unfinished"
    ]
    assert not missing, f"run `make translations` and translate: {missing}"
