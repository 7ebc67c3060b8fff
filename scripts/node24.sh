#!/usr/bin/env bash
# `npm run test:node24`: the unit tests and a full build under Node 24, whatever Node runs npm.
# Node 24 comes from the npm registry (package `node`), installed once into .cache/node24 (or
# $NODE24_PREFIX); it is put first on PATH, so the scripts npm starts (tsx, vitest, astro) run on it.
# The build goes to $NKI_OUT_DIR (default: a temp folder), not dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${NODE24_PREFIX:-.cache/node24}"
if [ ! -x "$prefix/node_modules/node/bin/node" ]; then
  npm install --prefix "$prefix" --no-save --no-audit --no-fund node@24
fi
PATH="$(cd "$prefix/node_modules/node/bin" && pwd):$PATH"
export PATH
echo "Node $(node -v)"
case "$(node -v)" in v24.*) ;; *) echo "Fick inte Node 24" >&2; exit 1 ;; esac
out="${NKI_OUT_DIR:-$(mktemp -d)/dist}"
npm run --silent test:unit
NKI_OUT_DIR="$out" npm run --silent build
echo "Node 24: enhetstester och bygge klara ($out)."
