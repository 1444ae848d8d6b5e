"""The built-in example workbook: realistic Dutch preparations to learn the workbook from."""

from pathlib import Path

from nlinkoop.paths import data_dir
from nlinkoop.resources import resource_path

EXAMPLE_JSON = "examples/voorbeeld.json"


def create_example(path: Path) -> None:
    """Create a new workbook at `path` holding the example preparations and pitch profile.

    Raises:
        WorkbookUnavailable: `path` exists already, or cannot be written.
    """
    from nlinkoop.interchange import loads  # the JSON schema is only needed here, not at start
    from nlinkoop.store.workbook import Workbook  # nor the store: the window paints first

    contents = loads(resource_path(EXAMPLE_JSON).read_text(encoding="utf-8"))
    with Workbook.create(path) as workbook:
        workbook.save_all(*contents, touch=False)


def example_path() -> Path:
    """Where `example_workbook` keeps the example (it may not be there yet)."""
    return data_dir() / "Voorbeeld.db"


def example_workbook() -> Path:
    """The example workbook in the user's data folder, created on first use.

    An example this version cannot open (say, from a newer nlinkoop) is kept under another
    name, never deleted, and a fresh example takes its place.
    """
    from nlinkoop.store.errors import WorkbookRejected
    from nlinkoop.store.workbook import check

    path = example_path()
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if path.exists():
        try:
            check(path, reuse_verified=True)  # the cheap checks, as opening it will do
        except WorkbookRejected:
            path.rename(_free_name(folder, "Voorbeeld (niet te openen)"))
    if not path.exists():
        create_example(path)
    return path


def _free_name(folder: Path, stem: str) -> Path:
    candidate, number = folder / f"{stem}.db", 2
    while candidate.exists():
        candidate, number = folder / f"{stem} {number}.db", number + 1
    return candidate
