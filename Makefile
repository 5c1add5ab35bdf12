# The two commands of the README are `make serve` and `make test`; both install what is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: serve test dist tools test-tools lint test-native test-browser test-browser-open test-size test-e2e bench profile

## Build the optimised site and serve it on http://127.0.0.1:$(PORT) (SPA fallback for deep links).
serve: dist
	node scripts/serve.mjs dist $(PORT)

## Every check: formatting, clippy (host and wasm32), native tests, browser tests, end-to-end tests.
test: test-tools lint test-native test-browser dist test-size test-e2e
	@echo "make test: every check passed"

## The app against its vanilla-JS twin at 200, 1,000 and 10,000 keys: prints a table, writes target/bench/latest.json.
bench: test-tools dist
	node bench/run.mjs

## Where the time goes: the CPU profile of one operation at N keys (PROFILE_OP=startup|toggle|search|rename|delete,
## PROFILE_N=1000), on a release build that keeps its function names (wasm-opt off, so a little slower).
profile: test-tools
	sed -e 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > profile.html
	trunk build profile.html --release --dist target/profdist; status=$$?; rm -f profile.html; exit $$status
	mv target/profdist/profile.html target/profdist/index.html 2>/dev/null || true
	node scripts/harden-dist.mjs target/profdist --keep-names
	node bench/profile.mjs

## The optimised static site in dist/ (any static web server with an index.html fallback can host it).
dist: tools
	trunk build --release
	node scripts/harden-dist.mjs dist
	node scripts/compress-dist.mjs dist

tools:
	@scripts/ensure-tools.sh build

test-tools:
	@scripts/ensure-tools.sh test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test

test-browser:
	cargo test --target wasm32-unknown-unknown

## The browser tests of one suite (SUITE=browser_components or browser_storage), served for any browser to
## open, run and watch at http://127.0.0.1:$(BROWSER_TEST_PORT); Ctrl-C stops the server.
SUITE ?= browser_components
BROWSER_TEST_PORT ?= 8000
test-browser-open: test-tools
	NO_HEADLESS=1 WASM_BINDGEN_TEST_ADDRESS=127.0.0.1:$(BROWSER_TEST_PORT) cargo test --target wasm32-unknown-unknown --test $(SUITE)

test-size:
	scripts/check-size.sh

test-e2e:
	npx playwright test -c tests/e2e/playwright.config.mjs
