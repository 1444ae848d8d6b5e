"""Help > About nlinkoop: version, licences, the Qt it runs on, and where its data folder is."""

from html import escape

import PySide6
from PySide6.QtCore import Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nlinkoop import __version__
from nlinkoop.paths import data_dir
from nlinkoop.resources import resource_path

LICENCE = "MIT"  # pyproject.toml's `license`; a test keeps the two equal
FONT_LICENCE = "fonts/LICENSE-DejaVu.txt"
ICON_SIZE = 64
WIDTH = 520


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """What nlinkoop is, which version, under which licences; Esc or Close closes it.

    Open it with `show_for(parent)`: asking again brings the same dialog to the front.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About nlinkoop"))

        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource_path("icons/nlinkoop.png"))).pixmap(ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = _plain_label("nlinkoop", self)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        self.version_label = _plain_label(
            self.tr("Version {version}").format(version=__version__), self
        )
        self.version_label.setObjectName("version")
        what = _plain_label(
            self.tr("A workbook to prepare supplier meetings and negotiations the relational way."),
            self,
        )
        self.licence_label = _plain_label(
            self.tr("Open source under the {licence} licence.").format(licence=LICENCE), self
        )
        self.licence_label.setObjectName("licence")
        font_text = self.tr("The briefing is set in DejaVu Sans, under its own free licence.")
        font_line = _plain_label(font_text, self)
        qt_text = self.tr("Built with Qt {qt} and PySide6 {pyside}.")
        qt_line = _plain_label(qt_text.format(qt=qVersion(), pyside=PySide6.__version__), self)
        folder = data_dir()
        folder_intro = _plain_label(self.tr("Data folder (the example, crash recovery):"), self)
        self.folder_label = QLabel(
            f'<a href="{QUrl.fromLocalFile(str(folder)).toString()}">{escape(str(folder))}</a>',
            self,
        )
        self.folder_label.setObjectName("data_folder")
        self.folder_label.setTextFormat(Qt.TextFormat.RichText)
        self.folder_label.setOpenExternalLinks(True)  # opens the folder in the file manager
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )

        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(self.version_label)
        text.addSpacing(8)
        text.addWidget(what)
        text.addWidget(self.licence_label)
        text.addWidget(font_line)
        text.addWidget(qt_line)
        text.addSpacing(8)
        text.addWidget(folder_intro)
        text.addWidget(self.folder_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.font_licence_button = QPushButton(self.tr("&Font licence..."), self)
        self.font_licence_button.setObjectName("font_licence_button")
        self.font_licence_button.setAutoDefault(False)
        buttons.addButton(self.font_licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.font_licence_button.clicked.connect(self._on_font_licence_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch()
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))  # as high as the wrapped text

    @classmethod
    def show_for(cls, parent: QWidget) -> "AboutDialog":
        """Show the dialog over `parent` (window-modal), reusing one already made."""
        dialog = parent.findChild(cls, "about_dialog")
        if dialog is None:
            dialog = cls(parent)
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.open()
        return dialog

    @Slot()
    def _on_font_licence_button_clicked(self) -> None:
        FontLicenceDialog.show_for(self)


class FontLicenceDialog(QDialog):
    """The DejaVu fonts' licence as shipped in resources/fonts/, read-only and scrollable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("font_licence")
        self.setWindowTitle(self.tr("Licence of the DejaVu fonts"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licence_text")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # the file has its own
        try:
            licence = resource_path(FONT_LICENCE).read_text(encoding="utf-8")
        except OSError as error:
            message = self.tr("The licence file could not be read ({detail}).")
            licence = message.format(detail=error.strerror or error)
        self.text.setPlainText(licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(680, 520)

    @classmethod
    def show_for(cls, parent: QWidget) -> "FontLicenceDialog":
        """Show the licence over `parent` (window-modal), reusing one already made."""
        dialog = parent.findChild(cls, "font_licence")
        if dialog is None:
            dialog = cls(parent)
        if dialog.isVisible():
            dialog.raise_()
        else:
            dialog.open()
        return dialog
