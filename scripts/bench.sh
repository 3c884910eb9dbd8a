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
#   SETTLE_FILES, SETTLE_GAP, SETTLE_MIN, SETTLE_MAX  the wait for a settled file system before the
#                   floor and the daemon (floor probes of 1000 files, 15 s apart, at least 40 s, at
#                   most 300 s; see settle())
#   PAIRS, PAIR_FILES  rounds of the interleaved comparison (5 rounds of 2000 files): floor, then
#                   daemon, then floor ... so both see the same load; the median ratio is robust
#                   to a shared machine's swings
#   PARTS           which parts to run (default: all): core tagger floor burst latency backlog pairs
#   BACKLOG_BUDGET  seconds the backlog may take after READY (480); if the daemon is slower, the
#                   run stops there and reports how many files it got through (keeps the whole
#                   script near 20 minutes)
#   SCRATCH_FS      the file systems the floor and the daemon run on, in turn (default: root):
#                     root          BENCH_DIR's own file system (this machine's: ext4 without a journal)
#                     ext4-journal  a new ext4 WITH a journal (mkfs.ext4 defaults but initialised at
#                                   once, mounted with the default data=ordered) in an image file on the same disk
#                                   (IMAGE_DIR, default /var/tmp; SCRATCH_FS_SIZE, default 16G,
#                                   sparse), loop-mounted; root only; unmounted and removed at the end
#                   e.g. SCRATCH_FS="root ext4-journal" PARTS="floor burst pairs": one summary table
#                   per file system, the core and tagger (which touch no files) once
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
SCRATCH_FS=${SCRATCH_FS:-root}
for fs in $SCRATCH_FS; do
    case $fs in
        root) ;;
        ext4-journal) [ "$(id -u)" = 0 ] || { echo "bench.sh: SCRATCH_FS=ext4-journal needs root (mkfs, mount)" >&2; exit 1; } ;;
        *) echo "bench.sh: unknown SCRATCH_FS entry '$fs' (root, ext4-journal)" >&2; exit 1 ;;
    esac
done
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /var/tmp/articled-bench.XXXXXX)}
mkdir -p "$BENCH_DIR"
COMMON=$BENCH_DIR/results.txt   # the machine, core and tagger: one file system or another
: > "$COMMON"
RESULTS=$COMMON
[ -r "$SAMPLE" ] || { echo "bench.sh: cannot read the sample $SAMPLE (set SHARED)" >&2; exit 1; }
# Nothing is deleted before the end: ext4 without a journal (this machine's root file system)
# skips, on every new inode, each free inode deleted in the last 60 s (360 s while its table block
# is dirty), one buffer look-up each. A 2,000-file daemon run started right after deleting the
# previous run's files spent 18% of its CPU in that scan (perf: recently_deleted; none in a
# fresh folder): it measured the benchmark's own clean-up, not articled, and the daemon, which
# creates two inodes per file (record, duplicate-index link), paid it twice. About 7 GB of
# scratch space is needed.
JOURNAL_MOUNT=""
JOURNAL_IMAGE=""
cleanup() {
    if [ -n "$JOURNAL_MOUNT" ]; then
        umount "$JOURNAL_MOUNT" 2>/dev/null || umount -l "$JOURNAL_MOUNT" || true
        rmdir "$JOURNAL_MOUNT" 2>/dev/null || true
        if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept the ext4-journal image: $JOURNAL_IMAGE"; else rm -f "$JOURNAL_IMAGE"; fi
    fi
    [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR"
}
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

# "ext4 on /dev/vda (no journal)": the type, the device and whether it journals.
describe_fs() {
    local dir=$1 type dev journal=""
    type=$(df -T "$dir" | awk 'NR==2 {print $2}')
    dev=$(df -T "$dir" | awk 'NR==2 {print $1}')
    if [ "${type#ext}" != "$type" ] && command -v tune2fs > /dev/null && [ -r "$dev" ]; then
        if tune2fs -l "$dev" 2>/dev/null | grep -q '^Filesystem features:.*has_journal'; then
            journal=" (journal, $(findmnt -no OPTIONS --target "$dir" | tr ',' '\n' | grep '^data=' || echo data=ordered))"
        else
            journal=" (no journal)"
        fi
    fi
    echo "$type on $dev$journal"
}

section "Machine"
FS=$(describe_fs "$BENCH_DIR")
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cores:       $(nproc) ($CPU)"
echo "memory:      $MEM"
echo "kernel:      $(uname -r)"
echo "scratch:     $BENCH_DIR ($FS); file systems to measure: $SCRATCH_FS"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
echo "commit:      $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift || echo ' (with local changes)')"
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
    local dir=$SCRATCH/floor-$1
    "$BIN/FilesystemFloor" "$dir" "$FLOOR_FILES" "$SAMPLE" "${@:2}" | tee "$SCRATCH/floor-$1.txt"
    sed -n -e "s/.*files_per_s=\([0-9.]*\).*/RESULT floor_$1_files_per_s \1/p" \
        -e "s/.*cpu_ms_per_file=\([0-9.]*\).*/RESULT floor_$1_cpu_ms_per_file \1/p" "$SCRATCH/floor-$1.txt" >> "$RESULTS"
}

# Waits until the file system no longer pays for deletions made just before the run (by another
# program, a build, an earlier run's clean-up: see "Nothing is deleted before the end" above), so
# that the floor measures the file system and not the scan. Floor probes of SETTLE_FILES files
# (1000), SETTLE_GAP seconds apart (15), after a sync (ext4's recently_deleted() counts an inode
# as recent for dirty_expire_interval, 30 s, plus 300 s while its inode table block is dirty), for
# at least SETTLE_MIN seconds (40: past that window for whatever was deleted before the sync; two
# probes inside it can agree while both pay the scan) and until two probes in a row agree within
# 15% on CPU per file; at most SETTLE_MAX seconds (300). Not a proof: new inodes dirty the same
# table blocks again, so after a mass deletion the scan can last until 330 s after it, at a plateau
# two probes agree on (measured: 0.57 ms per file 50 s after deleting 60,000 files, 0.59 after 3.5
# minutes, against 0.16 to 0.22 undisturbed); SETTLE_MIN=340 waits any earlier deletion out. The probes' files stay (deleting them would start it again).
# The settled CPU per file is the reference bench_table.py checks every floor run against.
settle() {
    local i=0 prev="" cur line start=$SECONDS probes="" rates=""
    sync
    while :; do
        i=$((i + 1))
        line=$("$BIN/FilesystemFloor" "$SCRATCH/settle-$i" "${SETTLE_FILES:-1000}" "$SAMPLE")
        cur=$(sed -n 's/.*cpu_ms_per_file=\([0-9.]*\).*/\1/p' <<< "$line")
        probes="$probes $cur"
        rates="$rates $(sed -n 's/.*files_per_s=\([0-9]*\).*/\1/p' <<< "$line")"
        if [ -n "$prev" ] && (( SECONDS - start >= ${SETTLE_MIN:-40} )) && python3 -c 'import sys; a, b = map(float, sys.argv[1:]); sys.exit(abs(a - b) > 0.15 * min(a, b))' "$prev" "$cur"; then
            echo "settled after $((SECONDS - start)) s: floor CPU per file of the probes (ms):$probes; files/s:$rates"
            result settle_s "$((SECONDS - start))"
            result settle_probes "${probes# }"
            result settle_probe_rates "${rates# }"
            result settled_floor_cpu_ms_per_file "$(python3 -c 'import sys; print(min(map(float, sys.argv[1:])))' "$prev" "$cur")"
            return
        fi
        if (( SECONDS - start >= ${SETTLE_MAX:-300} )); then
            echo "NOT settled after $((SECONDS - start)) s (the file system is busy: another program creates or deletes many files?); probes (ms):$probes; files/s:$rates"
            result settle_s "$((SECONDS - start)) (not settled)"
            result settle_probes "${probes# }"
            return
        fi
        prev=$cur
        sleep "${SETTLE_GAP:-15}"
    done
}

# Flush requests a block device completed so far (/sys/class/block/<dev>/stat, field 16).
flushes() { awk '{print $16}' "/sys/class/block/$(basename "$1")/stat" 2>/dev/null || echo 0; }

# A new ext4 with a journal (mkfs.ext4 defaults but for lazy init) in a sparse image file on the disk of IMAGE_DIR,
# loop-mounted (default options: data=ordered); prints its mount point.
make_journal_fs() {
    local image_dir=${IMAGE_DIR:-/var/tmp}
    JOURNAL_IMAGE=$(mktemp "$image_dir/articled-bench-ext4.XXXXXX")
    truncate -s "${SCRATCH_FS_SIZE:-16G}" "$JOURNAL_IMAGE"
    # Inode tables and journal written now, not by ext4lazyinit in the background during the
    # first minutes after mounting (its writes slowed the first runs on a fresh image by half): a
    # file system in service finished that long ago. Otherwise mkfs.ext4's defaults (journal).
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$JOURNAL_IMAGE"
    JOURNAL_MOUNT=$(mktemp -d /var/tmp/articled-bench-mnt.XXXXXX)
    mount -o loop "$JOURNAL_IMAGE" "$JOURNAL_MOUNT"
}

# Checks that an fsync on the loop-mounted file system reaches the disk under the image: a loop
# device turns each flush request into an fsync of its backing file (lo_req_flush -> vfs_fsync),
# which on the host file system writes the image's dirty pages and flushes the disk. Counts the
# flushes both devices complete while one file gets 200 one-byte appends, each fsynced.
check_journal_flushes() {
    local loopdev disk n=200 l0 d0 l1 d1
    loopdev=$(findmnt -no SOURCE --target "$JOURNAL_MOUNT")
    disk=$(basename "$(df --output=source "$JOURNAL_IMAGE" | tail -1)")
    local whole
    whole=$(basename "$(readlink -f "/sys/class/block/$disk/..")")  # the whole disk of a partition
    [ -e "/sys/class/block/$whole/stat" ] && disk=$whole
    sync
    l0=$(flushes "$loopdev"); d0=$(flushes "$disk")
    python3 -c "
import os, sys
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
for _ in range(int(sys.argv[2])):
    os.write(fd, b'x'); os.fsync(fd)
os.close(fd)" "$SCRATCH/flush-check" "$n"
    l1=$(flushes "$loopdev"); d1=$(flushes "$disk")
    echo "fsync reaches the disk: $n fsyncs of a growing file on $loopdev: $loopdev completed $((l1 - l0)) flush requests, $disk (under the image) $((d1 - d0))"
    result journal_flush_check "$n fsyncs: $loopdev $((l1 - l0)) flushes, $disk $((d1 - d0)) flushes"
}

# The floor and the daemon on one file system: the parts that touch files.
measure_on() {  # measure_on <label>
    local label=$1
    RESULTS=$BENCH_DIR/results-$label.txt
    : > "$RESULTS"
    case $label in
        root) SCRATCH=$BENCH_DIR/root ;;
        ext4-journal)
            make_journal_fs
            SCRATCH=$JOURNAL_MOUNT/bench ;;
    esac
    mkdir -p "$SCRATCH"
    FS=$(describe_fs "$SCRATCH")
    [ "$label" = ext4-journal ] && FS="$FS, loop-mounted image on $(df --output=source "$JOURNAL_IMAGE" | tail -1)"
    section "File system: $label ($SCRATCH: $FS)"
    result machine_fs "$FS"
    [ "$label" = ext4-journal ] && check_journal_flushes
    if want floor || want burst || want pairs; then
        section "Waiting for the file system to settle [$label]"
        settle
    fi

    if want floor; then
        section "File-system floor before the daemon ($FLOOR_FILES files, sequential) [$label]"
        floor fsync_before
        floor nofsync --no-fsync
    fi

    if want burst; then
        section "Daemon: $BURST_FILES files moved into the inbox at once [$label]"
        run python3 Benchmarks/DaemonEndToEnd/daemon_bench.py burst "$ARTICLED" "$SAMPLE" "$SCRATCH/burst" "$BURST_FILES"
        section "File-system floor after the daemon [$label]"
        floor fsync_after
    fi

    if want latency; then
        section "Daemon: steady feed of $LATENCY_RATE files/s ($LATENCY_FILES files) [$label]"
        run python3 Benchmarks/DaemonEndToEnd/daemon_bench.py latency "$ARTICLED" "$SAMPLE" "$SCRATCH/latency" "$LATENCY_FILES" "$LATENCY_RATE"
    fi

    if want backlog; then
        section "Daemon: start-up with a backlog of $BACKLOG_FILES files [$label]"
        run python3 Benchmarks/DaemonEndToEnd/daemon_bench.py backlog "$ARTICLED" "$SAMPLE" "$SCRATCH/backlog" "$BACKLOG_FILES" "$BACKLOG_BUDGET"
    fi

    if want pairs; then
        section "Daemon against the floor, interleaved: $PAIRS rounds of $PAIR_FILES files each [$label]"
        local round floor_line daemon_out f fc d dc
        for round in $(seq 1 "$PAIRS"); do
            floor_line=$("$BIN/FilesystemFloor" "$SCRATCH/pair-floor-$round" "$PAIR_FILES" "$SAMPLE")
            f=$(sed -n 's/.*files_per_s=\([0-9.]*\).*/\1/p' <<< "$floor_line")
            fc=$(sed -n 's/.*cpu_ms_per_file=\([0-9.]*\).*/\1/p' <<< "$floor_line")
            daemon_out=$(python3 Benchmarks/DaemonEndToEnd/daemon_bench.py burst "$ARTICLED" "$SAMPLE" "$SCRATCH/pair-daemon-$round" "$PAIR_FILES")
            d=$(sed -n 's/^RESULT burst_files_per_s //p' <<< "$daemon_out")
            dc=$(sed -n 's/^RESULT burst_cpu_ms_per_file //p' <<< "$daemon_out")
            echo "round $round: floor $f files/s ($fc ms CPU per file), daemon $d files/s ($dc ms CPU per file), ratio $(python3 -c "print(f'{$d / $f:.2f}')" 2>/dev/null || echo '?')"
            result "pair_$round" "$f $d"
            result "pair_cpu_$round" "$fc $dc"
        done
    fi
    result load_end "$(cut -d' ' -f1 /proc/loadavg)"
    if [ "$label" = ext4-journal ]; then
        umount "$JOURNAL_MOUNT" && rmdir "$JOURNAL_MOUNT" && JOURNAL_MOUNT=""
        if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept the ext4-journal image: $JOURNAL_IMAGE"; else rm -f "$JOURNAL_IMAGE"; fi
    fi
}

for fs in $SCRATCH_FS; do measure_on "$fs"; done

section "Summary"
for fs in $SCRATCH_FS; do
    [ "$(echo $SCRATCH_FS | wc -w)" = 1 ] || printf '\nOn %s:\n\n' "$fs"
    cat "$COMMON" "$BENCH_DIR/results-$fs.txt" > "$BENCH_DIR/summary-$fs.txt"
    python3 Benchmarks/bench_table.py "$BENCH_DIR/summary-$fs.txt"
done
