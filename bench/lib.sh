# Helpers for compare.sh (sourced, not run).

# note TEXT: a progress line on stderr, so stdout holds only the final table.
note() { printf '[compare] %s\n' "$*" >&2; }

# median N…: the middle value (the lower middle for an even count); "-" for none.
median() {
  if [ $# -eq 0 ]; then echo "-"; return; fi
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# bounded CMD…: runs CMD for at most $PROCESS_TIMEOUT seconds (900 when unset); says so when
# it was stopped, and returns CMD's status (124 when stopped).
bounded() {
  local status=0
  timeout "${PROCESS_TIMEOUT:-900}" "$@" || status=$?
  [ "$status" != 124 ] || note "$1 took longer than ${PROCESS_TIMEOUT:-900} s (--process-timeout)"
  return "$status"
}

# measure CMD…: runs CMD (bounded by $PROCESS_TIMEOUT) under /usr/bin/time -v with stdout discarded; prints
# "WALL_MS RSS_MIB STATUS CPU_MS" (CPU = user + system time, all threads). Wall time from
# `date +%s%N`.
measure() {
  local log start end status rss cpu
  log=$(mktemp)
  start=$(date +%s%N)
  set +e
  /usr/bin/time -v -o "$log" timeout "${PROCESS_TIMEOUT:-900}" "$@" >/dev/null 2>>"$OUT/stderr.log"
  status=$?
  [ "$status" != 124 ] || note "$1 took longer than ${PROCESS_TIMEOUT:-900} s (--process-timeout)"
  set -e
  end=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.0f", t * 1000 }' "$log")
  rm -f "$log"
  echo "$(( (end - start) / 1000000 )) ${rss:-0} $status ${cpu:-0}"
}

# measure_runs N CMD…: measure CMD N times; prints "MEDIAN_WALL_MS MEDIAN_RSS_MIB
# MEDIAN_CPU_MS", or "fail fail fail" when a run fails.
measure_runs() {
  local n=$1 walls=() rsses=() cpus=() i wall rss status cpu
  shift
  for ((i = 0; i < n; i++)); do
    read -r wall rss status cpu < <(measure "$@")
    if [ "$status" != 0 ]; then echo "fail fail fail"; return; fi
    walls+=("$wall")
    rsses+=("$rss")
    cpus+=("$cpu")
  done
  echo "$(median "${walls[@]}") $(median "${rsses[@]}") $(median "${cpus[@]}")"
}

# timer_times FILE: the "Run Time … real SECONDS" values of a DuckDB or SQLite .timer log,
# in milliseconds, one per line.
timer_times() {
  awk '/^Run Time/ { for (i = 1; i < NF; i++) if ($i == "real") printf "%.1f\n", $(i + 1) * 1000 }' "$1"
}

# first_answer FILE: the result lines before the first .timer line.
first_answer() {
  awk '/^Run Time/ { exit } { print }' "$1"
}

# repeat_sql FILE N: FILE's statement N times after `.timer on` (NULL written as empty).
repeat_sql() {
  local i
  echo ".nullvalue ''"
  echo ".timer on"
  for ((i = 0; i < $2; i++)); do cat "$1"; done
}

# hyperfine_median CMD: median wall ms of CMD with hyperfine (20 runs, 3 warm-ups), or of
# 20 runs of a plain loop when hyperfine is missing.
hyperfine_median() {
  if command -v hyperfine >/dev/null; then
    local json
    json=$(mktemp)
    hyperfine -N --warmup 3 --runs 20 --export-json "$json" "$1" >/dev/null 2>&1 || {
      echo fail; rm -f "$json"; return; }
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$json"
    rm -f "$json"
  else
    # As hyperfine -N: the command run directly (no shell, whose own start of a millisecond
    # or two would be counted in both engines' times), 3 warm-up runs, the median of 20.
    python3 - "$1" 2>/dev/null <<'PY' || echo fail
import shlex, statistics, subprocess, sys, time
command = shlex.split(sys.argv[1])
def wall():
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000
for _ in range(3):
    wall()
print("%.1f" % statistics.median(wall() for _ in range(20)))
PY
  fi
}
