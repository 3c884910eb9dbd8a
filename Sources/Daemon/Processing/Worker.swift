import Foundation
import Glibc

/// One worker thread: takes batches of claimed files, writes their records (or failures), makes
/// the batch's records durable with one folder fsync, then moves the originals out of
/// processing and logs each file's terminal state once.
final class Worker: @unchecked Sendable {
    static let batchSize = 32

    private let context: PipelineContext
    private let queue: WorkQueue
    private let wake: () -> Void

    init(context: PipelineContext, queue: WorkQueue, wake: @escaping () -> Void) {
        self.context = context
        self.queue = queue
        self.wake = wake
    }

    func run() {
        while let batch = queue.takeBatch(max: Worker.batchSize) {
            context.counters.started(batch.count)
            process(batch)
            context.counters.finished(batch.count)
            wake()
        }
    }

    private struct Written {
        let file: ClaimedFile
        let record: FileName
        let sha256: String
        let bytes: Int
        let counts: Outcome.RecordCounts
    }

    /// A record written into `records/.tmp` but not yet synced or in place.
    private struct Prepared {
        let file: ClaimedFile
        let data: Data
        var temp: TemporaryRecord?
        let name: FileName
        let sha256: String
        let bytes: Int
        let counts: Outcome.RecordCounts
    }

    private func process(_ batch: [ClaimedFile]) {
        let settings = context.configuration
        let processor = ArticleProcessor(processing: context.folders.processing, maxFileSize: settings.maxFileSize,
                                         referenceDate: settings.referenceDate)
        var written: [Written] = []
        var prepared: [Prepared] = []
        // First every file of the batch is examined and its record written without waiting for
        // the disk (writeback starts at once); then the records are synced, put in place, and
        // the folder synced once. The worker extracts the next file while the last one's data
        // goes to disk instead of stalling in one fsync per file.
        for file in batch {
            if context.gate.isStopping { break }
            switch processor.examine(file.name) {
            case .vanished:
                context.log.note(.warning, "\"\(file.name)\" disappeared from the processing area before it was read", ["file": .string(file.name.description)])
            case .failure(let reason, let message, let sha256, let bytes):
                fail(file, reason: reason, message: message, sha256: sha256, bytes: bytes)
            case .record(let data, let name, let sha256, let bytes, let counts):
                // A duplicate is told before its record is written; `reserve` settles races
                // with other workers and daemons just before the record is put in place.
                var existing: FileName?
                guard retryWhileBlocked(file, endsBlock: false, { existing = try context.duplicates.existing(sha256) }) else { continue }
                if existing == nil {
                    // A write into the page cache does not prove the output takes writes again
                    // (the sync may still fail): only the sync ends a blocked episode.
                    var temp: TemporaryRecord?
                    guard retryWhileBlocked(file, endsBlock: false, { temp = try context.writer.prepare(data, sync: false) }), let temp else { continue }
                    prepared.append(Prepared(file: file, data: data, temp: temp, name: name, sha256: sha256, bytes: bytes, counts: counts))
                    continue
                }
                guard let existing else { continue }
                if existing == name && file.recovered {
                    // Our own record from before a crash (written, but the original had not
                    // left processing yet): this file was processed, not duplicated.
                    written.append(Written(file: file, record: name, sha256: sha256, bytes: bytes, counts: counts))
                    continue
                }
                guard finishOriginal(file) else { continue }
                report(Outcome(kind: .duplicate, file: file.name, sha256: sha256, output: context.writer.path(of: existing),
                               duration: .now - file.claimedAt, bytes: bytes), file)
            }
        }
        for var item in prepared {
            if context.gate.isStopping {
                // Not in place: the original stays in processing and is processed at the next start.
                if let temp = item.temp { context.writer.discard(temp) }
                continue
            }
            if let record = publish(&item) { written.append(record) }
        }
        guard !written.isEmpty else { return }
        // Group commit: one fsync of the records folder (and one of the duplicate index) makes
        // every rename and link of the batch durable before any input leaves processing.
        do {
            try context.writer.commit()
            try context.duplicates.sync()
        } catch {
            context.log.note(.error, "fsync of the records folder or its index failed: \(error); inputs stay in processing for the next start")
            return
        }
        for item in written {
            guard finishOriginal(item.file) else { continue }
            report(Outcome(kind: .processed, file: item.file.name, sha256: item.sha256, output: context.writer.path(of: item.record),
                           duration: .now - item.file.claimedAt, bytes: item.bytes, counts: item.counts), item.file)
        }
    }

    /// Syncs a prepared record, reserves its content in the duplicate index and renames it into
    /// place. Returns what was written, or nil when the file turned out a duplicate (reported
    /// here) or stays in processing (stopping, or an error that was logged).
    private func publish(_ item: inout Prepared) -> Written? {
        let writer = context.writer
        // A failed fsync may have dropped the data even if a later one succeeds: the record is
        // written anew (and synced at once) on each retry.
        let synced = retryWhileBlocked(item.file) {
            if let temp = item.temp {
                do { try writer.makeDurable(temp) } catch { writer.discard(temp); item.temp = nil; throw error }
            } else {
                item.temp = try writer.prepare(item.data)
            }
        }
        guard synced, let temp = item.temp else {
            if let temp = item.temp { writer.discard(temp) }
            return nil
        }
        var existing: FileName?
        guard retryWhileBlocked(item.file, endsBlock: false, { existing = try context.duplicates.reserve(item.sha256, for: item.name) }) else {
            writer.discard(temp)
            return nil
        }
        if let existing {
            writer.discard(temp)
            if existing == item.name && item.file.recovered {
                // Our own record from before a crash: processed, not duplicated.
                return Written(file: item.file, record: item.name, sha256: item.sha256, bytes: item.bytes, counts: item.counts)
            }
            // Another worker or daemon recorded the same content meanwhile.
            guard finishOriginal(item.file) else { return nil }
            report(Outcome(kind: .duplicate, file: item.file.name, sha256: item.sha256, output: writer.path(of: existing),
                           duration: .now - item.file.claimedAt, bytes: item.bytes), item.file)
            return nil
        }
        guard retryWhileBlocked(item.file, { try writer.publish(temp, as: item.name) }) else {
            context.duplicates.release(item.sha256)
            return nil
        }
        context.duplicates.recorded(item.sha256)
        return Written(file: item.file, record: item.name, sha256: item.sha256, bytes: item.bytes, counts: item.counts)
    }

    /// Runs `write` until it succeeds or fails for a reason that is not the destination's
    /// state; returns false when it gave up (stopping, or a non-retryable error: logged).
    /// `endsBlock`: whether success proves the output takes writes again (a look-up, or a link
    /// that fits in its inode, succeeds on a full disk and must not end a blocked episode).
    private func retryWhileBlocked(_ file: ClaimedFile, endsBlock: Bool = true, _ write: () throws -> Void) -> Bool {
        while true {
            do {
                try write()
                if endsBlock { context.gate.succeeded() }
                return true
            } catch let error as SystemCallError where error.isOutputBlocked {
                context.gate.blocked(by: error, file: file.name)
                if context.gate.isStopping { return false }
            } catch {
                context.log.note(.error, "Cannot write the output for \"\(file.name)\": \(error); it stays in processing", ["file": .string(file.name.description)])
                return false
            }
        }
    }

    private func fail(_ file: ClaimedFile, reason: String, message: String, sha256: String?, bytes: Int?,
                      messageID: MessageID? = nil) {
        var placed: (path: String, reportError: Error?)?
        let ok = retryWhileBlocked(file) {
            placed = try context.failedFolder.file(file.name, from: context.folders.processing, reason: reason,
                                                   message: message, sha256: sha256, bytes: bytes)
        }
        guard ok, let placed else { return }
        if let reportError = placed.reportError {
            context.log.note(.error, "Could not write the error file for \"\(file.name)\": \(reportError)", ["file": .string(file.name.description)])
        }
        report(Outcome(kind: .failed, file: file.name, sha256: sha256, output: placed.path, reason: reason, detail: message,
                       duration: .now - file.claimedAt, bytes: bytes), file)
    }

    /// Moves the original to the processed folder, or deletes it, by configuration.
    private func finishOriginal(_ file: ClaimedFile) -> Bool {
        let processing = context.folders.processing
        let delete = context.configuration.processedAction == .delete
        return retryWhileBlocked(file) {
            if delete { try processing.remove(file.name) } else { try processing.moveAside(file.name, to: context.folders.processed) }
        }
    }

    private func report(_ outcome: Outcome, _ file: ClaimedFile) {
        context.log.outcome(outcome)
        context.counters.count(outcome.kind)
        if file.recovered { context.crashCounts.clear(file.name) }
    }
}
