"""Every text the code marks for translation is in the .ts, as Python reads the code.

lupdate reads Python with a simple parser: it misses a call wrapped over several lines or a
count given as `len(...)`, and then `make translations` drops the text and its Dutch from the
.ts without a word (the window shows English). This test reads the code with `ast` instead.
"""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from nlinkoop.resources import resource_path

PACKAGE = Path(__file__).resolve().parents[2] / "nlinkoop"


def marked(tree: ast.AST) -> list[tuple[str, str, bool, int]]:
    """(context, text, plural, line) of every literal text marked for translation."""
    found = []

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func, args = node.func, node.args
            texts = [a.value if isinstance(a, ast.Constant) else None for a in args]
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr" and isinstance(func, ast.Attribute) and texts and texts[0]:
                found.append((cls, texts[0], len(args) >= 3, node.lineno))
            elif (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and len(texts) >= 2
                and isinstance(texts[0], str)
                and isinstance(texts[1], str)
            ):
                found.append((texts[0], texts[1], len(args) >= 4, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, "")
    return found


def test_every_marked_text_is_in_the_ts() -> None:
    messages = {}
    for context in ET.parse(resource_path("i18n/nlinkoop_nl.ts")).iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            messages[key] = message.get("numerus") == "yes"
    missing, not_plural = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        for context, text, plural, line in marked(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(PACKAGE.parent)}:{line} {context}: {text!r}"
            if (context, text) not in messages:
                missing.append(where)
            elif plural and "%n" in text and not messages[(context, text)]:
                not_plural.append(where)
    assert not missing, "not in the .ts (one call per line; see `make translations`):\n" + (
        "\n".join(missing)
    )
    assert not not_plural, "a count without plural forms (use self.tr(text, '', n)):\n" + (
        "\n".join(not_plural)
    )
