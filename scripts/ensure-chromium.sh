#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the end-to-end tests (driven by
# playwright-core, which downloads no browser of its own here). Installs it when we are root
# with apt-get; otherwise says what to do.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
cat >&2 <<'MSG'
Chromium saknas: de webbläsartester som körs av npm test behöver /usr/bin/chromium.
Installera det, till exempel med: sudo apt-get install -y chromium
Chromium is missing: the browser tests run by npm test need /usr/bin/chromium.
Install it, for example with: sudo apt-get install -y chromium
MSG
exit 1
