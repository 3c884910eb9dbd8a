import Foundation
import Glibc
import Systemd

/// The daemon's main loop, on its own thread: watches the inbox, decides when files are
/// complete, claims them into the processing area and feeds the workers; keeps the service
/// manager informed (READY, STATUS, WATCHDOG, RELOADING, STOPPING).
final class InboxPipeline: @unchecked Sendable {
    /// Why the loop ended other than by a stop request.
    struct InboxLost: Error, CustomStringConvertible { let description: String }

    private let context: PipelineContext
    private let notifier = SystemdNotifier()
    private let wakeSignal: WakeSignal
    private let queue: WorkQueue
    private var watcher: InboxWatcher?
    private var watchDescription = ""
    private var tracker: ReadinessTracker
    private var ignoredNames: Set<FileName> = []
    private var workers: [Thread] = []
    private let workersDone = DispatchGroup()

    private let lock = NSLock()
    private var stopRequested = false
    private var pendingReload: DaemonConfiguration?

    private var lastScan = ContinuousClock.now
    private var lastInboxCheck = ContinuousClock.now
    private var lastStatus = ContinuousClock.now - .seconds(10)
    private var lastStatusVersion = -1
    private var lastWatchdog = ContinuousClock.now

    init(context: PipelineContext) throws {
        self.context = context
        wakeSignal = try WakeSignal()
        let configuration = context.configuration
        queue = WorkQueue(capacity: configuration.queueSize)
        tracker = ReadinessTracker(quietPeriod: configuration.quietPeriod, emptyFileWait: configuration.emptyFileWait)
    }

    // MARK: requests from other threads

    func requestStop() {
        lock.withLock { stopRequested = true }
        wakeSignal.wake()
    }

    func requestReload(_ configuration: DaemonConfiguration) {
        lock.withLock { pendingReload = configuration }
        wakeSignal.wake()
    }

    // MARK: the loop

    /// Runs until a stop request (returns) or the inbox is lost (throws).
    func run() throws {
        let configuration = context.configuration
        // Before the workers and READY: the first file must not pay the model's loading.
        let warmUp = ExtractorWarmUp.run()
        context.log.note(.debug, "Extraction warmed up in \(warmUp) ms")
        startWorkers(configuration.effectiveWorkers)
        for file in ProcessingAreaRecovery(context: context).recover() { queue.put(file) }

        // The watch is set before the start-up scan, so nothing arriving meanwhile is missed.
        let polledBy = FileSystemKind.polledFileSystem(of: context.folders.inbox.fd)
        let usePolling = configuration.watch == .poll || (configuration.watch == .auto && polledBy != nil)
        if usePolling {
            watchDescription = "polling \(context.folders.inbox.path) every \(configuration.pollInterval)"
                + (polledBy.map { " (\($0) file system)" } ?? "")
        } else {
            watcher = try InboxWatcher(path: context.folders.inbox.path)
            watchDescription = "watching \(context.folders.inbox.path) with inotify"
        }
        scanInbox(now: .now)
        context.log.event(.started, .notice,
                          "articled started, instance \(context.folders.instance): \(watchDescription); records go to \(context.folders.records.path)",
                          ["inbox": .string(context.folders.inbox.path), "records": .string(context.folders.records.path),
                           "workers": .stringConvertible(configuration.effectiveWorkers), "polling": .stringConvertible(usePolling)])
        notifier.ready(status: statusLine())

        var lostReason: String?
        while lostReason == nil {
            if lock.withLock({ stopRequested }) { break }
            waitForActivity(polling: usePolling)
            let now = ContinuousClock.now
            if let reload = lock.withLock({ () -> DaemonConfiguration? in defer { pendingReload = nil }; return pendingReload }) {
                apply(reload)
            }
            if let watcher {
                for event in watcher.readEvents() {
                    switch event {
                    case .movedIn(let name): noticed(name, now: now, wait: .zero)
                    case .closedAfterWriting(let name): noticed(name, now: now)
                    case .created(let name): created(name, now: now)
                    case .overflow:
                        context.log.event(.rescan, .warning, "The inotify queue overflowed; rescanning \(context.folders.inbox.path)")
                        scanInbox(now: now)
                    case .inboxLost(let reason): lostReason = reason
                    }
                }
            }
            if lostReason != nil { break }
            // inotify reports deletion and moves, but not a lazy unmount while we hold the folder
            // open, nor anything on a polled file system: look every second.
            if now - lastInboxCheck >= .seconds(1) {
                lastInboxCheck = now
                if let reason = inboxGone() { lostReason = reason; break }
            }
            let interval = usePolling ? context.configuration.pollInterval : context.configuration.reconcileInterval
            if interval > .zero && now - lastScan >= interval {
                scanInbox(now: now)
            }
            claimReadyFiles(now: now)
            if inboxHasMore && waitingCount < InboxPipeline.scanWindow / 2 { scanInbox(now: now) }
            keepManagerInformed(now: now)
        }
        shutDown(lost: lostReason)
        if let lostReason { throw InboxLost(description: lostReason) }
    }

    private func waitForActivity(polling: Bool) {
        var fds = [pollfd(fd: wakeSignal.readFD, events: Int16(POLLIN), revents: 0)]
        if let watcher { fds.append(pollfd(fd: watcher.fd, events: Int16(POLLIN), revents: 0)) }
        var timeout: Duration = .milliseconds(500)
        if let deadline = tracker.nextDeadline { timeout = min(timeout, max(.milliseconds(5), deadline - .now)) }
        if let interval = notifier.watchdogInterval { timeout = min(timeout, interval / 4) }
        // Files ready but not claimed because the queue was full or output blocked: look again soon.
        if !readyBacklog.isEmpty { timeout = min(timeout, .milliseconds(50)) }
        _ = poll(&fds, nfds_t(fds.count), Int32(max(1, timeout.milliseconds)))
        if fds[0].revents != 0 { wakeSignal.drain() }
    }

    // MARK: detection

    private var readyBacklog: [FileName] = []
    private var readyBacklogSet: Set<FileName> = []

    private func isIgnored(_ name: FileName) -> Bool {
        guard let reason = IgnoreRules.reason(for: name) else { return false }
        if ignoredNames.insert(name).inserted {
            context.log.outcome(Outcome(kind: .ignored, file: name, reason: reason))
            context.counters.count(.ignored)
        }
        return true
    }

    /// Plain files created in the inbox and not yet closed: a writer still has them open.
    /// Scans leave them alone (a stalled `scp` must not be taken half-written) until they are
    /// closed, or for `stillOpenPatience` in case the close event never comes.
    private var stillOpen: [FileName: ContinuousClock.Instant] = [:]
    private let stillOpenPatience: Duration = .seconds(60)

    private func noticed(_ name: FileName, now: ContinuousClock.Instant, wait: Duration? = nil, fromScan: Bool = false) {
        if fromScan, let since = stillOpen[name], now - since < stillOpenPatience { return }
        stillOpen[name] = nil
        guard !isIgnored(name), !readyBacklogSet.contains(name) else { return }
        guard let st = try? context.folders.inbox.status(of: name) else { tracker.forget(name); return }
        tracker.observe(name, st, now: now, wait: wait)
    }

    /// A new entry: hard links, symlinks, FIFOs, sockets and folders are complete when they
    /// appear; a new plain file is being written and is taken when closed.
    private func created(_ name: FileName, now: ContinuousClock.Instant) {
        guard !isIgnored(name), let st = try? context.folders.inbox.status(of: name) else { return }
        if (st.st_mode & S_IFMT) != S_IFREG || st.st_nlink > 1 {
            tracker.observe(name, st, now: now)
        } else {
            stillOpen[name] = now
        }
    }

    /// At most this many files found by scans are tracked or waiting at once; the rest of a
    /// bigger inbox stays on disk until the backlog runs low and the next scan picks it up. So a
    /// backlog of 100,000 files costs what 8,192 do (BENCHMARKS.md: peak RSS with a backlog).
    static let scanWindow = 8192
    /// The last scan stopped at `scanWindow` with files left unlooked at.
    private var inboxHasMore = false

    private var waitingCount: Int { tracker.count + readyBacklog.count }

    /// Lists the inbox (streaming, not as one array); files not yet known become candidates,
    /// up to `scanWindow` waiting in all.
    private func scanInbox(now: ContinuousClock.Instant) {
        lastScan = now
        inboxHasMore = false
        var presentIgnored: Set<FileName> = []
        var presentOpen: Set<FileName> = []
        let complete = (try? context.folders.inbox.forEachEntry { raw in
            let name = FileName(bytes: Array(raw))
            defer {
                if ignoredNames.contains(name) { presentIgnored.insert(name) }
                if stillOpen[name] != nil { presentOpen.insert(name) }
            }
            guard !tracker.isTracked(name), !readyBacklogSet.contains(name), !isIgnored(name) else { return }
            guard waitingCount < InboxPipeline.scanWindow else { inboxHasMore = true; return }
            noticed(name, now: now, fromScan: true)
        }) != nil
        guard complete else { return }
        ignoredNames.formIntersection(presentIgnored)
        stillOpen = stillOpen.filter { presentOpen.contains($0.key) }
    }

    /// Whether the inbox is still there and still the folder we opened; nil if so.
    private func inboxGone() -> String? {
        let inbox = context.folders.inbox
        guard let own = try? inbox.ownStatus() else { return "the inbox \(inbox.path) cannot be read" }
        if own.st_nlink == 0 { return "the inbox \(inbox.path) was deleted" }
        var st = stat()
        if stat(inbox.path, &st) != 0 { return "the inbox \(inbox.path) is gone" }
        if st.st_ino != own.st_ino || st.st_dev != own.st_dev {
            return "the inbox \(inbox.path) was replaced, moved away or unmounted"
        }
        return nil
    }

    // MARK: claiming

    private func claimReadyFiles(now: ContinuousClock.Instant) {
        for name in tracker.ready(now: now, status: { try? self.context.folders.inbox.status(of: $0) })
        where readyBacklogSet.insert(name).inserted {
            readyBacklog.append(name)
        }
        guard !readyBacklog.isEmpty else { return }
        var taken = 0
        while taken < readyBacklog.count && queue.hasRoom && !context.gate.isBlocked {
            let name = readyBacklog[taken]
            taken += 1
            readyBacklogSet.remove(name)
            do {
                try context.folders.inbox.move(name, to: context.folders.processing, as: name)
                queue.put(ClaimedFile(name: name, claimedAt: .now, recovered: false))
            } catch let error as SystemCallError where error.code == ENOENT {
                // Another daemon claimed it, or the user took it back.
            } catch let error as SystemCallError where error.code == EEXIST {
                // A file of the same name is still in processing: try again after it.
                if let st = try? context.folders.inbox.status(of: name) { tracker.observe(name, st, now: now) }
            } catch {
                context.log.note(.warning, "Cannot claim \"\(name)\": \(error); will retry", ["file": .string(name.description)])
                if let st = try? context.folders.inbox.status(of: name) { tracker.observe(name, st, now: now + .seconds(5)) }
            }
        }
        readyBacklog.removeFirst(taken)
    }

    // MARK: service manager

    private func statusLine() -> String {
        let c = context.counters.snapshot()
        var line = "\(watchDescription): \(c.processed) processed, \(c.duplicates) duplicate, \(c.failed) failed, "
            + "\(queue.count + c.inFlight) queued, \(waitingCount)\(inboxHasMore ? "+" : "") waiting"
        if context.gate.isBlocked { line += "; OUTPUT BLOCKED, retrying" }
        return line
    }

    private func keepManagerInformed(now: ContinuousClock.Instant) {
        if let interval = notifier.watchdogInterval, now - lastWatchdog >= interval / 2 {
            notifier.watchdog()
            lastWatchdog = now
        }
        let version = context.counters.snapshot().version
        if version != lastStatusVersion && now - lastStatus >= .seconds(1) {
            notifier.status(statusLine())
            lastStatus = now
            lastStatusVersion = version
        }
    }

    private func apply(_ new: DaemonConfiguration) {
        notifier.reloading()
        let old = context.configuration
        let fixed = old.needsRestart(toApply: new)
        let applied = old.reloadable(from: new)
        if !fixed.isEmpty {
            context.log.note(.warning, "Reload: \(fixed.joined(separator: ", ")) take effect only after a restart")
        }
        context.configuration = applied
        tracker.quietPeriod = applied.quietPeriod
        tracker.emptyFileWait = applied.emptyFileWait
        context.log.event(.reloaded, .notice, "Configuration reloaded", ["log_level": .string(applied.logLevel.rawValue)])
        notifier.ready(status: statusLine())
    }

    // MARK: workers and shutdown

    private func startWorkers(_ count: Int) {
        for index in 0..<count {
            let worker = Worker(context: context, queue: queue, wake: { [wakeSignal] in wakeSignal.wake() })
            workersDone.enter()
            let thread = Thread { [workersDone] in
                worker.run()
                workersDone.leave()
            }
            thread.name = "articled-worker-\(index)"
            thread.start()
            workers.append(thread)
        }
    }

    /// Stops taking files, hands back what no worker started, and gives workers
    /// `daemon.stop_timeout` to finish theirs; what they do not finish stays in processing and
    /// is recovered at the next start.
    private func shutDown(lost: String?) {
        let status = lost == nil ? "Stopping: finishing files in flight" : "Stopping: \(lost!)"
        notifier.stopping(status: status)
        if let lost {
            context.log.event(.inboxLost, .critical, "The inbox is gone (\(lost)); articled stops. Recreate it and restart the service.",
                              ["inbox": .string(context.folders.inbox.path), "reason": .string(lost)])
        } else {
            context.log.event(.stopping, .notice, "Stopping: no new files are taken; files in flight are finished or handed back")
        }
        let unstarted = queue.close()
        var handedBack = 0
        for file in unstarted {
            if lost == nil, (try? context.folders.processing.move(file.name, to: context.folders.inbox, as: file.name)) != nil {
                handedBack += 1
            }
        }
        let timeout = context.configuration.stopTimeout
        if workersDone.wait(timeout: .now() + .milliseconds(Int(timeout.milliseconds))) == .timedOut {
            context.gate.stop()
            _ = workersDone.wait(timeout: .now() + .seconds(1))
        }
        context.gate.stop()
        let c = context.counters.snapshot()
        context.log.note(.notice, "Stopped: \(c.processed) processed, \(c.duplicates) duplicate, \(c.failed) failed; "
                         + "\(handedBack) handed back to the inbox, \(unstarted.count - handedBack + c.inFlight) left in processing")
    }
}
