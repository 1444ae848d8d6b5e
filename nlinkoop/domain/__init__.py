"""The domain: what a buyer would recognise, in plain dataclasses and pure rules (no Qt, no SQL)."""
