"""Export and import of preparations and pitch profiles as JSON workbook files."""

from nlinkoop.interchange.errors import InterchangeError
from nlinkoop.interchange.json_format import (
    FORMAT_VERSION,
    dumps,
    from_document,
    loads,
    to_document,
)

__all__ = ["FORMAT_VERSION", "InterchangeError", "dumps", "from_document", "loads", "to_document"]
