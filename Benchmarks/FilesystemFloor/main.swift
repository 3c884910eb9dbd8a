import Glibc

// The file-system floor: the least work any daemon must do per article file, done sequentially
// with plain system calls and nothing else (no parsing, no logging, no threads).
//
//   FilesystemFloor <folder> <files> <input-file> [--no-fsync]
//
// In <folder> (which must not exist; put it on the daemon's file system) it lays out the
// daemon's folders (inbox, processing/floor, records, records/.tmp), creates <files> copies of
// <input-file> in the inbox, each made unique by an appended line, and syncs. Then, timed, for
// each file in name order: claim it by rename into processing, read it whole, write its bytes
// to a new temporary file in records/.tmp, fsync that file, rename it into records, fsync the
// records folder. With --no-fsync both fsyncs are skipped (for scale only: not durable).
//
// Prints one line of key=value pairs (scripts/bench.sh reads it):
//   floor fsync=1 files=10000 seconds=12.345 files_per_s=810.0 cpu_ms_per_file=0.123
// (cpu_ms_per_file: user + system CPU time of the timed part per file, from getrusage)

func fail(_ message: String) -> Never {
    fputs("FilesystemFloor: \(message): \(String(cString: strerror(errno)))\n", stderr)
    exit(1)
}

func openFolder(_ path: String) -> Int32 {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd < 0 { fail("open \(path)") }
    return fd
}

func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 { if errno == EINTR { continue }; fail("write") }
        offset += n
    }
}

/// CPU time (user + system) of this process so far, in seconds: the floor's own work, which does
/// not depend on how busy the machine is (the daemon's is read from /proc/<pid>/stat).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[2]), count > 0 else {
    fputs("usage: FilesystemFloor <folder> <files> <input-file> [--no-fsync]\n", stderr)
    exit(2)
}
let root = arguments[1]
let durable = !arguments.dropFirst(4).contains("--no-fsync")

// The input, read once.
var input: [UInt8] = []
do {
    let fd = open(arguments[3], O_RDONLY | O_CLOEXEC)
    if fd < 0 { fail("open \(arguments[3])") }
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { fail("read \(arguments[3])") }
        if n == 0 { break }
        input.append(contentsOf: chunk[0..<n])
    }
    close(fd)
}

// The daemon's layout.
if mkdir(root, 0o755) != 0 { fail("mkdir \(root) (it must not exist)") }
for sub in ["inbox", "processing", "processing/floor", "records", "records/.tmp"] {
    if mkdir(root + "/" + sub, 0o755) != 0 { fail("mkdir \(root)/\(sub)") }
}
let inbox = openFolder(root + "/inbox")
let processing = openFolder(root + "/processing/floor")
let records = openFolder(root + "/records")
let temp = openFolder(root + "/records/.tmp")

// Untimed: the inbox's files, then sync so their write-back does not land in the timed part.
let width = String(count).count
func name(_ i: Int) -> String {
    let digits = String(i)
    return "article-" + String(repeating: "0", count: width - digits.count) + digits + ".txt"
}
for i in 0..<count {
    var bytes = input
    bytes.append(contentsOf: Array("\nfloor \(i)\n".utf8))
    let fd = openat(inbox, name(i), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if fd < 0 { fail("create \(name(i))") }
    bytes.withUnsafeBytes { writeAll(fd, $0) }
    close(fd)
}
sync()

// Timed: the floor itself.
var buffer = [UInt8](repeating: 0, count: 1 << 20)
let start = now()
let cpuStart = cpuSeconds()
for i in 0..<count {
    let file = name(i)
    if renameat(inbox, file, processing, file) != 0 { fail("rename \(file) into processing") }
    let fd = openat(processing, file, O_RDONLY | O_CLOEXEC)
    if fd < 0 { fail("open \(file)") }
    var length = 0
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + length, $0.count - length) }
        if n < 0 { if errno == EINTR { continue }; fail("read \(file)") }
        if n == 0 { break }
        length += n
        if length == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
    }
    close(fd)
    let tempName = "floor.\(i)"
    let out = openat(temp, tempName, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if out < 0 { fail("create \(tempName)") }
    buffer.withUnsafeBytes { writeAll(out, UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
    if durable && fsync(out) != 0 { fail("fsync \(tempName)") }
    close(out)
    if renameat(temp, tempName, records, file + ".json") != 0 { fail("rename \(tempName) into records") }
    if durable && fsync(records) != 0 { fail("fsync records") }
}
let seconds = now() - start
let cpu = cpuSeconds() - cpuStart
/// `value` with `places` decimals (no Foundation here: the floor links nothing but Glibc).
func decimal(_ value: Double, _ places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let fraction = String(scaled % Int(scale))
    return "\(scaled / Int(scale))." + String(repeating: "0", count: places - fraction.count) + fraction
}
print("floor fsync=\(durable ? 1 : 0) files=\(count) seconds=\(decimal(seconds, 3)) files_per_s=\(decimal(Double(count) / seconds, 1)) cpu_ms_per_file=\(decimal(cpu * 1000 / Double(count), 3))")
