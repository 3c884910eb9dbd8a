#!/usr/bin/env bash
# Regression guard for the entity tagger: the committed model must still reach the development F1
# recorded in BENCHMARKS.md ("Tagger" section), within 0.5 points. Needs the release build
# (scripts/test.sh makes it) and ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/../.."

recorded=$(sed -n 's/^- Development F1, overall: \([0-9.]*\).*/\1/p' BENCHMARKS.md)
if [ -z "$recorded" ]; then
    echo "tagger-dev-f1: no '- Development F1, overall:' line in BENCHMARKS.md" >&2
    exit 1
fi
report=$(.build/release/articled tagger evaluate --dev-split --data ../shared/data)
echo "$report"
measured=$(printf '%s\n' "$report" | sed -n 's/^accuracy:.*FB1: *\([0-9.]*\)$/\1/p')
if awk -v m="$measured" -v r="$recorded" 'BEGIN { exit !(m + 0.5 >= r) }'; then
    echo "tagger-dev-f1: development F1 $measured (recorded $recorded): ok"
else
    echo "tagger-dev-f1: development F1 $measured is more than 0.5 below the recorded $recorded" >&2
    exit 1
fi
