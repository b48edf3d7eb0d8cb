#!/usr/bin/env bash
# npm run test:containers — builds the images and runs the compose stack for
# real, with podman standing in for Docker (this machine has no Docker
# engine and no registry):
#   1. base images made locally (base-images.sh; cached after the first run)
#   2. `podman build` of Dockerfile.api and Dockerfile.worker, tagged both as
#      the README's Kubernetes steps name them (api:latest, worker:latest) and
#      as docker-compose.yml does (arremate-api, arremate-worker); sizes reported
#   3. podman's Docker-compatible API on a socket in a temp dir, and Debian's
#      docker-compose 1.29 bringing the stack up against it (`up --no-build`:
#      the images were just built from the same Dockerfiles, and building
#      again through podman's Docker-API emulation would double a cold run)
#   4. drive-stack.ts: REST, a Socket.IO bid through the load balancer,
#      watchers on every replica, the close, the worker's report, a photo
#      uploaded and served through the load balancer
#   5. checks: sticky sessions in nginx's log, node as PID 1, the image
#      HEALTHCHECK, uid 1000 on a read-only root, graceful SIGTERM (exit
#      code 0 within the grace period)
# Everything it started is removed at the end, on success or failure; the
# images stay, so the next run is warm.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

NODE="$REPO_ROOT/node_modules/.bin/node"
WORK="$(mktemp -d /tmp/arremate-containers.XXXXXX)"
PROJECT="arrematetest$$"
SOCKET="$WORK/podman.sock"
SERVICE_PID=""
PASSED=false
declare -A TIMINGS=()

compose() {
  # A clean environment: a developer's .env or exported GEMINI_API_KEY must
  # not turn the test into real Gemini or Discord calls.
  : >"$WORK/empty.env"
  env -i PATH="$PATH" HOME="$HOME" CONTAINERS_CONF="$CONTAINERS_CONF" \
    DOCKER_HOST="unix://$SOCKET" PUBLIC_PORT="$PUBLIC_PORT" COMPOSE_HTTP_TIMEOUT=300 \
    docker-compose --compatibility --env-file "$WORK/empty.env" -p "$PROJECT" \
    -f "$REPO_ROOT/docker-compose.yml" "$@"
}

containers_of() {
  podman ps -a -q --filter "label=com.docker.compose.project=$PROJECT" \
    ${1:+--filter "label=com.docker.compose.service=$1"}
}

cleanup() {
  local status=$?
  set +e
  trap - ERR
  if [[ $PASSED != true && -S $SOCKET ]]; then
    log "failed; last log lines of the stack:"
    compose logs --no-color --tail=40 >&2
  fi
  if [[ -S $SOCKET ]]; then
    log "tearing down the stack"
    compose down --volumes --remove-orphans --timeout 20 >/dev/null 2>&1
  fi
  # Whatever compose could not remove (e.g. the socket died).
  local leftovers
  leftovers="$(containers_of)"
  [[ -n $leftovers ]] && podman rm -f $leftovers >/dev/null 2>&1
  podman volume rm -f "${PROJECT}_redis-data" >/dev/null 2>&1
  podman network rm -f "${PROJECT}_default" >/dev/null 2>&1
  if [[ -n $SERVICE_PID ]]; then
    kill "$SERVICE_PID" 2>/dev/null
    wait "$SERVICE_PID" 2>/dev/null
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'log "failed: line $LINENO: $BASH_COMMAND"' ERR

# Runs "$@" and records its duration under the name $1.
timed() {
  local name="$1" start
  shift
  start="$(now)"
  "$@"
  TIMINGS[$name]=$(($(now) - start))
}

build_images() {
  cd "$REPO_ROOT"
  # --format docker: the OCI format has no HEALTHCHECK.
  log "podman build Dockerfile.api"
  podman build --quiet --pull=never --format docker -t api:latest -t arremate-api:latest \
    -f Dockerfile.api . >/dev/null
  log "podman build Dockerfile.worker"
  podman build --quiet --pull=never --format docker -t worker:latest -t arremate-worker:latest \
    -f Dockerfile.worker . >/dev/null
}

start_docker_api() {
  podman system service --time=0 "unix://$SOCKET" >"$WORK/podman-service.log" 2>&1 &
  SERVICE_PID=$!
  "$NODE" "$CONTAINERS_DIR/wait-for-socket.ts" "$SOCKET" 20000
}

start_stack() {
  PUBLIC_PORT="$("$NODE" -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
  log "docker-compose up (project $PROJECT, load balancer on port $PUBLIC_PORT)"
  compose up --detach --no-build >"$WORK/compose-up.log" 2>&1 || {
    cat "$WORK/compose-up.log" >&2
    die "docker-compose up failed"
  }
}

replica_urls() {
  local urls=() id ip
  for id in $(containers_of api); do
    ip="$(podman inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$id")"
    urls+=("http://$ip:5000")
  done
  (IFS=,; echo "${urls[*]}")
}

drive_stack() {
  local urls
  urls="$(replica_urls)"
  log "driving the stack: load balancer http://127.0.0.1:$PUBLIC_PORT, replicas $urls"
  SUMMARY="$(ARREMATE_LB_URL="http://127.0.0.1:$PUBLIC_PORT" ARREMATE_REPLICA_URLS="$urls" \
    "$NODE" "$CONTAINERS_DIR/drive-stack.ts")"
  log "drive-stack: $SUMMARY"
}

# Every request carrying the bidder's Engine.IO session id must have reached
# one and the same replica, or Socket.IO would have refused the session.
check_sticky_sessions() {
  local sid upstreams
  sid="$("$NODE" -p "JSON.parse(process.argv[1]).bidderEngineId" "$SUMMARY")"
  upstreams="$(compose logs --no-color lb | grep -F "sid=$sid" | grep -o 'upstream=[^ ]*' | sort -u)"
  [[ -n $upstreams ]] || die "no load-balancer log line for session $sid"
  [[ $(wc -l <<<"$upstreams") -eq 1 ]] || die "session $sid was spread over: $upstreams"
  log "sticky: every request of session $sid went to $upstreams"
}

check_containers() {
  local api_ids worker_ids api_id worker_id
  api_ids=($(containers_of api))
  worker_ids=($(containers_of worker))
  api_id="${api_ids[0]}"
  worker_id="${worker_ids[0]}"
  [[ "$(podman exec "$api_id" cat /proc/1/cmdline | tr '\0' ' ')" == "node app/main.ts " ]] ||
    die "PID 1 of the API container is not node app/main.ts"
  podman healthcheck run "$api_id" >/dev/null 2>&1 || die "the API image's HEALTHCHECK failed"
  [[ "$(podman exec "$api_id" id -u)" == 1000 ]] || die "the API runs as root"
  [[ "$(podman exec "$worker_id" id -u)" == 1000 ]] || die "the worker runs as root"
  if podman exec "$api_id" touch /app/.write-probe 2>/dev/null; then die "the API can write its own code"; fi
  if podman exec "$worker_id" touch /.write-probe 2>/dev/null; then die "the worker's root file system is writable"; fi
  log "node is PID 1, HEALTHCHECK passes, both run as uid 1000 on a read-only root"
}

# SIGTERM (docker stop) must make every process exit by itself with status 0
# well before the runtime's SIGKILL.
check_graceful_stop() {
  local start elapsed id code
  start="$(now)"
  compose stop api worker >/dev/null 2>&1
  elapsed=$(($(now) - start))
  for id in $(containers_of api) $(containers_of worker); do
    code="$(podman inspect --format '{{.State.ExitCode}}' "$id")"
    [[ $code == 0 ]] || die "container $id exited with $code on SIGTERM"
  done
  log "graceful stop: 3 API replicas and the worker exited 0 on SIGTERM in ${elapsed}s"
}

report() {
  log "image sizes:"
  podman images --format '  {{.Repository}}:{{.Tag}} {{.Size}}' |
    grep -E 'localhost/(api|worker):latest' >&2
  local name
  for name in base-images build docker-api stack drive checks total; do
    log "time $name: ${TIMINGS[$name]:-?}s"
  done
}

main() {
  require_commands podman docker-compose debootstrap npm
  local start
  start="$(now)"
  timed base-images bash "$CONTAINERS_DIR/base-images.sh"
  timed build build_images
  timed docker-api start_docker_api
  timed stack start_stack
  timed drive drive_stack
  timed checks eval 'check_sticky_sessions; check_containers; check_graceful_stop'
  TIMINGS[total]=$(($(now) - start))
  PASSED=true
  report
  log "PASS"
}

main "$@"
