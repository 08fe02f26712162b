# Waypoint developer tasks. `make run` and `make test` are the README's two commands; CI runs
# `make test`. Everything installs what it needs first (scripts/install-deps.sh).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
DEV_DIR ?= $(CURDIR)/.waypoint-dev
SERVER_BIND ?= 127.0.0.1:8787
DEV_SITE ?= LSV

.PHONY: run test deps ui app server lint check-core-purity check-bindings bench bench-store \
	bench-sync bench-print bench-match bench-ui clean-dev

deps:
	@bash scripts/install-deps.sh

ui/node_modules/.package-lock.json: ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	@touch $@

ui: deps ui/node_modules/.package-lock.json
	cd ui && npm run build

app: ui
	$(CARGO) build -p waypoint-app

server: deps
	$(CARGO) build -p waypoint-server

## Run the app, with the sync server on its embedded SQLite in the background.
run: app server
	@mkdir -p $(DEV_DIR)/server $(DEV_DIR)/device
	@# Create or migrate the database first: the server and the enrolment-code command below
	@# would otherwise both migrate a fresh database at once.
	@target/debug/waypoint-server init --data-dir $(DEV_DIR)/server > /dev/null
	@if [ -f $(DEV_DIR)/server.pid ] && kill -0 $$(cat $(DEV_DIR)/server.pid) 2>/dev/null; then \
	  echo "sync server already running (pid $$(cat $(DEV_DIR)/server.pid))"; \
	else \
	  nohup target/debug/waypoint-server serve --bind $(SERVER_BIND) --data-dir $(DEV_DIR)/server \
	    > $(DEV_DIR)/server.log 2>&1 & echo $$! > $(DEV_DIR)/server.pid; \
	  echo "sync server on http://$(SERVER_BIND) (log: $(DEV_DIR)/server.log)"; \
	fi
	@echo "To sync: set the device up for site $(DEV_SITE), then enrol it with server" \
	  "http://$(SERVER_BIND) and this one-time code:"
	@target/debug/waypoint-server enrolment-code --site $(DEV_SITE) --role supervisor \
	  --data-dir $(DEV_DIR)/server
	WAYPOINT_DATA_DIR=$(DEV_DIR)/device target/debug/waypoint-app

## Every test: formatting, lints, core purity, generated types, unit, integration and the
## end-to-end tests of the real app in WebKit under Xvfb.
##
## Clippy runs as the compiler of the workspace's own crates inside the test build
## (RUSTC_WORKSPACE_WRAPPER, as `cargo clippy` itself does), so a clean machine compiles the
## dependencies once instead of twice (a separate `cargo clippy` is a second, check-mode build of
## every dependency: ~12 of CI's minutes). `make lint` is the same check on its own.
TEST_ENV = RUSTC_WORKSPACE_WRAPPER="$$(rustup which clippy-driver)" CLIPPY_ARGS=-Dwarnings
test: deps ui check-core-purity
	$(CARGO) fmt --all --check
	$(TEST_ENV) $(CARGO) test --workspace --all-targets --no-run
	$(TEST_ENV) $(CARGO) test --workspace
	$(MAKE) check-bindings
	cd ui && npm run typecheck

lint: deps
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## waypoint-core stays pure: no database, network, async runtime or UI framework.
check-core-purity:
	@if $(CARGO) tree -p waypoint-core -e normal --prefix none | grep -E '^(tokio|rusqlite|reqwest|tauri|axum|libsqlite3-sys) '; then \
	  echo "waypoint-core must not depend on the crates above"; exit 1; \
	else echo "waypoint-core is pure"; fi

## The TypeScript types generated from Rust (ts-rs, written by `cargo test`) are committed.
check-bindings:
	@git diff --exit-code --stat -- ui/src/bindings || \
	  (echo "ui/src/bindings is stale: commit the regenerated files"; exit 1)
	@test -z "$$(git ls-files --others --exclude-standard ui/src/bindings)" || \
	  (echo "new files in ui/src/bindings: commit them"; exit 1)

## Benchmarks (release builds; results go in BENCHMARKS.md).
bench: bench-store bench-sync bench-print bench-match bench-ui

bench-store: deps
	$(CARGO) bench -p waypoint-e2e --bench store

bench-sync: deps
	$(CARGO) build --release -p waypoint-server
	WAYPOINT_SERVER_BIN=$(CURDIR)/target/release/waypoint-server \
	  $(CARGO) bench -p waypoint-e2e --bench sync

bench-match: deps
	$(CARGO) run --release -p waypoint-server --example match_bench

bench-print: deps
	$(CARGO) bench -p waypoint-print --bench print

## The real app (release) on 100,000 people, through WebDriver under Xvfb (issue #4).
bench-ui: ui
	$(CARGO) build --release -p waypoint-app
	WAYPOINT_APP_BIN=$(CURDIR)/target/release/waypoint-app \
	  $(CARGO) bench -p waypoint-e2e --bench ui

clean-dev:
	@if [ -f $(DEV_DIR)/server.pid ]; then kill $$(cat $(DEV_DIR)/server.pid) 2>/dev/null || true; fi
	rm -rf $(DEV_DIR)
