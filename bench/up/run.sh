#!/usr/bin/env bash
# `up` of N generated migrations, side by side in one run: Tidemark, the raw client with one transaction per
# file (one sqlite3 / psql process reading every file between BEGIN and COMMIT), and dbmate — on SQLite and on
# a throwaway PostgreSQL. Prints seconds, the ratio to raw, and peak RSS.
# Usage: bench/up/run.sh [BUILD_DIR] [N] [ROUNDS]   (the best of ROUNDS is reported; default 3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
n=${2:-1000}
rounds=${3:-3}
cli=$build/app/cli/tidemark-cli
[ -x "$cli" ] || { echo "build tidemark-cli first (tools/setup.sh)" >&2; exit 1; }
for tool in sqlite3 psql /usr/bin/time npm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install sqlite3 postgresql-client time npm)" >&2; exit 1; }
done

# dbmate from npm, kept out of the source tree; its Go binary is called directly (the npm shim adds ~165 ms).
tools=$root/build-bench-tools
if [ ! -d "$tools/node_modules/dbmate" ]; then
  mkdir -p "$tools" && (cd "$tools" && npm install --silent --no-audit --no-fund dbmate >/dev/null)
fi
dbmate=$(find "$tools/node_modules/@dbmate" -type f -name dbmate -perm -u+x | head -1)
[ -n "$dbmate" ] || { echo "could not find dbmate's binary under $tools/node_modules/@dbmate" >&2; exit 1; }

work=$(mktemp -d)
trap '"$root/tests/harness/servers.sh" stop "$work/servers" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# A durable PostgreSQL (fsync on), as in production: the comparison is about what a real run costs.
TIDEMARK_PG_DURABLE=1 "$root/tests/harness/servers.sh" start "$work/servers" >/dev/null
while IFS='=' read -r key value; do export "$key=$value"; done <"$work/servers/servers.env"
pg_base=${TIDEMARK_TEST_PG_URL%/*}
pg_port=${pg_base##*:}
export PGPASSWORD=$TIDEMARK_TEST_PG_PASSWORD TIDEMARK_PASSWORD=$TIDEMARK_TEST_PG_PASSWORD

"$here/generate.sh" "$n" "$work/m"
for f in "$work"/m/golang-migrate/*.up.sql; do printf 'BEGIN;\n'; cat "$f"; printf 'COMMIT;\n'; done >"$work/raw.sql"

# Runs a command under /usr/bin/time; prints "seconds peak_kb".
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; return 1; }
  cat "$work/time"
}
pg_db() { # a fresh, empty database: prints its name
  local name=bench_$RANDOM$RANDOM
  psql -q -h 127.0.0.1 -p "$pg_port" -U tidemark -d tidemark_test -c "CREATE DATABASE $name" >/dev/null
  echo "$name"
}
# Best of $rounds: "seconds peak_kb". The argument is a function that sets up a fresh target and measures.
best() {
  local best_t='' best_m=0 t m
  for ((r = 0; r < rounds; r++)); do
    read -r t m < <("$@")
    if [ -z "$best_t" ] || awk -v a="$t" -v b="$best_t" 'BEGIN { exit !(a < b) }'; then best_t=$t best_m=$m; fi
  done
  echo "$best_t $best_m"
}

sqlite_raw()     { rm -f "$work/s.db"; measure sqlite3 -bail "$work/s.db" ".read $work/raw.sql"; }
sqlite_tidemark(){ rm -f "$work/s.db"; measure "$cli" up --project "$work/m/golang-migrate" --url "sqlite:$work/s.db"; }
sqlite_single()  { rm -f "$work/s.db"; measure "$cli" up --single-transaction --project "$work/m/golang-migrate" --url "sqlite:$work/s.db"; }
sqlite_dbmate()  { rm -f "$work/s.db"; measure "$dbmate" --url "sqlite:$work/s.db" --migrations-dir "$work/m/dbmate" --no-dump-schema up; }
pg_raw()         { local d; d=$(pg_db); measure psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U tidemark -d "$d" -f "$work/raw.sql"; }
pg_tidemark()    { local d; d=$(pg_db); measure "$cli" up --project "$work/m/golang-migrate" --url "$pg_base/$d"; }
pg_single()      { local d; d=$(pg_db); measure "$cli" up --single-transaction --project "$work/m/golang-migrate" --url "$pg_base/$d"; }
pg_dbmate()      { local d; d=$(pg_db); measure "$dbmate" --url "postgres://tidemark:$PGPASSWORD@127.0.0.1:$pg_port/$d?sslmode=disable" --migrations-dir "$work/m/dbmate" --no-dump-schema up; }

report() { # report TITLE raw-fn name fn name fn ...
  local title=$1 raw t m rawt
  shift
  printf '\n%s\n%-36s %9s %8s %12s\n' "$title" tool seconds "x raw" "peak RSS MB"
  read -r rawt m < <(best "$1")
  printf '%-36s %9.2f %8.2f %12.1f\n' "$2" "$rawt" 1 "$(awk -v k="$m" 'BEGIN { print k / 1024 }')"
  shift 2
  while (($#)); do
    read -r t m < <(best "$1")
    awk -v n="$2" -v s="$t" -v r="$rawt" -v k="$m" 'BEGIN { printf "%-36s %9.2f %8.2f %12.1f\n", n, s, s / r, k / 1024 }'
    shift 2
  done
}

echo "up of $n generated migrations (a table, an index and ten rows each); best of $rounds"
report "SQLite" sqlite_raw "sqlite3, one tx per file" sqlite_tidemark "tidemark-cli up" \
  sqlite_single "tidemark-cli up --single-transaction" sqlite_dbmate "dbmate up"
report "PostgreSQL 15 (loopback, fsync on)" pg_raw "psql, one tx per file" pg_tidemark "tidemark-cli up" \
  pg_single "tidemark-cli up --single-transaction" pg_dbmate "dbmate up"
