import Foundation
import XCTest
@testable import ArticleCore

/// Generated and mutated inputs never crash the core, and its time grows linearly with size.
final class RobustnessTests: XCTestCase {
    func extractAndCheck(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        switch ArticleExtractor().extract(bytes) {
        case .success(let r):
            let count = r.text.unicodeScalars.count
            for d in r.dates { XCTAssertTrue(d.start <= d.end && d.end <= count, file: file, line: line) }
            for a in r.amounts { XCTAssertTrue(a.start <= a.end && a.end <= count, file: file, line: line) }
            for p in r.sentences { XCTAssertTrue(p.end <= count, file: file, line: line) }
            _ = RecordEncoder.encode(r)
        case .failure(let f):
            XCTAssertFalse(f.message.isEmpty, file: file, line: line)
        }
    }

    func testRandomBytesNeverCrash() {
        var g = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let bytes = (0..<g.below(400)).map { _ in UInt8(truncatingIfNeeded: g.next()) }
            extractAndCheck(bytes)
        }
    }

    func testMutatedArticlesNeverCrash() throws {
        let seeds = try ["news-egyptian.ar.txt", "hijri.ar.txt", "english.en.txt"].map { try CoreTestSupport.fixture($0) }
        var g = SplitMix64(seed: 7)
        let splices: [[UInt8]] = [Array("“".utf8), Array("»".utf8), Array("١٢/".utf8), Array("كانون الثاني".utf8), [0xD8], [0x0D],
                                  Array("منذ".utf8), Array("٪".utf8), Array("\u{FEFB}".utf8), Array("بقلم:".utf8)]
        for _ in 0..<300 {
            var bytes = seeds[g.below(seeds.count)]
            for _ in 0..<(1 + g.below(8)) {
                let at = g.below(bytes.count + 1)
                switch g.below(3) {
                case 0: bytes.insert(contentsOf: splices[g.below(splices.count)], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: g.next()) }
                }
            }
            extractAndCheck(bytes)
        }
    }

    func testDeepNestingOfQuotationMarks() {
        let deep = String(repeating: "«“", count: 20_000) + "نص" + String(repeating: "”»", count: 20_000)
        extractAndCheck(Array(("عنوان\n" + deep + ".\n" + String(repeating: "”", count: 5_000)).utf8))
    }

    func testFiveMegabyteSingleLine() {
        let unit = "في 5 كانون الثاني 2021 قال الوزير إن 3 ملايين دولار تكفي؛ "
        var line = ""
        line.reserveCapacity(5_300_000)
        while line.utf8.count < 5_000_000 { line += unit }
        // CPU time of this thread, not wall time: a loaded machine (CI, other builds) stretches
        // the wall clock, and the test is about the extraction never running away.
        let seconds = CoreTestSupport.cpuSeconds { extractAndCheck(Array(line.utf8)) }
        print("FIVE MEGABYTES: \(seconds) s of CPU (debug build)")
        XCTAssertLessThan(seconds, 60)
    }

    func testThousandsOfDigits() {
        extractAndCheck(Array(("عنوان\nالرقم " + String(repeating: "9", count: 5_000) + " و" + String(repeating: "٣", count: 3_000) + "/" + String(repeating: "1", count: 2_000) + " شهر").utf8))
        extractAndCheck(Array(String(repeating: "1/", count: 3_000).utf8))
    }

    /// Time per byte at 8x the size stays within a small factor of time per byte at 1x.
    func testTimeGrowsLinearlyWithSize() throws {
        let paragraph = String(decoding: try CoreTestSupport.fixture("news-egyptian.ar.txt"), as: UTF8.self)
        func seconds(_ copies: Int) -> Double {
            let bytes = Array(String(repeating: paragraph + "\n", count: copies).utf8)
            var best = Double.infinity
            for _ in 0..<3 {
                best = min(best, CoreTestSupport.cpuSeconds { _ = ArticleExtractor().extract(bytes) })
            }
            return best
        }
        let small = seconds(40), large = seconds(320)
        let ratio = large / small
        print("LINEARITY: 40 copies \(small)s, 320 copies \(large)s, ratio \(ratio) (linear = 8)")
        XCTAssertLessThan(ratio, 20, "time grows faster than linearly")
    }
}

/// ArticleCore's seeded generator (the one training uses), so a failing input reproduces.
extension SplitMix64 {
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
