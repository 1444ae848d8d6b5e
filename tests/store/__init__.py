"""Tests of nlinkoop.store on real workbook files."""
