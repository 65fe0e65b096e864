#!/usr/bin/env bash
# Dangke on PostgreSQL: `dangke import` against `psql \copy`, and Q1–Q8 (bench/queries/dangke.dkq)
# through `dangke --data URL -c` against the same queries in memory and in DuckDB, with Dangke's
# generated SQL and the hand-written SQL of bench/queries/postgres run by psql. See README.md,
# "Performance".
#
# usage: bench/postgres.sh [--scale district|city] [--data DIR] [--runs N] [--import-runs N]
#                          [--no-build]
#
# Server:  a throwaway cluster (scripts/pg-test-cluster.sh: initdb in a temporary folder, run as
#          the unprivileged `postgres` user when root, default settings), stopped and removed
#          whatever happens.
# Data:    --data DIR, else $DANGKE_DATA/SCALE (generated with `dangke generate` when missing).
#          Logs, generated SQL and answers go to bench/out/postgres-SCALE (git-ignored).
# Import:  `dangke import DATA --into URL` into a new database, taking turns with psql -1 doing
#          the same work by hand: the same CREATE TABLEs (pg_dump --section=pre-data of
#          Dangke's import), `\copy … csv header` of each file, then the same primary keys,
#          indexes and foreign keys (--section=post-data). Whole process, median of N.
# Queries: on one imported database after VACUUM ANALYZE. "dangke -c" is the whole process
#          (connect, catalog, plan, run); "dangke SQL" and "hand SQL" are the statement times
#          psql's \timing reports in one session, median of N each: Dangke's SQL is the
#          statement `dangke -c` sent, taken from the server's log (bench/pg-statement.py), the
#          hand-written one is bench/queries/postgres/qN.sql. "in memory" is dangke-bench in-process on the CSV files; "duckdb" its
#          .timer on a database file. Answers of dangke -c on the server are compared, byte
#          for byte (--format csv), with dangke's on a snapshot of the same files.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SCALE=district
DATA=
RUNS=5
IMPORT_RUNS=
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --import-runs) IMPORT_RUNS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "postgres.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$SCALE" in district|city) ;; *) echo "postgres.sh: --scale is district or city" >&2; exit 2 ;; esac
case "$RUNS" in ''|*[!0-9]*|0) echo "postgres.sh: --runs takes a number ≥ 1" >&2; exit 2 ;; esac
IMPORT_RUNS=${IMPORT_RUNS:-$RUNS}

if [ -n "${XDG_CACHE_HOME:-}" ]; then DEFAULT_DATA=$XDG_CACHE_HOME/dangke; else DEFAULT_DATA=$ROOT/bench/data; fi
DATA=${DATA:-${DANGKE_DATA:-$DEFAULT_DATA}/$SCALE}
OUT=$ROOT/bench/out/postgres-$SCALE
Q=$HERE/queries
mkdir -p "$OUT/answers" "$OUT/sql"
: >"$OUT/stderr.log"
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"

# --- Build and tools ----------------------------------------------------------------------
BUILD_ARGS=(-c release --scratch-path "$ROOT/.build-bench" --package-path "$ROOT")
if [ "$BUILD" = 1 ]; then
  note "building dangke and dangke-bench (release)"
  swift build "${BUILD_ARGS[@]}" --product dangke >&2
  swift build "${BUILD_ARGS[@]}" --product dangke-bench >&2
fi
BIN=${DANGKE_BIN_DIR:-$(swift build "${BUILD_ARGS[@]}" --show-bin-path)}
DANGKE=$BIN/dangke
BENCH=$BIN/dangke-bench
command -v psql >/dev/null || { echo "postgres.sh: psql missing (apt-get install postgresql)" >&2; exit 1; }
DUCKDB=$(python3 -c 'import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' 2>/dev/null || true)
[ -x "$DUCKDB" ] || DUCKDB=$(command -v duckdb || true)

if [ ! -f "$DATA/attendance.csv" ]; then
  note "generating the $SCALE data set in $DATA"
  "$DANGKE" generate --scale "$SCALE" --out "$DATA" --force >&2
fi

# --- Server -------------------------------------------------------------------------------
CLUSTER=$(mktemp -d /tmp/dangke-bench-pg.XXXXXX)
trap '"$ROOT/scripts/pg-test-cluster.sh" stop "$CLUSTER"' EXIT
trap 'exit 130' INT TERM
note "starting a throwaway PostgreSQL cluster in $CLUSTER"
ADMIN=$(PG_PORT=${PG_PORT:-56432} "$ROOT/scripts/pg-test-cluster.sh" start "$CLUSTER")
BASE=${ADMIN%/*}
export PGOPTIONS="-c client_min_messages=warning"
sql() { psql -X -q -v ON_ERROR_STOP=1 "$ADMIN" -c "$1" >/dev/null; }
fresh() { sql "drop database if exists $1 with (force)"; sql "create database $1"; }

# --- Import ---------------------------------------------------------------------------------
# The schema psql's copy uses: Dangke's own tables, keys and indexes (from a first import).
fresh dk_schema
"$DANGKE" import "$DATA" --into "$BASE/dk_schema" >/dev/null 2>>"$OUT/stderr.log"
COPY_SQL=$OUT/psql-copy.sql
{
  pg_dump --schema-only --section=pre-data --no-owner "$BASE/dk_schema" | grep -v '^\\\(un\)\{0,1\}restrict'
  for f in "$DATA"/*.csv; do
    t=$(basename "$f" .csv)
    echo "\\copy public.$t from '$f' with (format csv, header true)"
  done
  pg_dump --schema-only --section=post-data --no-owner "$BASE/dk_schema" | grep -v '^\\\(un\)\{0,1\}restrict'
} >"$COPY_SQL"
sql "drop database dk_schema with (force)"
note "import: dangke import and psql \\copy, taking turns ($IMPORT_RUNS runs each)"
DK_I=() PS_I=()
for ((i = 0; i < IMPORT_RUNS; i++)); do
  fresh dk_import
  read -r wall _ status _ < <(measure "$DANGKE" import "$DATA" --into "$BASE/dk_import")
  [ "$status" = 0 ] || { note "dangke import failed (see $OUT/stderr.log)"; exit 1; }
  DK_I+=("$wall")
  fresh ps_import
  read -r wall _ status _ < <(measure psql -X -q -1 -v ON_ERROR_STOP=1 -f "$COPY_SQL" "$BASE/ps_import")
  [ "$status" = 0 ] || { note "psql copy failed (see $OUT/stderr.log)"; exit 1; }
  PS_I+=("$wall")
done
sql "drop database ps_import with (force)"
DB=$BASE/dk_import
psql -X -q "$DB" -c "vacuum analyze" >/dev/null

# --- Queries ------------------------------------------------------------------------------
# psql_times FILE N: FILE's statement N times in one psql session; the \timing figures (ms).
psql_times() {
  local log
  log=$(mktemp)
  { echo '\timing on'; for ((k = 0; k < $2; k++)); do cat "$1"; echo; done; } \
    | psql -X -q -v ON_ERROR_STOP=1 "$DB" >"$log" 2>>"$OUT/stderr.log"
  awk '/^Time: / { print $2 }' "$log"
  rm -f "$log"
}
mapfile -t QUERIES < <(grep -v '^#' "$Q/dangke.dkq" | grep -v '^$')
note "in memory: dangke-bench on the CSV files ($RUNS runs)"
"$BENCH" "$DATA" "$Q/dangke.dkq" "$RUNS" --snapshot "$OUT/data.dks" >"$OUT/dangke-bench.txt"
mapfile -t MEM < <(awk '/ ms  / && !/ load$/ && !/ snapshot write$/ { print $1 }' "$OUT/dangke-bench.txt")
DUCKDB_FILE=$OUT/db.duckdb
if [ -n "$DUCKDB" ] && { [ ! -f "$DUCKDB_FILE" ] || [ "$DATA/attendance.csv" -nt "$DUCKDB_FILE" ]; }; then
  note "duckdb: writing $DUCKDB_FILE"
  rm -f "$DUCKDB_FILE"
  (cd "$DATA" && "$DUCKDB" "$DUCKDB_FILE" -f "$HERE/sql/duckdb-load.sql")
fi
# Dangke's statement for each query as the server received it (log_statement = 'all' for a
# moment; its parameters written in as literals), and its answer, with one run each.
sql "alter system set log_statement = 'all'"
sql "select pg_reload_conf()"
for n in 1 2 3 4 5 6 7 8; do
  offset=$(stat -c %s "$CLUSTER/server.log")
  "$DANGKE" --data "$DB" --format csv -c "${QUERIES[$((n - 1))]}" \
    >"$OUT/answers/postgres-q$n.csv" 2>>"$OUT/stderr.log"
  sleep 0.2
  python3 "$HERE/pg-statement.py" "$CLUSTER/server.log" "$offset" >"$OUT/sql/q$n.sql"
done
sql "alter system reset log_statement"
sql "select pg_reload_conf()"
printf '%-62s %10s %10s %10s %10s %10s %s\n' query "dangke -c" "dangke SQL" "hand SQL" \
  "in memory" duckdb "same answer" >"$OUT/queries.txt"
for n in 1 2 3 4 5 6 7 8; do
  q=${QUERIES[$((n - 1))]}
  note "q$n: $q"
  read -r DK _ _ < <(measure_runs "$RUNS" "$DANGKE" --data "$DB" -c "$q")
  mapfile -t t < <(psql_times "$OUT/sql/q$n.sql" "$RUNS")
  DKSQL=$(median "${t[@]}")
  mapfile -t t < <(psql_times "$Q/postgres/q$n.sql" "$RUNS")
  HAND=$(median "${t[@]}")
  DU=-
  if [ -n "$DUCKDB" ]; then
    repeat_sql "$Q/duckdb/q$n.sql" "$RUNS" | "$DUCKDB" -readonly -csv -noheader "$DUCKDB_FILE" >"$OUT/duckdb-q$n.log"
    mapfile -t t < <(timer_times "$OUT/duckdb-q$n.log")
    DU=$(median "${t[@]}")
  fi
  "$DANGKE" "$OUT/data.dks" --format csv -c "$q" >"$OUT/answers/memory-q$n.csv" 2>>"$OUT/stderr.log"
  if cmp -s "$OUT/answers/memory-q$n.csv" "$OUT/answers/postgres-q$n.csv"; then same=yes; else same=NO; fi
  printf '%-62s %10s %10s %10s %10s %10s %s\n' "q$n ${q:0:58}" "$DK" "$DKSQL" "$HAND" \
    "${MEM[$((n - 1))]:--}" "$DU" "$same" >>"$OUT/queries.txt"
done

# --- Table --------------------------------------------------------------------------------
rows=$(( $(wc -l <"$DATA/attendance.csv") - 1 ))
echo "PostgreSQL $(psql -X -At "$ADMIN" -c 'show server_version'), $SCALE scale ($rows attendance rows), medians of $RUNS runs (ms)"
printf '%-62s %10s %10s\n' "import of all CSV files (whole process)" "dangke" "psql \\copy"
printf '%-62s %10s %10s\n' "  tables, rows, keys, indexes, foreign keys; one transaction" \
  "$(median "${DK_I[@]}")" "$(median "${PS_I[@]}")"
echo
cat "$OUT/queries.txt"
