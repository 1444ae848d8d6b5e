"""Reusable widgets the tabs are built from."""
