import Dispatch
import Foundation
import Glibc
import Logging
import ServiceLifecycle

/// The daemon as a swift-service-lifecycle `Service`: runs the pipeline's loop on its own
/// thread, turns graceful shutdown (SIGTERM/SIGINT via the ServiceGroup) into a stop request,
/// and SIGHUP into a configuration reload.
final class DaemonService: Service, @unchecked Sendable {
    private let pipeline: InboxPipeline
    private let loader: ConfigurationLoader
    private let log: EventLog
    private var hangupSource: DispatchSourceSignal?

    init(pipeline: InboxPipeline, loader: ConfigurationLoader, log: EventLog) {
        self.pipeline = pipeline
        self.loader = loader
        self.log = log
    }

    func run() async throws {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler { [loader, pipeline, log] in
            do {
                pipeline.requestReload(try loader.load())
            } catch {
                log.note(.error, "Reload refused, the running configuration stays: \(error)")
            }
        }
        source.resume()
        hangupSource = source
        defer { source.cancel() }

        try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                let thread = Thread { [pipeline] in
                    do {
                        try pipeline.run()
                        continuation.resume()
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = "articled-inbox"
                thread.start()
            }
        } onGracefulShutdown: { [pipeline] in
            pipeline.requestStop()
        }
    }
}
