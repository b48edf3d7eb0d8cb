# Shared by scripts/start.sh, scripts/test.sh and .ci/run: make sure this
# machine has what the project needs, installing it when we can.

# npm dependencies, Node 24 among them (as the `node` devDependency: npm
# scripts then run on it even where the system Node is older).
ensure_npm_dependencies() {
  if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # `npm install` with the committed lock installs the same exact tree. Not
    # `npm ci`: npm >= 11.16 rejects our lock over a Windows-only optional
    # package of vite that this registry does not serve (npm/cli#9846).
    echo "» installing npm dependencies…"
    npm install --no-audit --no-fund
  fi
  export PATH="$PWD/node_modules/.bin:$PATH"
  hash -r
}

# Debian packages by name; installs the missing ones when we are root with
# apt-get, otherwise says exactly what to install and fails.
ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "» installing ${missing[*]} (apt-get)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

# promtool, for the alert rules' tests (tests/deploy/alerts.test.ts). It
# ships in Debian's `prometheus` package, whose installation would also start
# a Prometheus server: only the binary is taken out of the .deb, into .tools/.
ensure_promtool() {
  command -v promtool >/dev/null && return 0
  local dir="$PWD/.tools/prometheus"
  if [ ! -x "$dir/usr/bin/promtool" ]; then
    echo "» fetching promtool (from Debian's prometheus package, the binary only)…"
    local download
    download=$(mktemp -d)
    if ! (cd "$download" && apt-get download prometheus >/dev/null 2>&1); then
      if [ "$(id -u)" = 0 ]; then apt-get update -qq || true; fi
      if ! (cd "$download" && apt-get download prometheus >/dev/null 2>&1); then
        echo "Cannot fetch promtool: install Debian's prometheus package, or put promtool on PATH" >&2
        rm -rf "$download"
        return 1
      fi
    fi
    dpkg-deb -x "$download"/prometheus_*.deb "$download/root"
    mkdir -p "$dir/usr/bin"
    mv "$download/root/usr/bin/promtool" "$dir/usr/bin/promtool"
    rm -rf "$download"
  fi
  export PATH="$dir/usr/bin:$PATH"
}

# The web UI's production build, rebuilt when its sources changed.
ensure_web_build() {
  [ -f web/vite.config.ts ] || return 0
  if [ ! -f web/dist/index.html ] || [ -n "$(find web core -newer web/dist/index.html -type f -not -path 'web/dist/*' -print -quit)" ]; then
    echo "» building the web UI…"
    npm run --silent build:web
  fi
}
