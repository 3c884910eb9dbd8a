import Foundation

/// Tracks whether outputs can be written. When a write fails because the destination is full,
/// read-only or not allowed, the gate closes: the claiming loop stops taking files (they stay
/// safe in the inbox), workers retry with exponential backoff instead of spinning, and the
/// first success opens it again. Each transition is logged once.
final class OutputGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var blockedSince: ContinuousClock.Instant?
    private var delay: Duration = .zero
    private var stopping = false
    private let log: EventLog
    var maxDelay: Duration

    init(log: EventLog, maxDelay: Duration) {
        self.log = log
        self.maxDelay = maxDelay
    }

    var isBlocked: Bool { condition.withLock { blockedSince != nil } }

    /// A write failed with `error` for `file`; waits the current backoff (returns early on stop).
    func blocked(by error: SystemCallError, file: FileName) {
        condition.lock()
        if blockedSince == nil {
            blockedSince = .now
            delay = .milliseconds(250)
            log.event(.outputBlocked, .error,
                      "Cannot write output (\(error)); \"\(file)\" and later files stay safe and are retried with backoff",
                      ["file": .string(file.description), "reason": .string(error.description)])
        } else {
            delay = min(delay * 2, maxDelay)
        }
        let until = Date().addingTimeInterval(Double(delay.milliseconds) / 1000)
        while !stopping && Date() < until { _ = condition.wait(until: until) }
        condition.unlock()
    }

    /// A write succeeded.
    func succeeded() {
        condition.lock()
        defer { condition.unlock() }
        guard let since = blockedSince else { return }
        blockedSince = nil
        log.event(.outputRecovered, .notice,
                  "Output can be written again after \((ContinuousClock.now - since).milliseconds) ms; processing resumes",
                  ["duration_ms": .stringConvertible((ContinuousClock.now - since).milliseconds)])
    }

    func stop() {
        condition.withLock { stopping = true; condition.broadcast() }
    }

    var isStopping: Bool { condition.withLock { stopping } }
}
