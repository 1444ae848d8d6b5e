"""The procurement policy in the window: saved and written back as any edit, named in a merge."""

import os
import shutil
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from nlinkoop.domain.policy import POLICY_ID, ProcurementPolicy
from nlinkoop.examples import EXAMPLE_JSON
from nlinkoop.interchange import loads
from nlinkoop.resources import resource_path
from nlinkoop.store.errors import Reason, WorkbookUnavailable
from nlinkoop.store.merge import Conflict, Side
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog, plain_label
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.policy import PolicyStore
from tests.ui.window_helpers import open_window, write_backs_fail

WAIT_MS = 8000
AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.usefixtures("own_data_folder")


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The example workbook without its procurement policy: these tests set one themselves."""
    contents = loads(resource_path(EXAMPLE_JSON).read_text(encoding="utf-8"))
    path = tmp_path / "voorbeeld.db"
    with Workbook.create(path) as workbook:
        workbook.save_all(contents.preparations, contents.profiles, touch=False)
    return path


def stored_policy(path: Path) -> ProcurementPolicy | None:
    with Workbook.open(path) as workbook:
        return workbook.stored_policy()


def policy_outside(path: Path, work: Path, **limits: Decimal) -> None:
    """A colleague sets limits in a copy of the file, which then replaces it (as a sync)."""
    shutil.copyfile(path, work)
    with Workbook.open(work, user="collega") as other:
        policy = other.policy()
        for name, value in limits.items():
            setattr(policy, name, value)
        other.save_policy(policy)
    os.replace(work, path)


def test_a_saved_policy_reaches_the_file_after_a_pause_like_typing(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    store = window.policy
    assert not store.policy().is_set()

    with (
        qtbot.waitSignal(store.changed),
        qtbot.waitSignal(window.sharing.written_back, timeout=WAIT_MS),
    ):
        assert store.save(ProcurementPolicy(single_up_to=Decimal("50000"), name="Beleid"))

    stored = stored_policy(example)
    assert stored is not None and stored.single_up_to == Decimal("50000")
    assert stored.updated_by == "tester"
    assert not window.document.dirty
    window.close()


def test_a_policy_that_cannot_be_saved_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: shown.append((title, text)))
    written: list[bool] = []

    def disk_full(_policy: ProcurementPolicy) -> None:
        raise WorkbookUnavailable(Reason.DISK_FULL)

    store = PolicyStore(ProcurementPolicy, disk_full, lambda: written.append(True))
    with qtbot.assertNotEmitted(store.changed):
        assert not store.save(ProcurementPolicy(single_up_to=Decimal("1")))
    assert shown == [("Procurement policy not saved", "the disk is full")]
    assert written == []  # nothing to write back


def test_a_policy_edit_of_a_colleague_is_a_named_conflict_in_the_merge_dialog(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[Sequence[Conflict], list[str]]] = []

    def answer(_parent: object, conflicts: Sequence[Conflict], label) -> list[Side]:  # noqa: ANN001
        asked.append((conflicts, [label(c) for c in conflicts]))
        return ["mine"] * len(conflicts)

    monkeypatch.setattr(MergeDialog, "ask", answer)
    window = open_window(qtbot, example, preferences)
    store = window.policy
    window.sharing.timer.stop()
    assert store.save(ProcurementPolicy(single_up_to=Decimal("50000"), name="Beleid 2026"))
    window.sharing.timer.stop()  # written back below, where the test can answer the dialog
    policy_outside(example, tmp_path / "collega.db", single_up_to=Decimal("40000"))

    assert window.sharing.write_back()

    [(conflicts, labels)] = asked
    [conflict] = conflicts
    assert (conflict.table, conflict.record_id, conflict.title) == (
        "policy",
        POLICY_ID,
        "Beleid 2026",
    )
    assert (conflict.mine, conflict.theirs) == (Decimal("50000"), Decimal("40000"))
    assert labels == ["Procurement policy: single private up to (supplies and services)"]
    stored = stored_policy(example)
    assert stored is not None and stored.single_up_to == Decimal("50000")
    window.close()


def test_merging_a_file_with_another_limit_says_the_policy_was_updated(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theirs = tmp_path / "van collega.db"
    shutil.copyfile(example, theirs)
    with Workbook.open(theirs, user="collega") as other:
        other.save_policy(ProcurementPolicy(works_single_up_to=Decimal("150000")))
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getOpenFileName", lambda *_a: (str(theirs), "")
    )
    window = open_window(qtbot, example, preferences)
    window.findChild(type(window.menus.briefing_action), "merge_with").trigger()
    assert window.statusBar().currentMessage() == (
        "0 preparation(s) updated, procurement policy updated, 0 conflict(s)"
    )
    stored = stored_policy(example)
    assert stored is not None and stored.works_single_up_to == Decimal("150000")
    window.close()


def test_the_policy_and_the_gate_fields_have_readable_names() -> None:
    def conflict(table: str, field: str, title: str = "Jaargesprek") -> Conflict:
        return Conflict(table, "x", field, None, title, "A", "B", "ik", AT, "jij", AT)

    assert [
        plain_label(conflict("policy", f)) for f in ("multiple_up_to", "works_single_up_to")
    ] == [
        "Procurement policy: multiple private up to (supplies and services)",
        "Procurement policy: single private up to (works)",
    ]
    assert plain_label(conflict("policy", "works_multiple_up_to")).endswith("up to (works)")
    assert plain_label(conflict("policy", "name")) == "Procurement policy: name"
    assert [
        plain_label(conflict("preparations", f))
        for f in ("contract_kind", "authority", "value_includes_options")
    ] == ["Kind of contract", "Contracting authority", "Value includes options"]


def test_a_policy_without_a_name_shows_only_the_field(qtbot: QtBot) -> None:
    unnamed = Conflict("policy", POLICY_ID, "single_up_to", None, "", Decimal("1"), Decimal("2"),
                       "ik", AT, "jij", AT)  # fmt: skip
    dialog = MergeDialog([unnamed])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Procurement policy: single private up to (supplies and services)" in texts
    assert not any(text.startswith("<b></b>") for text in texts)


def test_a_failed_write_back_of_the_policy_is_tried_again(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "error", lambda *_a: None)
    window = open_window(qtbot, example, preferences)
    store = window.policy
    with write_backs_fail(Reason.DISK_FULL):
        assert store.save(ProcurementPolicy(multiple_up_to=Decimal("215000")))
        assert not window.sharing.write_back()
        assert stored_policy(example) is None
        assert window.document.dirty
    window.close()  # closing writes it back
    stored = stored_policy(example)
    assert stored is not None and stored.multiple_up_to == Decimal("215000")
