#!/usr/bin/env bash
# CI: builds every fuzz target and runs each for a short time (15 s, or FUZZ_CI_SECONDS);
# fails when any finds a crash, a timeout or an out-of-memory input (saved in fuzz/out/crashes).
set -euo pipefail
cd "$(dirname "$0")"
exec ./run.sh all "${FUZZ_CI_SECONDS:-15}"
