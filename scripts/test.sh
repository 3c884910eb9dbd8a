#!/usr/bin/env bash
# Runs every test of articled: set-up, the Swift test suites, then each check in scripts/checks.
# This is the README's test command and exactly what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build --build-tests
swift build -c release --product articled
swift test --skip-build
for check in scripts/checks/*.sh; do
    [ -e "$check" ] || continue
    echo "== $check"
    bash "$check"
done
