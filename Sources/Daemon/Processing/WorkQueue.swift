import Foundation

/// The bounded queue between the claiming loop and the workers. Workers take batches, so one
/// directory fsync can cover several records (group commit).
final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [ClaimedFile] = []
    private var head = 0
    private var closed = false
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    var count: Int { condition.lock(); defer { condition.unlock() }; return items.count - head }
    var hasRoom: Bool { count < capacity }

    func put(_ item: ClaimedFile) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// Waits for at least one item and returns up to `max`; nil once closed and empty.
    func takeBatch(max: Int) -> [ClaimedFile]? {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head == 0 && !closed { condition.wait() }
        if items.count - head == 0 { return nil }
        let end = min(items.count, head + max)
        let batch = Array(items[head..<end])
        head = end
        if head > 1024 && head * 2 > items.count { items.removeFirst(head); head = 0 }
        return batch
    }

    /// Stops the workers after the current batch; returns what was never started.
    func close() -> [ClaimedFile] {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        let rest = Array(items[head...])
        items = []; head = 0
        condition.broadcast()
        return rest
    }
}
