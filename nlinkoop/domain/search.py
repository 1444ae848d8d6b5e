"""Search text for a preparation: its free text, folded so "Reïntegratie" finds "reintegratie"."""

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the meeting log folds too, and a preparation holds the log
    from nlinkoop.domain.preparation import Preparation

# Fields that hold no words a buyer would search for: record ids, links and bookkeeping.
_NOT_TEXT = frozenset({"id", "profile_id", "topic_id", "round_id", "updated_by"})
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Text as search compares it: case-folded, accents and ligatures removed (ĳ -> ij).

    Args:
        text: any text.

    Returns:
        The folded text; letters keep their place, only their form changes.
    """
    if text.isascii():
        return text.lower()  # the same for ASCII, and most text is: 10x faster
    return _MARKED.sub(_without_marks, unicodedata.normalize("NFKD", text.casefold()))


_MARKED = re.compile(r"[^\x00-\x7f]+")  # only these runs can hold a combining mark


def _without_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of `text` (runs of letters and digits), in order."""
    return _WORD.findall(fold(text))


def query_words(query: str) -> list[str]:
    """The distinct folded words of what the user typed; a preparation must contain them all."""
    return list(dict.fromkeys(words(query)))


def search_text(prep: "Preparation") -> str:
    """The distinct folded words of every free-text field of `prep` and its lists.

    Words are joined by single spaces in order of first appearance. A query word matches a
    preparation when it occurs inside one of these words (`"schoon"` finds
    `"schoonmaakkwaliteit"`); a query word never spans two words, so dropping repeats keeps
    the answers the same and the text short.
    """
    # Split once: no word runs across the space between two fields.
    folded = " ".join(fold(text) for text in _texts(prep))
    return " ".join(dict.fromkeys(_WORD.findall(folded)))


def _texts(obj: Any, texts: list[str] | None = None) -> list[str]:
    """Every `str` field (not an enum, id or bookkeeping field) reachable from a dataclass."""
    texts = [] if texts is None else texts
    for name in _searched_fields(type(obj)):
        value = getattr(obj, name)
        kind = type(value)
        if kind is str:  # exactly: an enum's value is a str too, but no words of the user's
            texts.append(value)
        elif kind is list:
            for item in value:
                _texts(item, texts)
        elif dataclasses.is_dataclass(value):
            _texts(value, texts)
    return texts


_SEARCHED: dict[type, tuple[str, ...]] = {}  # per dataclass: the fields `_texts` looks at


def _searched_fields(cls: type) -> tuple[str, ...]:
    names = _SEARCHED.get(cls)
    if names is None:
        names = _SEARCHED[cls] = tuple(
            f.name for f in dataclasses.fields(cls) if f.name not in _NOT_TEXT
        )
    return names


class SearchIndex:
    """The search texts of a workbook's live preparations, kept in memory for search-as-you-type.

    Scanning ~5,000 texts in Python is several times faster than asking SQLite to read them
    again on every keystroke. While the user types on (`sch` -> `schoon`), only the previous
    answer needs checking, since a text containing `schoon` also contains `sch`.
    """

    def __init__(self, texts: dict[str, str]) -> None:
        """Start from the search texts of every live preparation, by id."""
        self._texts = dict(texts)
        self._last: tuple[tuple[str, ...], set[str]] | None = None

    def put(self, prep_id: str, text: str) -> None:
        """Add or replace the search text of one preparation."""
        self._texts[prep_id] = text
        self._last = None

    def discard(self, prep_id: str) -> None:
        """Forget a preparation (it was deleted)."""
        self._texts.pop(prep_id, None)
        self._last = None

    def match(self, query: list[str]) -> set[str]:
        """Ids of the preparations whose text contains every folded word of `query`."""
        if not query:
            return set(self._texts)
        key = tuple(query)
        candidates: Iterable[str] = self._texts
        if self._last is not None and _narrows(self._last[0], key):
            candidates = self._last[1]
        longest_first = sorted(key, key=len, reverse=True)  # long words rule out more at once
        texts = self._texts
        found = {i for i in candidates if all(word in texts[i] for word in longest_first)}
        self._last = (key, found)
        return set(found)


def _narrows(before: tuple[str, ...], now: tuple[str, ...]) -> bool:
    """Whether every match of `now` is a match of `before` (each old word is inside a new one)."""
    return all(any(old in new for new in now) for old in before)
