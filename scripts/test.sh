#!/usr/bin/env bash
# Runs every test of articled: set-up, the Swift test suites, then each check in scripts/checks.
# This is the README's test command and exactly what CI runs. It ends with one summary line,
# "tests: N passed, N failed", and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build --build-tests
# The release binary is what the record-schema and tagger checks run (the tagger check is slow in debug).
swift build -c release --product articled

mkdir -p .build
log=.build/swift-test.log
status=0
# All suites are XCTest; Swift Testing would only add an empty "0 tests" run.
swift test --skip-build --disable-swift-testing 2>&1 | tee "$log" || status=1

checks_passed=0 checks_failed=0
for check in scripts/checks/*.sh; do
    [ -e "$check" ] || continue
    echo "== $check"
    if bash "$check"; then
        checks_passed=$((checks_passed + 1))
    else
        echo "FAILED: $check"
        checks_failed=$((checks_failed + 1))
        status=1
    fi
done

# XCTest's last "Executed N tests, with F failures" line is the total.
# (XCTest on Linux may write "with 1 test skipped and 0 failures".)
summary=$(grep -E "Executed [0-9]+ tests?, with" "$log" | tail -n 1 || true)
executed=$(grep -oE "Executed [0-9]+" <<<"$summary" | grep -oE "[0-9]+" || true)
failures=$(grep -oE "[0-9]+ failures?" <<<"$summary" | grep -oE "[0-9]+" || true)
executed=${executed:-0} failures=${failures:-0}
[ "$executed" -gt 0 ] || status=1
skipped=$(grep -c "Test Case .* skipped" "$log" || true)
echo "swift tests: $executed executed, $failures failed, $skipped skipped; checks: $checks_passed passed, $checks_failed failed"
echo "tests: $((executed - failures - skipped + checks_passed)) passed, $((failures + checks_failed)) failed, $skipped skipped"
exit "$status"
