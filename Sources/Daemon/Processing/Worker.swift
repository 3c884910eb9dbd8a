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

    private func process(_ batch: [ClaimedFile]) {
        let settings = context.configuration
        let processor = ArticleProcessor(processing: context.folders.processing, maxFileSize: settings.maxFileSize,
                                         referenceDate: settings.referenceDate)
        var written: [Written] = []
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
                    var prepared: FileName?
                    guard retryWhileBlocked(file, { prepared = try context.writer.prepare(data) }), let prepared else { continue }
                    guard retryWhileBlocked(file, endsBlock: false, { existing = try context.duplicates.reserve(sha256, for: name) }) else {
                        context.writer.discard(prepared)
                        continue
                    }
                    if existing != nil {
                        context.writer.discard(prepared)
                    } else if retryWhileBlocked(file, { try context.writer.publish(prepared, as: name) }) {
                        context.duplicates.recorded(sha256)
                        written.append(Written(file: file, record: name, sha256: sha256, bytes: bytes, counts: counts))
                        continue
                    } else {
                        context.duplicates.release(sha256)
                        continue
                    }
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
