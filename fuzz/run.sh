#!/usr/bin/env bash
# Builds the libFuzzer targets (release, fuzzer + address sanitizers) and runs one for a time:
#   fuzz/run.sh TARGET SECONDS      TARGET: parser, csv, json, eval, or all (one after another)
# New inputs go to fuzz/out/corpus/TARGET (the committed seeds in fuzz/corpus/TARGET are read
# too); a crash, timeout or out-of-memory input is saved in fuzz/out/crashes/TARGET/ and the
# script exits 1. FUZZ_ARGS adds libFuzzer flags, e.g. FUZZ_ARGS="-fork=1 -ignore_crashes=1"
# to go on after a crash and collect them all.
set -euo pipefail
cd "$(dirname "$0")"

targets=(parser csv json eval)
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh {${targets[*]// /|}|all} SECONDS" >&2
  exit 2
fi
if [ "$1" = all ]; then
  status=0
  for t in "${targets[@]}"; do "$0" "$t" "$2" || status=1; done
  exit $status
fi
case " ${targets[*]} " in
  *" $1 "*) target=$1 ;;
  *) echo "fuzz/run.sh: unknown target '$1' (${targets[*]} or all)" >&2; exit 2 ;;
esac
seconds=$2

swift build -c release --scratch-path .build --product "fuzz-$target" \
  -Xswiftc -sanitize=fuzzer,address >&2
binary=.build/release/fuzz-$target

# Longer inputs for data files than for queries.
case $target in
  csv | json) max_len=8192 ;;
  *) max_len=2048 ;;
esac

work=out/corpus/$target
crashes=out/crashes/$target
mkdir -p "$work" "$crashes"
log=out/$target.log
echo "fuzz: $target for ${seconds}s (log: fuzz/$log)" >&2
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
# Swift's own backtracer trips the address sanitizer; libFuzzer prints the stack.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
set +e
# shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
"$binary" "$work" "corpus/$target" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=$max_len \
  -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$crashes/" \
  ${FUZZ_ARGS:-} >"$log" 2>&1
status=$?
set -e
# The last status line: executions, coverage (cov: edges, ft: features), corpus size.
grep -E '^#[0-9]+' "$log" | tail -1 >&2 || true
grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log" >&2 || true
if [ $status -ne 0 ] || ls "$crashes" | grep -q .; then
  echo "fuzz: $target FAILED (status $status); inputs in fuzz/$crashes:" >&2
  ls "$crashes" >&2
  grep -E 'ERROR|Fatal error|SUMMARY|deadly signal' "$log" | head -5 >&2 || true
  exit 1
fi
echo "fuzz: $target ok" >&2
