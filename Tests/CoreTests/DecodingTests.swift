import XCTest
@testable import ArticleCore

final class DecodingTests: XCTestCase {
    let greeting = "السلام عليكم يا أصدقاء"
    /// The greeting in Windows-1256 and in ISO-8859-6 (bytes from iconv, checked by hand: ل is
    /// E1 in 1256 and E4 in 8859-6).
    let cp1256: [UInt8] = [0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3, 0x20, 0xed, 0xc7, 0x20,
                           0xc3, 0xd5, 0xcf, 0xde, 0xc7, 0xc1]
    let iso88596: [UInt8] = [0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5, 0x20, 0xd9, 0xe4, 0xea, 0xe3, 0xe5, 0x20, 0xea, 0xc7, 0x20,
                             0xc3, 0xd5, 0xcf, 0xe2, 0xc7, 0xc1]

    func decode(_ bytes: [UInt8]) throws -> DecodedText {
        switch TextDecoding.decode(bytes) {
        case .success(let d): return d
        case .failure(let f): XCTFail("\(f)"); throw f
        }
    }

    func testUTF8WithAndWithoutBOM() throws {
        let plain = try decode(Array(greeting.utf8))
        XCTAssertEqual(plain.string, greeting)
        XCTAssertEqual(plain.encoding, "utf-8")
        XCTAssertFalse(plain.hadBOM)
        let bom = try decode([0xEF, 0xBB, 0xBF] + Array(greeting.utf8))
        XCTAssertEqual(bom.string, greeting, "the BOM is not part of the text")
        XCTAssertTrue(bom.hadBOM)
    }

    func testUTF16LittleAndBigEndianWithBOM() throws {
        let units = Array(greeting.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let l = try decode(le), b = try decode(be)
        XCTAssertEqual(l.string, greeting); XCTAssertEqual(l.encoding, "utf-16le")
        XCTAssertEqual(b.string, greeting); XCTAssertEqual(b.encoding, "utf-16be")
    }

    func testWindows1256IsRecognised() throws {
        let d = try decode(cp1256)
        XCTAssertEqual(d.encoding, "windows-1256")
        XCTAssertEqual(d.string, greeting)
    }

    func testISO88596IsRecognised() throws {
        let d = try decode(iso88596)
        XCTAssertEqual(d.encoding, "iso-8859-6")
        XCTAssertEqual(d.string, greeting)
    }

    func testLegacyFixtureGivesTheSameRecordContentAsUTF8() throws {
        let bytes = try CoreTestSupport.fixture("levantine-cp1256.ar.txt")
        let record = try CoreTestSupport.record(bytes: bytes, name: "levantine-cp1256.ar.txt")
        XCTAssertEqual(record.source.encoding, "windows-1256")
        let utf8 = try CoreTestSupport.record(record.text)
        XCTAssertEqual(record.fingerprints.sha256Normalized, utf8.fingerprints.sha256Normalized)
        XCTAssertNotEqual(record.fingerprints.sha256Input, utf8.fingerprints.sha256Input)
        XCTAssertEqual(record.authors.map(\.role), ["translator"])
    }

    func testBinaryIsRefusedWithAReason() {
        guard case .failure(let f) = TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) else {
            return XCTFail("a PNG header decoded as text")
        }
        XCTAssertEqual(f.reason, "binary")
        XCTAssertTrue(f.message.contains("NUL"))
        let controls: [UInt8] = Array(repeating: 0x01, count: 50) + Array("abc".utf8)
        guard case .failure(let g) = TextDecoding.decode(controls) else { return XCTFail("control bytes decoded") }
        XCTAssertEqual(g.reason, "binary")
        guard case .failure(let e) = TextDecoding.decode([]) else { return XCTFail("empty input decoded") }
        XCTAssertEqual(e.reason, "empty")
    }

    func testCRLFAndCRAreKeptAndStillEndLines() throws {
        let crlf = "العنوان هنا\r\nسمر سامي\r\nالفقرة الأولى.\r\nالفقرة الثانية."
        let record = try CoreTestSupport.record(crlf)
        XCTAssertEqual(record.text, crlf, "the decoded text keeps its line ends")
        XCTAssertEqual(record.source.lineEndings, "crlf")
        XCTAssertEqual(record.title?.text, "العنوان هنا")
        XCTAssertEqual(record.counts.paragraphs, 2)
        XCTAssertEqual(record.paragraphs.map { record.slice($0.start, $0.end) }, ["الفقرة الأولى.", "الفقرة الثانية."])

        let cr = crlf.replacingOccurrences(of: "\r\n", with: "\r")
        let crRecord = try CoreTestSupport.record(cr)
        XCTAssertEqual(crRecord.source.lineEndings, "cr")
        XCTAssertEqual(crRecord.counts.paragraphs, 2)
        XCTAssertEqual(TextDecoding.lineEndings(of: "a\nb\r\nc"), "mixed")
        for (text, expected) in [("a\r\nb\nc", "mixed"), ("a\rb\nc", "mixed"), ("a\r\nb\r\n", "crlf"), ("a\rb", "cr"), ("ab", "none")] {
            guard case .success(let d) = TextDecoding.decode(Array(text.utf8)) else { return XCTFail(text) }
            XCTAssertEqual(d.lineEndings, expected, text.debugDescription)
        }
    }

    func testPresentationFormsMatchThroughTheKey() throws {
        // "شباط" written with presentation forms (as old PDFs export it) is still a month name.
        let presentation = "\u{FEB7}\u{FE92}\u{FE8E}\u{FEC1}"
        XCTAssertEqual(MatchKey.key(presentation), "شباط")
        let record = try CoreTestSupport.record("عنوان\nخبر\nجرى ذلك في 3 \(presentation) 2012 في المدينة.")
        XCTAssertEqual(record.dates.first?.value, "2012-02-03")
        XCTAssertEqual(record.dates.first?.text, "3 \(presentation) 2012")
    }
}
