#!/usr/bin/env bash
# Headless Chromium for the explorer's browser test (tests/explore/test_browser.py): Debian's
# `chromium` package, installed when missing (as root; otherwise say what to run). Playwright
# drives /usr/bin/chromium; it never downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium (headless browser for the explorer test)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null; }
else
  echo "setup: /usr/bin/chromium missing: run 'apt-get install -y chromium' as root" \
       "(the explorer's browser test needs it)" >&2
fi
