#!/usr/bin/env bash
# Runs a command (an npm script's) on a Node that the project supports (`engines`: 22.19 or later
# on 22, or 24). The node on PATH is used when it is 22.19 or later; an older one (Node 20, as on
# this project's machines and CI) is replaced by Node 24 from the npm registry (package `node`),
# installed once into .cache/node24 ($NODE24_PREFIX) and put first on PATH, so that npm, tsx,
# vitest and astro, which all start through `#!/usr/bin/env node`, run on it.
# docs/decisions/node-runtime.md says why.
#
#   bash scripts/with-node.sh CMD ARGS…        CMD on a supported Node
#   bash scripts/with-node.sh --24 CMD ARGS…   CMD on Node 24 whatever Node is on PATH
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
force=""
if [ "${1:-}" = "--24" ]; then force=1; shift; fi

current="$(node -v 2>/dev/null || echo none)"
# 22.19 or later: Node 22.19+ and 24 are supported; a newer one (26) is used too, untested.
recent() {
  local major minor
  major="$(echo "${1#v}" | cut -d. -f1)"
  minor="$(echo "$1" | cut -d. -f2)"
  [ "$major" -gt 22 ] 2>/dev/null || { [ "$major" -eq 22 ] 2>/dev/null && [ "$minor" -ge 19 ]; }
}
case "$current" in v24.*) exec "$@" ;; esac
if [ -z "$force" ] && recent "$current"; then exec "$@"; fi

prefix="${NODE24_PREFIX:-$root/.cache/node24}"
bin="$prefix/node_modules/node/bin"
if ! [ -x "$bin/node" ] || ! case "$("$bin/node" -v 2>/dev/null)" in v24.*) true ;; *) false ;; esac; then
  if [ -n "$force" ]; then why="Node 24 begärd"; else why="Node $current är för gammal (webbplatsen kräver Node 22.19 eller senare)"; fi
  echo "$why: hämtar Node 24 från npm till ${prefix#"$root/"} (en gång) …" >&2
  if ! npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error node@24 >&2 ||
    ! [ -x "$bin/node" ]; then
    echo "Node 24 gick inte att hämta från npm: installera Node 22.19 eller senare, eller Node 24." >&2
    exit 1
  fi
fi
PATH="$bin:$PATH"
export PATH
exec "$@"
