"""File → Connect to teamserver: typed with the keyboard, checked by the address rules, tried.

The dialog is real and shown; the keys are real key presses. Only the network is the test's:
`test_connection` is a function that records what it was given and answers as a server would.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from nlinkoop.teamserver.address import AddressError, ServerAddress, parse
from nlinkoop.ui.dialogs.teamserver_dialog import (
    SYSTEM_CAS,
    TeamserverDialog,
    TeamserverOutcome,
    address_error_text,
    split_server,
)
from tests.ui.window_helpers import focused

PASSWORD = "Zeer-geheim-42"  # a test's password, looked for where it must not be
VERIFIED = ("sslmode", "verify-full")


class Server:
    """Stands in for the network: remembers each try and answers with the next reply."""

    def __init__(self, *replies: str | None) -> None:
        self.replies = list(replies)
        self.tries: list[tuple[ServerAddress, str]] = []
        self.seen_busy: list[bool] = []
        self.dialog: TeamserverDialog | None = None

    def __call__(self, address: ServerAddress, password: str) -> str | None:
        self.tries.append((address, password))
        cursor = QApplication.overrideCursor()
        if self.dialog is not None:
            waiting = cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
            self.seen_busy.append(waiting and not self.dialog.connect_button.isEnabled())
            self.dialog.reject()  # Esc meanwhile (the caller may run an event loop): ignored
            self.dialog.accept()  # and so is a second Enter
        return self.replies.pop(0) if self.replies else None


def no_file() -> Path | None:
    return None


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def make(qtbot: QtBot, server: Server) -> Iterator["Maker"]:
    yield Maker(qtbot, server)
    assert QApplication.overrideCursor() is None  # never left waiting


class Maker:
    def __init__(self, qtbot: QtBot, server: Server) -> None:
        self.qtbot, self.server = qtbot, server

    def __call__(
        self,
        address: ServerAddress | None = None,
        *,
        connected: bool = False,
        keyring_usable: bool = True,
        choose_file: Callable[[], Path | None] = no_file,
    ) -> TeamserverDialog:
        """The dialog, shown and active, so keys reach the focused field as on a desktop."""
        dialog = TeamserverDialog(
            address,
            connected=connected,
            keyring_usable=keyring_usable,
            test_connection=self.server,
            choose_file=choose_file,
        )
        self.server.dialog = dialog
        self.qtbot.addWidget(dialog)
        dialog.show()
        with self.qtbot.waitActive(dialog):
            dialog.activateWindow()
        return dialog


def type_in(qtbot: QtBot, *texts: str) -> None:
    """Type each text into the focused field and Tab to the next, as a user fills a form."""
    for text in texts:
        qtbot.keyClicks(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def labels_text(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


# --- typing and connecting ----------------------------------------------------------------


def test_typing_the_fields_and_pressing_enter_connects(
    qtbot: QtBot, make: Maker, server: Server
) -> None:
    dialog = make()
    assert focused() is dialog.server_edit
    type_in(qtbot, "db.gemeente.nl:5433", "inkoop", "anna")
    assert focused() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    # No CA file for a server elsewhere: verified against the CAs this computer trusts.
    expected = ServerAddress(
        "db.gemeente.nl",
        5433,
        "inkoop",
        "anna",
        (("sslmode", "verify-full"), ("sslrootcert", SYSTEM_CAS)),
    )
    assert server.tries == [(expected, PASSWORD)]
    assert server.seen_busy == [True]  # the wait cursor and a greyed button while it tried
    assert dialog.result_address() == expected
    assert dialog.result_password() == PASSWORD
    assert dialog.remember_password()
    outcome = dialog.outcome()
    assert outcome == TeamserverOutcome(expected, PASSWORD, remember=True)
    assert dialog.connect_button.isEnabled()
    # The password is in no label, not in the URL shown, nor in what a log would print.
    assert dialog.url_label.text() == ("Address: postgresql://anna@db.gemeente.nl:5433/inkoop")
    for shown in (labels_text(dialog), dialog.url_text(), repr(outcome), str(expected)):
        assert PASSWORD not in shown


def test_a_server_elsewhere_without_a_ca_file_is_verified_by_the_system(
    qtbot: QtBot, make: Maker, server: Server
) -> None:
    # Without sslrootcert libpq wants ~/.postgresql/root.crt and fails without it, so the
    # address (the dialog's and the command line's) names the system's CAs (libpq 16+).
    dialog = make()
    type_in(qtbot, "db.example.org", "inkoop", "anna")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    address = dialog.result_address()
    assert address is not None and address.port == 5432
    assert dict(address.options) == {"sslmode": "verify-full", "sslrootcert": SYSTEM_CAS}
    assert address.url().query["sslrootcert"] == SYSTEM_CAS


def test_a_server_on_this_computer_needs_no_tls(qtbot: QtBot, make: Maker) -> None:
    dialog = make()
    type_in(qtbot, "localhost:5433", "inkoop", "anna")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result_address() == ServerAddress("localhost", 5433, "inkoop", "anna")


def test_the_ca_file_is_chosen_and_its_path_survives_the_url(
    qtbot: QtBot, make: Maker, tmp_path: Path
) -> None:
    folder = tmp_path / "Mijn certificaten & sleutels?#"
    folder.mkdir()
    ca = folder / "ca 100%.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    asked: list[bool] = []

    def choose() -> Path | None:
        asked.append(True)
        return ca

    dialog = make(choose_file=choose)
    type_in(qtbot, "db.example.org", "inkoop", "anna", "")
    assert focused() is dialog.ca_edit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.choose_button
    qtbot.keyClick(dialog.choose_button, Qt.Key.Key_Space)
    assert asked == [True] and dialog.ca_edit.text() == str(ca)
    assert "%" in dialog.url_text() and " " not in dialog.url_text()  # percent-encoded
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    address = dialog.result_address()
    assert address is not None
    assert dict(address.options) == {"sslmode": "verify-full", "sslrootcert": str(ca)}


def test_a_ca_file_that_is_not_there_is_said_at_once(
    qtbot: QtBot, make: Maker, server: Server, tmp_path: Path
) -> None:
    dialog = make()
    type_in(qtbot, "db.example.org", "inkoop", "anna", "", str(tmp_path / "weg.crt"))
    qtbot.keyClick(dialog.ca_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and server.tries == []
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "The CA certificate file was not found."


# --- what the dialog can never produce ----------------------------------------------------


@pytest.mark.parametrize(
    ("server_text", "database", "user"),
    [
        ("db.example.org", "inkoop?sslmode=disable", "anna"),
        ("db.example.org", "inkoop", "anna?sslmode=disable"),
        ("db.example.org", "inkoop&sslmode=allow", "anna"),
        ("db.example.org/inkoop?sslmode=disable", "inkoop", "anna"),
        ("db.example.org?sslmode=prefer", "inkoop", "anna"),
        ("anna:x@db.example.org", "inkoop", "anna"),
    ],
)
def test_no_field_can_weaken_tls(
    qtbot: QtBot, make: Maker, server: Server, server_text: str, database: str, user: str
) -> None:
    dialog = make()
    type_in(qtbot, server_text, database, user)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    for address, _ in server.tries:  # either refused before any try, or verified
        assert dict(address.options)["sslmode"] == "verify-full"
        assert (address.host, address.database, address.user) == ("db.example.org", database, user)
    if not server.tries:
        assert dialog.isVisible() and dialog.error_label.text().startswith("The server is")


def test_a_weak_sslmode_of_the_given_address_is_not_carried_over(qtbot: QtBot, make: Maker) -> None:
    local = ServerAddress(
        "localhost",
        5432,
        "inkoop",
        "anna",
        (("application_name", "x"), ("sslmode", "disable"), ("password", PASSWORD)),
    )
    dialog = make(local)
    assert "sslmode" not in dialog.url_text() and PASSWORD not in dialog.url_text()
    dialog.server_edit.selectAll()
    qtbot.keyClicks(dialog.server_edit, "db.example.org")
    qtbot.keyClick(dialog.server_edit, Qt.Key.Key_Return)
    address = dialog.result_address()
    assert address is not None
    assert address.options == (
        ("application_name", "x"),  # an option the fields do not show is kept
        VERIFIED,
        ("sslrootcert", SYSTEM_CAS),
    )


# --- errors inline ------------------------------------------------------------------------


def test_a_failed_try_is_shown_and_the_dialog_stays_open(
    qtbot: QtBot, make: Maker, server: Server
) -> None:
    refused = 'password authentication failed for user "anna"'
    server.replies = [refused, None]
    dialog = make(ServerAddress("db.example.org", 5432, "inkoop", "anna", (VERIFIED,)))
    assert focused() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, "fout")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible() and dialog.error_label.text() == refused
    assert dialog.result_address() is None and dialog.outcome() is None
    assert focused() is dialog.password_edit and dialog.connect_button.isEnabled()
    assert server.seen_busy == [True]

    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    assert not dialog.error_label.isVisible()  # typing again takes the old complaint away
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Enter)  # the keypad's Enter
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [password for _, password in server.tries] == ["fout", PASSWORD]


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (("", "inkoop", "anna"), "Fill in the server."),
        (("db.example.org", "", "anna"), "Fill in the database."),
        (("db.example.org", "inkoop", ""), "Fill in your user name."),
        (("db.example.org:abc", "inkoop", "anna"), "The port after the colon must be a number"),
        (("db.example.org:99999", "inkoop", "anna"), "The port after the colon must be a number"),
    ],
)
def test_an_address_that_cannot_be_used_is_said_in_one_red_line(
    qtbot: QtBot, make: Maker, server: Server, texts: tuple[str, str, str], message: str
) -> None:
    dialog = make()
    type_in(qtbot, *texts)
    qtbot.keyClicks(focused(), PASSWORD)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and server.tries == []
    assert dialog.error_label.isVisible() and dialog.error_label.text().startswith(message)
    assert "#c62828" in dialog.error_label.styleSheet()
    assert PASSWORD not in labels_text(dialog)
    dialog.database_edit.setFocus()
    qtbot.keyClicks(dialog.database_edit, "x")
    assert not dialog.error_label.isVisible()


def test_the_address_errors_read_as_the_dialog_says_them() -> None:
    with pytest.raises(AddressError) as weak:
        parse("postgresql://anna@db.example.org/inkoop?sslmode=require")
    assert address_error_text(weak.value) == (
        "A teamserver on another computer needs TLS with a verified certificate."
    )
    other = AddressError("something new the address module says")
    assert address_error_text(other) == "something new the address module says"


# --- the keyring, disconnecting, cancelling -------------------------------------------------


def test_without_a_keyring_the_password_cannot_be_remembered(make: Maker) -> None:
    usable = make()
    assert usable.remember_check.isEnabled() and usable.remember_check.isChecked()
    assert not usable.keyring_label.isVisible()
    dialog = make(keyring_usable=False)
    assert not dialog.remember_check.isEnabled() and not dialog.remember_check.isChecked()
    assert dialog.keyring_label.isVisible() and "no keyring" in dialog.keyring_label.text()
    assert dialog.remember_check.toolTip() == dialog.keyring_label.text()
    assert not dialog.remember_password()


def test_disconnect_is_offered_only_while_connected(
    qtbot: QtBot, make: Maker, server: Server
) -> None:
    assert not make().disconnect_button.isVisible()
    dialog = make(ServerAddress("db.example.org", 5432, "inkoop", "anna"), connected=True)
    assert dialog.disconnect_button.isVisible()
    assert not dialog.disconnect_button.autoDefault()  # Enter connects, it never disconnects
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)  # a mnemonic animates a click
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.disconnect_requested and server.tries == []
    assert dialog.outcome() == TeamserverOutcome(None, disconnect=True)
    assert dialog.result_address() is None


def answer(qtbot: QtBot, act: str) -> None:
    """Once the dialog `ask` shows is up: type a password and connect, disconnect or Esc."""

    def act_on_it() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, TeamserverDialog)]
        if not found or not found[0].isVisible():
            QTimer.singleShot(20, act_on_it)
            return
        dialog = found[0]
        if act == "connect":
            qtbot.keyClicks(dialog.password_edit, PASSWORD)
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        elif act == "disconnect":
            qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)

    QTimer.singleShot(0, act_on_it)


@pytest.mark.parametrize("act", ["connect", "disconnect", "escape"])
def test_ask_answers_with_the_choice(qtbot: QtBot, server: Server, act: str) -> None:
    given = ServerAddress("db.example.org", 5432, "inkoop", "anna", (VERIFIED,))
    answer(qtbot, act)
    outcome = TeamserverDialog.ask(
        None,
        given,
        connected=True,
        keyring_usable=False,
        test_connection=server,
        choose_file=no_file,
    )
    expected = {
        "connect": TeamserverOutcome(
            ServerAddress(
                "db.example.org", 5432, "inkoop", "anna", (VERIFIED, ("sslrootcert", SYSTEM_CAS))
            ),
            PASSWORD,
            remember=False,
        ),
        "disconnect": TeamserverOutcome(None, disconnect=True),
        "escape": None,
    }
    assert outcome == expected[act]
    assert len(server.tries) == (act == "connect")


# --- filled in, and the keyboard ----------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "server_text", "ca"),
    [
        (
            ServerAddress(
                "db.example.org",
                5433,
                "inkoop",
                "anna",
                (VERIFIED, ("sslrootcert", "/etc/nlinkoop/ca.crt")),
                password=PASSWORD,
            ),
            "db.example.org:5433",
            "/etc/nlinkoop/ca.crt",
        ),
        (
            ServerAddress("db.example.org", 5432, "inkoop", "anna", (("sslrootcert", "system"),)),
            "db.example.org",
            "",
        ),
        (ServerAddress("::1", 5433, "inkoop", "anna"), "[::1]:5433", ""),
    ],
)
def test_the_fields_are_filled_from_the_address(
    make: Maker, address: ServerAddress, server_text: str, ca: str
) -> None:
    dialog = make(address)
    assert dialog.server_edit.text() == server_text
    assert (dialog.database_edit.text(), dialog.user_edit.text()) == ("inkoop", "anna")
    assert dialog.ca_edit.text() == ca
    assert dialog.password_edit.text() == ""  # never filled in, not even from the URL
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert focused() is dialog.password_edit  # what is left to type
    assert parse(dialog.url_text()).key == address.key  # the same login as given


@pytest.mark.parametrize("connected", [False, True])
def test_tab_goes_through_every_field_in_order(qtbot: QtBot, make: Maker, connected: bool) -> None:
    dialog = make(connected=connected)
    expected: list[QWidget] = [
        dialog.server_edit,
        dialog.database_edit,
        dialog.user_edit,
        dialog.password_edit,
        dialog.ca_edit,
        dialog.choose_button,
        dialog.remember_check,
    ]
    if connected:
        expected.append(dialog.disconnect_button)
    expected.extend(dialog.buttons.buttons())
    seen = [focused()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen[: len(expected) - 2] == expected[:-2]
    assert set(seen[-2:]) == set(expected[-2:])  # Connect and Cancel, in the platform's order
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.server_edit  # round again


def test_mnemonics_are_unique_and_reach_their_fields(qtbot: QtBot, make: Maker) -> None:
    dialog = make(connected=True)
    keys = []
    for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        text = widget.text().replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    assert len(keys) == len(set(keys)) == 9, keys
    for key, field in (
        (Qt.Key.Key_D, dialog.database_edit),
        (Qt.Key.Key_C, dialog.ca_edit),
        (Qt.Key.Key_U, dialog.user_edit),
        (Qt.Key.Key_S, dialog.server_edit),
    ):
        qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)
        assert focused() is field


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("db.example.org", ("db.example.org", "")),
        (" db.example.org:5433 ", ("db.example.org", "5433")),
        ("::1", ("::1", "")),
        ("[::1]:5433", ("::1", "5433")),
        ("/run/postgresql", ("/run/postgresql", "")),
        ("/run/postgresql:5433", ("/run/postgresql", "5433")),
    ],
)
def test_the_server_field_splits_into_host_and_port(text: str, parts: tuple[str, str]) -> None:
    assert split_server(text) == parts


def test_a_socket_folder_keeps_its_case(qtbot: QtBot, make: Maker) -> None:
    dialog = make()
    type_in(qtbot, "/tmp/PG:5433", "inkoop", "anna")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result_address() == ServerAddress("/tmp/PG", 5433, "inkoop", "anna")
