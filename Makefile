# Quick start: `make run` (set up and launch) and `make test` (set up and run every test).
# Both create ./.venv on first use and refresh it whenever pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup bench clean translations bundle bundle-test

QM     := facilitator/assets/translations/facilitator_nl.qm

run: setup
	@sh tools/system-deps.sh run
	$(BIN)/facilitator $(ARGS)

test: setup
	@sh tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup
	$(BIN)/python bench/run_all.py

setup: $(STAMP) $(QM)

# Qt translations: .ts sources are committed, .qm files are built here.
facilitator/assets/translations/%.qm: facilitator/assets/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Facilitator needs Python 3.11 or newer; run: make PYTHON=python3.12 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis *.egg-info

# Refresh the .ts sources after changing texts in the UI (then translate the new entries).
translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete $$(find facilitator/qt workshops -name "*.py") -ts facilitator/assets/translations/facilitator_nl.ts

# The app as one folder that runs without Python (PyInstaller), and its smoke test.
bundle: setup
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/facilitator.spec
	@du -sh dist/facilitator

bundle-test: bundle
	@sh tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/e2e/test_bundle.py $(PYTEST_ARGS)
