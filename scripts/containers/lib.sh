# Shared by the scripts in scripts/containers/: where things live and how
# podman is invoked. Source it; it defines variables and functions only.

CONTAINERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$CONTAINERS_DIR/../.." && pwd)"
# Git-ignored cache: the debootstrap root file system and npm tarballs, so a
# rerun does not download them again.
CACHE_DIR="${ARREMATE_CONTAINERS_CACHE:-$REPO_ROOT/.containers}"

# The versions the Dockerfiles and docker-compose.yml name. Kept in one place;
# tests/deploy checks that they agree with those files.
NODE_VERSION=24.21.0
NPM_VERSION=11.19.1
# Fully qualified as Docker would store them: podman's Docker-compatible API
# (used by docker-compose) resolves short names to docker.io/library/.
NODE_IMAGE="docker.io/library/node:${NODE_VERSION}-bookworm-slim"
DEBIAN_IMAGE="docker.io/library/debian:bookworm-slim"
REDIS_IMAGE="docker.io/library/redis:7.0.15-bookworm"
NGINX_IMAGE="docker.io/library/nginx:1.28.0-bookworm"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

export CONTAINERS_CONF="$CONTAINERS_DIR/containers.conf"

log() { printf '[containers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() {
  log "ERROR: $*"
  exit 1
}

require_commands() {
  local missing=()
  for command in "$@"; do command -v "$command" >/dev/null || missing+=("$command"); done
  ((${#missing[@]} == 0)) || die "missing commands: ${missing[*]} (apt-get install podman runc iptables aardvark-dns docker-compose debootstrap)"
}

image_exists() { podman image exists "$1"; }

# Seconds since the epoch, for the timings the script reports.
now() { date +%s; }
