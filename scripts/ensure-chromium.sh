#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests, never through a browser download:
# CHROMIUM_PATH, the system's Chromium, or Playwright's own; otherwise Debian's package when
# running as root, or an exact instruction.
set -euo pipefail
cd "$(dirname "$0")/.."
if node scripts/find-chromium.mjs >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium package (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  node scripts/find-chromium.mjs >/dev/null && exit 0
fi
cat >&2 <<'MSG'
No Chromium was found for the end-to-end tests, and it cannot be installed automatically
(installing needs root and apt-get). Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.
MSG
exit 1
