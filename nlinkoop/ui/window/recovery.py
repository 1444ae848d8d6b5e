"""Crash recovery: the open preparation's unsaved edits, kept until they are saved.

The autosave writes to the workbook within a second of a pause in typing. Edits that could not
be saved yet (the file is read-only, the disk is full, the app was killed in that second) are
also written here, in the user's data folder, and offered back on the next start.
"""

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from nlinkoop.domain.common import utc_text
from nlinkoop.domain.preparation import Preparation
from nlinkoop.fileio import write_atomic
from nlinkoop.paths import data_dir


class Recovery:
    """The recovery file of one workbook (one preparation's edits at a time)."""

    def __init__(self, workbook: Path) -> None:
        self._workbook = Path(workbook).resolve()
        digest = hashlib.sha256(str(self._workbook).encode("utf-8")).hexdigest()[:20]
        self.path = data_dir() / "recovery" / f"{digest}.json"

    def write(self, prep: Preparation) -> None:
        """Keep `prep` as it is now; raises OSError if even this cannot be written."""
        from nlinkoop.interchange import to_document  # not needed to start the window

        document = {
            "workbook": str(self._workbook),
            "written_at": utc_text(datetime.now(UTC)),
            "document": to_document([prep], []),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(document, ensure_ascii=False).encode("utf-8"))

    def pending(self) -> tuple[Preparation, datetime] | None:
        """The preparation left by a session that ended with unsaved edits, and when."""
        if not self.path.exists():
            return None  # the usual case: no need to load the JSON format at start-up
        from nlinkoop.interchange import InterchangeError, from_document

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            preparations = from_document(data["document"]).preparations
            written = datetime.fromisoformat(data["written_at"].replace("Z", "+00:00"))
        except (OSError, ValueError, KeyError, TypeError, InterchangeError):
            return None  # nothing there, or unreadable: nothing to offer
        if data.get("workbook") != str(self._workbook) or len(preparations) != 1:
            return None
        return preparations[0], written

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
