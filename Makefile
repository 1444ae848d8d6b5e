# nlinkoop: the two commands are `make run` and `make test`; both set everything up first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Without a screen (a server, CI) Qt draws offscreen; on a desktop Qt picks its own platform.
ifeq ($(DISPLAY)$(WAYLAND_DISPLAY),)
export QT_QPA_PLATFORM ?= offscreen
endif

TS := resources/i18n/nlinkoop_nl.ts
QM := $(TS:.ts=.qm)
I18N_SOURCES := $(shell find nlinkoop -name "*.py")

.PHONY: run test test-pythons test-xvfb soak lint venv i18n translations screenshots briefings clean

venv: $(STAMP)

# The compiled translation is committed (a wheel is built without Qt); a test keeps it current.
i18n: $(QM)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# For developers after changing UI texts: refresh the .ts, then translate what is new in it.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(I18N_SOURCES) -ts $(TS)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[test,lint]'
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(PY) main.py --example

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The PySide6 guard (tests/test_qt_build.py) and the paint and widget tests on the other supported
# Pythons, each in a venv of its own (.venv-3.12, ...); see docs/dependencies.md. An interpreter is
# pythonX.Y on PATH if it runs (a pyenv shim may not), else pyenv's newest X.Y; none is an error.
OTHER_PYTHONS := 3.12 3.13
PYTHONS_TESTS := tests/test_qt_build.py tests/teamserver/test_sync.py tests/teamserver/test_address.py tests/teamserver/test_window.py tests/ui/widgets tests/ui/test_at_table_window.py tests/ui/test_session.py tests/ui/test_gate_keyboard.py tests/ui/test_start.py tests/ui/test_lazy_pages.py
find_python = $(shell for p in "$$(command -v python$(1))" $$(ls -d "$$(pyenv root 2>/dev/null)"/versions/$(1).*/bin/python$(1) 2>/dev/null | sort -rV); do \
	[ -n "$$p" ] && "$$p" -c 'import sys; sys.exit(sys.version_info[:2] != ($(subst .,$(comma),$(1))))' 2>/dev/null && { echo "$$p"; break; }; done)
comma := ,

.venv-%/.installed: pyproject.toml
	@py="$(call find_python,$*)"; \
	if [ -z "$$py" ]; then echo "test-pythons: no Python $* (python$* on PATH, or pyenv's versions/$*.*): install it" >&2; exit 1; fi; \
	echo "test-pythons: .venv-$* from $$py"; \
	test -x .venv-$*/bin/python || "$$py" -m venv .venv-$*
	.venv-$*/bin/python -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@

test-pythons: $(foreach v,$(OTHER_PYTHONS),.venv-$(v)/.installed)
	@for v in $(OTHER_PYTHONS); do \
		echo "test-pythons: Python $$v, $$(.venv-$$v/bin/python -c 'import PySide6; print("PySide6", PySide6.__version__)')"; \
		QT_QPA_PLATFORM=offscreen .venv-$$v/bin/python -m pytest -q -p no:cacheprovider $(PYTHONS_TESTS) || exit 1; \
	done

# A person's walks through the window (keyboard only, a long session with pauses, typing that
# survives write-backs) under a real X server: offscreen hides focus and timing problems.
# Needs xvfb-run (Debian: xvfb) and Qt's xcb libraries; .ci/run installs them.
XVFB_TESTS := tests/teamserver/test_window.py tests/ui/test_session.py tests/ui/test_at_table_window.py tests/ui/widgets/test_meeting_view.py tests/ui/test_typing_survives.py tests/ui/test_window_layout.py tests/ui/test_gate_keyboard.py tests/ui/test_lazy_pages.py tests/ui/test_start.py tests/test_gui_walk.py
test-xvfb: $(STAMP) $(QM)
	@command -v xvfb-run >/dev/null || { echo "make test-xvfb needs xvfb-run (Debian: xvfb)"; exit 1; }
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
		$(PY) -m pytest -q -p no:cacheprovider $(XVFB_TESTS)

# The sharing fault tests at length: 2,000 kills instead of 200 (NLINKOOP_SOAK_SEED=N for other
# moments), 1,000 rounds of two writers at one instant per way instead of 60, 200 pairs of
# simultaneous imports, and the merge convergence properties with 1,000 edit scripts each instead of 25.
soak: $(STAMP)
	NLINKOOP_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:cacheprovider tests/sharing

# Every tab of the example, offscreen: light at 100%, dark, and light at 200%.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m nlinkoop.ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m nlinkoop.ui.screenshots docs/screenshots/dark --dark
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 $(PY) -m nlinkoop.ui.screenshots docs/screenshots/200 --suffix=-200

# The example's briefings as PNG pages, to look at (needs pdftoppm from poppler-utils).
briefings: $(STAMP) $(QM)
	@command -v pdftoppm >/dev/null || { echo "make briefings needs pdftoppm (Debian: poppler-utils)"; exit 1; }
	rm -rf build/briefings && mkdir -p build/briefings/en
	$(PY) main.py example build/briefings/voorbeeld.db
	$(PY) main.py briefing build/briefings/voorbeeld.db --all -o build/briefings
	$(PY) main.py briefing build/briefings/voorbeeld.db --all -o build/briefings/en --lang en
	n=0; for pdf in build/briefings/*.pdf; do n=$$((n+1)); \
		pdftoppm -r 100 -png -singlefile "$$pdf" docs/screenshots/briefing-$$n; done
	pdftoppm -r 100 -png -singlefile "$$(ls build/briefings/en/*.pdf | head -1)" docs/screenshots/briefing-en

# Installers (installer/README.md): the Linux one-folder bundle, its tarball, and a smoke test of
# the built bundle. PyInstaller comes from pyproject's `installer` extra, installed here.
INSTALLER_STAMP := $(VENV)/.installer-installed
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
TARBALL := dist/nlinkoop-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: installer installer-test

$(INSTALLER_STAMP): $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[installer]'
	touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP) $(QM)
	rm -rf dist/nlinkoop $(TARBALL)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/nlinkoop.spec
	cp installer/linux/nlinkoop.desktop installer/linux/INSTALL.txt dist/nlinkoop/
	if [ -f resources/icons/nlinkoop.png ]; then cp resources/icons/nlinkoop.png dist/nlinkoop/; fi
	tar -C dist -czf $(TARBALL) nlinkoop
	@du -sh dist/nlinkoop $(TARBALL)

# Builds the bundle, then runs its binary: commands, a one-page briefing, the window offscreen,
# the None guard and the GUI walk (offscreen, and under xvfb-run with xcb where it is installed).
installer-test: installer
	$(PY) installer/smoke_test.py $(TARBALL)

# Builds the wheel and sdist, installs the wheel into a fresh venv outside the source tree and
# runs the commands and the window from there, as `pip install` or `pipx install` users would.
PACKAGE_STAMP := $(VENV)/.package-installed
.PHONY: wheel-test
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[package]'
	touch $(PACKAGE_STAMP)

wheel-test: $(PACKAGE_STAMP) $(QM)
	$(PY) installer/wheel_test.py

# The app icon's PNG/ICO/ICNS files from resources/icons/nlinkoop.svg (committed: builds need them).
.PHONY: icons
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) installer/make_icons.py

# The Windows installer script compiles, with a stand-in payload (the real one is built on Windows).
WINDOWS_CHECK := build/windows-check
.PHONY: installer-windows-check
installer-windows-check:
	@command -v makensis >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get install -y nsis || { apt-get update && apt-get install -y nsis; }; \
		else echo "installer-windows-check needs makensis from NSIS 3: sudo apt-get install nsis"; exit 1; fi; }
	rm -rf $(WINDOWS_CHECK) && mkdir -p $(WINDOWS_CHECK)/payload/_internal
	printf 'stand-in for the PyInstaller build\n' > $(WINDOWS_CHECK)/payload/nlinkoop.exe
	cp resources/icons/nlinkoop.ico $(WINDOWS_CHECK)/payload/_internal/
	makensis -V2 -WX -DVERSION=$(VERSION) -DPAYLOAD=$(CURDIR)/$(WINDOWS_CHECK)/payload \
		-DOUTFILE=$(CURDIR)/$(WINDOWS_CHECK)/nlinkoop-$(VERSION)-windows-setup.exe \
		installer/windows/nlinkoop.nsi
	@test -s $(WINDOWS_CHECK)/nlinkoop-$(VERSION)-windows-setup.exe
	@echo "ok: $(WINDOWS_CHECK)/nlinkoop-$(VERSION)-windows-setup.exe"

# The release workflow (.github/workflows/release.yml) is checked here, not run: actionlint reads
# its syntax, expressions, runner labels and action inputs, and shellcheck its `run:` scripts.
# Both come from pyproject's `release` extra, installed here.
RELEASE_STAMP := $(VENV)/.release-installed
.PHONY: workflow-check
$(RELEASE_STAMP): $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[release]'
	touch $(RELEASE_STAMP)

workflow-check: $(RELEASE_STAMP)
	$(VENV)/bin/actionlint -no-color -shellcheck=$(VENV)/bin/shellcheck -pyflakes= .github/workflows/*.yml
	@echo "ok: actionlint $$($(VENV)/bin/actionlint -version | head -1), $$($(VENV)/bin/shellcheck --version | sed -n 's/^version: /shellcheck /p')"

# Benchmarks (docs/performance.md): workbooks of 100, 1,000 and 5,000 preparations, cached in
# build/bench; every figure against a baseline of the same run. BENCH_ARGS=--quick for 100 and 1,000.
# It builds the bundle first (make installer): its start is measured against the venv. The
# teamserver's figures (bench/teamserver.py) need PostgreSQL's server programs, as its tests do.
.PHONY: bench
bench: installer
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check nlinkoop tests main.py
	$(VENV)/bin/ruff format --check nlinkoop tests main.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) $(foreach v,$(OTHER_PYTHONS),.venv-$(v)) build dist/wheel *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
