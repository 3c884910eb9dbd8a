import XCTest
@testable import ArticleCore

final class FingerprintTests: XCTestCase {
    let article = String(repeating: "أعلنت الحكومة خطة جديدة لدعم الطاقة المتجددة في البلاد خلال السنوات المقبلة. ", count: 8)

    func testHashesAreHexAndTheInputHashIsSHA256() throws {
        let r = try CoreTestSupport.record("abc")
        XCTAssertEqual(r.fingerprints.sha256Input, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(r.source.sha256, r.fingerprints.sha256Input)
        XCTAssertEqual(r.fingerprints.simhash64.count, 16)
    }

    func testNormalisedHashIgnoresDiacriticsTatweelSpacingAndLineEnds() throws {
        let a = try CoreTestSupport.record("عنوان\nأعلنت الحكومة خطة جديدة.")
        let b = try CoreTestSupport.record("عنوان\r\nأعلنَتْ  الحكـــومة خطة جديدة.")
        XCTAssertEqual(a.fingerprints.sha256Normalized, b.fingerprints.sha256Normalized)
        XCTAssertNotEqual(a.fingerprints.sha256Input, b.fingerprints.sha256Input)
    }

    func testSimhashIsCloseForNearDuplicatesAndFarForOtherTexts() throws {
        let original = try CoreTestSupport.record(article)
        let edited = try CoreTestSupport.record(article.replacingOccurrences(of: "جديدة", with: "حديثة", options: [], range: article.range(of: "جديدة")))
        let other = try CoreTestSupport.record(String(repeating: "قال المدرب إن الفريق لعب مباراة ممتازة أمس أمام جمهوره الكبير في الملعب. ", count: 8))
        let near = Fingerprinter.distance(original.fingerprints.simhash64, edited.fingerprints.simhash64)!
        let far = Fingerprinter.distance(original.fingerprints.simhash64, other.fingerprints.simhash64)!
        XCTAssertLessThanOrEqual(near, 10)
        XCTAssertGreaterThan(far, 16)
    }
}
