#!/usr/bin/env bash
# Regenerates every expected output of every golden suite:
#   - examples/*.out and the ```text blocks after ```dk blocks in README.md, grammar.md,
#     docs/zh/*.md and examples/README.zh.md (DangkeTests.GoldenTests);
#   - the bad-query messages in Tests/EngineTests/Fixtures/bad/queries/ (QueryCorpusTests);
#   - the bad-data outcomes in Tests/EngineTests/Fixtures/bad/data-cases/ (DataCorpusTests);
#   - the parser diagnostics in Tests/LangTests/Diagnostics/cases/ and weak-messages.txt
#     (DiagnosticCorpusTests).
# It runs those suites with DANGKE_UPDATE_GOLDEN=1 (the one switch every golden suite reads,
# `Golden.updating` in Tests/TestSupport), which makes them write what the code prints now
# instead of comparing. Review the result with `git diff` before committing: every changed
# line is a changed answer.
#
# Usage: scripts/update-golden.sh [swift test options, e.g. --scratch-path .build-docs]
set -euo pipefail
cd "$(dirname "$0")/.."
suites='DangkeTests\.GoldenTests|EngineTests\.(QueryCorpusTests|DataCorpusTests)|LangTests\.DiagnosticCorpusTests'
DANGKE_UPDATE_GOLDEN=1 swift test --filter "$suites" "$@"
echo
changed=(examples docs README.md grammar.md Tests/EngineTests/Fixtures/bad Tests/LangTests/Diagnostics)
git --no-pager diff --stat -- "${changed[@]}"
echo "update-golden: review the changes with: git diff -- ${changed[*]}"
