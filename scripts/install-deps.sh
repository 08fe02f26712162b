#!/usr/bin/env bash
# Installs what building, running and testing Waypoint needs on Debian 12, idempotently and
# without questions. Run as root (or with sudo available). Called by `make run` and `make test`.
set -euo pipefail

APT_PACKAGES=(
  build-essential pkg-config file curl ca-certificates
  libssl-dev libxdo-dev libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev
  libayatana-appindicator3-dev
  xvfb xauth webkit2gtk-driver
  poppler-utils
)

say() { printf '[deps] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; exit 1; fi
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null; then
  say "installing the Rust toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
  export PATH="$HOME/.cargo/bin:$PATH"
fi

# `make test` runs clippy as the compiler and checks formatting: a toolchain installed without
# them (e.g. rustup's minimal profile) gets them added.
if command -v rustup >/dev/null && ! { rustup which clippy-driver && rustup which rustfmt; } >/dev/null 2>&1; then
  say "adding clippy and rustfmt to the Rust toolchain"
  rustup component add clippy rustfmt
fi

if ! command -v node >/dev/null || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  say "Node.js 20 or newer is needed for the UI build; installing Debian's nodejs and npm"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi

say "ready"
