import ArticleCore
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `articled extract`, `--version`, `--help`, configuration errors and SIGHUP reload.
final class CommandLineTests: XCTestCase {
    private func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> (status: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = ArticledBinary.url
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
    }

    func testVersionAndHelp() throws {
        let version = try run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(String(decoding: version.out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let help = try run(["run", "--help"])
        XCTAssertEqual(help.status, 0)
        let text = String(decoding: help.out, as: UTF8.self)
        for flag in ["--config", "--inbox", "--output", "--set", "--data-dir"] { XCTAssertTrue(text.contains(flag), flag) }
    }

    /// `workers = 0` starts one worker per core the daemon may run on, plus one: its CPU affinity
    /// counts (a unit's CPUAffinity=, taskset), not every core of the machine.
    func testDefaultWorkersFollowTheCPUAffinity() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("taskset (util-linux) is missing in CI") }
            throw XCTSkip("SKIPPED: taskset (util-linux) is not installed")
        }
        let h = try DaemonHarness()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
        p.arguments = ["-c", "0", ArticledBinary.url.path, "run", "--data-dir", h.root.path]
        let err = Pipe()
        p.standardError = err
        try FileManager.default.createDirectory(at: h.inbox, withIntermediateDirectories: true)
        try p.run()
        var log = ""
        try h.waitUntil("the start-up line", timeout: 20) {
            log += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
            return log.contains(" workers=")
        }
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        XCTAssertTrue(log.contains(" workers=2 "), log)
    }

    func testExtractWritesOneRecordPerLineAndSaysWhetherAllSucceeded() throws {
        let h = try DaemonHarness()
        let a = h.root.appendingPathComponent("a.txt"), b = h.root.appendingPathComponent("b.txt")
        try Data("عنوان\nنص المقال.".utf8).write(to: a)
        try DaemonHarness.article(2).write(to: b)
        let ok = try run(["extract", a.path, b.path])
        XCTAssertEqual(ok.status, 0, ok.err)
        let lines = ok.out.split(separator: 0x0A)
        XCTAssertEqual(lines.count, 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0])) as? [String: Any]
        XCTAssertEqual(first?["text"] as? String, "عنوان\nنص المقال.")
        XCTAssertEqual((first?["source"] as? [String: Any])?["name"] as? String, "a.txt")

        let fromStdin = try run(["extract", "-"], stdin: DaemonHarness.article(3))
        XCTAssertEqual(fromStdin.status, 0)
        XCTAssertEqual(fromStdin.out.split(separator: 0x0A).count, 1)

        let binary = h.root.appendingPathComponent("bin.dat")
        try Data([0, 1, 2]).write(to: binary)
        let mixed = try run(["extract", a.path, binary.path])
        XCTAssertEqual(mixed.status, 1)
        XCTAssertEqual(mixed.out.split(separator: 0x0A).count, 1)
        XCTAssertTrue(mixed.err.contains("binary"), mixed.err)
    }

    func testExtractResolvesRelativeDatesOnlyAgainstAGivenReferenceDate() throws {
        let article = Data("خبر\nفي 5 كانون الثاني الجاري، قال الوزير إن الاجتماع انتهى.".utf8)
        func firstDate(_ result: (status: Int32, out: Data, err: String)) throws -> [String: Any]? {
            XCTAssertEqual(result.status, 0, result.err)
            let record = try JSONSerialization.jsonObject(with: result.out) as? [String: Any]
            return (record?["dates"] as? [[String: Any]])?.first
        }
        let withoutReference = try firstDate(run(["extract", "-"], stdin: article))
        XCTAssertEqual(withoutReference?["value"] as? String, "--01-05")
        let withReference = try firstDate(run(["extract", "--reference-date", "2022-01-12", "-"], stdin: article))
        XCTAssertEqual(withReference?["value"] as? String, "2022-01-05")
        XCTAssertEqual(withReference?["resolved"] as? Bool, true)
        let bad = try run(["extract", "--reference-date", "2022-02-30", "-"], stdin: article)
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.err.contains("--reference-date"), bad.err)
    }

    func testDaemonResolvesRelativeDatesAgainstTheConfiguredReference() throws {
        // Local calendar day, as the daemon computes it (TZ, else /etc/localtime).
        func localDay(_ t: time_t) -> String {
            var now = t, parts = tm()
            localtime_r(&now, &parts)
            return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        }
        func reference(of name: String, _ h: DaemonHarness) -> (value: String?, source: String?, firstDate: String?) {
            guard let record = h.parsedRecords().first(where: { (($0["source"] as? [String: Any])?["name"] as? String) == name }) else {
                return (nil, nil, nil)
            }
            let reference = record["reference_date"] as? [String: Any]
            let first = (record["dates"] as? [[String: Any]])?.first?["value"] as? String
            return (reference?["value"] as? String, reference?["source"] as? String, first)
        }
        let h = try DaemonHarness()
        let p = try h.start(["dates.reference_date": "arrival"])
        let before = time(nil)
        let undated = Data("خبر\nقال الوزير إن الاجتماع عقد أمس في عمان.\n".utf8)
        let dated = Data("خبر\nعمان في 9 كانون الثاني 2022 - قال الوزير إن الاجتماع عقد أمس.\n".utf8)
        try undated.write(to: h.inbox.appendingPathComponent("undated.txt"))
        try dated.write(to: h.inbox.appendingPathComponent("dated.txt"))
        try h.waitUntil("two records", timeout: 20) { h.recordFiles().count == 2 }
        let days = Set([localDay(before), localDay(time(nil))])  // a run across midnight sees either

        // No date line: the arrival day, said so, and "yesterday" is the day before it.
        let arrival = reference(of: "undated.txt", h)
        XCTAssertEqual(arrival.source, "arrival")
        XCTAssertTrue(days.contains(arrival.value ?? ""), "\(String(describing: arrival.value)) not in \(days)")
        if let value = arrival.value, let day = CivilDate(iso: value) {
            XCTAssertEqual(arrival.firstDate, day.adding(days: -1).iso)
        }
        // A date line wins over the arrival day.
        let text = reference(of: "dated.txt", h)
        XCTAssertEqual(text.source, "text")
        XCTAssertEqual(text.value, "2022-01-09")
        XCTAssertEqual(text.firstDate, "2022-01-09")

        // A fixed day, applied by a reload, wins over the date line, as extract --reference-date does.
        var config = try String(contentsOf: h.configURL!, encoding: .utf8)
        config = config.replacingOccurrences(of: "reference_date = arrival", with: "reference_date = 2023-03-15")
        try config.write(to: h.configURL!, atomically: true, encoding: .utf8)
        kill(p.processIdentifier, SIGHUP)
        try h.waitUntil("reloaded", timeout: 10) { h.log.contains("Configuration reloaded") }
        try dated.write(to: h.inbox.appendingPathComponent("dated-again.txt"))
        try Data("خبر آخر\nقال الوزير إن الاجتماع عقد أمس.\n".utf8).write(to: h.inbox.appendingPathComponent("fixed.txt"))
        try h.waitUntil("the duplicate and the third record", timeout: 20) {
            h.recordFiles().count == 3 && h.outcomeLines("duplicate").count == 1
        }
        let fixed = reference(of: "fixed.txt", h)
        XCTAssertEqual(fixed.source, "option")
        XCTAssertEqual(fixed.value, "2023-03-15")
        XCTAssertEqual(fixed.firstDate, "2023-03-14")
        XCTAssertEqual(try h.stop(), 0)
    }

    func testExtractGivesTheDaemonsRecordByteForByte() throws {
        let h = try DaemonHarness()
        let article = h.root.appendingPathComponent("same.txt")
        try DaemonHarness.article(42).write(to: article)
        let extracted = h.root.appendingPathComponent("extracted")
        let oneShot = try run(["extract", "--output", extracted.path, article.path])
        XCTAssertEqual(oneShot.status, 0, oneShot.err)

        try h.start()
        XCTAssertEqual(rename(article.path, h.inbox.appendingPathComponent("same.txt").path), 0)
        try h.waitUntil("the daemon's record", timeout: 10) { h.recordFiles().count == 1 }
        XCTAssertEqual(try h.stop(), 0)
        let daemonRecord = h.recordFiles()[0]
        let extractRecord = extracted.appendingPathComponent(daemonRecord.lastPathComponent)
        XCTAssertEqual(try Data(contentsOf: daemonRecord), try Data(contentsOf: extractRecord))
        XCTAssertTrue(daemonRecord.lastPathComponent.hasPrefix("same."))
    }

    func testConfigurationErrorsNameTheKey() throws {
        let h = try DaemonHarness()
        let cases: [(String, String)] = [
            ("[detection]\nquiet_priod = 1s\n", "detection.quiet_priod"),
            ("[files]\nmax_file_size = big\n", "files.max_file_size"),
            ("[detection]\nwatch = telepathy\n", "detection.watch"),
            ("[daemon]\nworkers = -2\n", "daemon.workers"),
            ("[dates]\nreference_date = yesterday\n", "dates.reference_date"),
            ("inbox = /x\n", "outside any [section]"),
        ]
        for (text, expected) in cases {
            let config = h.root.appendingPathComponent("bad.conf")
            try text.write(to: config, atomically: true, encoding: .utf8)
            let result = try run(["run", "--config", config.path, "--data-dir", h.root.path])
            XCTAssertEqual(result.status, 1, text)
            XCTAssertTrue(result.err.contains(expected), "\(expected) not in: \(result.err)")
        }
        let flag = try run(["run", "--data-dir", h.root.path, "--set", "output.retry_max_delay=soon"])
        XCTAssertEqual(flag.status, 1)
        XCTAssertTrue(flag.err.contains("output.retry_max_delay"))
        // ARTICLED_CONFIG names the file when --config does not.
        let config = h.root.appendingPathComponent("env.conf")
        try "[daemon]\nbogus = 1\n".write(to: config, atomically: true, encoding: .utf8)
        let viaEnvironment = try run(["run", "--data-dir", h.root.path], environment: ["ARTICLED_CONFIG": config.path])
        XCTAssertEqual(viaEnvironment.status, 1)
        XCTAssertTrue(viaEnvironment.err.contains("daemon.bogus"))
    }

    func testShippedConfigurationParsesAndFlagsOverrideIt() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("etc/articled.conf")
        let h = try DaemonHarness()
        let result = try run(["run", "--config", shipped.path, "--data-dir", h.root.path, "--set", "detection.quiet_period=250ms", "--check-config"])
        XCTAssertEqual(result.status, 0, result.err)
        let text = String(decoding: result.out, as: UTF8.self)
        XCTAssertTrue(text.contains("inbox = \(h.root.path)/inbox"), text)
        XCTAssertTrue(text.contains("quiet_period = 250ms"), text)
        XCTAssertTrue(text.contains("max_file_size = 16777216"), text)
    }

    func testSighupReloadsWithoutLosingWork() throws {
        let h = try DaemonHarness()
        let p = try h.start(["files.processed_action": "move"])
        try h.drop(200, prefix: "before")
        // Reload while files are in flight: change what happens to originals.
        var config = try String(contentsOf: h.configURL!, encoding: .utf8)
        config = config.replacingOccurrences(of: "processed_action = move", with: "processed_action = delete")
        try config.write(to: h.configURL!, atomically: true, encoding: .utf8)
        kill(p.processIdentifier, SIGHUP)
        try h.waitUntil("reloaded", timeout: 10) { h.log.contains("message_id=ab8229c3864746f7b4fe21484fc43409") }
        try h.waitUntil("the first batch done", timeout: 60) { h.outcomeLines("processed").count == 200 }
        let movedBefore = h.names(in: h.processed).count
        try h.drop(5, prefix: "after", offset: 1000)
        try h.waitUntil("the second batch done", timeout: 20) { h.outcomeLines("processed").count == 205 }
        XCTAssertEqual(h.names(in: h.processed).count, movedBefore, "originals after the reload must be deleted")
        XCTAssertEqual(h.recordFiles().count, 205)
        XCTAssertTrue(p.isRunning)

        // A broken file on reload is refused and the daemon keeps running on the old settings.
        try "[files]\nprocessed_action = shred\n".write(to: h.configURL!, atomically: true, encoding: .utf8)
        kill(p.processIdentifier, SIGHUP)
        try h.waitUntil("reload refused", timeout: 10) { h.log.contains("Reload refused") }
        XCTAssertTrue(h.log.contains("files.processed_action"))
        XCTAssertTrue(p.isRunning)
        XCTAssertEqual(try h.stop(), 0)
    }
}
