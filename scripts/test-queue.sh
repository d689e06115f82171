#!/usr/bin/env bash
# `npm run test:queue`: the queue-mode suite (n8n 2.41.1 with Redis, PostgreSQL, a main instance,
# two workers and a webhook processor, against the INCS simulator), set up, built and compiled
# like the e2e suite, plus Debian's redis-server and without the browser (the queue suite calls
# the editor's REST endpoints directly). Extra arguments go to the runner (--only <text>). It ends
# with `queue: N passed, N failed`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
E2E_WITH_REDIS=1 E2E_SKIP_BROWSER=1 E2E_ENTRY=build/e2e/queue/run.js exec bash scripts/test-e2e.sh "$@"
