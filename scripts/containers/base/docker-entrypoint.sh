#!/bin/sh
# Same behaviour as the official node image's entrypoint: run the arguments
# with node when they look like node options or a script, and always exec so
# the command replaces this shell as PID 1 and receives signals itself.
set -e
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
