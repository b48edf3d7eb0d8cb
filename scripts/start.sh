#!/usr/bin/env bash
# `npm start`: the whole platform on this machine — Redis (unless one is
# configured), the API + UI on :5000 and the worker. Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_npm_dependencies
if [ -z "${REDIS_URL:-}${REDIS_HOST:-}${REDIS_SENTINELS:-}" ]; then
  ensure_debian_packages redis-server
fi
ensure_web_build
exec node scripts/start-platform.ts
