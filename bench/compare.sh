#!/usr/bin/env bash
# Benchmarks Dangke side by side with DuckDB and sqlite3 on the same generated CSV files, checks
# that the three give the same answers, and prints one table. See README.md, "Performance".
#
# usage: bench/compare.sh [--scale district|city|province] [--runs N] [--timeout SECONDS]
#                         [--skip-sqlite-joins] [--sqlite | --no-sqlite]
#                         [--process-timeout SECONDS] [--no-build]
#
# Data:    $DANGKE_DATA/SCALE, generated with `dangke generate` when missing. DANGKE_DATA defaults
#          to $XDG_CACHE_HOME/dangke when XDG_CACHE_HOME is set, else bench/data in the checkout
#          (git-ignored). Databases, answers and logs go to bench/out/SCALE (git-ignored).
# Dangke:  queries timed in-process by dangke-bench on the snapshot (evaluation only, median
#          of N), each right before DuckDB runs it, so a busy machine slows both alike; load
#          (taking turns with DuckDB's), memory, file open and the sample query timed as whole
#          processes.
# DuckDB:  default threads; loads every CSV with read_csv in one invocation (in memory) for the
#          load row, and into bench/out/SCALE/db.duckdb for the queries (timed with .timer).
# Limit:   bench/limit/limit.c (built with cc -O2 -pthread, no Dangke code) times the bare
#          loops of q2, q4 and q7 over arrays of the data set's sizes on all cores; the table
#          ends with Dangke's q2, q4 and q7 as multiples of it.
# sqlite3: .import into typed tables in bench/out/SCALE/db.sqlite; a query slower than 2 s is
#          timed once, one slower than --timeout (60 s) shows as ">60 s". Not run at province
#          scale (50,000,000 attendance rows: a 3 GB file and most joins past the timeout)
#          unless --sqlite is given; --no-sqlite skips it at any scale.
# Limits:  every Dangke and DuckDB process gets at most --process-timeout seconds (default 900);
#          one that takes longer stops the script with a message. Province needs about 2 GB
#          for the CSV files and 3 GB more in bench/out/province (DuckDB file and snapshot).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SCALE=city
RUNS=5
TIMEOUT=60
SKIP_SQLITE_JOINS=0
SQLITE=auto
PROCESS_TIMEOUT=900
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --skip-sqlite-joins) SKIP_SQLITE_JOINS=1; shift ;;
    --sqlite) SQLITE=1; shift ;;
    --no-sqlite) SQLITE=0; shift ;;
    --process-timeout) PROCESS_TIMEOUT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$SCALE" in district|city|province) ;; *) echo "compare.sh: --scale is district, city or province" >&2; exit 2 ;; esac
case "$RUNS" in ''|*[!0-9]*|0) echo "compare.sh: --runs takes a number ≥ 1" >&2; exit 2 ;; esac
case "$PROCESS_TIMEOUT" in ''|*[!0-9]*|0) echo "compare.sh: --process-timeout takes a number of seconds ≥ 1" >&2; exit 2 ;; esac
if [ "$SQLITE" = auto ]; then
  if [ "$SCALE" = province ]; then SQLITE=0; else SQLITE=1; fi
fi

if [ -n "${XDG_CACHE_HOME:-}" ]; then DEFAULT_DATA=$XDG_CACHE_HOME/dangke; else DEFAULT_DATA=$ROOT/bench/data; fi
DATA_ROOT=${DANGKE_DATA:-$DEFAULT_DATA}
DATA=$DATA_ROOT/$SCALE
SAMPLE=$DATA_ROOT/sample
OUT=$ROOT/bench/out/$SCALE
Q=$HERE/queries
mkdir -p "$OUT/answers"
: >"$OUT/stderr.log"
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
RESULTS=$OUT/results.tsv
: >"$RESULTS"
# row LABEL DANGKE DUCKDB SQLITE UNIT: one line of the final table.
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS"; }

# --- Build and tools ----------------------------------------------------------------------
BUILD_ARGS=(-c release --scratch-path "$ROOT/.build-bench" --package-path "$ROOT")
if [ "$BUILD" = 1 ]; then
  note "building dangke and dangke-bench (release)"
  swift build "${BUILD_ARGS[@]}" --product dangke >&2
  swift build "${BUILD_ARGS[@]}" --product dangke-bench >&2
fi
BIN=$(swift build "${BUILD_ARGS[@]}" --show-bin-path)
DANGKE=$BIN/dangke
BENCH=$BIN/dangke-bench
command -v sqlite3 >/dev/null || { note "installing sqlite3"; apt-get install -y sqlite3 >&2; }
command -v duckdb >/dev/null || { note "installing duckdb-cli"; pip install duckdb-cli >&2; hash -r; }
# The PyPI package's `duckdb` is a Python script that starts the real binary: time the binary.
DUCKDB=$(python3 -c 'import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' 2>/dev/null || true)
[ -x "$DUCKDB" ] || DUCKDB=$(command -v duckdb)
command -v hyperfine >/dev/null || note "hyperfine missing: timing the sample with a plain loop"

# --- Data -------------------------------------------------------------------------------
for s in "$SCALE" sample; do
  if [ ! -f "$DATA_ROOT/$s/attendance.csv" ]; then
    note "generating the $s data set in $DATA_ROOT/$s"
    mkdir -p "$DATA_ROOT"
    bounded "$DANGKE" generate --scale "$s" --out "$DATA_ROOT/$s" --force >&2
  fi
done
DUCKDB_FILE=$OUT/db.duckdb
SQLITE_FILE=$OUT/db.sqlite
SNAPSHOT=$OUT/data.dks

# --- Dangke -----------------------------------------------------------------------------
note "dangke: CSV load in-process, answers and snapshot written"
bounded "$BENCH" "$DATA" "$Q/dangke.dkq" 1 --answers "$OUT/answers" --snapshot "$SNAPSHOT" \
  >"$OUT/dangke-bench.txt"
grep -v '^#' "$Q/dangke.dkq" | grep -v '^$' | split -l 1 -d -a 1 --numeric-suffixes=1 \
  --additional-suffix=.dkq - "$OUT/dangke-q"
note "dangke: snapshot open, whole process"
echo "count sessions" >"$OUT/count.dkq"
if "$DANGKE" "$SNAPSHOT" -c "count sessions" >/dev/null 2>&1; then
  DK_OPEN_LABEL="dangke FILE -c"
  read -r DK_OPEN DK_OPEN_RSS DK_OPEN_CPU < <(measure_runs "$RUNS" "$DANGKE" "$SNAPSHOT" -c "count sessions")
else
  DK_OPEN_LABEL="dangke-bench FILE"
  read -r DK_OPEN DK_OPEN_RSS DK_OPEN_CPU < <(measure_runs "$RUNS" "$BENCH" "$SNAPSHOT" "$OUT/count.dkq" 1)
fi
# A snapshot reads a column when a query first needs it: this row shows that cost (q2 reads
# attendance.member's row index and members.category).
Q2_TEXT=$(cat "$OUT/dangke-q2.dkq")
note "dangke: snapshot open + q2, whole process"
read -r DK_FIRST _ _ < <(measure_runs "$RUNS" "$DANGKE" "$SNAPSHOT" -c "$Q2_TEXT")
note "dangke: -c \"count sessions\" on the built-in sample"
DK_SAMPLE=$(hyperfine_median "$DANGKE -c 'count sessions'")

# --- DuckDB -----------------------------------------------------------------------------
# Loads taking turns (Dangke, DuckDB, Dangke, …), so a machine that slows down or speeds up
# during the run moves both alike.
note "dangke and duckdb: load of all CSV files, whole process, taking turns ($RUNS runs each)"
DK_L=() DK_R=() DK_C=() DU_L=() DU_R=() DU_C=() DK_QR=() DU_QR=()
# The load and the eight queries in one process (issue 18: what queries keep counts too).
DK_ALL=()
while IFS= read -r line; do
  case "$line" in ''|'#'*) ;; *) DK_ALL+=(-c "$line") ;; esac
done <"$Q/dangke.dkq"
cat "$HERE/sql/duckdb-load.sql" "$Q"/duckdb/q[1-8].sql >"$OUT/duckdb-load-queries.sql"
for ((i = 0; i < RUNS; i++)); do
  read -r wall rss status cpu < <(measure "$DANGKE" "$DATA" -c "count orgs")
  [ "$status" = 0 ] || { note "dangke load failed (see $OUT/stderr.log)"; exit 1; }
  DK_L+=("$wall"); DK_R+=("$rss"); DK_C+=("$cpu")
  read -r wall rss status cpu < <(cd "$DATA" && measure "$DUCKDB" :memory: -f "$HERE/sql/duckdb-load.sql")
  [ "$status" = 0 ] || { note "duckdb load failed (see $OUT/stderr.log)"; exit 1; }
  DU_L+=("$wall"); DU_R+=("$rss"); DU_C+=("$cpu")
  read -r _ rss status _ < <(measure "$DANGKE" "$DATA" "${DK_ALL[@]}")
  [ "$status" = 0 ] || { note "dangke load + queries failed (see $OUT/stderr.log)"; exit 1; }
  DK_QR+=("$rss")
  read -r _ rss status _ < <(cd "$DATA" && measure "$DUCKDB" :memory: -f "$OUT/duckdb-load-queries.sql")
  [ "$status" = 0 ] || { note "duckdb load + queries failed (see $OUT/stderr.log)"; exit 1; }
  DU_QR+=("$rss")
done
DK_ALL_RSS=$(median "${DK_QR[@]}") DU_ALL_RSS=$(median "${DU_QR[@]}")
DK_LOAD=$(median "${DK_L[@]}") DK_RSS=$(median "${DK_R[@]}") DK_LOAD_CPU=$(median "${DK_C[@]}")
DU_LOAD=$(median "${DU_L[@]}") DU_RSS=$(median "${DU_R[@]}") DU_LOAD_CPU=$(median "${DU_C[@]}")
if [ ! -f "$DUCKDB_FILE" ] || [ "$DATA/attendance.csv" -nt "$DUCKDB_FILE" ]; then
  note "duckdb: writing $DUCKDB_FILE"
  rm -f "$DUCKDB_FILE"
  (cd "$DATA" && bounded "$DUCKDB" "$DUCKDB_FILE" -f "$HERE/sql/duckdb-load.sql")
fi
read -r DU_OPEN DU_OPEN_RSS DU_OPEN_CPU < <(measure_runs "$RUNS" "$DUCKDB" -readonly "$DUCKDB_FILE" -f "$Q/duckdb/count-sessions.sql")
read -r DU_FIRST _ _ < <(measure_runs "$RUNS" "$DUCKDB" -readonly "$DUCKDB_FILE" -f "$Q/duckdb/q2.sql")
# Each query by Dangke (on the snapshot, in-process) and DuckDB back to back, so a busy machine
# slows both alike.
DK_TIMES=()
DU_TIMES=()
for n in 1 2 3 4 5 6 7 8; do
  note "dangke and duckdb: q$n"
  bounded "$BENCH" "$SNAPSHOT" "$OUT/dangke-q$n.dkq" "$RUNS" >"$OUT/dangke-q$n.txt"
  DK_TIMES+=("$(awk '/ ms  / && !/ load$/ { print $1 }' "$OUT/dangke-q$n.txt")")
  repeat_sql "$Q/duckdb/q$n.sql" "$RUNS" | bounded "$DUCKDB" -readonly -csv -noheader "$DUCKDB_FILE" >"$OUT/duckdb-q$n.log"
  first_answer "$OUT/duckdb-q$n.log" >"$OUT/answers/duckdb-q$n.csv"
  mapfile -t times < <(timer_times "$OUT/duckdb-q$n.log")
  DU_TIMES+=("$(median "${times[@]}")")
done
SAMPLE_DUCKDB=$OUT/sample.duckdb
[ -f "$SAMPLE_DUCKDB" ] || (cd "$SAMPLE" && "$DUCKDB" "$SAMPLE_DUCKDB" -f "$HERE/sql/duckdb-load.sql")
DU_SAMPLE=$(hyperfine_median "$DUCKDB -readonly $SAMPLE_DUCKDB -f $Q/duckdb/count-sessions.sql")

# --- The limit: bare loops in C ------------------------------------------------------------
# bench/limit/limit.c times the loops q2, q4 and q7 need (gather, group, count or sum) over
# arrays of this data set's sizes, with no Dangke code, on all cores.
note "limit: bare loops of q2, q4 and q7 in C (bench/limit)"
LIMIT_BIN=$OUT/limit
cc -O2 -pthread "$HERE/limit/limit.c" -o "$LIMIT_BIN"
rows() { echo $(( $(wc -l <"$DATA/$1.csv") - 1 )); }
"$LIMIT_BIN" --attendance "$(rows attendance)" --members "$(rows members)" \
  --sessions "$(rows sessions)" --runs "$RUNS" >"$OUT/limit.txt"

# --- sqlite3 ----------------------------------------------------------------------------
SQ_TIMES=()
if [ "$SQLITE" = 1 ]; then
  note "sqlite3: .import of all CSV files into $SQLITE_FILE (once: it is slow)"
  rm -f "$SQLITE_FILE"
  read -r SQ_LOAD SQ_RSS status SQ_LOAD_CPU < <(cd "$DATA" && measure sqlite3 "$SQLITE_FILE" ".read $HERE/sql/sqlite-load.sql")
  [ "$status" = 0 ] || { note "sqlite3 load failed (see $OUT/stderr.log)"; exit 1; }
  read -r SQ_OPEN SQ_OPEN_RSS SQ_OPEN_CPU < <(measure_runs "$RUNS" sqlite3 "$SQLITE_FILE" ".read $Q/sqlite/count-sessions.sql")
  for n in 1 2 3 4 5 6 7 8; do
    if [ "$SKIP_SQLITE_JOINS" = 1 ] && grep -qi join "$Q/sqlite/q$n.sql"; then
      SQ_TIMES+=("skipped"); continue
    fi
    note "sqlite3: q$n"
    log=$OUT/sqlite-q$n.log
    set +e
    repeat_sql "$Q/sqlite/q$n.sql" 1 | timeout "$TIMEOUT" sqlite3 -csv -noheader "$SQLITE_FILE" >"$log"
    status=$?
    set -e
    if [ "$status" = 124 ]; then SQ_TIMES+=(">${TIMEOUT} s"); continue; fi
    first_answer "$log" >"$OUT/answers/sqlite-q$n.csv"
    once=$(timer_times "$log" | head -1)
    if awk -v t="$once" 'BEGIN { exit !(t < 2000) }' && [ "$RUNS" -gt 1 ]; then
      repeat_sql "$Q/sqlite/q$n.sql" "$RUNS" | sqlite3 -csv -noheader "$SQLITE_FILE" >"$log"
      mapfile -t times < <(timer_times "$log")
      SQ_TIMES+=("$(median "${times[@]}")")
    else
      SQ_TIMES+=("$once*")
    fi
  done
else
  note "sqlite3: not run at $SCALE scale (--sqlite runs it)"
  SQ_LOAD=skipped SQ_RSS=skipped SQ_LOAD_CPU=skipped SQ_OPEN=skipped SQ_OPEN_RSS=skipped SQ_OPEN_CPU=skipped
  for n in 1 2 3 4 5 6 7 8; do SQ_TIMES+=("skipped"); done
fi
SAMPLE_SQLITE=$OUT/sample.sqlite
[ -f "$SAMPLE_SQLITE" ] || (cd "$SAMPLE" && sqlite3 "$SAMPLE_SQLITE" ".read $HERE/sql/sqlite-load.sql")
SQ_SAMPLE=$(hyperfine_median "sqlite3 $SAMPLE_SQLITE '.read $Q/sqlite/count-sessions.sql'")

# --- Table ------------------------------------------------------------------------------
row "load all CSV files (whole process, wall)" "$DK_LOAD" "$DU_LOAD" "$SQ_LOAD" ms
row "CPU time of that load (user+sys, all threads)" "$DK_LOAD_CPU" "$DU_LOAD_CPU" "$SQ_LOAD_CPU" ms
row "peak RSS of that load" "$DK_RSS" "$DU_RSS" "$SQ_RSS" MiB
row "peak RSS of load + the eight queries (one process)" "$DK_ALL_RSS" "$DU_ALL_RSS" "skipped" MiB
row "open own file + count sessions (whole process)" "$DK_OPEN" "$DU_OPEN" "$SQ_OPEN" ms
row "CPU time of that open (user+sys)" "$DK_OPEN_CPU" "$DU_OPEN_CPU" "$SQ_OPEN_CPU" ms
row "peak RSS of that open" "$DK_OPEN_RSS" "$DU_OPEN_RSS" "$SQ_OPEN_RSS" MiB
row "open own file + q2, first run (whole process)" "$DK_FIRST" "$DU_FIRST" "skipped" ms
n=0
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  row "q$((n + 1)) $line" "${DK_TIMES[$n]}" "${DU_TIMES[$n]}" "${SQ_TIMES[$n]}" ms
  n=$((n + 1))
done <"$Q/dangke.dkq"
row "dangke -c \"count sessions\" on the sample (whole process)" "$DK_SAMPLE" "$DU_SAMPLE" "$SQ_SAMPLE" ms
echo "open: dangke runs $DK_OPEN_LABEL on its snapshot" >>"$OUT/dangke-bench.txt"
# Dangke's in-process figure for q2, q4 and q7 as a multiple of the bare loops' time.
limit_table() {
  local threads
  threads=$(awk '/^#/ { for (i = 1; i <= NF; i++) if ($i == "threads") print $(i - 1) }' "$OUT/limit.txt")
  printf '\nthe limit (bench/limit: the same loops in plain C, %s threads, median of %s):\n' "$threads" "$RUNS"
  printf '%-6s %10s %10s %14s %14s\n' query dangke limit "1-thread limit" dangke/limit
  for n in 2 4 7; do
    awk -v q="q$n" -v dk="${DK_TIMES[$((n - 1))]}" '$1 == q {
      printf "%-6s %10.1f %10.1f %14.1f %13.2f×\n", q, dk, $2, $3, dk / $2 }' "$OUT/limit.txt"
  done
}
DUCKDB=$DUCKDB python3 "$HERE/report.py" --scale "$SCALE" --runs "$RUNS" --results "$RESULTS" \
  --answers "$OUT/answers" --bench-log "$OUT/dangke-bench.txt"
limit_table
