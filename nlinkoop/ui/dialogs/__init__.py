"""The app's dialogs (each answers or shows through a classmethod)."""
