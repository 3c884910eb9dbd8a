import Foundation

/// Running totals for the status line.
final class PipelineCounters: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var processed = 0
    private(set) var duplicates = 0
    private(set) var failed = 0
    private(set) var ignored = 0
    private(set) var inFlight = 0
    private var changes = 0

    func count(_ kind: Outcome.Kind) {
        lock.withLock {
            switch kind {
            case .processed: processed += 1
            case .duplicate: duplicates += 1
            case .failed: failed += 1
            case .ignored: ignored += 1
            }
            changes += 1
        }
    }

    func started(_ n: Int) { lock.withLock { inFlight += n; changes += 1 } }
    func finished(_ n: Int) { lock.withLock { inFlight -= n; changes += 1 } }

    /// A consistent copy, and a number that changes whenever anything did.
    func snapshot() -> (processed: Int, duplicates: Int, failed: Int, ignored: Int, inFlight: Int, version: Int) {
        lock.withLock { (processed, duplicates, failed, ignored, inFlight, changes) }
    }
}
