#!/usr/bin/env bash
# Regenerates every expected output of the golden tests: examples/*.out and the ```text
# blocks after ```dk blocks in README.md, grammar.md, docs/zh/*.md and examples/README.zh.md.
# It runs the golden tests with DANGKE_UPDATE_GOLDEN=1, which makes them write what the
# real binary prints instead of comparing. Review the result with `git diff` before
# committing: every changed line is a changed answer.
#
# Usage: scripts/update-golden.sh [swift test options, e.g. --scratch-path .build-docs]
set -euo pipefail
cd "$(dirname "$0")/.."
DANGKE_UPDATE_GOLDEN=1 swift test --filter 'DangkeTests.GoldenTests' "$@"
echo
git --no-pager diff --stat -- examples docs README.md grammar.md
echo "update-golden: review the changes with: git diff -- examples docs README.md grammar.md"
