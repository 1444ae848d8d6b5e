"""Tests of the teamserver against a real PostgreSQL (tests/pg_cluster.py)."""
