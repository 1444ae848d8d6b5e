"""The workbook file: SQLite through SQLAlchemy, safe open, migrations; no Qt (see workbook.py)."""
