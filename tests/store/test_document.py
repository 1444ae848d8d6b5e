"""The document model: a private working copy, checked atomic write-back, locks and recovery."""

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store import locks
from nlinkoop.store.document import (
    Document,
    LockedByOther,
    ReadOnly,
    ReadOnlyDocument,
    pending_recoveries,
)
from nlinkoop.store.errors import WorkbookRejected
from nlinkoop.store.locks import LockInfo
from nlinkoop.store.workbook import Workbook, check
from tests.store.conftest import USER, listing, retitle, sha256

pytestmark = pytest.mark.usefixtures("own_data_folder")


def only_prep(path: Path) -> Preparation:
    with Workbook.open(path, user=USER) as workbook:
        return workbook.load_all()[0]


class Interrupted(BaseException):
    """What a signal handler raises mid-command (the CLI's `Stopped` is one)."""


@pytest.mark.parametrize(
    "step",
    ["nlinkoop.store.document.remove_abandoned_temps", "nlinkoop.store.locks.clear_left_behind"],
)
def test_an_interruption_in_opening_after_the_lock_is_taken_releases_it(
    shared: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def interrupted(*_: object) -> None:
        assert locks.read_lock(shared) is not None  # taken by now
        raise Interrupted

    monkeypatch.setattr(step, interrupted)
    with pytest.raises(Interrupted):
        Document.open(shared, user="anne")
    assert locks.read_lock(shared) is None
    assert listing(shared.parent) == ["deal.db"]


def test_edits_reach_the_file_only_by_write_back(shared: Path) -> None:
    before = sha256(shared)
    with Document.open(shared, user="anne") as document:
        retitle(document, "Jaargesprek 2027")
        assert sha256(shared) == before and document.dirty
        assert document.write_back().written
        assert not document.dirty
        assert not document.write_back().written  # nothing new
    assert only_prep(shared).title == "Jaargesprek 2027"
    assert listing(shared.parent) == ["deal.db"]  # no journal, temp file or lock left
    check(shared)


def test_the_written_file_keeps_no_trace_of_replaced_text(shared: Path) -> None:
    with Document.open(shared, user="anne") as document:
        retitle(document, "GEHEIM-bod-4711")
        document.write_back()
        retitle(document, "Jaargesprek")
        document.write_back()
        assert b"GEHEIM" not in shared.read_bytes()
        assert only_prep(document.backup).title == "Jaargesprek"  # as it was before the session
    assert not document.backup.is_relative_to(shared.parent)


def test_a_lock_names_who_has_the_file_and_goes_on_close(shared: Path) -> None:
    with Document.open(shared, user="anne"):
        lock = locks.read_lock(shared)
        assert lock is not None
        assert (lock.user, lock.host, lock.pid) == ("anne", socket.gethostname(), os.getpid())
        assert locks.lock_path(shared).name == ".~lock.deal.db#"
    assert locks.read_lock(shared) is None


def someone_elses_lock(path: Path, *, since: datetime | None = None, pid: int = 1) -> None:
    since = since or datetime.now(UTC)
    locks.take(path, LockInfo("bert", "laptop-bert", pid, "0.1.0", since), replace=True)


def test_a_live_lock_of_someone_else_asks_first(shared: Path) -> None:
    someone_elses_lock(shared)
    with pytest.raises(LockedByOther, match="open in nlinkoop by bert on laptop-bert") as caught:
        Document.open(shared, user="anne")
    assert caught.value.lock.user == "bert"
    with Document.open(shared, user="anne", lock="read_only") as document:
        assert document.read_only is ReadOnly.CHOSEN
        retitle(document, "Toch")
        with pytest.raises(ReadOnlyDocument):
            document.write_back()
    assert locks.read_lock(shared).user == "bert"  # type: ignore[union-attr]
    with Document.open(shared, user="anne", lock="take_over") as document:
        assert locks.read_lock(shared).user == "anne"  # type: ignore[union-attr]


def test_renaming_the_user_renames_our_lock_but_never_someone_elses(shared: Path) -> None:
    with Document.open(shared, user="anne") as document:
        before = locks.read_lock(shared)
        document.rename_user("Anne de Wit")
        after = locks.read_lock(shared)
        assert after is not None and before is not None
        assert (after.user, after.since, after.pid) == ("Anne de Wit", before.since, before.pid)
        prep = document.workbook.load_all()[0]
        prep.title = "Jaargesprek 2026"
        document.workbook.save(prep)
        assert prep.updated_by == "Anne de Wit"
        someone_elses_lock(shared)  # bert took over meanwhile
        document.rename_user("Anne")
        assert locks.read_lock(shared).user == "bert"  # type: ignore[union-attr]
        assert document.workbook.user == "Anne"
    assert locks.read_lock(shared).user == "bert"  # type: ignore[union-attr]


def test_a_stale_lock_is_taken_over_without_asking(shared: Path) -> None:
    someone_elses_lock(shared, since=datetime.now(UTC) - timedelta(days=2))
    with Document.open(shared, user="anne"):
        assert locks.read_lock(shared).user == "anne"  # type: ignore[union-attr]
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    locks.take(
        shared,
        LockInfo("anne", socket.gethostname(), int(gone.stdout), "0.1.0", datetime.now(UTC)),
        replace=True,
    )
    with Document.open(shared, user="anne"):
        assert locks.read_lock(shared).pid == os.getpid()  # type: ignore[union-attr]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs POSIX users")
def test_a_file_that_cannot_be_written_opens_read_only(shared: Path) -> None:
    """Run as a user without write access (root can write anything)."""
    shared.chmod(0o444)
    shared.parent.chmod(0o555)
    script = (
        "import os, sys\n"
        "if os.geteuid() == 0:\n"
        "    os.setgid(65534); os.setuid(65534)\n"
        "from nlinkoop.store.document import Document\n"
        "with Document.open(sys.argv[1], user='anne') as d: print(d.read_only)\n"
    )
    data = shared.parent.parent / "nobody"
    data.mkdir(mode=0o777)
    env = os.environ | {"NLINKOOP_DATA_DIR": str(data), "NLINKOOP_CACHE_DIR": str(data)}
    for folder in (shared.parent.parent, shared.parent.parent.parent):
        folder.chmod(folder.stat().st_mode | 0o011)  # let the other user reach the file
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(shared)], env=env, capture_output=True, text=True
        )
    finally:
        shared.parent.chmod(0o755)
    if "ModuleNotFoundError" in done.stderr or "PermissionError" in done.stderr:
        pytest.skip("the unprivileged user cannot run this Python installation")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "file"


def test_an_outside_change_is_merged_before_writing_back(shared: Path) -> None:
    with Document.open(shared, user="anne") as mine:
        with Document.open(shared, user="bert", lock="ignore") as theirs:
            prep = theirs.workbook.load_all()[0]
            prep.counterparty = "CleanCo BV"
            theirs.workbook.save(prep)
            theirs.write_back()
        assert mine.outside_changed()
        retitle(mine, "Jaargesprek 2027")
        result = mine.write_back()
        assert result.written and result.report is not None and result.conflict_copy is None
    merged = only_prep(shared)
    assert (merged.title, merged.counterparty) == ("Jaargesprek 2027", "CleanCo BV")


def test_a_touch_without_change_is_not_an_outside_change(shared: Path) -> None:
    with Document.open(shared, user="anne") as document:
        os.utime(shared, (0, 0))
        assert not document.outside_changed()


def test_a_conflict_without_a_decision_leaves_my_version_as_a_copy(shared: Path) -> None:
    with Document.open(shared, user="anne") as mine:
        with Document.open(shared, user="bert", lock="ignore") as theirs:
            retitle(theirs, "Van Bert")
            theirs.write_back()
        retitle(mine, "Van Anne")
        result = mine.write_back()
    assert result.conflict_copy is not None
    assert result.conflict_copy.parent == shared.parent
    assert result.conflict_copy.name.startswith("deal (conflict anne ")
    assert only_prep(shared).title == "Van Bert"  # theirs is never overwritten blindly
    assert only_prep(result.conflict_copy).title == "Van Anne"  # and mine is not lost


def test_the_resolver_decides_a_conflict(shared: Path) -> None:
    with Document.open(shared, user="anne") as mine:
        with Document.open(shared, user="bert", lock="ignore") as theirs:
            retitle(theirs, "Van Bert")
            theirs.write_back()
        retitle(mine, "Van Anne")
        result = mine.write_back(resolve=lambda conflicts: ["mine"] * len(conflicts))
    assert result.conflict_copy is None
    assert only_prep(shared).title == "Van Anne"


def test_a_broken_outside_version_is_refused_and_my_edits_stay(shared: Path) -> None:
    with Document.open(shared, user="anne") as document:
        retitle(document, "Mijn werk")
        shared.write_bytes(b"niet meer een werkboek")
        with pytest.raises(WorkbookRejected):
            document.write_back()
        assert shared.read_bytes() == b"niet meer een werkboek"
        assert document.workbook.load_all()[0].title == "Mijn werk"
        document.save_as(shared.with_name("gered.db"))
        assert document.path.name == "gered.db" and not document.dirty
    assert only_prep(shared.with_name("gered.db")).title == "Mijn werk"


def test_a_hostile_file_is_refused_and_left_alone(tmp_path: Path, own_data_folder: Path) -> None:
    hostile = tmp_path / "leeg.db"
    hostile.write_bytes(b"")
    with pytest.raises(WorkbookRejected, match="empty"):
        Document.open(hostile, user="anne")
    assert hostile.read_bytes() == b""
    assert list((own_data_folder / "working").iterdir()) == []  # no working copy left


def test_a_copy_opens_beside_the_original(shared: Path) -> None:
    someone_elses_lock(shared)
    with Document.open_copy(shared, user="anne") as copy:
        assert copy.path.parent == shared.parent
        assert copy.path.name.startswith("deal (kopie anne ")
        assert copy.workbook.load_all()[0].title == "Jaargesprek"


def test_unwritten_edits_of_a_crashed_session_are_offered_back(shared: Path) -> None:
    script = (
        "import os, sys\n"
        "from nlinkoop.store.document import Document\n"
        "d = Document.open(sys.argv[1], user='anne')\n"
        "p = d.workbook.load_all()[0]; p.title = 'Na de crash'; d.workbook.save(p)\n"
        "os._exit(0)  # no write-back, no close: as if the power went\n"
    )
    subprocess.run([sys.executable, "-c", script, str(shared)], check=True)
    assert only_prep(shared).title == "Jaargesprek"

    [pending] = pending_recoveries()
    assert pending.path == shared.absolute()
    with pending.restore(user="anne", lock="take_over"):
        pass
    assert only_prep(shared).title == "Na de crash"
    assert pending_recoveries() == []


def test_another_computers_temp_files_go_after_an_hour(shared: Path) -> None:
    from nlinkoop.fileio import host_tag  # here: the other tests also run on older code

    elsewhere = f".nlinkoop-{host_tag('elders.example')}-{os.getpid()}"
    old = [f"{elsewhere}-0000aaaa.tmp", f"{elsewhere}-0000aaaa.tmp-journal"]
    recent = f"{elsewhere}-0000bbbb.tmp"
    not_ours = [".nlinkoop-new.tmp", "notities.txt", ".deal.db.x1.tmp"]
    for name in [*old, recent, *not_ours]:
        (shared.parent / name).write_bytes(b"x")
    for name in [*old, *not_ours]:
        os.utime(shared.parent / name, (0, 0))
    with Document.open(shared, user="anne", lock="ignore"):
        pass
    assert listing(shared.parent) == sorted([recent, *not_ours, "deal.db"])


def test_a_read_only_document_keeps_its_edits_when_the_file_changes(shared: Path) -> None:
    with Document.open(shared, user="anne", lock="read_only") as mine:
        retitle(mine, "Van Anne")
        prep = mine.workbook.load_all()[0]
        prep.counterparty = "Alleen bij Anne"
        mine.workbook.save(prep)
        with Document.open(shared, user="bert") as theirs:
            retitle(theirs, "Van Bert")
            theirs.write_back()
        mine.reload()
        kept = mine.workbook.load_all()[0]
        assert (kept.title, kept.counterparty) == ("Van Anne", "Alleen bij Anne")
        assert mine.dirty  # still to be saved with Opslaan als
    assert only_prep(shared).title == "Van Bert"


def test_a_workbook_opened_through_a_link_stays_a_link(shared: Path, tmp_path: Path) -> None:
    link = tmp_path / "snelkoppeling.db"
    link.symlink_to(shared)
    with Document.open(link, user="anne") as document:
        assert locks.read_lock(shared) is not None  # beside the file itself
        retitle(document, "Via de link")
        assert document.write_back().written
    assert link.is_symlink() and link.resolve() == shared.resolve()
    assert only_prep(shared).title == "Via de link"
