"""Settings every test needs before anything imports Qt or opens a workbook."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when a QApplication is created

# The memory of verified workbooks (nlinkoop.store.trust) goes to a folder of the test run's
# own, inherited by the command-line subprocesses, never the user's cache.
_cache = tempfile.mkdtemp(prefix="nlinkoop-test-cache-")
os.environ["NLINKOOP_CACHE_DIR"] = _cache
atexit.register(shutil.rmtree, _cache, ignore_errors=True)
