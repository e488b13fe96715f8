# The commands README.md gives. `make run` and `make test` set up what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# Links in mails and the admin address printed below follow the served address.
run: export BASE_URL ?= http://$(HOST)

.PHONY: run test browser lint format messages catalogs worker clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

catalogs: $(VENV)/.installed
	$(BIN)/python manage.py compilemessages --ignore='.venv' --ignore='node_modules' -v0

run: catalogs
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_admin
	@echo "Site: http://$(HOST)/"
	$(BIN)/python manage.py runserver $(HOST)

test: catalogs
	$(BIN)/python -m pytest

browser: catalogs
	$(BIN)/python -m pytest -m browser -p no:xdist

worker: catalogs
	$(BIN)/python manage.py db_worker

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

# Extracts new strings into every section's catalog (then translate them).
messages: $(VENV)/.installed
	for app in sitio home boletin eventos buenas_practicas; do \
		(cd $$app && ../$(BIN)/python ../manage.py makemessages -l es -l pt -l fr --no-obsolete -v0); \
	done

clean:
	rm -rf $(VENV) staticfiles
