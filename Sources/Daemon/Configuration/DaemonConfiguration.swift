import Foundation
import Glibc
import Logging

/// Everything `articled run` can be told, with the defaults of the packaged service.
///
/// Set from, in order: the built-in defaults, the configuration file, then command-line flags.
/// Every setting has one `section.key` name, used in the file and by `--set`.
struct DaemonConfiguration: Sendable, Equatable {
    enum WatchMode: String, CaseIterable, Sendable { case auto, inotify, poll }
    enum ProcessedAction: String, CaseIterable, Sendable { case move, delete }
    enum LogLevel: String, CaseIterable, Sendable { case trace, debug, info, notice, warning, error, critical }

    // [folders]
    var inbox = "/var/lib/articled/inbox"
    var processing = "/var/lib/articled/processing"
    var processed = "/var/lib/articled/processed"
    var failed = "/var/lib/articled/failed"
    var records = "/var/lib/articled/records"
    var state = "/var/lib/articled/state"
    // [daemon]
    var instance = "main"
    var workers = 0
    var queueSize = 256
    var stopTimeout: Duration = .seconds(10)
    var logLevel: LogLevel = .info
    // [detection]
    var watch: WatchMode = .auto
    var pollInterval: Duration = .seconds(2)
    var reconcileInterval: Duration = .seconds(60)
    var quietPeriod: Duration = .seconds(1)
    var emptyFileWait: Duration = .seconds(30)
    // [files]
    var maxFileSize = 16 << 20
    var processedAction: ProcessedAction = .move
    var maxCrashes = 3
    // [output]
    var retryMaxDelay: Duration = .seconds(30)
    // [dates]
    var referenceDate: ReferenceDatePolicy = .none

    /// Worker threads actually started: `workers`, or one per core plus one when it is 0. The extra
    /// worker takes the core a worker leaves while it waits on the disk (its batch's fsyncs, a
    /// journal commit): +2 to +19% durable files/s on 2 cores in alternating rounds on ext4 with and
    /// without a journal, +0.8 MiB of memory (BENCHMARKS.md, ninth session).
    var effectiveWorkers: Int { workers > 0 ? workers : DaemonConfiguration.usableCores + 1 }

    /// The cores this process may run on: its CPU affinity (a unit's CPUAffinity=, taskset), read
    /// from the `Cpus_allowed` mask of /proc/self/status, else the online cores.
    static var usableCores: Int {
        let online = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else { return online }
        let allowed = line.dropFirst("Cpus_allowed:".count).reduce(0) { $0 + (Int(String($1), radix: 16)?.nonzeroBitCount ?? 0) }
        return allowed > 0 ? min(allowed, online) : online
    }

    var swiftLogLevel: Logger.Level {
        switch logLevel {
        case .trace: .trace
        case .debug: .debug
        case .info: .info
        case .notice: .notice
        case .warning: .warning
        case .error: .error
        case .critical: .critical
        }
    }

    /// Every key the file and `--set` accept.
    static let keys: [String] = [
        "folders.inbox", "folders.processing", "folders.processed", "folders.failed", "folders.records", "folders.state",
        "daemon.instance", "daemon.workers", "daemon.queue_size", "daemon.stop_timeout", "daemon.log_level",
        "detection.watch", "detection.poll_interval", "detection.reconcile_interval", "detection.quiet_period",
        "detection.empty_file_wait",
        "files.max_file_size", "files.processed_action", "files.max_crashes",
        "output.retry_max_delay",
        "dates.reference_date",
    ]

    /// Sets one `section.key`; unknown keys and bad values throw an error naming the key.
    mutating func set(_ key: String, _ value: String) throws {
        switch key {
        case "folders.inbox": inbox = try ConfigurationValue.path(value, key: key)
        case "folders.processing": processing = try ConfigurationValue.path(value, key: key)
        case "folders.processed": processed = try ConfigurationValue.path(value, key: key)
        case "folders.failed": failed = try ConfigurationValue.path(value, key: key)
        case "folders.records": records = try ConfigurationValue.path(value, key: key)
        case "folders.state": state = try ConfigurationValue.path(value, key: key)
        case "daemon.instance":
            let v = value.trimmingCharacters(in: .whitespaces)
            guard !v.isEmpty, !v.hasPrefix("."), v.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
                throw ConfigurationError("\(key): \"\(value)\" must be letters, digits, - _ . (not starting with a dot)")
            }
            instance = v
        case "daemon.workers": workers = try ConfigurationValue.count(value, key: key)
        case "daemon.queue_size": queueSize = try ConfigurationValue.count(value, key: key, minimum: 1)
        case "daemon.stop_timeout": stopTimeout = try ConfigurationValue.duration(value, key: key)
        case "daemon.log_level": logLevel = try ConfigurationValue.choice(value, key: key, as: LogLevel.self)
        case "detection.watch": watch = try ConfigurationValue.choice(value, key: key, as: WatchMode.self)
        case "detection.poll_interval": pollInterval = try positive(ConfigurationValue.duration(value, key: key), key)
        case "detection.reconcile_interval": reconcileInterval = try ConfigurationValue.duration(value, key: key)
        case "detection.quiet_period": quietPeriod = try ConfigurationValue.duration(value, key: key)
        case "detection.empty_file_wait": emptyFileWait = try ConfigurationValue.duration(value, key: key)
        case "files.max_file_size": maxFileSize = try ConfigurationValue.size(value, key: key)
        case "files.processed_action": processedAction = try ConfigurationValue.choice(value, key: key, as: ProcessedAction.self)
        case "files.max_crashes": maxCrashes = try ConfigurationValue.count(value, key: key, minimum: 1)
        case "output.retry_max_delay": retryMaxDelay = try positive(ConfigurationValue.duration(value, key: key), key)
        case "dates.reference_date": referenceDate = try ReferenceDatePolicy(value, key: key)
        default:
            throw ConfigurationError("unknown key \(key) (known keys: \(DaemonConfiguration.keys.joined(separator: ", ")))")
        }
    }

    private func positive(_ d: Duration, _ key: String) throws -> Duration {
        guard d > .zero else { throw ConfigurationError("\(key): must be more than 0") }
        return d
    }

    /// Applies a configuration file; errors name the file, line and key.
    mutating func apply(_ file: ConfigurationFile, origin: String) throws {
        for setting in file.settings {
            do { try set(setting.key, setting.value) } catch let error as ConfigurationError {
                throw ConfigurationError("\(origin):\(setting.line): \(error.description)")
            }
        }
    }

    /// `other` with the settings that are bound at start-up taken from `self`: what a reload
    /// can apply.
    func reloadable(from other: DaemonConfiguration) -> DaemonConfiguration {
        var applied = other
        applied.inbox = inbox; applied.processing = processing; applied.processed = processed
        applied.failed = failed; applied.records = records; applied.state = state
        applied.instance = instance; applied.workers = workers; applied.watch = watch; applied.queueSize = queueSize
        return applied
    }

    /// Whether a reload from `self` to `other` needs a restart (folders and the instance are
    /// bound at start-up).
    func needsRestart(toApply other: DaemonConfiguration) -> [String] {
        var keys: [String] = []
        if inbox != other.inbox { keys.append("folders.inbox") }
        if processing != other.processing { keys.append("folders.processing") }
        if processed != other.processed { keys.append("folders.processed") }
        if failed != other.failed { keys.append("folders.failed") }
        if records != other.records { keys.append("folders.records") }
        if state != other.state { keys.append("folders.state") }
        if instance != other.instance { keys.append("daemon.instance") }
        if workers != other.workers { keys.append("daemon.workers") }
        if queueSize != other.queueSize { keys.append("daemon.queue_size") }
        if watch != other.watch { keys.append("detection.watch") }
        return keys
    }
}

import Foundation
