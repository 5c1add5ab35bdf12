#!/usr/bin/env bash
# Installs what building (`build`) or testing (`test`) needs and is missing; a second run installs nothing.
# Only package registries are used: crates.io, npm, Debian. Nothing downloads a prebuilt binary.
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-build}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '  %-22s %s\n' "$1" "$2"; }
installed=0

# The wasm32 target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target" "present"
else
  say "wasm32 target" "installing"; rustup target add wasm32-unknown-unknown; installed=1
fi

# trunk, pinned: 0.22 needs a newer rustc than this toolchain.
TRUNK_VERSION=0.21.14
if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION\$"; then
  say "trunk" "$TRUNK_VERSION present"
else
  say "trunk" "installing $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"; installed=1
fi

# wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version (without --locked: its own lock names a
# crate version the registry no longer serves).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WB_VERSION\$"; then
  say "wasm-bindgen-cli" "$WB_VERSION present"
else
  say "wasm-bindgen-cli" "installing $WB_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force; installed=1
fi

# Node packages (wasm-opt 132 from npm's binaryen; Playwright), exactly as package-lock.json pins them.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.lock-hash ] && [ "$(cat node_modules/.lock-hash)" = "$lock_hash" ]; then
  say "node packages" "present"
else
  say "node packages" "installing from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.lock-hash; installed=1
fi
wasm-opt --version | grep -q "version 132" || { echo "wasm-opt 132 is not first on PATH" >&2; exit 1; }

if [ "$purpose" = test ]; then
  # Headless Chromium and its driver for browser and end-to-end tests, from Debian's packages.
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium" "present"
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "chromium" "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    installed=1
  else
    echo "Chromium is missing: install the packages 'chromium' and 'chromium-driver'" \
      "(they must provide /usr/bin/chromium and /usr/bin/chromedriver), then run this again." >&2
    exit 1
  fi
fi

if [ "$installed" = 0 ]; then echo "All tools present; nothing installed."; fi
