#!/usr/bin/env bash
# What a rehearsal costs over a plain `up` of the same plan: `tidemark-cli up --rehearse` (the plan run in one
# transaction and rolled back, the schema read before and after, checked afterwards) against `tidemark-cli up`
# (one committed transaction per migration), each on a fresh database, on SQLite and on a durable PostgreSQL.
# Interleaved pairs (up, rehearse, up, rehearse, …) because this machine's speed drifts between runs; prints the
# median of the pair ratios (rehearse ÷ up) with the lowest and highest.
# Usage: bench/rehearse/run.sh [BUILD_DIR] [N] [PAIRS]   (defaults: build, 200 migrations, 9 pairs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
n=${2:-200}
pairs=${3:-9}
cli=$build/app/cli/tidemark-cli
[ -x "$cli" ] || { echo "build tidemark-cli first (tools/setup.sh)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing (apt-get install postgresql-client)" >&2; exit 1; }

work=$(mktemp -d)
trap '"$root/tests/harness/servers.sh" stop "$work/servers" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
TIDEMARK_PG_DURABLE=1 "$root/tests/harness/servers.sh" start "$work/servers" >/dev/null
while IFS='=' read -r key value; do export "$key=$value"; done <"$work/servers/servers.env"
pg_base=${TIDEMARK_TEST_PG_URL%/*}
pg_port=${pg_base##*:}
export PGPASSWORD=$TIDEMARK_TEST_PG_PASSWORD TIDEMARK_PASSWORD=$TIDEMARK_TEST_PG_PASSWORD
"$root/bench/up/generate.sh" "$n" "$work/m"
project=$work/m/golang-migrate

seconds() { # seconds a command takes, which must succeed
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }'
}
sqlite_target() { rm -f "$work/s.db"; : >"$work/s.db"; echo "sqlite:$work/s.db"; }
pg_target() {
  local name=bench_$RANDOM$RANDOM
  psql -q -h 127.0.0.1 -p "$pg_port" -U tidemark -d tidemark_test -c "CREATE DATABASE $name" >/dev/null
  echo "$pg_base/$name"
}

compare() { # compare TITLE target-function
  local title=$1 target=$2 up rehearse ratios=()
  for ((i = 0; i < pairs; i++)); do
    up=$(seconds "$cli" up --project "$project" --url "$($target)")
    rehearse=$(seconds "$cli" up --rehearse --project "$project" --url "$($target)")
    grep -q "Nothing was left behind" "$work/out" || { echo "the rehearsal did not check out:" >&2; cat "$work/out" >&2; exit 1; }
    ratios+=("$(awk -v r="$rehearse" -v u="$up" 'BEGIN { printf "%.3f", r / u }')")
    printf '  pair %d: up %.2f s, rehearse %.2f s\n' "$((i + 1))" "$up" "$rehearse"
  done
  printf '%s\n' "${ratios[@]}" | sort -n | awk -v t="$title" '{ r[NR] = $1 } END {
    m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "%s: rehearse / up = %.2f (median of %d pairs; lowest %.2f, highest %.2f)\n", t, m, NR, r[1], r[NR] }'
}

echo "up --rehearse against up, $n generated migrations (a table, an index and ten rows each)"
compare "SQLite" sqlite_target
compare "PostgreSQL 15 (loopback, fsync on)" pg_target
