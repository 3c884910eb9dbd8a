#!/usr/bin/env python3
"""End-to-end benchmark of the release-built articled daemon (run by scripts/bench.sh).

Drives the real binary (`articled run --config <file>`) over real folders in a scratch folder
that must be on the file system the floor was measured on. Standard library only.

  daemon_bench.py burst    <articled> <sample> <scratch> <files>          10,000 files moved in at once
  daemon_bench.py latency  <articled> <sample> <scratch> <files> <rate>   steady feed, drop-to-record latency
  daemon_bench.py backlog  <articled> <sample> <scratch> <files> [budget] start-up with a backlog, RSS over it;
                                                                           stops after `budget` seconds of processing
                                                                           (default: none) and reports how far it got

Each prints `RESULT <key> <value>` lines (read by scripts/bench.sh) and a readable summary.

How things are measured:
- Durable: the daemon moves an original out of processing into `processed` only after the
  records folder was fsynced (group commit in Sources/Daemon/Processing/Worker.swift), and logs
  the file's outcome ("Processed ...") after that. A file counts as durable when its original
  arrives in `processed`; a run is done when all N originals are there, and the daemon's log
  must then hold N "Processed" lines, the records folder N records, `failed` nothing.
- Time stamps come from inotify (IN_MOVED_TO on `records` and `processed`), read by a thread
  blocked on the inotify descriptor, with time.monotonic(): sub-millisecond granularity.
- RSS: VmRSS and VmHWM (peak) from /proc/<pid>/status.
- READY: a datagram socket of ours is NOTIFY_SOCKET; the time is from spawning the process to
  the READY=1 datagram.
"""

import ctypes
import ctypes.util
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

IN_MOVED_TO = 0x00000080
IN_Q_OVERFLOW = 0x00004000
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


class MoveWatch:
    """Counts and time-stamps files moved into one folder (inotify IN_MOVED_TO)."""

    def __init__(self, path, keep_times=False):
        self.path = path
        self.fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self.fd < 0 or libc.inotify_add_watch(self.fd, path.encode(), IN_MOVED_TO) < 0:
            raise OSError(ctypes.get_errno(), "inotify on " + path)
        self.keep_times = keep_times
        self.times = {}  # name -> monotonic time of arrival (when keep_times)
        self.count = 0
        self.overflowed = False
        self.lock = threading.Condition()
        self.stopping = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        poller = select.poll()
        poller.register(self.fd, select.POLLIN)
        while not self.stopping:
            if not poller.poll(200):
                continue
            try:
                data = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                continue
            now = time.monotonic()
            offset, arrived = 0, []
            while offset + 16 <= len(data):
                _wd, mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16:offset + 16 + length].rstrip(b"\0").decode(errors="replace")
                offset += 16 + length
                if mask & IN_Q_OVERFLOW:
                    self.overflowed = True
                elif mask & IN_MOVED_TO and not name.startswith("."):
                    arrived.append(name)
            with self.lock:
                self.count += len(arrived)
                if self.keep_times:
                    for name in arrived:
                        self.times.setdefault(name, now)
                self.lock.notify_all()

    def current(self):
        """The number of files in the folder, exact even if inotify overflowed."""
        if self.overflowed:
            return sum(1 for e in os.scandir(self.path) if not e.name.startswith("."))
        with self.lock:
            return self.count

    def wait_for(self, n, timeout, on_tick=None):
        """Waits until `n` files arrived; returns the monotonic time it happened, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                self.lock.wait(0.05)
                reached = self.count >= n
            if not reached and self.overflowed:
                reached = self.current() >= n
            if on_tick:
                on_tick()
            if reached:
                return time.monotonic()
        return None

    def close(self):
        self.stopping = True
        self.thread.join()
        os.close(self.fd)


def proc_status(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024  # MiB
    return values


def cpu_seconds(pid):
    """User + system CPU time of a process so far (/proc/<pid>/stat, fields 14 and 15)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Daemon:
    """articled run with a configuration file in the scratch folder and our own NOTIFY_SOCKET."""

    def __init__(self, articled, root, workers=int(os.environ.get("BENCH_WORKERS", "0"))):
        self.root = root
        for sub in ("inbox", "staging"):
            os.makedirs(os.path.join(root, sub), exist_ok=True)
        self.config = os.path.join(root, "articled.conf")
        with open(self.config, "w") as f:
            f.write("[folders]\n")
            for folder in ("inbox", "processing", "processed", "failed", "records", "state"):
                f.write(f"{folder} = {root}/{folder}\n")
            f.write(f"[daemon]\ninstance = bench\nworkers = {workers}\nlog_level = info\n")
            f.write("[files]\nprocessed_action = move\n")
        self.articled = articled
        self.process = None
        self.ready_at = None
        self.started_at = None

    def start(self, extra_env=None):
        sock_path = os.path.join(self.root, "notify.sock")
        if os.path.exists(sock_path):
            os.unlink(sock_path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(sock_path)
        self.ready = threading.Event()
        env = dict(os.environ, NOTIFY_SOCKET=sock_path, **(extra_env or {}))
        self.log = open(os.path.join(self.root, "daemon.log"), "ab")
        threading.Thread(target=self._listen, daemon=True).start()
        self.started_at = time.monotonic()
        self.process = subprocess.Popen([self.articled, "run", "--config", self.config],
                                        stdout=self.log, stderr=self.log, env=env)

    def _listen(self):
        while True:
            try:
                data = self.sock.recv(65536)
            except OSError:
                return
            if b"READY=1" in data.split(b"\n") and not self.ready.is_set():
                self.ready_at = time.monotonic()
                self.ready.set()

    def wait_ready(self, timeout=120):
        if not self.ready.wait(timeout):
            raise SystemExit(f"articled did not send READY=1 within {timeout} s (log: {self.root}/daemon.log)")
        return self.ready_at - self.started_at

    def memory(self):
        return proc_status(self.process.pid)

    def cpu(self):
        return cpu_seconds(self.process.pid)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(60)
        self.sock.close()
        self.log.close()
        return code

    def processed_lines(self):
        with open(os.path.join(self.root, "daemon.log"), "rb") as f:
            return sum(1 for line in f if b"Processed \"" in line)


def make_inputs(sample, folder, names):
    """Writes one copy of the sample per name, made unique by an appended line (so none is a
    duplicate), then syncs so the write-back does not land in the measured part."""
    base = open(sample, "rb").read()
    for name in names:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(base + f"\nbench {name}\n".encode())
    os.sync()


def names(prefix, n):
    width = len(str(n))
    return [f"{prefix}-{i:0{width}d}.txt" for i in range(n)]


def result(key, value):
    print(f"RESULT {key} {value}", flush=True)


def verify(daemon, n, partial=False):
    """Checks the run: n records, n "Processed" log lines, nothing failed, nothing left in
    processing. A partial run (stopped early) checks records == log lines == n instead."""
    root = daemon.root
    records = [e for e in os.listdir(os.path.join(root, "records")) if not e.startswith(".")]
    failed = os.listdir(os.path.join(root, "failed"))
    processing = [e for e in os.listdir(os.path.join(root, "processing", "bench")) if not e.startswith(".")]
    logged = daemon.processed_lines()
    ok = len(records) == n and not failed and logged == n and (partial or not processing)
    print(f"check: {len(records)} records, {logged} 'Processed' log lines, {len(failed)} failed, "
          f"{len(processing)} left in processing: {'OK' if ok else 'MISMATCH'}", flush=True)
    return ok


def burst(articled, sample, root, n):
    daemon = Daemon(articled, root)
    batch = names("burst", n)
    make_inputs(sample, os.path.join(root, "staging"), batch)
    daemon.start()
    daemon.wait_ready()
    records = MoveWatch(os.path.join(root, "records"))
    processed = MoveWatch(os.path.join(root, "processed"))
    cpu_start = daemon.cpu()
    start = time.monotonic()
    for name in batch:
        os.rename(os.path.join(root, "staging", name), os.path.join(root, "inbox", name))
    moved = time.monotonic() - start
    done = processed.wait_for(n, timeout=1800)
    if done is None:
        raise SystemExit(f"burst: only {processed.current()} of {n} durable after 30 minutes")
    memory = daemon.memory()
    cpu = daemon.cpu() - cpu_start
    seconds = done - start
    daemon.stop()  # after the stop every outcome is logged: the last line may trail its move
    ok = verify(daemon, n)
    records.close(); processed.close()
    print(f"burst: {n} files moved into the inbox in {moved:.2f} s; all records durable after {seconds:.2f} s: "
          f"{n / seconds:.1f} files/s; daemon CPU {cpu:.1f} s ({cpu / n * 1000:.2f} ms per file, "
          f"{cpu / seconds:.2f} cores busy on average); RSS {memory['VmRSS']:.1f} MiB, peak {memory['VmHWM']:.1f} MiB", flush=True)
    result("burst_files", n)
    result("burst_seconds", f"{seconds:.3f}")
    result("burst_files_per_s", f"{n / seconds:.1f}")
    result("burst_cpu_ms_per_file", f"{cpu / n * 1000:.3f}")
    result("burst_cores_busy", f"{cpu / seconds:.2f}")
    result("burst_rss_mib", f"{memory['VmRSS']:.1f}")
    result("burst_peak_rss_mib", f"{memory['VmHWM']:.1f}")
    result("burst_ok", int(ok))


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1))
    return values[k]


def latency(articled, sample, root, n, rate):
    daemon = Daemon(articled, root)
    feed = names("live", n)
    make_inputs(sample, os.path.join(root, "staging"), feed)
    daemon.start()
    daemon.wait_ready()
    records = MoveWatch(os.path.join(root, "records"), keep_times=True)
    processed = MoveWatch(os.path.join(root, "processed"), keep_times=True)
    dropped = {}
    start = time.monotonic()
    for i, name in enumerate(feed):
        due = start + i / rate
        while True:
            wait = due - time.monotonic()
            if wait <= 0:
                break
            time.sleep(min(wait, 0.01) if wait > 0.002 else 0)  # sleep, then spin the last 2 ms
        os.rename(os.path.join(root, "staging", name), os.path.join(root, "inbox", name))
        dropped[name] = time.monotonic()
    if processed.wait_for(n, timeout=300) is None:
        raise SystemExit(f"latency: only {processed.current()} of {n} durable")
    feed_seconds = max(dropped.values()) - start
    memory = daemon.memory()
    daemon.stop()  # after the stop every outcome is logged: the last line may trail its move
    ok = verify(daemon, n)
    records.close(); processed.close()

    def stem(record):  # "<stem>.<16 hex>.json" -> "<stem>.txt"
        return record.rsplit(".", 2)[0] + ".txt"

    to_record = [(t - dropped[stem(r)]) * 1000 for r, t in records.times.items()]
    to_durable = [(t - dropped[name]) * 1000 for name, t in processed.times.items()]
    p50, p99, worst = percentile(to_record, 50), percentile(to_record, 99), max(to_record)
    d50, d99 = percentile(to_durable, 50), percentile(to_durable, 99)
    print(f"latency: {n} files at {rate:g} files/s (fed in {feed_seconds:.1f} s, actual {n / feed_seconds:.1f} files/s): "
          f"drop-to-record p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {worst:.1f} ms; "
          f"drop-to-durable (original in processed) p50 {d50:.1f} ms, p99 {d99:.1f} ms; "
          f"peak RSS {memory['VmHWM']:.1f} MiB", flush=True)
    result("latency_files", n)
    result("latency_rate", f"{rate:g}")
    result("latency_p50_ms", f"{p50:.1f}")
    result("latency_p99_ms", f"{p99:.1f}")
    result("latency_max_ms", f"{worst:.1f}")
    result("latency_durable_p50_ms", f"{d50:.1f}")
    result("latency_durable_p99_ms", f"{d99:.1f}")
    result("latency_ok", int(ok))


def backlog(articled, sample, root, n, budget):
    daemon = Daemon(articled, root)
    inbox = os.path.join(root, "inbox")
    t = time.monotonic()
    make_inputs(sample, inbox, names("backlog", n))
    print(f"backlog: {n} files written into the inbox in {time.monotonic() - t:.1f} s (not timed)", flush=True)
    os.makedirs(os.path.join(root, "processed"), exist_ok=True)
    processed = MoveWatch(os.path.join(root, "processed"))
    daemon.start()
    to_ready = daemon.wait_ready(timeout=600)
    at_ready = daemon.memory()
    start = daemon.ready_at
    samples = []  # (processed count, VmRSS MiB)
    last = [0.0]

    def sample_rss():
        now = time.monotonic()
        if now - last[0] >= 0.25:
            last[0] = now
            samples.append((processed.current(), daemon.memory()["VmRSS"]))

    checkpoint = min(10_000, n)
    if processed.wait_for(checkpoint, timeout=budget, on_tick=sample_rss) is None:
        print(f"backlog: not even {checkpoint} files durable within {budget:.0f} s", flush=True)
    at_checkpoint, checkpoint = daemon.memory(), processed.current()
    done = processed.wait_for(n, timeout=max(0.0, budget - (time.monotonic() - start)), on_tick=sample_rss)
    at_end = daemon.memory()
    reached = processed.current()
    if done is None:
        done = time.monotonic()
        print(f"backlog: stopped after the {budget:.0f} s budget with {reached} of {n} files durable", flush=True)
    seconds = done - start
    daemon.stop()
    # Files in flight at the stop are finished: count the originals again after it.
    final = sum(1 for e in os.scandir(os.path.join(root, "processed")) if not e.name.startswith("."))
    ok = verify(daemon, final, partial=final < n)
    processed.close()
    # Steady state: RSS over the second half of the run (all files claimed long before).
    late = [rss for count, rss in samples if count >= reached // 2] or [at_end["VmRSS"]]
    print(f"backlog: READY after {to_ready:.3f} s with {n} files waiting (RSS {at_ready['VmRSS']:.1f} MiB, "
          f"peak so far {at_ready['VmHWM']:.1f} MiB); {reached} durable {seconds:.1f} s after READY "
          f"({reached / seconds:.1f} files/s); RSS after {checkpoint} files {at_checkpoint['VmRSS']:.1f} MiB, "
          f"after {reached} {at_end['VmRSS']:.1f} MiB; second half min/max {min(late):.1f}/{max(late):.1f} MiB; "
          f"peak {at_end['VmHWM']:.1f} MiB", flush=True)
    result("backlog_files", n)
    result("backlog_ready_s", f"{to_ready:.3f}")
    result("backlog_ready_rss_mib", f"{at_ready['VmRSS']:.1f}")
    result("backlog_processed", reached)
    result("backlog_seconds", f"{seconds:.1f}")
    result("backlog_files_per_s", f"{reached / seconds:.1f}")
    result("backlog_rss_checkpoint_files", checkpoint)
    result("backlog_rss_at_checkpoint_mib", f"{at_checkpoint['VmRSS']:.1f}")
    result("backlog_rss_at_end_mib", f"{at_end['VmRSS']:.1f}")
    result("backlog_rss_second_half_min_mib", f"{min(late):.1f}")
    result("backlog_rss_second_half_max_mib", f"{max(late):.1f}")
    result("backlog_peak_rss_mib", f"{at_end['VmHWM']:.1f}")
    result("backlog_ok", int(ok))


def main():
    if len(sys.argv) < 6:
        raise SystemExit(__doc__)
    mode, articled, sample, root, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    os.makedirs(root)  # must be new: the counts assume empty folders
    if mode == "burst":
        burst(articled, sample, root, n)
    elif mode == "latency":
        latency(articled, sample, root, n, float(sys.argv[6]))
    elif mode == "backlog":
        backlog(articled, sample, root, n, float(sys.argv[6]) if len(sys.argv) > 6 else 7 * 86400)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
