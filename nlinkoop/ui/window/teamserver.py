"""The window's side of the teamserver: connecting, syncing in the background, the status.

A workbook connected to a teamserver (*Bestand → Verbinden met teamserver…*) syncs when it is
opened, shortly after each write-back, every few minutes, and on demand (*Nu synchroniseren*,
or a click on the status). The server's part of a sync (`teamserver.sync.Server`) runs on a
worker thread; the workbook's part (merging what came in, choosing what to send) runs on the
window's thread between them, after what was typed is saved, so an open editor keeps its text
and nothing waits on the network. The steps are one generator (`_steps`): it yields the
network calls, and `_Network` sends back their results on the window's thread.

When a pull meets a conflict in the background, nothing is merged and the status says so; a
click syncs again with the merge dialog. Offline, the status says how many changes wait.
"""

import threading
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QToolButton

from nlinkoop.paths import data_dir
from nlinkoop.store.errors import WorkbookError
from nlinkoop.store.merge import Conflict, MergeCancelled, Side
from nlinkoop.store.replica import PREPARATIONS
from nlinkoop.teamserver.address import (
    AddressError,
    ServerAddress,
    forget_password,
    keyring_usable,
    parse,
    store_password,
    stored_password,
    system_cas,
)
from nlinkoop.teamserver.state import Known, SyncState
from nlinkoop.teamserver.sync import (
    Blocked,
    Received,
    Sent,
    Server,
    ServerError,
    ServerInfo,
    SyncReport,
    engine_for,
    open_state,
    prepare,
    sent,
    take_in,
)
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.teamserver_dialog import TeamserverDialog
from nlinkoop.ui.window.surface import WindowSurface

SOON_MS = 1500  # after a write-back
EVERY_MS = 3 * 60 * 1000  # to take in colleagues' changes while nobody types
_POLL_MS = 50
_ROUNDS = 4

Call = Callable[[], Any]
Steps = Generator[Call, Any, None]


class _Network(QObject):
    """Runs one call at a time on a worker thread; `done` hands its outcome to the window."""

    done = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._outcome: tuple[bool, Any] = (True, None)
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, call: Call) -> None:
        self._thread = threading.Thread(
            target=self._run, args=(call,), name="nlinkoop-teamserver", daemon=True
        )
        self._thread.start()
        self._poll.start()

    def take(self) -> tuple[bool, Any]:
        """(True, the result) or (False, the exception), once `done` was emitted."""
        self._thread = None
        return self._outcome

    def _run(self, call: Call) -> None:
        try:
            self._outcome = (True, call())
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread
            self._outcome = (False, exc)

    @Slot()
    def _on_poll_timeout(self) -> None:
        if self._thread is not None and not self._thread.is_alive():
            self._poll.stop()
            self.done.emit()


class TeamSync(QObject):
    """Syncs the open workbook with its teamserver, if it has one.

    Args:
        window: the window's surface.
        write_back_soon: writes the working copy back to the user's file shortly (after a
            pull changed it).
        resolve: asks the user to decide conflicts (the merge dialog).

    Signals:
        status_changed: (str) what the status line says now.
    """

    status_changed = Signal(str)

    def __init__(
        self,
        window: WindowSurface,
        write_back_soon: Callable[[], None],
        resolve: Callable[[Sequence[Conflict]], list[Side] | None],
    ) -> None:
        main = window.widget()
        super().__init__(main)
        self._window = window
        self._write_back_soon = write_back_soon
        self._resolve = resolve
        self._address: ServerAddress | None = None
        self._password: str | None = None
        self._info: ServerInfo | None = None
        self._server: Server | None = None
        self._steps: Steps | None = None
        self._again = False  # asked to sync while one ran: once more after it
        self._deciding = False  # the next sync asks the user about conflicts
        self._share: dict[str, bool] = {}  # preparation id -> team, to send
        self._teamed: dict[str, tuple[str, bool]] = {}  # preparation id -> (owner, team)
        self._network = _Network(self)
        self._network.done.connect(self._on_network_done)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.sync_now)
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.sync_now)

        self.connect_action = QAction(self.tr("Connect to teamser&ver..."), main)
        self.connect_action.setObjectName("teamserver_connect")
        self.connect_action.triggered.connect(self.connect_dialog)
        self.sync_action = QAction(self.tr("S&ync now"), main)
        self.sync_action.setObjectName("teamserver_sync")
        self.sync_action.triggered.connect(self._on_sync_action_triggered)
        self.share_action = QAction(self.tr("Share &with the team"), main)
        self.share_action.setObjectName("teamserver_share")
        self.share_action.setCheckable(True)
        self.share_action.toggled.connect(self._on_share_action_toggled)
        self.status = QToolButton(main)
        self.status.setObjectName("teamserver_status")
        self.status.setAutoRaise(True)
        # Out of the Tab chain: Tab from a page's last field goes to the steps, as without a
        # server. The keyboard has the same in the menu (File > Sync now).
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status.clicked.connect(self._on_sync_action_triggered)
        main.statusBar().addPermanentWidget(self.status)
        window.preparation_shown.connect(self._show_share)
        self._show_status("")

    @property
    def actions(self) -> list[QAction]:
        """The File menu's teamserver actions."""
        return [self.connect_action, self.sync_action, self.share_action]

    @property
    def address(self) -> ServerAddress | None:
        return self._address

    # --- the workbook and its server ------------------------------------------------------

    def attach(self) -> None:
        """The window shows another document (or the same under a new name): its server."""
        self._cancel()
        self._teamed.clear()
        self._share.clear()
        path = self._window.document.path
        self._info = _login_seen(self._window.preferences.teamserver_login(path))
        text = self._window.preferences.teamserver(path)
        try:
            address = parse(text) if text else None
        except AddressError:
            address = None
        self._use(address, None)
        if address is not None:
            self.sync_now()

    def _use(self, address: ServerAddress | None, password: str | None) -> None:
        self._address = address
        self._password = password
        self._server = None
        if address is not None:
            known = password or address.password or stored_password(address)
            self._server = Server(engine_for(address, known))
            self._every.start()
        else:
            self._every.stop()
        self.sync_action.setEnabled(address is not None)
        self._show_share()
        self._show_status(self.tr("Not synced yet") if address is not None else "")

    @Slot()
    def connect_dialog(self) -> None:
        """Ask for the server and login; on success remember the address and sync at once."""
        outcome = TeamserverDialog.ask(
            self._window.widget(),
            self._address,
            connected=self._address is not None,
            keyring_usable=keyring_usable(),
            test_connection=_test_connection,
            choose_file=self._choose_certificate,
        )
        if outcome is None:
            return
        path = self._window.document.path
        if outcome.disconnect or outcome.address is None:
            if self._address is not None:
                forget_password(self._address)
            self._window.preferences.set_teamserver(path, "")
            self._cancel()
            self._use(None, None)
            return
        address, password = outcome.address, outcome.password
        if outcome.remember and password and not store_password(address, password):
            prompts.error(
                self._window.widget(),
                self.tr("Password not saved"),
                self.tr("This computer has no keyring: the password is kept until you close."),
            )
        self._window.preferences.set_teamserver(path, _without_password(address))
        self._cancel()
        self._use(address, password or None)
        self.sync_now()

    def _choose_certificate(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window.widget(),
            self.tr("The organisation's CA certificate"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    # --- syncing -------------------------------------------------------------------------

    def sync_soon(self) -> None:
        """Sync shortly (after a write-back)."""
        if self._server is not None:
            self._soon.start(SOON_MS)

    @Slot()
    def sync_now(self) -> None:
        """Start a sync now, or once more after the one that runs."""
        if self._server is None:
            return
        if self._steps is not None:
            self._again = True
            return
        self._show_status(self.tr("Syncing..."))
        self._steps = self._sync(self._server, SyncReport())
        self._advance(True, None)

    @Slot()
    def _on_sync_action_triggered(self) -> None:
        if self._address is None:
            self.connect_dialog()
            return
        self._deciding = True  # a conflict waiting is decided now, in the dialog
        self.sync_now()

    def _sync(self, server: Server, report: SyncReport) -> Steps:
        """One sync, as `teamserver.sync.synchronise` does it, with the network on a thread."""
        window = self._window
        info: ServerInfo = yield server.introduce
        self._info = info
        self._window.preferences.set_teamserver_login(
            self._window.document.path, f"{info.server_id}\t{info.user}\t{int(info.lead)}"
        )
        folder = data_dir() / "teamserver"
        blocked = Blocked()
        for _ in range(_ROUNDS):
            with open_state(folder, window.workbook, info) as state:
                cursor = state.cursor
            received = yield partial(server.fetch, cursor)
            window.save_now()  # what is typed goes in first: the merge sees it
            with open_state(folder, window.workbook, info) as state:
                self._take_in(state, received, report)
                if report.preparations:
                    window.reload(report.preparations)
                    self._write_back_soon()
                    report.preparations = set()
                self._remember(state.of_kind(PREPARATIONS))
                outgoing = prepare(window.workbook, state, info, blocked.keys)
                if outgoing is None:
                    state.reset(info.server_id)
                    continue
            report.not_sent = outgoing.refused
            waiting = False
            if outgoing.items:
                done: Sent = yield partial(server.send, outgoing)
                with open_state(folder, window.workbook, info) as state:
                    sent(state, done, report, blocked)
                waiting = bool(done.stale)
            if self._share:
                share, self._share = self._share, {}
                team = {prep for prep, flag in share.items() if flag}
                changed = yield partial(server.share, team, set(share) - team)
                with open_state(folder, window.workbook, info) as state:
                    state.record(changed)
                    self._remember(state.of_kind(PREPARATIONS))
            if not waiting:
                break
        self._deciding = False
        when = datetime.now().strftime("%H:%M")
        text = self.tr("Synced at {time}").format(time=when)
        if report.not_sent:
            text += " " + self.tr("(%n change(s) not yours to share)", "", report.not_sent)
        self._show_status(text)
        self._show_share()

    def _take_in(self, state: SyncState, received: list[Received], report: SyncReport) -> None:
        """Merge what came in; a conflict waits for the user, who is asked outside the merge.

        The merge dialog is never shown inside the merge's transaction: the window may save
        while it is open. The first merge only finds the conflicts (and changes nothing); once
        the user chose, the merge runs again with those choices.
        """
        found: list[Conflict] = []

        def find(conflicts: Sequence[Conflict]) -> None:
            found.extend(conflicts)

        workbook = self._window.workbook
        try:
            take_in(workbook, state, received, report, find)
            return
        except MergeCancelled:
            if not self._deciding:
                raise  # in the background: the status says a conflict waits
        choices = self._resolve(found)
        if choices is None:
            raise MergeCancelled
        chosen = {_field_of(c): side for c, side in zip(found, choices, strict=True)}
        take_in(
            workbook,
            state,
            received,
            report,
            lambda conflicts: [chosen.get(_field_of(c), c.newer) for c in conflicts],
        )

    def _advance(self, ok: bool, value: Any) -> None:
        """Go on with the sync's steps until the next network call (or the end)."""
        steps = self._steps
        if steps is None:
            return
        try:
            call = steps.send(value) if ok else steps.throw(value)
        except StopIteration:
            self._finish()
            return
        except ServerError as error:
            self._failed(error)
            return
        except MergeCancelled:
            self._show_status(self.tr("Conflict: click to decide"), conflict=True)
            self._finish()
            return
        except WorkbookError as error:
            self._show_status(
                self.tr("Not synced: {reason}").format(reason=prompts.workbook_error_text(error))
            )
            self._finish()
            return
        self._network.start(call)

    @Slot()
    def _on_network_done(self) -> None:
        ok, value = self._network.take()
        self._advance(ok, value)

    def _failed(self, error: ServerError) -> None:
        if error.offline:
            waiting = self._waiting()
            text = (
                self.tr("Offline: %n change(s) waiting", "", waiting)
                if waiting
                else self.tr("Offline")
            )
        else:
            text = self.tr("Teamserver: {reason}").format(reason=str(error))
        self._show_status(text)
        self._finish()

    def _waiting(self) -> int:
        """How many records wait to be sent (as far as the last sync knew the server)."""
        info = self._info
        if info is None:
            return 0
        try:
            with open_state(data_dir() / "teamserver", self._window.workbook, info) as state:
                outgoing = prepare(self._window.workbook, state, info)
        except (OSError, WorkbookError):
            return 0
        return len(outgoing.items) if outgoing is not None else 0

    def _finish(self) -> None:
        self._steps = None
        if self._again:
            self._again = False
            self.sync_soon()

    def _cancel(self) -> None:
        """Forget a sync under way (another workbook is shown): its next result is dropped."""
        if self._steps is not None:
            self._steps.close()
            self._steps = None
        if self._network.running:  # its thread ends by itself; nothing waits for it
            self._network = _Network(self)
            self._network.done.connect(self._on_network_done)
        self._again = False
        self._soon.stop()

    def close(self) -> None:
        """The window closes: no more syncs."""
        self._cancel()
        self._every.stop()

    # --- shown in the window -------------------------------------------------------------

    def _show_status(self, text: str, *, conflict: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        tip = self.tr("Click to decide the conflicts") if conflict else self.tr("Click to sync now")
        self.status.setToolTip(tip if self._address is not None else "")
        self.status_changed.emit(text)

    def _remember(self, preparations: list[Known]) -> None:
        self._teamed = {k.id: (k.owner, k.team) for k in preparations}

    def is_colleagues(self, prep_id: str) -> bool:
        """Whether the preparation is a colleague's on the teamserver (as last synced)."""
        owner_team = self._teamed.get(prep_id)
        return (
            owner_team is not None and self._info is not None and owner_team[0] != self._info.user
        )

    @Slot()
    def _show_share(self) -> None:
        prep = self._window.preparation
        info = self._info
        owner_team = self._teamed.get(prep.id) if prep is not None else None
        own = info is not None and (owner_team is None or owner_team[0] == info.user)
        self.share_action.blockSignals(True)
        self.share_action.setChecked(
            prep is not None and self._share.get(prep.id, owner_team is not None and owner_team[1])
        )
        self.share_action.blockSignals(False)
        self.share_action.setEnabled(self._address is not None and prep is not None and own)
        if owner_team is not None and info is not None and owner_team[0] != info.user:
            # Their name as they last changed it; their login once it was changed here.
            named = prep is not None and prep.updated_by not in ("", self._window.workbook.user)
            owner = prep.updated_by if named and prep is not None else owner_team[0]
            self.share_action.setText(
                self.tr("Shared by {owner}: changes here stay here").format(owner=owner)
            )
        else:
            self.share_action.setText(self.tr("Share &with the team"))

    @Slot(bool)
    def _on_share_action_toggled(self, checked: bool) -> None:
        prep = self._window.preparation
        if prep is None:
            return
        self._share[prep.id] = checked
        self.sync_now()


def _login_seen(text: str) -> ServerInfo | None:
    """Who this login was on which server at the last sync (so offline can count what waits)."""
    parts = text.split("\t")
    if len(parts) != 3:
        return None
    return ServerInfo(parts[0], parts[1], parts[2] == "1")


def _field_of(conflict: Conflict) -> tuple[str, str, str]:
    return conflict.table, conflict.record_id, conflict.field


def _test_connection(address: ServerAddress, password: str) -> str | None:
    """None if this login works on this server, else one line saying why not."""
    try:
        Server(engine_for(address, password or None)).introduce()
    except ServerError as error:
        return str(error)
    return None


def _without_password(address: ServerAddress) -> str:
    """The address as a URL to keep in the settings: never the password."""
    url = replace(address, password=None).url().set(drivername="postgresql")
    own = {*dict(address.options), "host"}  # not the connection's own settings
    query = {k: v for k, v in url.query.items() if k in own}
    if query.get("sslrootcert") == system_cas():
        del query["sslrootcert"]  # parse names it again, wherever the address is read
    return url.set(query=query).render_as_string(hide_password=False)
