#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. ctest itself starts the throwaway
# PostgreSQL, MariaDB and keyring the tests need (tests/harness/servers.sh) and stops them afterwards.
# The test build (preset tests) is unoptimised (faster to compile, Q_ASSERT on), has its own folder and builds
# everything, the benchmarks too, so that CI compiles them; run the benchmarks from tools/run.sh's optimised build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_TEST_BUILD_DIR:-$root/build-tests}

# A merge's conflict markers once landed in docs/ARCHITECTURE.md unseen: no file may keep one.
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1 \
    && git -C "$root" grep -nE '^(<<<<<<<|>>>>>>>)( |$)' -- . >&2; then
  echo "tidemark: the files above still hold merge conflict markers; resolve them first" >&2
  exit 1
fi
TIDEMARK_PRESET=tests "$root/tools/setup.sh" "$build"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
