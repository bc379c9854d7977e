#!/usr/bin/env bash
# Installs what is missing, builds, and opens the workbench on the bundled demo project with an
# embedded SQLite database under the user's data folder. Extra arguments go to tidemark.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_BUILD_DIR:-$root/build}

TIDEMARK_PRESET=dev "$root/tools/setup.sh" "$build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "tidemark: no display found; run this from a desktop session (or: xvfb-run -a tools/run.sh)" >&2
  exit 1
fi
exec "$build/app/gui/tidemark" "$@"
