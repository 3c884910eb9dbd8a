#!/usr/bin/env bash
# Runs every benchmark of articled in one go and prints one table (BENCHMARKS.md explains it):
# release build; the core benchmark; the tagger benchmark; the file-system floor; the daemon end
# to end (10,000 files at once, a steady 20 files/s feed, start-up with a 100,000-file backlog).
# The floor and the daemon run in the same scratch folder, so on the same file system, in the
# same run. Not part of CI (CI runs tests): about 10 to 20 minutes.
#
#   bash scripts/bench.sh
#
# Environment (all optional):
#   BENCH_DIR       scratch folder, on the file system to measure (default: a new folder in /var/tmp);
#                   removed at the end unless BENCH_KEEP=1
#   SHARED          the shared data folder (default: ../shared next to the repository)
#   BURST_FILES     files moved in at once (10000)       LATENCY_FILES  files in the steady feed (1000)
#   LATENCY_RATE    files per second of the feed (20)    BACKLOG_FILES  start-up backlog (100000)
#   FLOOR_FILES     files per floor run (10000)
#   PAIRS, PAIR_FILES  rounds of the interleaved comparison (5 rounds of 2000 files): floor, then
#                   daemon, then floor ... so both see the same load; the median ratio is robust
#                   to a shared machine's swings
#   PARTS           which parts to run (default: all): core tagger floor burst latency backlog pairs
#   BACKLOG_BUDGET  seconds the backlog may take after READY (480); if the daemon is slower, the
#                   run stops there and reports how many files it got through (keeps the whole
#                   script near 20 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${SHARED:-$(cd .. && pwd)/shared}
SAMPLE=$SHARED/samples/kazakhstan-opinion.ar.txt
BURST_FILES=${BURST_FILES:-10000}
LATENCY_FILES=${LATENCY_FILES:-1000}
LATENCY_RATE=${LATENCY_RATE:-20}
BACKLOG_FILES=${BACKLOG_FILES:-100000}
FLOOR_FILES=${FLOOR_FILES:-10000}
BACKLOG_BUDGET=${BACKLOG_BUDGET:-480}
PAIRS=${PAIRS:-5}
PAIR_FILES=${PAIR_FILES:-2000}
PARTS=" ${PARTS:-core tagger floor burst latency backlog pairs} "
want() { [[ "$PARTS" == *" $1 "* ]]; }
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /var/tmp/articled-bench.XXXXXX)}
mkdir -p "$BENCH_DIR"
RESULTS=$BENCH_DIR/results.txt
: > "$RESULTS"
[ -r "$SAMPLE" ] || { echo "bench.sh: cannot read the sample $SAMPLE (set SHARED)" >&2; exit 1; }
# Nothing is deleted before the end: ext4 without a journal (this machine's root file system)
# skips, on every new inode, each free inode deleted in the last 60 s (360 s while its table block
# is dirty), one buffer look-up each. A 2,000-file daemon run started right after deleting the
# previous run's files spent 18% of its CPU in that scan (perf: recently_deleted; none in a
# fresh folder): it measured the benchmark's own clean-up, not articled, and the daemon, which
# creates two inodes per file (record, duplicate-index link), paid it twice. About 7 GB of
# scratch space is needed.
cleanup() { [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR"; }
trap cleanup EXIT

section() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
# Runs a command, shows its output as it comes, keeps its RESULT lines, says if it failed.
run() {
    set +e
    "$@" 2>&1 | tee "$RESULTS.raw" | grep --line-buffered -v '^RESULT '
    local rc=${PIPESTATUS[0]}
    set -e
    grep '^RESULT ' "$RESULTS.raw" >> "$RESULTS" || true
    [ "$rc" = 0 ] || echo "FAILED (exit $rc): $*"
}
result() { echo "RESULT $1 $2" >> "$RESULTS"; }

section "Machine"
FS=$(df -T "$BENCH_DIR" | awk 'NR==2 {print $2 " on " $1}')
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cores:       $(nproc) ($CPU)"
echo "memory:      $MEM"
echo "kernel:      $(uname -r)"
echo "scratch:     $BENCH_DIR ($FS)"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
echo "commit:      $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift || echo ' (with local changes)')"
result machine_fs "$FS"
result cores "$(nproc)"
result load_start "$(cut -d' ' -f1 /proc/loadavg)"

section "Release build"
products=(articled FilesystemFloor)
grep -q '"CoreBenchmark"' Package.swift && products+=(CoreBenchmark)
for product in "${products[@]}"; do swift build -c release --product "$product" 2>&1 | tail -1; done
BIN=$(swift build -c release --show-bin-path)
ARTICLED=$BIN/articled

if ! want core; then :
elif [ -x "$BIN/CoreBenchmark" ]; then
    section "Core (Benchmarks/CoreBenchmark, one thread)"
    "$BIN/CoreBenchmark" "$SAMPLE" 1 | tee "$BENCH_DIR/core.txt"
    awk '/^sample \(extract\) / { for (i = 1; i <= NF; i++) { if ($i == "articles/s/core") print "RESULT core_articles_per_s " $(i-1); if ($i == "MB/s/core") print "RESULT core_mb_per_s " $(i-1) } }' \
        "$BENCH_DIR/core.txt" >> "$RESULTS"
else
    section "Core"
    echo "missing: no CoreBenchmark target in Package.swift (the core engineer's Benchmarks/CoreBenchmark is not merged)"
fi

if ! want tagger; then :
elif "$ARTICLED" tagger benchmark --help 2>&1 | grep -q -- --passes; then
    section "Tagger (articled tagger benchmark, one thread)"
    "$ARTICLED" tagger benchmark --data "$SHARED/data" --passes 5 | tee "$BENCH_DIR/tagger.txt"
    sed -n -e 's/^tagIndices.*: \([0-9]*\) tokens\/s.*/RESULT tagger_tokens_per_s \1/p' \
        -e 's/^names(in:).*: \([0-9]*\) tokens\/s.*/RESULT tagger_names_tokens_per_s \1/p' "$BENCH_DIR/tagger.txt" >> "$RESULTS"
else
    section "Tagger"
    echo "missing: articled has no 'tagger benchmark' command (the tagger is not merged)"
fi

floor() {  # floor <label> [--no-fsync]
    local dir=$BENCH_DIR/floor-$1
    "$BIN/FilesystemFloor" "$dir" "$FLOOR_FILES" "$SAMPLE" "${@:2}" | tee "$BENCH_DIR/floor-$1.txt"
    sed -n "s/.*files_per_s=\([0-9.]*\).*/RESULT floor_$1_files_per_s \1/p" "$BENCH_DIR/floor-$1.txt" >> "$RESULTS"
}

if want floor; then
    section "File-system floor before the daemon ($FLOOR_FILES files, sequential)"
    floor fsync_before
    floor nofsync --no-fsync
fi

if want burst; then
    section "Daemon: $BURST_FILES files moved into the inbox at once"
    run python3 Benchmarks/DaemonEndToEnd/daemon_bench.py burst "$ARTICLED" "$SAMPLE" "$BENCH_DIR/burst" "$BURST_FILES"
    section "File-system floor after the daemon"
    floor fsync_after
fi

if want latency; then
    section "Daemon: steady feed of $LATENCY_RATE files/s ($LATENCY_FILES files)"
    run python3 Benchmarks/DaemonEndToEnd/daemon_bench.py latency "$ARTICLED" "$SAMPLE" "$BENCH_DIR/latency" "$LATENCY_FILES" "$LATENCY_RATE"
fi

if want backlog; then
    section "Daemon: start-up with a backlog of $BACKLOG_FILES files"
    run python3 Benchmarks/DaemonEndToEnd/daemon_bench.py backlog "$ARTICLED" "$SAMPLE" "$BENCH_DIR/backlog" "$BACKLOG_FILES" "$BACKLOG_BUDGET"
fi

if want pairs; then
    section "Daemon against the floor, interleaved: $PAIRS rounds of $PAIR_FILES files each"
    for round in $(seq 1 "$PAIRS"); do
        f=$("$BIN/FilesystemFloor" "$BENCH_DIR/pair-floor-$round" "$PAIR_FILES" "$SAMPLE" | sed -n 's/.*files_per_s=\([0-9.]*\).*/\1/p')
        d=$(python3 Benchmarks/DaemonEndToEnd/daemon_bench.py burst "$ARTICLED" "$SAMPLE" "$BENCH_DIR/pair-daemon-$round" "$PAIR_FILES" \
            | sed -n 's/^RESULT burst_files_per_s //p')
        echo "round $round: floor $f files/s, daemon $d files/s, ratio $(python3 -c "print(f'{$d / $f:.2f}')" 2>/dev/null || echo '?')"
        result "pair_$round" "$f $d"
    done
fi

result load_end "$(cut -d' ' -f1 /proc/loadavg)"
section "Summary"
python3 Benchmarks/bench_table.py "$RESULTS"
