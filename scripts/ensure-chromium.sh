#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium); npm cannot download a browser
# here. Install the apt package when it is missing, as root or through sudo. A Chrome or Chromium
# named by CHROME_PATH (as on GitHub's runners, where apt's chromium is only a snap shim) is used as is.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium saknas: installerar Debians paket chromium med apt-get …"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Kan inte installera chromium utan root. Kör: sudo apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
