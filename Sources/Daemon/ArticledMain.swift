import ArgumentParser
import Foundation

/// The process's entry point: quiets libdispatch's own syslog diagnostics, then runs
/// `ArticledCommand`.
///
/// libdispatch (Swift's thread pool) asks for a nice value of -4 for its internal manager
/// thread. An unprivileged service may not lower its nice value, so the request fails, the
/// thread runs at the default priority (which is what a batch daemon should have anyway), and
/// libdispatch reported it through syslog(3): under systemd, a "Failed to set thread priority
/// for worker thread ... errno=13" line in the journal at every start, which reads like a fault
/// and is not one. `LIBDISPATCH_LOG=NO` turns libdispatch's logging off before its first use; an
/// operator who sets `LIBDISPATCH_LOG` (to `syslog` or `stderr`) keeps that choice.
@main
enum ArticledMain {
    static func main() async {
        setenv("LIBDISPATCH_LOG", "NO", 0)
        await ArticledCommand.main()
    }
}
