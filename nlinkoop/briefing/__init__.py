"""The one-page briefing PDF (reportlab, no Qt); built in the briefing issue."""
