import Glibc

/// Start-up recovery: files left in processing by a crash (in this instance's area, or in areas
/// of instances no live daemon holds) are processed again; a file found there at
/// `files.max_crashes` crashes is quarantined in the failed folder instead of crash-looping.
struct ProcessingAreaRecovery {
    let context: PipelineContext

    /// The files to process again, oldest name first.
    func recover() -> [ClaimedFile] {
        let processing = context.folders.processing
        context.writer.removeLeftovers(instance: context.folders.instance)
        for (area, lockFD) in (try? context.folders.orphanedAreas()) ?? [] {
            for name in (try? area.entries()) ?? [] where name != FolderLayout.lockFileName {
                _ = try? area.moveAside(name, to: processing)
            }
            close(lockFD)
        }
        let leftovers = ((try? processing.entries()) ?? []).filter { $0 != FolderLayout.lockFileName }
        guard !leftovers.isEmpty else { return [] }
        let counts = context.crashCounts.recordCrash(of: leftovers)
        let limit = context.configuration.maxCrashes
        context.log.note(.notice, "Recovering \(leftovers.count) file(s) left in \(processing.path) by an earlier run")
        var again: [ClaimedFile] = []
        for name in leftovers.sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            let crashes = counts[name] ?? 1
            if crashes >= limit {
                quarantine(name, crashes: crashes)
            } else {
                again.append(ClaimedFile(name: name, claimedAt: .now, recovered: true))
            }
        }
        return again
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
}
