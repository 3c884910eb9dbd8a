import Glibc

/// What kind of file system a folder is on, from fstatfs(2): network and FUSE file systems do
/// not deliver inotify events for changes made by other machines, so they are polled.
enum FileSystemKind {
    private static let polledMagics: [Int: String] = [
        0x6969: "NFS",
        0xFF53_4D42: "CIFS",
        0xFE53_4D42: "SMB2",
        0x517B: "SMB",
        0x6573_5546: "FUSE",
    ]

    // Swift's Glibc module does not import <sys/vfs.h>; fstatfs is looked up at run time.
    // `f_type` is the first field of struct statfs (a long) on every Linux ABI.
    private typealias FStatFS = @convention(c) (Int32, UnsafeMutableRawPointer) -> Int32
    private static let fstatfsFunction: FStatFS? = dlsym(dlopen(nil, RTLD_NOW), "fstatfs").map { unsafeBitCast($0, to: FStatFS.self) }

    /// The file system magic number of the folder `fd` is on.
    static func magic(of fd: Int32) -> Int? {
        guard let fstatfsFunction else { return nil }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buffer.deallocate() }
        guard fstatfsFunction(fd, buffer) == 0 else { return nil }
        return Int(UInt32(truncatingIfNeeded: buffer.load(as: Int.self)))
    }

    /// The name of the network/FUSE file system `fd` is on, or nil for a local one.
    static func polledFileSystem(of fd: Int32) -> String? {
        magic(of: fd).flatMap { polledMagics[$0] }
    }
}
