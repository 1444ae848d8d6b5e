"""File → Connect to teamserver: where the team's server is, who logs in, and the password.

The dialog builds the same URL the command line takes (`postgresql://user@host:port/database`)
and reads it with `nlinkoop.teamserver.address.parse`, so the TLS rule is the one the sync
uses. It never writes an `sslmode` itself: parse adds `verify-full` for a server elsewhere.
Without a CA file, such a server is checked against the certificate authorities this computer
trusts (`sslrootcert=system`); libpq on its own would look only for ~/.postgresql/root.crt.
The network is the caller's: `test_connection` tries the login before the dialog closes.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Slot
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.teamserver.address import AddressError, ServerAddress, parse, system_cas

DEFAULT_PORT = 5432
SYSTEM_CAS = system_cas()  # the certificate authorities this system trusts (address.py)
ERROR_STYLE = "QLabel { color: #c62828; }"  # the red of an invalid field (ui/binding.py)
# Options the fields decide, or that are secret: never carried over from the given address.
_OWN_OPTIONS = frozenset({"sslmode", "sslrootcert", "host", "password", "sslpassword"})

TestConnection = Callable[[ServerAddress, str], str | None]


@dataclass(frozen=True)
class TeamserverOutcome:
    """What the user chose: connect to `address` with `password`, or disconnect.

    Attributes:
        address: where to connect and who logs in (None when the user chose to disconnect).
        password: what the user typed ("" for none); never shown in a repr.
        remember: save the password in the system's keyring.
        disconnect: the user chose "Disconnect" (only offered while connected).
    """

    address: ServerAddress | None
    password: str = field(default="", repr=False)
    remember: bool = False
    disconnect: bool = False


def split_server(text: str) -> tuple[str, str]:
    """The host and the port text of what the user typed in the Server field.

    It may be "host", "host:port", "[ipv6]:port", a bare IPv6 address, or a Unix socket folder
    ("/run/postgresql", optionally with ":port").
    """
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, rest.removeprefix(":")
    if text.count(":") == 1 or (text.startswith("/") and ":" in text):
        host, _, port = text.rpartition(":")
        return host, port
    return text, ""


def address_error_text(error: AddressError) -> str:
    """An AddressError as the dialog says it: the common cases translated, else the English."""
    message = str(error)
    if "names no database" in message:
        return QCoreApplication.translate("TeamserverDialog", "Fill in the database.")
    if "names no user" in message:
        return QCoreApplication.translate("TeamserverDialog", "Fill in your user name.")
    if "verified certificate" in message:
        return QCoreApplication.translate(
            "TeamserverDialog",
            "A teamserver on another computer needs TLS with a verified certificate.",
        )
    if "port number" in message:
        return QCoreApplication.translate(
            "TeamserverDialog", "The port after the colon must be a number from 1 to 65535."
        )
    return message


class TeamserverDialog(QDialog):
    """Server, database, user name, password and CA file; "Connect" tries them before closing.

    A wrong address or a failed login shows in one red line under the fields and the dialog
    stays open. After "Connect", `result_address()`, `result_password()` and
    `remember_password()` say what to use; after "Disconnect", `disconnect_requested` is True.

    Args:
        address: what to fill in at the start (None: empty fields).
        connected: the window is connected now: offer "Disconnect".
        keyring_usable: this system has a keyring to remember the password in.
        test_connection: tries an address and password; None when it works, else one line to
            show. It may take a few seconds (the dialog shows a wait cursor) and must not raise.
        choose_file: asks for the CA file ("Choose..."); None when the user cancels.
        parent: the Qt parent.
    """

    def __init__(
        self,
        address: ServerAddress | None,
        *,
        connected: bool = False,
        keyring_usable: bool = True,
        test_connection: TestConnection,
        choose_file: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamserver_dialog")
        self.setWindowTitle(self.tr("Connect to teamserver"))
        self._test_connection = test_connection
        self._choose_file = choose_file
        self._busy = False
        self._address: ServerAddress | None = None
        self._password = ""
        self._options = {
            key: value
            for key, value in (address.options if address else ())
            if key not in _OWN_OPTIONS or (key, value) == ("sslmode", "verify-full")
        }
        self.disconnect_requested = False

        intro = QLabel(
            self.tr(
                "The teamserver keeps your workbook in step with your team's. Whoever runs it "
                "gives you these details."
            )
        )
        intro.setWordWrap(True)

        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("teamserver_server")
        self.server_edit.setPlaceholderText(self.tr("e.g. db.example.org or db.example.org:5433"))
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("teamserver_database")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("teamserver_user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("teamserver_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("teamserver_ca")
        self.ca_edit.setPlaceholderText(self.tr("Empty: those this computer trusts"))
        self.choose_button = QPushButton(self.tr("C&hoose..."))
        self.choose_button.setObjectName("teamserver_choose_ca")
        self.choose_button.setAutoDefault(False)  # Enter connects, wherever the focus is
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.choose_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit, row in (
            (self.tr("&Server"), self.server_edit, None),
            (self.tr("&Database"), self.database_edit, None),
            (self.tr("&User name"), self.user_edit, None),
            (self.tr("&Password"), self.password_edit, None),
            (self.tr("Organisation's &CA certificate"), self.ca_edit, ca_row),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", ""))
            edit.setMinimumWidth(280)  # the dialog's width follows: the labels are not cut
            form.addRow(label, row if row is not None else edit)

        self.remember_check = QCheckBox(self.tr("&Remember the password in this system's keyring"))
        self.remember_check.setObjectName("teamserver_remember")
        self.remember_check.setChecked(keyring_usable)
        self.remember_check.setEnabled(keyring_usable)
        self.keyring_label = QLabel(
            self.tr("This system has no keyring: you type the password each time you connect.")
        )
        self.keyring_label.setObjectName("teamserver_no_keyring")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keyring_label.setVisible(not keyring_usable)
        if not keyring_usable:
            self.remember_check.setToolTip(self.keyring_label.text())

        self.url_label = QLabel()  # the address as the command line takes it (no password)
        self.url_label.setObjectName("teamserver_url")
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.url_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("teamserver_error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)  # "one line" from the caller may still be long
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("C&onnect"))
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.disconnect_button = QPushButton(self.tr("D&isconnect"))
        self.disconnect_button.setObjectName("teamserver_disconnect")
        self.disconnect_button.setAutoDefault(False)
        self.disconnect_button.setVisible(connected)
        self.disconnect_button.clicked.connect(self._on_disconnect_button_clicked)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.url_label)
        layout.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.disconnect_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        order = (
            self.server_edit,
            self.database_edit,
            self.user_edit,
            self.password_edit,
            self.ca_edit,
            self.choose_button,
            self.remember_check,
            self.disconnect_button,
            self.buttons,
        )
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        if address is not None:
            self._fill(address)
        for edit in (self.server_edit, self.database_edit, self.user_edit, self.ca_edit):
            edit.textChanged.connect(self._on_field_text_changed)
        self.password_edit.textEdited.connect(self._on_password_edit_text_edited)
        self._on_field_text_changed()
        # A known address lacks only the password, which is never filled in.
        (self.password_edit if address is not None else self.server_edit).setFocus()

    def _fill(self, address: ServerAddress) -> None:
        host = f"[{address.host}]" if ":" in address.host else address.host
        port = f":{address.port}" if address.port != DEFAULT_PORT else ""
        self.server_edit.setText(host + port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        ca = dict(address.options).get("sslrootcert", "")
        self.ca_edit.setText("" if ca in (SYSTEM_CAS, "system") else ca)

    # --- the address ------------------------------------------------------------------------

    def url_text(self) -> str:
        """The URL the fields make, as the command line takes it; never with the password."""
        host, port = split_server(self.server_edit.text())
        options = dict(self._options)
        ca = self.ca_edit.text().strip()
        if ca:
            options["sslrootcert"] = str(Path(ca).expanduser())
        # else, for a server elsewhere, `parse` names the CAs this system trusts
        if host.startswith("/"):
            options["host"] = host  # a socket folder: in the query, so its case is kept
            host = ""
        user = self.user_edit.text().strip()
        login = f"{quote(user, safe='')}@" if user else ""
        netloc = f"[{host}]" if ":" in host else host
        if port:
            netloc += f":{port}"
        database = quote(self.database_edit.text().strip(), safe="")
        query = f"?{urlencode(sorted(options.items()))}" if options else ""
        return f"postgresql://{login}{netloc}/{database}{query}"

    def problem(self) -> str:
        """What is wrong with the fields before any connection is tried; "" when nothing."""
        return self._checked()[1]

    def _checked(self) -> tuple[ServerAddress | None, str]:
        try:
            return self._parsed(), ""
        except AddressError as error:
            return None, address_error_text(error)
        except ValueError as error:  # the dialog's own checks (and a URL urllib refuses)
            return None, str(error)

    def _parsed(self) -> ServerAddress:
        server = self.server_edit.text().strip()
        host, _ = split_server(server)
        if not host:
            raise ValueError(self.tr("Fill in the server."))
        odd = set(" \t@?#") | (set() if host.startswith("/") else {"/"})
        if odd & set(server):
            raise ValueError(
                self.tr(
                    "The server is a host name or address, with :port if it is not 5432 "
                    "(e.g. db.example.org:5433)."
                )
            )
        ca = self.ca_edit.text().strip()
        if ca and not Path(ca).expanduser().is_file():
            raise ValueError(self.tr("The CA certificate file was not found."))
        return parse(self.url_text())

    def _show_error(self, text: str) -> None:
        self.error_label.setText(" ".join(text.split()))
        self.error_label.setVisible(bool(text))

    # --- what the user chose ----------------------------------------------------------------

    def result_address(self) -> ServerAddress | None:
        """Where to connect, after "Connect" worked; None otherwise."""
        return self._address

    def result_password(self) -> str:
        """The password that worked ("" when none was typed, or before "Connect")."""
        return self._password

    def remember_password(self) -> bool:
        """Whether to save the password in the keyring (never when there is no keyring)."""
        return self.remember_check.isEnabled() and self.remember_check.isChecked()

    def outcome(self) -> TeamserverOutcome | None:
        """What the user chose, once the dialog closed with "Connect" or "Disconnect"."""
        if self.disconnect_requested:
            return TeamserverOutcome(None, disconnect=True)
        if self._address is None:
            return None
        return TeamserverOutcome(self._address, self._password, self.remember_password())

    # --- Qt ---------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._busy:  # the caller's test may run an event loop: no second test meanwhile
            return
        self._address = None
        address, problem = self._checked()
        self._show_error(problem)
        if address is None:
            return
        password = self.password_edit.text()
        self._busy = True
        self.connect_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # paint the greyed button and the cursor, but take no clicks or keys meanwhile
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            failure = self._test_connection(address, password)
        finally:
            QApplication.restoreOverrideCursor()
            self.connect_button.setEnabled(True)
            self._busy = False
        if failure:
            self._show_error(failure)
            self.password_edit.setFocus()
            return
        self._address, self._password = address, password
        super().accept()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    @Slot()
    def _on_field_text_changed(self) -> None:
        self.url_label.setText(self.tr("Address: {url}").format(url=self.url_text()))
        self.url_label.setVisible(bool(self.server_edit.text().strip()))  # not "postgresql:///"
        if self.error_label.isVisible():
            self._show_error("")  # an old complaint about what the user is now changing

    @Slot()
    def _on_password_edit_text_edited(self) -> None:
        self._show_error("")

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        chosen = self._choose_file()
        if chosen is not None:
            self.ca_edit.setText(str(chosen))
        self.ca_edit.setFocus()

    @Slot()
    def _on_disconnect_button_clicked(self) -> None:
        if self._busy:
            return
        self.disconnect_requested = True
        self._address, self._password = None, ""
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        address: ServerAddress | None,
        *,
        connected: bool,
        keyring_usable: bool,
        test_connection: TestConnection,
        choose_file: Callable[[], Path | None],
    ) -> TeamserverOutcome | None:
        """Show the dialog; what the user chose, or None when they cancel."""
        dialog = cls(
            address,
            connected=connected,
            keyring_usable=keyring_usable,
            test_connection=test_connection,
            choose_file=choose_file,
            parent=parent,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.outcome()
        finally:
            dialog.deleteLater()
