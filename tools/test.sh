#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. ctest itself starts the throwaway
# PostgreSQL, MariaDB and keyring the tests need (tests/harness/servers.sh) and stops them afterwards.
# The test build is unoptimised (faster to compile, Q_ASSERT on) and has its own folder; benchmarks are
# built by tools/run.sh's optimised build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_TEST_BUILD_DIR:-$root/build-tests}

TIDEMARK_BUILD_TYPE=${TIDEMARK_BUILD_TYPE:-Debug} "$root/tools/setup.sh" "$build" -DTIDEMARK_BUILD_BENCH=OFF
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
