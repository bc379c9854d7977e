#!/usr/bin/env bash
# Writes N migrations (a table, an index and ten rows each) in two conventions:
#   DIR/golang-migrate/NNNNNN_tNNNNNN.{up,down}.sql   (Tidemark, raw clients)
#   DIR/dbmate/NNNNNN_tNNNNNN.sql                     (dbmate)
set -euo pipefail
n=$1 dir=$2
mkdir -p "$dir/golang-migrate" "$dir/dbmate"
for ((i = 1; i <= n; i++)); do
  v=$(printf '%06d' "$i")
  up="CREATE TABLE t$v (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, qty INTEGER NOT NULL);
CREATE INDEX t${v}_name ON t$v (name);
INSERT INTO t$v (id, name, qty) VALUES"
  for ((r = 1; r <= 10; r++)); do
    up+=" ($r, 'row $r; of $v', $((r * i)))"
    ((r < 10)) && up+=","
  done
  up+=";"
  down="DROP TABLE t$v;"
  printf '%s\n' "$up" >"$dir/golang-migrate/${v}_t$v.up.sql"
  printf '%s\n' "$down" >"$dir/golang-migrate/${v}_t$v.down.sql"
  printf -- '-- migrate:up\n%s\n\n-- migrate:down\n%s\n' "$up" "$down" >"$dir/dbmate/${v}_t$v.sql"
done
