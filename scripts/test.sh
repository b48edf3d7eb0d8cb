#!/usr/bin/env bash
# `npm test`: the gate CI runs — typecheck, lint, format check, then every
# test (unit, integration against real redis-server processes, multi-replica,
# worker, browser, deployment checks). It installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_npm_dependencies
ensure_debian_packages redis-server chromium python3-locust yamllint docker-compose nginx
ensure_promtool
ensure_web_build

echo "» typecheck, lint, format"
npm run --silent typecheck
npm run --silent lint
npm run --silent format:check

echo "» tests"
# Two files at a time (2 cores); no single test may hang the run.
node --test --test-concurrency="${TEST_CONCURRENCY:-2}" --test-timeout=180000 'tests/**/*.test.ts'
