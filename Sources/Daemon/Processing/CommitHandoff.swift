import Foundation

/// The one-slot hand-over between a worker and its commit thread: the worker puts a batch whose
/// records are written (not yet synced), the commit thread takes it. `put` waits while the
/// previous batch is still being committed, so a worker is at most one batch ahead.
final class CommitHandoff<Batch>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slot: Batch?
    private var busy = false
    private var closed = false

    /// Waits until the commit thread has finished the previous batch, then hands this one over.
    func put(_ batch: Batch) {
        condition.lock()
        defer { condition.unlock() }
        while slot != nil || busy { condition.wait() }
        slot = batch
        condition.broadcast()
    }

    /// The next batch, or nil once closed and empty. The caller calls `done()` after it.
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while slot == nil && !closed { condition.wait() }
        guard let batch = slot else { return nil }
        slot = nil
        busy = true
        return batch
    }

    /// The batch `take` gave is committed.
    func done() {
        condition.withLock { busy = false; condition.broadcast() }
    }

    /// No more batches: `take` returns nil once the slot is empty.
    func close() {
        condition.withLock { closed = true; condition.broadcast() }
    }
}
