#!/usr/bin/env bash
# Measures durable files/s of articled (release build) against the sequential floor (floor.py) on
# N small articles (default 10000) in a temporary folder on the same file system.
# Usage: bash scripts/bench/throughput.sh [N] [workdir]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-10000}"
work="${2:-$(mktemp -d /var/tmp/articled-bench.XXXXXX)}"
binary="$(swift build -c release --show-bin-path)/articled"
[ -x "$binary" ] || swift build -c release --product articled

make_files() {
    rm -rf "$1"; mkdir -p "$1"
    python3 - "$1" "$n" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(f"{d}/article-{i}.txt", "w") as f:
        f.write(f"خبر رقم {i}\nقال المتحدث إن الاجتماع عقد في عمان يوم الأحد الماضي، وإن الوفد سيعود الشهر المقبل.\n")
PY
}

rm -rf "$work/floor"; make_files "$work/floor/inbox"
sync
python3 scripts/bench/floor.py "$work/floor/inbox" "$work/floor/processing" "$work/floor/records"

rm -rf "$work/daemon"; make_files "$work/daemon/inbox"
sync
start=$(date +%s.%N)
"$binary" run --data-dir "$work/daemon" --set daemon.log_level=warning \
    --set detection.quiet_period=0 2>"$work/daemon.log" &
pid=$!
while [ "$(find "$work/daemon/records" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -lt "$n" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "articled died"; cat "$work/daemon.log"; exit 1; }
    sleep 0.05
done
end=$(date +%s.%N)
kill -TERM "$pid"; wait "$pid" || true
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); print(f'articled: {n} files in {s:.2f} s = {n/s:.0f} files/s (start-up included)')" "$start" "$end" "$n"
rm -rf "$work"
