"""Translations without Qt: the command line reads the same `.ts` catalogue the window uses.

The window translates through Qt (`QCoreApplication.translate` over the compiled `.qm`). The
command line must not load Qt, so it reads the Qt Linguist source file, an XML file we write
ourselves, once per process.
"""

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from functools import cache

from nlinkoop.resources import resource_path

LANGUAGES = ("nl", "en")  # English is the source language: it needs no catalogue

Translate = Callable[[str, str], str]  # (context, English source) -> text to show


def translator(language: str) -> Translate:
    """A function that translates a marked text into `language` ("nl" or "en").

    A text without a finished translation is shown in English, as Qt does.

    Raises:
        ValueError: `language` is not one we ship.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    if language == "en":
        return _source
    table = _table(language)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate


def _source(context: str, source: str) -> str:
    return source


@cache
def _table(language: str) -> dict[tuple[str, str], str]:
    path = resource_path(f"i18n/nlinkoop_{language}.ts")
    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            if translation.text:
                table[(name, message.findtext("source", ""))] = translation.text
    return table
