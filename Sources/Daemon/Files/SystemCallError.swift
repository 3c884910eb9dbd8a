import Glibc

/// A failed system call: which call, on what, and errno.
struct SystemCallError: Error, CustomStringConvertible {
    let call: String
    let path: String
    let code: Int32

    init(_ call: String, _ path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    var description: String { "\(call) \(path): \(String(cString: strerror(code)))" }

    /// Errors that mean "the destination cannot take writes right now" (full, read-only, not
    /// allowed, I/O trouble): the daemon waits and retries instead of failing the input.
    var isOutputBlocked: Bool {
        [ENOSPC, EDQUOT, EROFS, EACCES, EPERM, EIO, ESTALE].contains(code)
    }
}
