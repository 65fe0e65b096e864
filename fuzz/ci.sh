#!/usr/bin/env bash
# CI: builds every fuzz target and runs each for a short time (15 s, or FUZZ_CI_SECONDS);
# fails when any finds a crash, a timeout or an out-of-memory input (saved in fuzz/out/crashes).
set -euo pipefail
cd "$(dirname "$0")"
# A fixed seed makes the run repeatable: CI tries the same inputs as a local run of the same
# length did, so it fails only on a bug, never by chance.
export FUZZ_ARGS="-seed=1 ${FUZZ_ARGS:-}"
exec ./run.sh all "${FUZZ_CI_SECONDS:-15}"
