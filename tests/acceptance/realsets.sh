#!/usr/bin/env bash
# Acceptance runs of tidemark-cli on real migration folders from public projects (../shared/realsets), against
# throwaway servers. Not part of ctest: the project's own tests use fixtures it writes itself.
# Usage: tests/acceptance/realsets.sh [BUILD_DIR] [REALSETS_DIR]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
sets=${2:-$root/../shared/realsets}
cli=$build/app/cli/tidemark-cli
[ -x "$cli" ] || { echo "build tidemark-cli first" >&2; exit 2; }
[ -d "$sets" ] || { echo "no real sets at $sets" >&2; exit 2; }

work=$(mktemp -d)
servers=$work/servers
trap '"$root/tests/harness/servers.sh" stop "$servers" >/dev/null 2>&1; rm -rf "$work"' EXIT
"$root/tests/harness/servers.sh" start "$servers" >/dev/null || exit 1
while IFS='=' read -r key value; do export "$key=$value"; done <"$servers/servers.env"

pg_base=${TIDEMARK_TEST_PG_URL%/*}
pg_port=${pg_base##*:}
fresh_pg() { # creates an empty database and prints its URL
  PGPASSWORD=$TIDEMARK_TEST_PG_PASSWORD psql -q -h 127.0.0.1 -p "$pg_port" -U tidemark -d tidemark_test \
    -c "CREATE DATABASE $1" >/dev/null && echo "$pg_base/$1"
}
export TIDEMARK_PASSWORD=$TIDEMARK_TEST_PG_PASSWORD

failures=0
check() { # check NAME CONDITION-RESULT DETAIL
  if [ "$2" = 0 ]; then echo "PASS  $1"; else echo "FAIL  $1: $3"; failures=$((failures + 1)); fi
}
applied() { "$cli" status --project "$1" --url "$2" --format json | grep -c '"state": "applied"'; }

# gophish (goose, SQLite): 25/25, and the broken Down of the rbac migration reported as a diagnostic.
g=$work/gophish.db
"$cli" up --project "$sets/gophish-sqlite" --url "sqlite:$g" >"$work/g.out" 2>&1
n=$(applied "$sets/gophish-sqlite" "sqlite:$g")
check "gophish: up applies 25/25 on SQLite" "$([ "$n" = 25 ]; echo $?)" "$n applied; $(tail -3 "$work/g.out")"
"$cli" validate --project "$sets/gophish-sqlite" --url "sqlite:$g" >"$work/gv.out" 2>&1
grep -q '20190105192341_0.8.0_rbac.sql:75: warning' "$work/gv.out"
check "gophish: rbac Down reported as a diagnostic with file and line" $? "$(grep rbac "$work/gv.out")"

# pocket-id (golang-migrate, PostgreSQL): 64/64 up; down to zero stops at the first broken down, consistent.
url=$(fresh_pg pocketid)
"$cli" up --project "$sets/pocketid-golangmigrate-pg" --url "$url" >"$work/p.out" 2>&1
n=$(applied "$sets/pocketid-golangmigrate-pg" "$url")
check "pocket-id: up applies 64/64 on PostgreSQL" "$([ "$n" = 64 ]; echo $?)" "$n applied; $(tail -3 "$work/p.out")"
"$cli" down --to 0 --project "$sets/pocketid-golangmigrate-pg" --url "$url" >"$work/pd.out" 2>&1
code=$?
after=$(applied "$sets/pocketid-golangmigrate-pg" "$url")
grep -q 'FAILED' "$work/pd.out" && [ "$code" = 1 ]
check "pocket-id: down --to 0 stops at a broken down with exit 1" $? "exit $code; $(grep -A1 FAILED "$work/pd.out")"
echo "      $(grep -A1 FAILED "$work/pd.out" | tail -1 | sed 's/^ *//')"
echo "      $after migrations still applied after the failed down"
# validate fails on pocket-id's four comment-only ups once they are pending again (by design: they apply nothing on
# PostgreSQL), so consistency is read from status: nothing failed or part-way.
failed=$("$cli" status --project "$sets/pocketid-golangmigrate-pg" --url "$url" --format json | grep -c '"state": "failed"')
check "pocket-id: history consistent after the failed down (nothing failed or part-way)" "$([ "$failed" = 0 ]; echo $?)" \
  "$failed failed"

# hawkbit (Flyway, PostgreSQL): an empty database gets the B1_20_0 baseline script; ignoring it, the V chain.
url=$(fresh_pg hawkbit_b)
"$cli" up --project "$sets/hawkbit-flyway-pg" --url "$url" >"$work/h.out" 2>&1
grep -q 'applying 1.20.0 1.0.0 baseline' "$work/h.out" && [ "$(grep -c '^applying' "$work/h.out")" = 1 ]
check "hawkbit: up on an empty database applies only the B1_20_0 baseline script" $? "$(grep '^applying\|FAILED' "$work/h.out" | head -5)"
url=$(fresh_pg hawkbit_v)
"$cli" up --ignore-baseline-scripts --project "$sets/hawkbit-flyway-pg" --url "$url" >"$work/hv.out" 2>&1
n=$(grep -c '^applying.* ok' "$work/hv.out")
ran=$(grep -o '^applying [0-9.]*' "$work/hv.out" | cut -d' ' -f2)
check "hawkbit: --ignore-baseline-scripts applies the V chain 25/25" "$([ "$n" = 25 ]; echo $?)" "$n ok; $(grep -A1 FAILED "$work/hv.out")"
[ -n "$ran" ] && [ "$ran" = "$(sort -V <<<"$ran")" ]
check "hawkbit: the V chain runs in version order, not file-name order" $? "$(echo $ran)"

echo
[ "$failures" = 0 ] && echo "all acceptance checks passed" || echo "$failures acceptance check(s) failed"
exit $((failures > 0))
