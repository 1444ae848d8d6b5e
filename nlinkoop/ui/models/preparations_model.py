"""The rows of the preparations list: section headers by meeting date, sorted and filtered."""

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import Enum, IntEnum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from nlinkoop.domain.dates import format_date, format_time
from nlinkoop.domain.preparation import PreparationSummary

AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

ID_ROLE = Role.UserRole + 1  # str: the preparation's id ("" for a header)
HEADER_ROLE = Role.UserRole + 2  # bool: a section header, not a preparation
COUNTERPARTY_ROLE = Role.UserRole + 3  # str
WHEN_ROLE = Role.UserRole + 4  # str: the meeting date (and start) as Dutch users write it
PROGRESS_ROLE = Role.UserRole + 5  # int: 0-100


class Order(Enum):
    """How the preparations are sorted within each section."""

    MEETING = auto()  # upcoming: soonest first; past: most recent first
    CHANGED = auto()  # last change first


class Section(IntEnum):
    """The groups the list shows, in this order."""

    UPCOMING = 0
    PAST = 1
    UNDATED = 2


def _untitled() -> str:
    return QCoreApplication.translate("PreparationsModel", "(untitled)")


def section_title(section: Section) -> str:
    """The translated header of a section."""
    if section is Section.UPCOMING:
        return QCoreApplication.translate("PreparationsModel", "Upcoming meetings")
    if section is Section.PAST:
        return QCoreApplication.translate("PreparationsModel", "Earlier meetings")
    return QCoreApplication.translate("PreparationsModel", "No date")


def section_of(summary: PreparationSummary, today: dt.date) -> Section:
    """Where a preparation belongs: a meeting today counts as upcoming."""
    if summary.meeting_date is None:
        return Section.UNDATED
    return Section.UPCOMING if summary.meeting_date >= today else Section.PAST


def _sort_key(summary: PreparationSummary, section: Section, order: Order) -> tuple[Any, ...]:
    changed = -summary.updated_at.timestamp()
    if order is Order.CHANGED or summary.meeting_date is None:
        return (changed, summary.id)
    start = summary.meeting_start or dt.time()
    moment = summary.meeting_date.toordinal() * 86400 + start.hour * 3600 + start.minute * 60
    return (moment if section is Section.UPCOMING else -moment, changed, summary.id)


Row = str | Section  # a preparation's id, or a section header


class PreparationsModel(QAbstractListModel):
    """Summaries of preparations as list rows; the delegate draws them.

    With `sections`, rows are grouped under a header per `Section` and sorted by `Order`;
    without, they keep the order given (the bin). `set_matches` hides rows without a reset
    of the data, and `update_summary` changes one row, moving it only when its place changed.
    """

    def __init__(self, parent: QObject | None = None, *, sections: bool = True) -> None:
        super().__init__(parent)
        self._sections = sections
        self._summaries: dict[str, PreparationSummary] = {}
        self._given: list[str] = []  # ids in the order given
        self._matches: set[str] | None = None
        self._order = Order.MEETING
        self._today = dt.date.today()
        self._rows: list[Row] = []
        self._row_of: dict[str, int] = {}
        self._ordered: list[Row] | None = None  # every preparation grouped and sorted, cached

    # --- changing what is shown --------------------------------------------------------------

    def set_summaries(
        self, summaries: Sequence[PreparationSummary], today: dt.date | None = None
    ) -> None:
        """Show these preparations (a fresh list; sections are judged against `today`)."""
        self._summaries = {summary.id: summary for summary in summaries}
        self._given = [summary.id for summary in summaries]
        self._today = today or dt.date.today()
        self._ordered = None
        self._rebuild()

    def set_matches(self, ids: set[str] | None) -> None:
        """Show only preparations with these ids (None: all)."""
        self._matches = ids
        self._rebuild()

    def set_order(self, order: Order) -> None:
        """Sort each section by meeting date or by last change."""
        if order is not self._order:
            self._order = order
            self._ordered = None
            self._rebuild()

    def update_summary(self, summary: PreparationSummary) -> bool:
        """Show a changed preparation; returns False if the model does not hold it.

        One `dataChanged` when it keeps its place; otherwise the rows are rebuilt.
        """
        if summary.id not in self._summaries:
            return False
        self._summaries[summary.id] = summary
        self._ordered = None  # its place among the hidden ones may have changed
        row = self._row_of.get(summary.id)
        if row is not None and self._fits(row):
            index = self.index(row)
            self.dataChanged.emit(index, index)
        elif row is not None or self._visible(summary.id):
            self._rebuild()
        return True

    # --- reading -----------------------------------------------------------------------------

    def row_of(self, prep_id: str) -> int:
        """The row showing this preparation, or -1."""
        return self._row_of.get(prep_id, -1)

    def id_at(self, row: int) -> str:
        """The id shown at `row` ("" for a header or outside the rows)."""
        if 0 <= row < len(self._rows):
            found = self._rows[row]
            return found if isinstance(found, str) else ""
        return ""

    def summary(self, prep_id: str) -> PreparationSummary | None:
        """The summary held for this id, shown or not."""
        return self._summaries.get(prep_id)

    def first_id(self) -> str:
        """The first preparation shown, or ""."""
        return next((row for row in self._rows if isinstance(row, str)), "")

    def all_ids(self) -> list[str]:
        """The ids of every preparation given, shown or filtered out."""
        return list(self._given)

    def shown_ids(self) -> list[str]:
        """The ids shown, top to bottom."""
        return [row for row in self._rows if isinstance(row, str)]

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._rows[index.row()], Section):
            return Qt.ItemFlag.NoItemFlags  # headers cannot be selected or reached by keys
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, Section):
            return self._header_data(row, role)
        summary = self._summaries[row]
        if role == Role.DisplayRole:
            return summary.title or _untitled()
        if role == ID_ROLE:
            return summary.id
        if role == HEADER_ROLE:
            return False
        if role == COUNTERPARTY_ROLE:
            return summary.counterparty
        if role == WHEN_ROLE:
            return _when(summary)
        if role == PROGRESS_ROLE:
            return summary.progress
        if role in (Role.ToolTipRole, Role.AccessibleTextRole):
            return self._spoken(summary)
        return None

    # --- internals ---------------------------------------------------------------------------

    def _header_data(self, section: Section, role: int) -> Any:
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return section_title(section)
        if role == HEADER_ROLE:
            return True
        if role == ID_ROLE:
            return ""
        return None

    def _spoken(self, summary: PreparationSummary) -> str:
        parts = [summary.title or _untitled(), summary.counterparty, _when(summary)]
        done = QCoreApplication.translate("PreparationsModel", "{percent}% filled in")
        done = done.format(percent=summary.progress)
        return ", ".join(part for part in [*parts, done] if part)

    def _visible(self, prep_id: str) -> bool:
        return self._matches is None or prep_id in self._matches

    def _rebuild(self) -> None:
        self.beginResetModel()
        if self._sections:
            self._rows = self._shown_of(self._all_ordered())
        else:
            self._rows = [i for i in self._given if self._visible(i)]
        self._row_of = {row: n for n, row in enumerate(self._rows) if isinstance(row, str)}
        self.endResetModel()

    def _all_ordered(self) -> list[Row]:
        """Every preparation under its header, sorted; worked out once, so a search filters it.

        Sorting 5,000 summaries again on every search took most of the search's time.
        """
        if self._ordered is None:
            self._ordered = list(self._grouped(self._given))
        return self._ordered

    def _shown_of(self, ordered: list[Row]) -> list[Row]:
        """The visible preparations of `ordered`, with the headers of sections that have any."""
        if self._matches is None:
            return list(ordered)
        shown: list[Row] = []
        header: Section | None = None
        for row in ordered:
            if isinstance(row, Section):
                header = row
            elif row in self._matches:
                if header is not None:
                    shown.append(header)
                    header = None
                shown.append(row)
        return shown

    def _grouped(self, ids: Iterable[str]) -> Iterable[Row]:
        groups: dict[Section, list[tuple[tuple[Any, ...], str]]] = {s: [] for s in Section}
        for prep_id in ids:
            summary = self._summaries[prep_id]
            section = section_of(summary, self._today)
            groups[section].append((_sort_key(summary, section, self._order), prep_id))
        for section, members in groups.items():
            if members:
                yield section
                yield from (prep_id for _, prep_id in sorted(members))

    def _key(self, prep_id: str) -> tuple[Section, tuple[Any, ...]]:
        summary = self._summaries[prep_id]
        section = section_of(summary, self._today)
        return section, _sort_key(summary, section, self._order)

    def _fits(self, row: int) -> bool:
        """Whether the preparation at `row` is still in the right place among its neighbours."""
        if not self._sections:
            return True
        section, key = self._key(self.id_at(row))
        before = self._rows[row - 1]
        if isinstance(before, Section):
            if before is not section:
                return False
        elif self._key(before) > (section, key):
            return False
        if row + 1 < len(self._rows):
            after = self._rows[row + 1]
            if isinstance(after, str) and self._key(after) < (section, key):
                return False
            if isinstance(after, Section) and after <= section:
                return False
        return True


def _when(summary: PreparationSummary) -> str:
    if summary.meeting_date is None:
        return ""
    start = format_time(summary.meeting_start)
    return f"{format_date(summary.meeting_date)} {start}".strip()
