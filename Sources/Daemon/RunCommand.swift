import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle

/// `articled run`: the daemon in the foreground, as systemd runs it.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground: watch the inbox and write a record per article.",
        discussion: """
            Settings come from the configuration file (--config, else $ARTICLED_CONFIG, else \
            \(ConfigurationLoader.defaultPath) if it exists), then from flags. Any setting can be \
            given as --set section.key=value; the folder flags are shortcuts. SIGTERM or SIGINT \
            stops gracefully; SIGHUP reloads the configuration.
            Exit status: 0 after a clean stop, 1 for a configuration or start-up error, 2 when the \
            inbox was lost while running.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Configuration file.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Put every folder under this one (inbox, processing, processed, failed, records, state).", valueName: "dir"))
    var dataDir: String?

    @Option(name: .long, help: ArgumentHelp("Inbox folder (folders.inbox).", valueName: "dir"))
    var inbox: String?

    @Option(name: .long, help: ArgumentHelp("Records folder (folders.records).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Processing folder (folders.processing).", valueName: "dir"))
    var processing: String?

    @Option(name: .long, help: ArgumentHelp("Folder for processed originals (folders.processed).", valueName: "dir"))
    var processed: String?

    @Option(name: .long, help: ArgumentHelp("Folder for failed originals and their .error files (folders.failed).", valueName: "dir"))
    var failed: String?

    @Option(name: .long, help: ArgumentHelp("State folder (folders.state).", valueName: "dir"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Instance name; each daemon sharing an inbox needs its own (daemon.instance).", valueName: "name"))
    var instance: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads; 0 for one per core plus one (daemon.workers).", valueName: "n"))
    var workers: String?

    @Option(name: .long, help: ArgumentHelp("auto, inotify or poll (detection.watch).", valueName: "mode"))
    var watch: String?

    @Option(name: .long, help: ArgumentHelp("Log level (daemon.log_level).", valueName: "level"))
    var logLevel: String?

    @Option(name: .long, help: ArgumentHelp("Set any configuration key, e.g. --set detection.quiet_period=500ms. Repeatable.", valueName: "section.key=value"))
    var set: [String] = []

    @Flag(name: .long, help: "Check the configuration, print the effective settings, and exit.")
    var checkConfig = false

    func overrides() throws -> [(key: String, value: String)] {
        var list: [(key: String, value: String)] = []
        if let dataDir {
            for folder in ["inbox", "processing", "processed", "failed", "records", "state"] {
                list.append(("folders.\(folder)", dataDir + "/" + folder))
            }
        }
        let shortcuts: [(String, String?)] = [
            ("folders.inbox", inbox), ("folders.records", output), ("folders.processing", processing),
            ("folders.processed", processed), ("folders.failed", failed), ("folders.state", state),
            ("daemon.instance", instance), ("daemon.workers", workers), ("detection.watch", watch),
            ("daemon.log_level", logLevel),
        ]
        for case let (key, value?) in shortcuts { list.append((key, value)) }
        for assignment in set {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ValidationError("--set \(assignment): expected section.key=value")
            }
            list.append((String(assignment[..<equals]).lowercased(), String(assignment[assignment.index(after: equals)...])))
        }
        return list
    }

    func run() async throws {
        let loader = ConfigurationLoader(explicitPath: config, overrides: try overrides())
        let configuration: DaemonConfiguration
        do {
            configuration = try loader.load()
        } catch {
            FileHandle.standardError.write(Data("articled: configuration error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if checkConfig {
            // Only reads: a running daemon holds the folders and its instance lock.
            print(describe(configuration))
            return
        }
        LoggingSetup.bootstrap(level: configuration.swiftLogLevel)
        let log = EventLog(level: configuration.swiftLogLevel)

        let folders: FolderLayout
        do {
            folders = try FolderLayout(configuration)
        } catch {
            log.note(.critical, "articled cannot start: \(error)")
            throw ExitCode(1)
        }
        let pipeline: InboxPipeline
        do {
            pipeline = try InboxPipeline(context: PipelineContext(configuration: configuration, folders: folders, log: log))
        } catch {
            log.note(.critical, "articled cannot start: \(error)")
            throw ExitCode(1)
        }
        let service = DaemonService(pipeline: pipeline, loader: loader, log: log)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                             failureTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "articled.lifecycle")))
        do {
            try await group.run()
        } catch is InboxPipeline.InboxLost {
            throw ExitCode(2)
        } catch {
            log.note(.critical, "articled stopped on an error: \(error)")
            throw ExitCode(1)
        }
    }

    private func describe(_ c: DaemonConfiguration) -> String {
        """
        [folders]
        inbox = \(c.inbox)
        processing = \(c.processing)
        processed = \(c.processed)
        failed = \(c.failed)
        records = \(c.records)
        state = \(c.state)
        [daemon]
        instance = \(c.instance)
        workers = \(c.workers) (\(c.effectiveWorkers) threads)
        queue_size = \(c.queueSize)
        stop_timeout = \(c.stopTimeout.milliseconds)ms
        log_level = \(c.logLevel.rawValue)
        [detection]
        watch = \(c.watch.rawValue)
        poll_interval = \(c.pollInterval.milliseconds)ms
        reconcile_interval = \(c.reconcileInterval.milliseconds)ms
        quiet_period = \(c.quietPeriod.milliseconds)ms
        empty_file_wait = \(c.emptyFileWait.milliseconds)ms
        [files]
        max_file_size = \(c.maxFileSize)
        processed_action = \(c.processedAction.rawValue)
        max_crashes = \(c.maxCrashes)
        [output]
        retry_max_delay = \(c.retryMaxDelay.milliseconds)ms
        [dates]
        reference_date = \(c.referenceDate)
        """
    }
}
