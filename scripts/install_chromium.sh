#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/web/test_browser.py).
# `playwright install` downloads its own browser from the internet, which CI and
# air-gapped machines cannot reach; the tests launch /usr/bin/chromium instead.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
/usr/bin/chromium --version
