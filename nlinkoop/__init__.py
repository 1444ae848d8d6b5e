"""nlinkoop: a workbook to prepare supplier meetings and negotiations the relational way."""

# Kept equal to pyproject.toml's version by a test; a literal, because reading the installed
# package's metadata costs start-up time and is not there in a frozen build.
__version__ = "0.1.0"
