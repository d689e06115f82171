#!/usr/bin/env bash
# `npm run demo`: installs what it needs (cached in .cache/), builds the package, then runs the
# INCS simulator and a real n8n with the package, a ready credential and the example workflows.
# Ctrl-C stops everything. Pass --fresh to start from an empty n8n (.n8n-demo/ is wiped).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The browser is only for the editor test.
E2E_SKIP_BROWSER=1 bash scripts/e2e-setup.sh
if [[ ! -d node_modules/typescript ]]; then npm ci --no-audit --no-fund; fi
npm run build --silent
npx --no-install tsc -p e2e/tsconfig.json
# exec: Ctrl-C reaches node directly, which stops n8n and the simulator before exiting.
exec node build/e2e/demo.js "$@"
