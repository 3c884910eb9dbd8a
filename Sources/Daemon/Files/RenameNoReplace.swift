import Glibc

/// renameat2(2) with RENAME_NOREPLACE: an atomic rename that refuses to overwrite.
///
/// Glibc has the function since 2.28 but Swift's Glibc module does not import it, so it is
/// looked up once at run time.
enum RenameNoReplace {
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameNoReplaceFlag: UInt32 = 1

    private static let function: Renameat2 = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else {
            fatalError("renameat2 is missing from the C library (glibc 2.28 or later is required)")
        }
        return unsafeBitCast(symbol, to: Renameat2.self)
    }()

    static func rename(_ fromDir: Int32, _ from: UnsafePointer<CChar>, _ toDir: Int32, _ to: UnsafePointer<CChar>) -> Int32 {
        let rc = function(fromDir, from, toDir, to, renameNoReplaceFlag)
        guard rc != 0, errno == EINVAL else { return rc }
        // A file system without RENAME_NOREPLACE (EINVAL): check, then rename. Not atomic, but the
        // targets are this instance's own processing area or folders where names rarely clash.
        var st = stat()
        if fstatat(toDir, to, &st, AT_SYMLINK_NOFOLLOW) == 0 {
            errno = EEXIST
            return -1
        }
        return renameat(fromDir, from, toDir, to)
    }
}
