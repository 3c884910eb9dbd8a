import Glibc

/// Decides when a file in the inbox is complete and may be claimed.
///
/// A file moved in is complete at once. A file closed after writing, or found by a scan, is
/// complete once its size and mtime stay unchanged for the quiet period. A file that is still
/// empty waits longer (`emptyFileWait`), because `touch` then write is a common pattern. Things
/// that are not regular files are handed on at once, to be refused without being opened.
struct ReadinessTracker {
    struct Observation: Equatable {
        var size: Int64
        var mtimeSeconds: Int
        var mtimeNanoseconds: Int
        var inode: UInt64
    }

    private struct Candidate {
        var seen: Observation
        var deadline: ContinuousClock.Instant
        var emptySince: ContinuousClock.Instant?
        /// When `seen` was taken, and whether it was a regular file: a candidate due at the same
        /// instant (moved in: no quiet period) needs no second lstat to be judged.
        var seenAt: ContinuousClock.Instant
        var seenRegular: Bool
    }

    var quietPeriod: Duration
    var emptyFileWait: Duration
    private var candidates: [FileName: Candidate] = [:]

    init(quietPeriod: Duration, emptyFileWait: Duration) {
        self.quietPeriod = quietPeriod
        self.emptyFileWait = emptyFileWait
    }

    var count: Int { candidates.count }
    func isTracked(_ name: FileName) -> Bool { candidates[name] != nil }
    mutating func forget(_ name: FileName) { candidates[name] = nil }

    static func observation(_ st: stat) -> Observation {
        Observation(size: Int64(st.st_size), mtimeSeconds: st.st_mtim.tv_sec, mtimeNanoseconds: st.st_mtim.tv_nsec, inode: UInt64(st.st_ino))
    }

    /// Something happened to `name`: it becomes a candidate, to be checked after `wait`.
    mutating func observe(_ name: FileName, _ st: stat, now: ContinuousClock.Instant, wait: Duration? = nil) {
        let seen = ReadinessTracker.observation(st)
        let deadline = now + (wait ?? quietPeriod)
        let regular = (st.st_mode & S_IFMT) == S_IFREG
        if var existing = candidates[name] {
            if existing.seen != seen { existing.seen = seen }
            existing.seenAt = now
            existing.seenRegular = regular
            existing.deadline = max(existing.deadline, deadline)
            if wait == .zero { existing.deadline = deadline }
            candidates[name] = existing
        } else {
            candidates[name] = Candidate(seen: seen, deadline: deadline, emptySince: nil, seenAt: now, seenRegular: regular)
        }
    }

    /// The earliest moment a candidate needs looking at.
    var nextDeadline: ContinuousClock.Instant? { candidates.values.map(\.deadline).min() }

    /// The candidates that are complete now. `status` gives a fresh lstat (nil: gone).
    mutating func ready(now: ContinuousClock.Instant, status: (FileName) -> stat?) -> [FileName] {
        var ready: [FileName] = []
        for (name, candidate) in candidates where candidate.deadline <= now {
            let current: Observation
            if candidate.seenAt == now {
                // Observed in this very pass (a file moved in is due at once): that lstat is current.
                if !candidate.seenRegular { candidates[name] = nil; ready.append(name); continue }
                current = candidate.seen
            } else {
                guard let st = status(name) else { candidates[name] = nil; continue }
                if (st.st_mode & S_IFMT) != S_IFREG { candidates[name] = nil; ready.append(name); continue }
                current = ReadinessTracker.observation(st)
            }
            var updated = candidate
            if current != candidate.seen {
                updated.seen = current
                updated.deadline = now + quietPeriod
                updated.emptySince = nil
                candidates[name] = updated
                continue
            }
            if current.size == 0 {
                let since = candidate.emptySince ?? now
                if now - since < emptyFileWait {
                    updated.emptySince = since
                    updated.deadline = min(since + emptyFileWait, now + quietPeriod)
                    candidates[name] = updated
                    continue
                }
            }
            candidates[name] = nil
            ready.append(name)
        }
        return ready.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    }
}
