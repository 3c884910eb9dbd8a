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

    func testNamesOfEmptyAndNameFreeTexts() {
        XCTAssertTrue(EntityTagger.bundled.names(in: []).isEmpty)
        let text = ArticleText("، . ! ؟")
        XCTAssertTrue(EntityTagger.bundled.names(in: Tokenizer.tokenize(text, NormalizedText(text))).isEmpty)
    }

    func testLongTextWithoutSentenceEndsIsTaggedWhole() {
        // More words than one tagging window, no full stop: every token is still covered.
        let text = ArticleText(Array(repeating: "زار الوفد القاهرة", count: 200).joined(separator: " و"))
        let tokens = Tokenizer.tokenize(text, NormalizedText(text))
        let names = EntityTagger.bundled.names(in: tokens)
        XCTAssertGreaterThan(tokens.count, 500)
        XCTAssertGreaterThan(names.count, 150)
        XCTAssertTrue(names.allSatisfy { text.slice($0.span) == "القاهرة" }, "\(Set(names.map { text.slice($0.span) }))")
    }

    func testProcliticStaysInsideWhenTheTokenHasDiacritics() {
        // With a diacritic the key's offsets are not the original's: the span keeps the token whole.
        let text = ArticleText("وصل الوفد أمس بِالقاهرة.")
        let tokens = Tokenizer.tokenize(text, NormalizedText(text))
        let names = EntityTagger.bundled.names(in: tokens)
        XCTAssertEqual(names.map { text.slice($0.span) }, ["بِالقاهرة"])
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
