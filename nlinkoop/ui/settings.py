"""The user's preferences (window, files, language, name and organisation), kept in QSettings.

Preferences stay with the user, never in the workbook: the `.db` travels. QSettings in INI
format hands values back as strings in a fresh process ("false", "3", a one-item list as a plain
string), so every read here names its type.
"""

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

CONFIG_ENV = "NLINKOOP_CONFIG_DIR"  # tests (and portable installs) point this elsewhere
LANGUAGES = ("nl", "en")
MAX_RECENT = 8
MAX_FORMER_NAMES = 8  # enough to follow a few renames, few enough to stay someone's own
# The folder last used for each kind of file the window asks for (see ui/folders.py)
FOLDER_KEYS = {
    "workbooks": "files/folder",
    "briefings": "files/briefing_folder",
    "json": "files/json_folder",
}


def open_settings() -> QSettings:
    """The settings store: an INI file per user (in `$NLINKOOP_CONFIG_DIR` if set)."""
    folder = os.environ.get(CONFIG_ENV)
    if folder:
        return QSettings(str(Path(folder) / "nlinkoop.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "nlinkoop", "nlinkoop")


class Preferences:
    """Typed access to the preferences; each property reads or writes one key."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else open_settings()

    def sync(self) -> None:
        self._settings.sync()

    def _bytes(self, key: str) -> QByteArray:
        value = self._settings.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    @property
    def briefing_preview(self) -> bool:
        """Whether the briefing preview is shown beside the tabs (hidden at first)."""
        return bool(self._settings.value("window/briefing_preview", False, type=bool))

    @briefing_preview.setter
    def briefing_preview(self, value: bool) -> None:
        self._settings.setValue("window/briefing_preview", bool(value))

    @property
    def language(self) -> str:
        value = str(self._settings.value("language", "nl", type=str))
        return value if value in LANGUAGES else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value if value in LANGUAGES else "nl")

    @property
    def user_name(self) -> str:
        """The name written as `updated_by`; empty means not asked yet (the login name is used)."""
        return str(self._settings.value("user_name", "", type=str)).strip()

    @user_name.setter
    def user_name(self, value: str) -> None:
        """Set the name; the one it replaces is kept in `former_names`."""
        old, new = self.user_name, value.strip()
        if old and old.casefold() != new.casefold():
            gone = {old.casefold(), new.casefold()}  # each name once, and never the current one
            kept = [n for n in self.former_names if n.casefold() not in gone]
            self._settings.setValue("former_names", [old, *kept][:MAX_FORMER_NAMES])
        self._settings.setValue("user_name", new)

    @property
    def former_names(self) -> list[str]:
        """Names the user went by before, newest first: their pitch is still theirs."""
        value = self._settings.value("former_names", [], type=list)
        return [str(v).strip() for v in value if str(v).strip()] if isinstance(value, list) else []

    @property
    def organisation(self) -> str:
        """The user's organisation ("Gemeente Waalmeer"); empty if not given."""
        return str(self._settings.value("organisation", "", type=str)).strip()

    @organisation.setter
    def organisation(self, value: str) -> None:
        self._settings.setValue("organisation", value.strip())

    def remember_identity(self, name: str, organisation: str) -> None:
        """Keep the user's name and organisation, on disk at once (a crash keeps them too)."""
        self.user_name = name
        self.organisation = organisation
        self.sync()

    @property
    def last_file(self) -> str:
        return str(self._settings.value("files/last", "", type=str))

    def folder(self, kind: str) -> str:
        """The folder last used for `kind` of file (a key of `FOLDER_KEYS`); empty before."""
        return str(self._settings.value(FOLDER_KEYS[kind], "", type=str))

    def set_folder(self, kind: str, value: str) -> None:
        self._settings.setValue(FOLDER_KEYS[kind], value)

    @property
    def recent_files(self) -> list[str]:
        value = self._settings.value("files/recent", [], type=list)
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def add_recent(self, path: Path) -> None:
        """Put `path` first in the recent files and make it the last file opened."""
        text = str(Path(path).resolve())
        recent = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]
        self._settings.setValue("files/recent", recent)
        self._settings.setValue("files/last", text)

    def teamserver(self, path: Path) -> str:
        """The teamserver address (a URL without password) workbook `path` syncs with, or ""."""
        return str(self._settings.value(_teamserver_key(path), "", type=str))

    def set_teamserver(self, path: Path, address: str) -> None:
        """Sync workbook `path` with the server at `address` ("" for none); on disk at once."""
        if address:
            self._settings.setValue(_teamserver_key(path), address)
        else:
            self._settings.remove(_teamserver_key(path))
            self._settings.remove(_teamserver_key(path) + "_login")
        self.sync()

    def teamserver_login(self, path: Path) -> str:
        """Who the last sync of `path` logged in as, on which server (no secret), or ""."""
        return str(self._settings.value(_teamserver_key(path) + "_login", "", type=str))

    def set_teamserver_login(self, path: Path, text: str) -> None:
        self._settings.setValue(_teamserver_key(path) + "_login", text)

    def forget_recent(self, path: str) -> None:
        self._settings.setValue("files/recent", [p for p in self.recent_files if p != path])


def _teamserver_key(path: Path) -> str:
    """The settings key of one workbook's teamserver: by its full path, which may hold '/'."""
    digest = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:16]
    return f"teamserver/{digest}"
