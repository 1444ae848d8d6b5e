"""Settings every test needs before anything imports Qt or opens a workbook."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when a QApplication is created

# nlinkoop's own folders (nlinkoop.paths) and the preferences go to a folder of the test run's
# own, inherited by the command-line subprocesses: never the user's real ones.
_own = tempfile.mkdtemp(prefix="nlinkoop-test-")
atexit.register(shutil.rmtree, _own, ignore_errors=True)
for _env in ("NLINKOOP_DATA_DIR", "NLINKOOP_CACHE_DIR", "NLINKOOP_LOG_DIR", "NLINKOOP_CONFIG_DIR"):
    os.environ[_env] = os.path.join(_own, _env.lower())
