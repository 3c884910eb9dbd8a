@testable import ArticleCore
import XCTest

/// The committed model, through the API the entity layer calls. The sentences are written for
/// these tests (the corpora stay in ../shared).
final class EntityTaggerTests: XCTestCase {
    func testBundledModelTagsWellKnownNames() {
        let tags = EntityTagger.bundled.tag(["وصل", "الوفد", "إلى", "القاهرة", "قادما", "من", "واشنطن", "."])
        XCTAssertEqual(tags.count, 8)
        XCTAssertEqual(tags[3], "B-LOC")
        XCTAssertEqual(tags[6], "B-LOC")
        XCTAssertEqual(tags[0], "O")
        XCTAssertTrue(EntityTagger.bundled.tag([]).isEmpty)
    }

    func testNamesHaveOriginalSpansWithoutProclitics() {
        let text = ArticleText("وصل الوفد أمس بالقاهرة وقال إن الأمم المتحدة ستجتمع.")
        let tokens = Tokenizer.tokenize(text, NormalizedText(text))
        let names = EntityTagger.bundled.names(in: tokens)
        let surfaces = names.map { text.slice($0.span) }
        XCTAssertTrue(surfaces.contains("القاهرة"), "\(surfaces)")
        XCTAssertTrue(surfaces.contains("الأمم المتحدة"), "\(surfaces)")
        for name in names {
            XCTAssertTrue(EntityTagSet.types.contains(name.type))
            XCTAssertGreaterThan(tokens[name.tokenRange.lowerBound].span.end, name.span.start)
            XCTAssertEqual(tokens[name.tokenRange.upperBound - 1].span.end, name.span.end)
        }
        XCTAssertEqual(names.first { text.slice($0.span) == "القاهرة" }?.type, "LOC")
    }

    func testTaggingIsSafeAcrossThreads() {
        let words = ["قال", "الرئيس", "الفرنسي", "في", "باريس"]
        let expected = EntityTagger.bundled.tag(words)
        let results = UnsafeMutableBufferPointer<[String]>.allocate(capacity: 8)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            (results.baseAddress! + i).initialize(to: EntityTagger.bundled.tag(words))
        }
        for i in 0..<8 { XCTAssertEqual(results[i], expected) }
    }
}
