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
        startWorkers(configuration.effectiveWorkers)
        recoverProcessingArea()

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
            let interval = usePolling ? context.configuration.pollInterval : context.configuration.reconcileInterval
            if interval > .zero && now - lastScan >= interval {
                if let reason = inboxGone() { lostReason = reason; break }
                scanInbox(now: now)
            }
            claimReadyFiles(now: now)
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

    private func noticed(_ name: FileName, now: ContinuousClock.Instant, wait: Duration? = nil) {
        guard !isIgnored(name), !readyBacklogSet.contains(name) else { return }
        guard let st = try? context.folders.inbox.status(of: name) else { tracker.forget(name); return }
        tracker.observe(name, st, now: now, wait: wait)
    }

    /// A new entry: hard links, symlinks, FIFOs, sockets and folders are complete when they
    /// appear; a new plain file is being written and is taken when closed.
    private func created(_ name: FileName, now: ContinuousClock.Instant) {
        guard !isIgnored(name), let st = try? context.folders.inbox.status(of: name) else { return }
        if (st.st_mode & S_IFMT) != S_IFREG || st.st_nlink > 1 { tracker.observe(name, st, now: now) }
    }

    /// Lists the inbox; everything not yet known becomes a candidate.
    private func scanInbox(now: ContinuousClock.Instant) {
        lastScan = now
        guard let names = try? context.folders.inbox.entries() else { return }
        let present = Set(names)
        ignoredNames.formIntersection(present)
        for name in names where !tracker.isTracked(name) && !readyBacklogSet.contains(name) {
            noticed(name, now: now)
        }
    }

    /// Polling and reconcile scans also check the inbox is still there and still the same.
    private func inboxGone() -> String? {
        let inbox = context.folders.inbox
        guard let own = try? inbox.ownStatus() else { return "the inbox \(inbox.path) cannot be read" }
        if own.st_nlink == 0 { return "the inbox \(inbox.path) was deleted" }
        var st = stat()
        if stat(inbox.path, &st) != 0 { return "the inbox \(inbox.path) is gone" }
        if st.st_ino != own.st_ino || st.st_dev != own.st_dev { return "the inbox \(inbox.path) was replaced or moved away" }
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

    // MARK: recovery

    /// Files left in processing by a crash (ours, or of instances no daemon holds) are
    /// processed again; a file found there `files.max_crashes` times is quarantined.
    private func recoverProcessingArea() {
        let processing = context.folders.processing
        context.writer.removeLeftovers(instance: context.folders.instance)
        for (area, lockFD) in (try? context.folders.orphanedAreas()) ?? [] {
            for name in (try? area.entries()) ?? [] where name != FolderLayout.lockFileName {
                _ = try? area.moveAside(name, to: processing)
            }
            close(lockFD)
        }
        let leftovers = ((try? processing.entries()) ?? []).filter { $0 != FolderLayout.lockFileName }
        guard !leftovers.isEmpty else { return }
        let counts = context.crashCounts.recordCrash(of: leftovers)
        let limit = context.configuration.maxCrashes
        context.log.note(.notice, "Recovering \(leftovers.count) file(s) left in \(processing.path) by an earlier run")
        for name in leftovers.sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            let crashes = counts[name] ?? 1
            if crashes >= limit {
                quarantine(name, crashes: crashes)
            } else {
                queue.put(ClaimedFile(name: name, claimedAt: .now, recovered: true))
            }
        }
    }

    private func quarantine(_ name: FileName, crashes: Int) {
        let message = "the daemon stopped \(crashes) times while this file was in processing; it is set aside instead of crash-looping"
        do {
            let placed = try context.failedFolder.file(name, from: context.folders.processing, reason: "crashed", message: message,
                                                       sha256: nil, bytes: nil)
            context.crashCounts.clear(name)
            var outcome = Outcome(kind: .failed, file: name, output: placed.path, reason: "crashed", detail: message)
            outcome.messageIDOverride = .quarantined
            context.log.outcome(outcome)
            context.counters.count(.failed)
        } catch {
            context.log.note(.error, "Cannot quarantine \"\(name)\": \(error)", ["file": .string(name.description)])
        }
    }

    // MARK: service manager

    private func statusLine() -> String {
        let c = context.counters.snapshot()
        var line = "\(watchDescription): \(c.processed) processed, \(c.duplicates) duplicate, \(c.failed) failed, "
            + "\(queue.count + c.inFlight) queued, \(tracker.count + readyBacklog.count) waiting"
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
        var applied = new
        if !fixed.isEmpty {
            // Keep what is bound at start-up; say so.
            applied.inbox = old.inbox; applied.processing = old.processing; applied.processed = old.processed
            applied.failed = old.failed; applied.records = old.records; applied.state = old.state
            applied.instance = old.instance; applied.workers = old.workers; applied.watch = old.watch
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
