#!/usr/bin/env bash
# `npm run test:node24`: the unit tests and a full build under Node 24, whatever Node runs npm.
# Node 24 comes from the npm registry (package `node`) through scripts/with-node.sh, installed once
# into .cache/node24 (or $NODE24_PREFIX) and put first on PATH, so the scripts npm starts (tsx,
# vitest, astro) run on it. The build goes to $NKI_OUT_DIR (default: a temp folder), not dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--on-24" ]; then exec bash scripts/with-node.sh --24 bash "$0" --on-24; fi
echo "Node $(node -v)"
case "$(node -v)" in v24.*) ;; *) echo "Fick inte Node 24" >&2; exit 1 ;; esac
out="${NKI_OUT_DIR:-$(mktemp -d)/dist}"
npm run --silent test:unit
NKI_OUT_DIR="$out" npm run --silent build
echo "Node 24: enhetstester och bygge klara ($out)."
