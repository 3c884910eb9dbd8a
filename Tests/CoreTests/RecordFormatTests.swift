import Foundation
import XCTest
@testable import ArticleCore

final class RecordFormatTests: XCTestCase {
    func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: CoreTestSupport.fixtures.path).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Same bytes and options: byte-identical JSON, for every fixture and the sample.
    func testDeterministicJSON() throws {
        var inputs = try fixtureNames().map { try CoreTestSupport.fixture($0) }
        if let sample = try? SharedData.sampleArticle { inputs.append(sample) }
        for bytes in inputs {
            let options = ExtractionOptions(sourceName: "x.txt", referenceDate: "2022-01-12")
            guard case .success(let a) = ArticleExtractor().extract(bytes, options: options),
                  case .success(let b) = ArticleExtractor().extract(bytes, options: options) else { return XCTFail("extraction failed") }
            XCTAssertEqual(RecordEncoder.encode(a), RecordEncoder.encode(b))
        }
    }

    /// Every span in a record is code-point offsets into `text`, end exclusive: slicing gives the surface.
    func testEverySpanSlicesToItsSurface() throws {
        for name in try fixtureNames() {
            let r = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture(name), name: name)
            let scalars = Array(r.text.unicodeScalars)
            func surface(_ s: Int, _ e: Int) -> String {
                XCTAssertTrue(0 <= s && s <= e && e <= scalars.count, "\(name): span \(s)..<\(e) out of range")
                return String(String.UnicodeScalarView(scalars[s..<e]))
            }
            if let t = r.title { XCTAssertEqual(surface(t.start, t.end), t.text, name) }
            for a in r.authors { XCTAssertEqual(surface(a.start, a.end), a.name, name) }
            for d in r.dates { XCTAssertEqual(surface(d.start, d.end), d.text, name) }
            for a in r.amounts { XCTAssertEqual(surface(a.start, a.end), a.text, name) }
            for p in r.paragraphs + r.sentences {
                let s = surface(p.start, p.end)
                XCTAssertFalse(s.isEmpty); XCTAssertEqual(s, s.trimmingCharacters(in: .whitespacesAndNewlines), name)
            }
        }
    }

    /// The fixtures' headline facts (each is written to show one feature).
    func testFixtures() throws {
        let news = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture("news-egyptian.ar.txt"), name: "news-egyptian.ar.txt")
        XCTAssertEqual(news.referenceDate?.value, "2022-01-09")
        XCTAssertEqual(news.genre?.value, "news")
        XCTAssertEqual(news.dates.first { $0.text == "أمس" }?.value, "2022-01-08")
        XCTAssertEqual(news.dates.first { $0.text == "15 مارس المقبل" }?.value, "2022-03-15")
        let moroccan = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture("moroccan.ar.txt"), name: "moroccan.ar.txt")
        XCTAssertEqual(moroccan.dates.map(\.monthSystem), ["moroccan", "moroccan", "moroccan"])
        let maghrebi = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture("maghrebi.ar.txt"), name: "maghrebi.ar.txt")
        XCTAssertEqual(maghrebi.authors.map(\.name), ["كريم بن علي"])
        XCTAssertEqual(maghrebi.dates.map(\.value), ["2021-07-05", "--06-20", "--08-10"])
        let hijri = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture("hijri.ar.txt"), name: "hijri.ar.txt")
        XCTAssertEqual(hijri.dates.map(\.calendar), ["hijri", "hijri", "hijri"])
        let crlf = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture("levantine-crlf.ar.txt"), name: "levantine-crlf.ar.txt")
        XCTAssertEqual(crlf.source.lineEndings, "crlf")
        XCTAssertEqual(crlf.authors.map(\.name), ["سامر يوسف"])
    }

    func testSchemaVersionAndKeys() throws {
        let r = try CoreTestSupport.record("عنوان\nنص.")
        let json = try JSONSerialization.jsonObject(with: RecordEncoder.encode(r)) as! [String: Any]
        XCTAssertEqual(json["schema_version"] as? String, ArticleRecord.schemaVersion)
        XCTAssertNotNil(json["reading_time"]); XCTAssertNotNil(json["fingerprints"])
    }
}
