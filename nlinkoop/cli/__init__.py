"""The command line: `nlinkoop COMMAND ...` over the store and the JSON format (no Qt)."""
