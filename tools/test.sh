#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_BUILD_DIR:-$root/build}

"$root/tools/setup.sh" "$build"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
