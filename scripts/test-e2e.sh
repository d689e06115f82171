#!/usr/bin/env bash
# `npm run test:e2e`: installs the e2e runtime (cached in .cache/), builds and packs the package,
# compiles the suite, and runs it against a real n8n and the INCS simulator. Extra arguments go to
# the runner (--only <text>, --no-editor). The runner prints the time of each phase and ends with
# `e2e: N passed, N failed`. scripts/test-queue.sh runs the queue-mode suite through this script
# (E2E_ENTRY names the compiled runner).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

t=$(date +%s)
bash scripts/e2e-setup.sh
export E2E_SETUP_SECONDS=$(( $(date +%s) - t ))

t=$(date +%s)
# The package's dev dependencies (typescript, gulp, n8n-workflow) are needed to build it.
if [[ ! -d node_modules/typescript ]]; then npm ci --no-audit --no-fund; fi
npm run build --silent
npx --no-install tsc -p e2e/tsconfig.json
export E2E_BUILD_SECONDS=$(( $(date +%s) - t ))

exec node "${E2E_ENTRY:-build/e2e/run.js}" "$@"
