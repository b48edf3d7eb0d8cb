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

# The web UI's production build, rebuilt when its sources changed.
ensure_web_build() {
  [ -f web/vite.config.ts ] || return 0
  if [ ! -f web/dist/index.html ] || [ -n "$(find web core -newer web/dist/index.html -type f -not -path 'web/dist/*' -print -quit)" ]; then
    echo "» building the web UI…"
    npm run --silent build:web
  fi
}
