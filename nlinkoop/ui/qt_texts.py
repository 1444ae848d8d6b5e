"""Texts of Qt's own file dialog that our catalogue translates, because Qt's Dutch does not.

Qt 6.12 gave two labels of its file dialog a mnemonic ("&Look in:", "Files of &type:"), and the
`qtbase_nl.qm` it ships still has only the old texts, so those labels stayed English in the Dutch
window. Its questions say "u" where nlinkoop says "je". `app.load_translators` installs our
translator after Qt's, and Qt asks the last one installed first: these entries win, and the rest
of the dialog's Dutch still comes from `qtbase_nl`. Marked here so `make translations` keeps them
in `nlinkoop_nl.ts`; nothing imports this module.
"""

from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
)
