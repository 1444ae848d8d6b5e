"""The one-page briefing: what goes on the A4 page (`compose`) and the PDF (`render`)."""
