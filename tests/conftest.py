"""Settings every test needs before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when a QApplication is created
