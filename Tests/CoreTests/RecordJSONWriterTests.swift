import Foundation
import XCTest
@testable import ArticleCore

/// `RecordEncoder` writes JSON by hand (`RecordJSONWriter`): it must read back to the same record,
/// carry the same fields and values as Foundation's JSONEncoder, sort keys and escape exactly the
/// characters JSON requires.
final class RecordJSONWriterTests: XCTestCase {
    private func fixtureRecords() throws -> [(String, ArticleRecord)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: CoreTestSupport.fixtures.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var records = try names.map {
            ($0, try CoreTestSupport.record(bytes: try CoreTestSupport.fixture($0), reference: "2022-01-12", name: $0))
        }
        if let sample = try? SharedData.sampleArticle,
           case .success(let r) = ArticleExtractor().extract(sample, options: .init(sourceName: "sample.txt")) {
            records.append(("sample", r))
        }
        return records
    }

    /// Foundation's encoder, as the record was written before: the reference for fields and values.
    private func foundationJSON(_ record: ArticleRecord) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(record)
    }

    func testFixtureRecordsRoundTripAndMatchFoundationsEncoder() throws {
        let records = try fixtureRecords()
        XCTAssertGreaterThanOrEqual(records.count, 10)
        for (name, record) in records {
            let data = RecordEncoder.encode(record)
            XCTAssertEqual(try JSONDecoder().decode(ArticleRecord.self, from: data), record, name)
            let ours = try JSONSerialization.jsonObject(with: data) as! NSDictionary
            let foundations = try JSONSerialization.jsonObject(with: try foundationJSON(record)) as! NSDictionary
            XCTAssertEqual(ours, foundations, name)
            try assertKeysSorted(data, name)
            XCTAssertFalse(data.contains(UInt8(ascii: "\n")), "\(name): not one line")
        }
    }

    func testEveryControlCharacterQuoteBackslashSlashAndNonASCII() throws {
        var record = try CoreTestSupport.record("عنوان\nنص.")
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        let tricky = controls + "\"\\/ قال “داعش” 😀 \u{7F}\u{2028}é"
        record.text = tricky
        record.source.name = tricky
        record.source.lineEndings = "a/b"
        record.authors = [Author(name: tricky, start: 0, end: 1, role: "author", cue: nil)]
        record.amounts = [Amount(start: 0, end: 1, text: tricky, value: 0.1, kind: "count", unit: nil, of: tricky)]
        let data = RecordEncoder.encode(record)
        XCTAssertEqual(try JSONDecoder().decode(ArticleRecord.self, from: data), record)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        XCTAssertEqual(object["text"] as? String, tricky)
        try assertKeysSorted(data, "tricky")

        let json = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(json.contains(#""text":"\u0000\u0001\u0002"#), json)
        XCTAssertTrue(json.contains(#"\b\t\n\u000b\f\r\u000e"#))
        XCTAssertTrue(json.contains(#"\u001f\"\\/ قال “داعش” 😀"#), "slash unescaped, non-ASCII as UTF-8")
        XCTAssertTrue(json.contains(#""line_endings":"a/b""#), "slashes are not escaped")
        XCTAssertFalse(data.contains { $0 < 0x20 }, "no raw control character")
        XCTAssertFalse(json.contains(#""cue""#), "nil optionals are left out")
    }

    func testNumbersReadBackExactly() throws {
        var record = try CoreTestSupport.record("عنوان\nنص.")
        let values: [Double] = [0, 3, -2, 0.1, 1.0 / 3, 1e-7, 2.5e20, 123_456_789.125, 9_007_199_254_740_993]
        record.amounts = values.map { Amount(start: 0, end: 1, text: "x", value: $0, kind: "count", unit: "u", of: nil) }
        record.counts.words = Int.max
        record.counts.sentences = -17
        let data = RecordEncoder.encode(record)
        XCTAssertEqual(try JSONDecoder().decode(ArticleRecord.self, from: data), record)
        let json = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(json.contains(#""value":3}"#), "integral doubles without a fraction: \(json)")
        XCTAssertTrue(json.contains(#""words":9223372036854775807"#))
        XCTAssertTrue(json.contains(#""sentences":-17"#))
    }

    /// A record with every optional set and every array filled: the writer must carry every field
    /// Foundation's encoder carries. `assertFullyPopulated` fails when a field is added to the
    /// record types and not set here, so a field the writer does not know cannot slip through.
    func testEveryFieldOfAFullRecordIsWritten() throws {
        var r = try CoreTestSupport.record("عنوان\nبقلم: كاتب\nنص.", reference: "2022-01-12", name: "full.txt")
        let span = TextSpan(Span(start: 0, end: 2), in: ArticleText(r.text))
        r.source.name = "full.txt"
        r.title = span
        r.authors = [Author(name: "كاتب", start: 0, end: 1, role: "author", cue: "بقلم")]
        r.genre = GenreHint(value: "opinion", evidence: ["بقلم"])
        r.paragraphs = [Span(start: 0, end: 2)]
        r.sentences = [Span(start: 0, end: 1), Span(start: 1, end: 2)]
        r.referenceDate = ReferenceDate(value: "2022-01-12", source: "option")
        r.entities = [Entity(id: "E1", type: "LOCATION", canonical: "كازاخستان", english: "Kazakhstan",
                             countryCode: "KZ", roles: ["الرئيس"], mentions: [span], sources: ["gazetteer", "tagger"])]
        r.countryAdjectives = [CountryAdjective(start: 0, end: 1, text: "ع", countryCode: "KZ", entity: "E1")]
        r.dates = [DateMention(start: 0, end: 1, text: "ع", value: "1443-06", resolution: "month", calendar: "hijri",
                               monthSystem: "hijri", regionHint: "Gulf", relative: "current", resolved: true,
                               gregorian: "2022-01")]
        let speaker = Speaker(name: "كاتب", entity: "E1", mention: span)
        r.quotes = [Quote(start: 0, end: 1, text: "ع", kind: "quotation", speaker: speaker, cue: span)]
        r.statements = [Statement(speaker: speaker, cue: span, content: span)]
        r.amounts = [Amount(start: 0, end: 1, text: "ع", value: 2.5, kind: "currency", unit: "USD", of: "دولار")]
        assertFullyPopulated(r, "record")

        let data = RecordEncoder.encode(r)
        XCTAssertEqual(try JSONDecoder().decode(ArticleRecord.self, from: data), r)
        let ours = try JSONSerialization.jsonObject(with: data) as! NSDictionary
        let foundations = try JSONSerialization.jsonObject(with: try foundationJSON(r)) as! NSDictionary
        XCTAssertEqual(ours, foundations)
        try assertKeysSorted(data, "full")
    }

    private func assertFullyPopulated(_ value: Any, _ path: String, file: StaticString = #filePath, line: UInt = #line) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else {
                return XCTFail("\(path) is nil: set it in this test", file: file, line: line)
            }
            assertFullyPopulated(wrapped, path, file: file, line: line)
        case .collection:
            guard let first = mirror.children.first?.value else {
                return XCTFail("\(path) is empty: fill it in this test", file: file, line: line)
            }
            assertFullyPopulated(first, path + "[0]", file: file, line: line)
        case .struct:
            for child in mirror.children { assertFullyPopulated(child.value, path + "." + (child.label ?? "?"), file: file, line: line) }
        default:
            break
        }
    }

    /// Walks the JSON and checks that every object's keys come in ascending byte order.
    private func assertKeysSorted(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let bytes = Array(data)
        var i = 0
        var lastKeys: [[UInt8]?] = []  // per open container: the last key (nil for arrays)
        var isObject: [Bool] = []
        var expectKey = false
        func readString() -> [UInt8] {
            var out: [UInt8] = []
            i += 1
            while bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") { out.append(bytes[i]); i += 1 }
                out.append(bytes[i]); i += 1
            }
            i += 1
            return out
        }
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"): isObject.append(true); lastKeys.append(nil); expectKey = true; i += 1
            case UInt8(ascii: "["): isObject.append(false); lastKeys.append(nil); expectKey = false; i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): isObject.removeLast(); lastKeys.removeLast(); expectKey = false; i += 1
            case UInt8(ascii: ","): expectKey = isObject.last ?? false; i += 1
            case UInt8(ascii: "\""):
                let s = readString()
                if expectKey {
                    if let previous = lastKeys[lastKeys.count - 1] {
                        XCTAssertTrue(previous.lexicographicallyPrecedes(s),
                                      "\(name): key \(String(decoding: s, as: UTF8.self)) after \(String(decoding: previous, as: UTF8.self))",
                                      file: file, line: line)
                    }
                    lastKeys[lastKeys.count - 1] = s
                    expectKey = false
                }
            default: i += 1
            }
        }
        XCTAssertTrue(isObject.isEmpty, "\(name): unbalanced", file: file, line: line)
    }
}
