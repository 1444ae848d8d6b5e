"""The user's preferences (window, recent files, language, name, briefing), kept in QSettings.

Preferences stay with the user, never in the workbook: the `.db` travels. QSettings in INI
format hands values back as strings in a fresh process ("false", "3", a one-item list as a plain
string), so every read here names its type.
"""

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

CONFIG_ENV = "NLINKOOP_CONFIG_DIR"  # tests (and portable installs) point this elsewhere
LANGUAGES = ("nl", "en")
MAX_RECENT = 8
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
        """The name written as `updated_by`; empty means the operating-system user."""
        return str(self._settings.value("user_name", "", type=str)).strip()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._settings.setValue("user_name", value.strip())

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

    def forget_recent(self, path: str) -> None:
        self._settings.setValue("files/recent", [p for p in self.recent_files if p != path])
