import Foundation
import Glibc

/// The receiving end of NOTIFY_SOCKET, as systemd has it: an AF_UNIX datagram socket bound to a
/// fresh path. Tests point NOTIFY_SOCKET at `path` and read what the code under test sends; each
/// datagram is kept with the time it arrived. Shared by SystemdTests and DaemonTests.
public final class NotifySocketListener {
    public struct Datagram {
        public let text: String
        public let arrival: ContinuousClock.Instant
        /// The assignments, e.g. ["READY": "1", "STATUS": "…"].
        public var fields: [String: String] {
            Dictionary(text.split(separator: "\n").map { line -> (String, String) in
                let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            }, uniquingKeysWith: { _, last in last })
        }
    }

    public let path: String
    private let fd: Int32

    public init() throws {
        path = NSTemporaryDirectory() + "articled-notify-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8).prefix(raw.count - 1))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { close(fd); throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// The next datagram, or nil if none arrives within `timeout`.
    public func receive(timeout: Duration) -> Datagram? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&poller, 1, max(0, milliseconds)) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count >= 0 else { return nil }
        return Datagram(text: String(decoding: buffer[..<count], as: UTF8.self), arrival: .now)
    }

    /// Datagrams until one satisfies `done` (included) or `timeout` passes; nil on timeout.
    public func receive(until done: (Datagram) -> Bool, timeout: Duration, into seen: inout [Datagram]) -> Datagram? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard let datagram = receive(timeout: deadline - .now) else { continue }
            seen.append(datagram)
            if done(datagram) { return datagram }
        }
        return nil
    }

    /// The next datagram's text, or nil if none arrives within `timeout` seconds.
    public func receive(timeout seconds: Double) -> String? {
        receive(timeout: .milliseconds(Int64(seconds * 1000)))?.text
    }

    /// Every datagram's text until `timeout` seconds pass with nothing new.
    public func drain(quietFor seconds: Double = 0.2) -> [String] {
        var messages: [String] = []
        while let message = receive(timeout: seconds) { messages.append(message) }
        return messages
    }
}
