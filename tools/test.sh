#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. ctest itself starts the throwaway
# PostgreSQL, MariaDB and keyring the tests need (tests/harness/servers.sh) and stops them afterwards.
# The test build (preset tests) is unoptimised (faster to compile, Q_ASSERT on), has its own folder and builds
# everything, the benchmarks too, so that CI compiles them; run the benchmarks from tools/run.sh's optimised build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_TEST_BUILD_DIR:-$root/build-tests}

TIDEMARK_PRESET=tests "$root/tools/setup.sh" "$build"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
