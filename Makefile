# Sieć – the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PLAYWRIGHT_BROWSERS_PATH ?= 0

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed ## Create the virtual environment and install the project

# Test tools only (axe-core, the Nu Html Checker, Lighthouse): the site itself has no JS build.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the accessibility tools: make system-deps"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node-tools: node_modules/.installed ## Install the npm test tools (axe-core, vnu-jar, Lighthouse)

system-deps: ## Install the missing Debian packages (PostgreSQL, Chromium, Java, Maven, Node.js, npm, Polish dictionary, Varnish), each on its own
	bin/system-deps

# The web font is committed under cms/static/fonts (a fresh clone needs no npm to run the site);
# this refreshes it from the pinned @fontsource package after a version bump in package.json.
FONT_PACKAGE := node_modules/@fontsource-variable/source-sans-3
fonts: node_modules/.installed ## Copy the Source Sans 3 web font (latin, latin-ext) and its licence from npm into cms/static/fonts
	cp $(FONT_PACKAGE)/files/source-sans-3-latin-wght-normal.woff2 $(FONT_PACKAGE)/files/source-sans-3-latin-ext-wght-normal.woff2 \
	   $(FONT_PACKAGE)/files/source-sans-3-latin-wght-italic.woff2 $(FONT_PACKAGE)/files/source-sans-3-latin-ext-wght-italic.woff2 cms/static/fonts/
	cp $(FONT_PACKAGE)/LICENSE cms/static/fonts/OFL-source-sans-3.txt

# Every absolute link (e-mails, calendar files, sitemaps, hreflang) points where the server is.
# DEBUG is off (cms.settings.demo), so the designed 404 and 500 pages show.
run: export SITE_URL = http://127.0.0.1:$(PORT)
run: export DJANGO_SETTINGS_MODULE ?= cms.settings.demo
run: install ## Install, migrate SQLite, load the demo network and serve on 127.0.0.1:$(PORT)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_network --with-editors
	$(PY) manage.py apply_site_url
	$(PY) manage.py search_reindex
	$(PY) manage.py ensure_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	@# The task worker keeps the search true after edits; it stops with the server.
	$(PY) manage.py db_worker & worker=$$!; trap "kill $$worker" EXIT; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

search-engine: install system-deps ## Fetch OpenSearch from Maven Central (once) and run a node on 127.0.0.1:9200
	$(PY) -m search.node run --port 9200 --data var/search-engine

lint: install ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: install system-deps node-tools ## Install everything and run the whole suite on a throwaway PostgreSQL (and OpenSearch node)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	bin/with-postgres $(PY) -m pytest --durations=25 $(PYTEST_ARGS)

bench-jobs: install system-deps ## Job listing latency and query counts vs a plain ListView (10,000 postings, PostgreSQL)
	bin/with-postgres $(PY) benchmarks/jobs_listing.py

bench-admin-interests: install system-deps ## Coordinator's interest case and candidates pages: p95 and SQL queries at 100 and 1,000 interests (PostgreSQL)
	bin/with-postgres $(PY) benchmarks/admin_interests.py

bench-cold: install system-deps ## SQL queries per public page type (warm, cold after a publish, empty cache) and first listing request after a publish vs steady state (PostgreSQL)
	bin/with-postgres $(PY) benchmarks/cold.py

bench-matching: install system-deps ## Volunteer matching: 10,000 offers and 100,000 volunteers, vectorised vs a loop (PostgreSQL)
	bin/with-postgres $(PY) benchmarks/matching.py

bench-admin: install system-deps ## Recruiter admin screens: p95 and SQL queries of the application case, the pipeline and the posting editor at 100 and 1,000 applications (PostgreSQL)
	bin/with-postgres $(PY) benchmarks/admin.py

bench-cv-bombs: ## What zip bombs sent as a CV cost the check: peak memory growth and CPU per bomb
	$(PY) benchmarks/zip_bombs.py

bench-search: install system-deps ## Network search at 100,000 documents: node vs database fallbacks vs Wagtail's PG backend, percolation, nDCG
	bin/with-postgres $(PY) benchmarks/search.py

bench-edge: install system-deps ## Varnish in front of gunicorn (production settings, PostgreSQL): hits vs gunicorn, purge to visible, a 50-user mix
	bin/with-postgres $(PY) benchmarks/edge.py

bench-scale: install system-deps ## Cost curves at 10k, 100k, 1M documents/volunteers (SCALE_SIZES=10000,100000 to run small): reindex, search, percolation, matching, gunicorn workers x threads
	bin/with-postgres $(PY) benchmarks/scale.py

load-test: install system-deps ## 50 users for 2 minutes on gunicorn + PostgreSQL (Locust, loopback only); prints p95, 5xx and 429 counts
	$(PY) -m pip install --quiet -e ".[load]"
	bin/with-postgres $(PY) benchmarks/load.py

backup-drill: install system-deps ## Backup and restore drill: pg_dump, restore into an empty database, migrate --check, row counts, media checksums, reindex
	bin/with-postgres $(PY) bin/backup-drill

audit: install ## Check every installed dependency against PyPI's advisory data (pip-audit); fails on a known vulnerability
	$(PY) -m pip install --quiet -e ".[audit]"
	$(VENV)/bin/pip-audit --local --skip-editable --strict --vulnerability-service pypi --desc on

messages: install ## Update the Polish translation catalogue and compile it
	$(PY) manage.py makemessages -l pl --ignore=.venv --ignore=tests --ignore=var
	cd cms && ../$(PY) ../manage.py compilemessages -l pl

clean: ## Remove the virtual environment, the SQLite database and generated files
	rm -rf $(VENV) db.sqlite3 var

.PHONY: help install fonts node-tools load-test backup-drill system-deps run lint test audit bench-admin bench-edge bench-jobs bench-cold bench-matching bench-admin-interests bench-cv-bombs bench-search bench-scale messages clean search-engine
