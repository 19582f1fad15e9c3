# Wegwijzer. Two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
RASA    := $(VENV)/bin/rasa
STAMP   := $(VENV)/.installed
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export ACTION_SERVER_URL ?= http://127.0.0.1:5055/webhook
RASA_ARGS := --domain bot/domain --data data/nlu data/stories --config config.yml

.PHONY: help install spacy model seed run run-scaled test test-unit validate lint test-e2e bench lock clean chromium

help:
	@echo "make run   - installeren, trainen als nodig, alles starten op localhost"
	@echo "make test  - de hele testsuite"

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || { py=$$(scripts/find-python310) && \
	  echo "[wegwijzer] Virtuele omgeving maken met $$py" && $$py -m venv $(VENV); }
	@echo "[wegwijzer] Pakketten installeren (eerste keer een paar minuten, ~2,7 GB)..."
	$(PIP) install --progress-bar on -c constraints.txt -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

spacy: install
	@$(PY) -m bot.nlu.build_spacy

model: spacy
	@$(PY) -m bot.training

seed: install
	@$(PY) -m staff init
	@$(PY) -m staff seed --if-empty

run: model seed
	@$(PY) -m bot.run

# Style and import order (ruff), and the borders between the wings (import-linter contracts
# in pyproject.toml: knowledge knows no Rasa, chatbot or staff; no import circles).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

validate: spacy
	$(RASA) data validate --fail-on-warnings $(RASA_ARGS)

# The scaled profile: two Rasa replicas and two action servers, conversations and the knowledge
# base in PostgreSQL, Rasa's lock store in Redis. Both must be running on this machine; other
# addresses: make run-scaled SCALED_DATABASE_URL=... SCALED_REDIS_URL=...
SCALED_DATABASE_URL ?= postgresql://postgres@127.0.0.1/postgres
SCALED_REDIS_URL    ?= redis://127.0.0.1:6379/0
run-scaled: model
	@WEGWIJZER_DATABASE_URL=$(SCALED_DATABASE_URL) $(PY) -m staff init
	@WEGWIJZER_DATABASE_URL=$(SCALED_DATABASE_URL) $(PY) -m staff seed --if-empty
	@WEGWIJZER_DATABASE_URL=$(SCALED_DATABASE_URL) WEGWIJZER_TRACKER_URL=$(SCALED_DATABASE_URL) \
	  WEGWIJZER_LOCK_STORE_URL=$(SCALED_REDIS_URL) WEGWIJZER_RASA_REPLICAS=2 WEGWIJZER_ACTION_SERVERS=2 \
	  $(PY) -m bot.run

# Debian's chromium for the browser tests (apt-get when missing; quiet when present).
chromium:
	@scripts/ensure-chromium

# Unit, integration and browser tests that need no trained model. The browser tests run in
# their own pytest process: Playwright's sync API keeps an event loop that clashes with
# pytest-asyncio's.
test-unit: spacy chromium
	$(PY) -m pytest -m "not e2e and not browser" -q
	$(PY) -m pytest -m "browser and not e2e" -q

# Train once; the same model serves `rasa test` and the end-to-end tests.
# NLU regression floors (tests/nlu_heldout/README.md): the held-out set, cleaned of training
# data, and the first fresh set, tuned on since. They hold the level reached, not the goal
# of issue 16 (0.93). The second fresh set (tests/nlu_fresh2) has a floor since some of its
# errors were read on 5 December; the third (tests/nlu_fresh3) is measured, not gated: it
# is the number to report. Confusion matrices in results/nlu*/.
test-e2e: model chromium
	$(RASA) test core --model $$($(PY) -m bot.training --print-path) --stories tests/ \
	  --fail-on-prediction-errors --out results/core
	$(RASA) test nlu --model $$($(PY) -m bot.training --print-path) --nlu tests/nlu_heldout \
	  --out results/nlu
	$(PY) -m bot.nlu_gate results/nlu/intent_report.json --min-macro-f1 0.83
	$(RASA) test nlu --model $$($(PY) -m bot.training --print-path) --nlu tests/nlu_fresh \
	  --out results/nlu_fresh
	$(PY) -m bot.nlu_gate results/nlu_fresh/intent_report.json --min-macro-f1 0.80
	$(RASA) test nlu --model $$($(PY) -m bot.training --print-path) --nlu tests/nlu_fresh2 \
	  --out results/nlu_fresh2
	$(PY) -m bot.nlu_gate results/nlu_fresh2/intent_report.json --min-macro-f1 0.80
	$(RASA) test nlu --model $$($(PY) -m bot.training --print-path) --nlu tests/nlu_fresh3 \
	  --out results/nlu_fresh3
	$(PY) -m bot.nlu_gate results/nlu_fresh3/intent_report.json --min-macro-f1 0
	$(PY) -m pytest -m "e2e and not wip" -q

test: lint validate test-unit test-e2e
	@echo "[wegwijzer] Alle tests geslaagd."

bench: model seed
	$(PY) bench/run_all.py

# Rewrite constraints.txt from the current venv after changing pyproject.toml.
lock:
	$(PIP) freeze --exclude-editable | grep -v '^-e' > constraints.txt.new
	@{ echo '# Exact versions for a reproducible install: pip install -c constraints.txt -e ".[test]"'; \
	   echo '# Regenerate with `make lock` after changing pyproject.toml.'; cat constraints.txt.new; } > constraints.txt
	@rm constraints.txt.new

clean:
	rm -rf models .rasa results var/log .pytest_cache
