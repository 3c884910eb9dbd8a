#!/usr/bin/env python3
"""Prints scripts/bench.sh's summary table from its `RESULT <key> <value>` lines, with the
daemon's durable files/s as a ratio to the file-system floor measured in the same run, and each
figure against the issue's target. Usage: bench_table.py <results.txt>"""

import sys

# A floor run counts as disturbed above this multiple of the settled file system's CPU per file.
DISTURBED = 1.5


def load(path):
    results = {}
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3 and parts[0] == "RESULT":
                results[parts[1]] = parts[2]
    return results


def main():
    r = load(sys.argv[1])

    def num(key):
        try:
            return float(r[key])
        except (KeyError, ValueError):
            return None

    rows = []

    def row(what, value, target="", verdict=""):
        rows.append((what, value, target, verdict))

    def check(ok):
        return "" if ok is None else ("met" if ok else "MISSED")

    core = num("core_articles_per_s")
    row("Core: sample article, articles/s per core", f"{core:,.0f}" if core else "missing",
        ">= 2,000", check(core >= 2000 if core else None))
    mb = num("core_mb_per_s")
    row("Core: sample article, MB/s per core", f"{mb:.2f}" if mb else "missing")
    tokens = num("tagger_tokens_per_s")
    row("Tagger: tokens/s per core (tagIndices over word keys)", f"{tokens:,.0f}" if tokens else "missing")
    names = num("tagger_names_tokens_per_s")
    if names:
        row("Tagger: tokens/s per core (names(in:) over Tokenizer tokens)", f"{names:,.0f}")

    # A floor run whose CPU per file is well above the settled file system's (bench.sh's settle())
    # paid for deletions made around it, not for its own work: it is shown, marked, and left out
    # of the ratios (the daemon, which pays the same scan twice per file, would look better than it is).
    settled = num("settled_floor_cpu_ms_per_file")
    if "settle_s" in r:
        row("File system settled before the floor (s; probes' floor CPU per file, ms; files/s)",
            f"{r['settle_s']} ({r.get('settle_probes', '?')}; {r.get('settle_probe_rates', '?')})")

    def disturbed(cpu):
        return settled is not None and cpu is not None and cpu > DISTURBED * settled

    before, after = num("floor_fsync_before_files_per_s"), num("floor_fsync_after_files_per_s")
    before_cpu, after_cpu = num("floor_fsync_before_cpu_ms_per_file"), num("floor_fsync_after_cpu_ms_per_file")
    runs = [(f, c) for f, c in ((before, before_cpu), (after, after_cpu)) if f]
    floors = [f for f, c in runs if not disturbed(c)]
    floor = sum(floors) / len(floors) if floors else None
    row("Floor: files/s with fsync (before / after the daemon run)",
        " / ".join(f"{f:,.0f}" + (" (disturbed)" if disturbed(c) else "") for f, c in runs) if runs else "missing")
    floor_cpu = [c for c in (before_cpu, after_cpu) if c]
    if floor_cpu:
        row("Floor: CPU per file with fsync (ms; before / after)", " / ".join(f"{c:.3f}" for c in floor_cpu))
    nofsync = num("floor_nofsync_files_per_s")
    row("Floor: files/s without fsync (not durable; scale only)", f"{nofsync:,.0f}" if nofsync else "missing")

    burst = num("burst_files_per_s")
    if burst:
        row(f"Daemon: {int(num('burst_files'))} files at once, durable files/s",
            f"{burst:,.0f} ({num('burst_seconds'):.1f} s)" + ("" if r.get("burst_ok") == "1" else " CHECK FAILED"))
    else:
        row("Daemon: files at once, durable files/s", "missing")
    if burst and floor:
        ratio = burst / floor
        row("Daemon / floor (mean of before and after" + (", undisturbed only)" if len(floors) < len(runs) else ")"),
            f"{ratio:.2f}x", ">= 1.0x", check(ratio >= 1.0))
    elif burst and runs:
        row("Daemon / floor (mean of before and after)", "no undisturbed floor run", ">= 1.0x", "")
    pairs = []
    for key in sorted((k for k in r if k.startswith("pair_") and k[5:].isdigit()), key=lambda k: int(k[5:])):
        try:
            f, d = (float(x) for x in r[key].split())
            cpu = r.get("pair_cpu_" + key[5:], "").split()
            pairs.append((f, d, float(cpu[0]) if cpu else None))
        except ValueError:
            pass
    if pairs:
        kept = [(f, d) for f, d, c in pairs if not disturbed(c)]
        row(f"Daemon / floor, interleaved rounds (floor, daemon files/s per round)",
            ", ".join(f"{f:,.0f}/{d:,.0f}" + (" (floor disturbed)" if disturbed(c) else "") for f, d, c in pairs))
        if kept:
            ratios = sorted(d / f for f, d in kept)
            median = ratios[len(ratios) // 2] if len(ratios) % 2 else (ratios[len(ratios) // 2 - 1] + ratios[len(ratios) // 2]) / 2
            left_out = f", {len(pairs) - len(kept)} disturbed round(s) left out" if len(kept) < len(pairs) else ""
            row("Daemon / floor, median of the rounds' ratios", f"{median:.2f}x (range {ratios[0]:.2f} to {ratios[-1]:.2f}{left_out})",
                ">= 1.0x", check(median >= 1.0))
        else:
            row("Daemon / floor, median of the rounds' ratios", "every round's floor disturbed", ">= 1.0x", "")
    cpus = []
    for key in sorted((k for k in r if k.startswith("pair_cpu_")), key=lambda k: int(k[9:])):
        try:
            cpus.append(tuple(float(x) for x in r[key].split()))
        except ValueError:
            pass
    if cpus:
        def median(values):
            values = sorted(values)
            return values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
        row("Interleaved rounds: CPU per file (ms), floor / daemon, median",
            f"{median([c[0] for c in cpus]):.3f} / {median([c[1] for c in cpus]):.2f}")
    if num("burst_cpu_ms_per_file"):
        row("Daemon: CPU per file in that run (ms), cores busy on average",
            f"{num('burst_cpu_ms_per_file'):.2f} ms, {num('burst_cores_busy'):.2f} of {r.get('cores', '?')}")
    if num("burst_peak_rss_mib"):
        row("Daemon: peak RSS in that run (MiB)", f"{num('burst_peak_rss_mib'):.1f}")

    p99 = num("latency_p99_ms")
    if p99 is not None:
        row(f"Daemon: drop-to-record at {r['latency_rate']} files/s, p50 / p99 / max (ms)",
            f"{num('latency_p50_ms'):.1f} / {p99:.1f} / {num('latency_max_ms'):.1f}"
            + ("" if r.get("latency_ok") == "1" else " CHECK FAILED"),
            "p99 <= 50", check(p99 <= 50))
        row("Daemon: drop-to-durable (original out of processing), p50 / p99 (ms)",
            f"{num('latency_durable_p50_ms'):.1f} / {num('latency_durable_p99_ms'):.1f}")
    else:
        row("Daemon: drop-to-record latency", "missing")

    ready = num("backlog_ready_s")
    if ready is not None:
        n = int(num("backlog_files"))
        row(f"Daemon: start-up with {n:,} files waiting, time to READY (s)", f"{ready:.2f}")
        peak = num("backlog_peak_rss_mib")
        row(f"Daemon: peak RSS over the {n:,}-file backlog (MiB)", f"{peak:.1f}"
            + ("" if r.get("backlog_ok") == "1" else " CHECK FAILED"), "<= 100", check(peak <= 100))
        at10, at_end = num("backlog_rss_at_checkpoint_mib"), num("backlog_rss_at_end_mib")
        growth = at_end - at10
        done = int(num("backlog_processed"))
        first = int(num("backlog_rss_checkpoint_files"))
        # Flat: at most 64 bytes per further file, the duplicate index's own entry (it mirrors
        # the records folder, so it must grow with it; about 45 bytes measured).
        per_file = growth * 1048576 / (done - first) if done > first else 0.0
        row(f"Daemon: RSS after {first:,} / after {done:,} files (MiB)",
            f"{at10:.1f} / {at_end:.1f} ({growth:+.1f}, {per_file:+.0f} B per further file)",
            "flat (<= 64 B/file)", check(per_file <= 64) if done > first else "")
        row("Daemon: backlog throughput, durable files/s", f"{num('backlog_files_per_s'):,.0f}"
            + ("" if done == n else f" (stopped by the time budget after {done:,} of {n:,})"))
    else:
        row("Daemon: start-up with a backlog", "missing")

    row("File system of the scratch folder", r.get("machine_fs", "?"))
    if "journal_flush_check" in r:
        row("Flushes reaching the disk (loop device check)", r["journal_flush_check"])
    row("Load average (1 min) at start / end", f"{r.get('load_start', '?')} / {r.get('load_end', '?')}")
    # Other programs' disk writes make the floor's fsyncs wait (it fsyncs twice per file, the daemon
    # once per record and twice per batch), and their CPU use slows both: the table is then not the
    # machine's. Say so rather than print a ratio that looks like a result.
    # (The load at the end is the benchmark's own daemons': only the start's tells.)
    start = r.get("load_start", "")
    cores = float(r.get("cores", "0") or 0)
    if start.replace(".", "", 1).isdigit() and float(start) > max(cores, 1):
        row("WARNING: machine not idle", f"load {float(start):.2f} on {cores:.0f} cores at the start: other programs' "
            "CPU and disk use disturb the floor and the daemon differently; rerun on an idle machine")

    widths = [max(len(str(x[i])) for x in rows + [("Measure", "Value", "Target", "")]) for i in range(4)]
    header = ("Measure", "Value", "Target", "")
    print("| " + " | ".join(str(h).ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for x in rows:
        print("| " + " | ".join(str(v).ljust(w) for v, w in zip(x, widths)) + " |")


if __name__ == "__main__":
    main()
