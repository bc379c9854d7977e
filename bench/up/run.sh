#!/usr/bin/env bash
# `up` of N generated migrations, side by side: Tidemark, the raw client with one transaction per file,
# and dbmate. Prints seconds, ratio to raw, and peak RSS. Usage: bench/up/run.sh [BUILD_DIR] [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
n=${2:-1000}
cli=$build/app/cli/tidemark-cli
[ -x "$cli" ] || { echo "build tidemark-cli first (tools/setup.sh)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }

# dbmate from npm, kept out of the source tree; its Go binary is called directly (the npm shim adds ~165 ms).
tools=$root/build-bench-tools
if [ ! -d "$tools/node_modules/dbmate" ]; then
  mkdir -p "$tools" && (cd "$tools" && npm install --silent --no-audit --no-fund dbmate >/dev/null)
fi
dbmate=$(find "$tools/node_modules/@dbmate" -type f -name dbmate -perm -u+x | head -1)
[ -n "$dbmate" ] || { echo "could not find dbmate's binary under $tools/node_modules/@dbmate" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/generate.sh" "$n" "$work/m"

# Runs a command under /usr/bin/time; prints "seconds peak_kb".
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; return 1; }
  cat "$work/time"
}

raw_sqlite() {
  for f in "$work"/m/golang-migrate/*.up.sql; do printf 'BEGIN;\n'; cat "$f"; printf 'COMMIT;\n'; done >"$work/raw.sql"
  measure sqlite3 -bail "$work/raw.db" ".read $work/raw.sql"
}

results=()
record() { results+=("$1|$2|$3"); }

read -r t m < <(raw_sqlite);                                                           record "sqlite3, one tx per file" "$t" "$m"
raw=$t
read -r t m < <(measure "$cli" up --project "$work/m/golang-migrate" --url "sqlite:$work/tm.db"); record "tidemark-cli up" "$t" "$m"
read -r t m < <(measure "$dbmate" --url "sqlite:$work/dbmate.db" --migrations-dir "$work/m/dbmate" --no-dump-schema up); record "dbmate up" "$t" "$m"

printf '\nup of %d migrations on SQLite (a table, an index, ten rows each)\n' "$n"
printf '%-28s %9s %10s %12s\n' tool seconds "x raw" "peak RSS MB"
for r in "${results[@]}"; do
  IFS='|' read -r name secs kb <<<"$r"
  awk -v n="$name" -v s="$secs" -v r="$raw" -v k="$kb" 'BEGIN { printf "%-28s %9.2f %10.2f %12.1f\n", n, s, s / r, k / 1024 }'
done
