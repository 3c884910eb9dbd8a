import Foundation

/// What the claiming loop and the workers share: folders, writers, indexes, the log, and the
/// current (reloadable) configuration.
final class PipelineContext: @unchecked Sendable {
    let folders: FolderLayout
    let log: EventLog
    let gate: OutputGate
    let counters = PipelineCounters()
    let duplicates: DuplicateIndex
    let writer: RecordWriter
    let failedFolder: FailedFolder
    let crashCounts: CrashCounts
    private let lock = NSLock()
    private var current: DaemonConfiguration

    init(configuration: DaemonConfiguration, folders: FolderLayout, log: EventLog) throws {
        self.folders = folders
        self.log = log
        self.current = configuration
        gate = OutputGate(log: log, maxDelay: configuration.retryMaxDelay)
        duplicates = try DuplicateIndex(records: folders.records)
        writer = RecordWriter(records: folders.records, temp: folders.recordTemp, instance: folders.instance)
        failedFolder = FailedFolder(folder: folders.failed, instance: folders.instance)
        crashCounts = CrashCounts(state: folders.state, instance: folders.instance)
    }

    var configuration: DaemonConfiguration {
        get { lock.withLock { current } }
        set {
            lock.withLock { current = newValue }
            gate.maxDelay = newValue.retryMaxDelay
            log.level = newValue.swiftLogLevel
        }
    }
}
