import XCTest
@testable import ArticleCore

/// `ArticleText(validatingUTF8:)` validates and decodes in one pass of its own: it must accept
/// exactly the bytes `String(validating:)` accepts, and give the same text and scalars.
final class ArticleTextValidationTests: XCTestCase {
    func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let expected = String(validating: bytes, as: UTF8.self)
        let text = bytes.withUnsafeBufferPointer { ArticleText(validatingUTF8: $0) }
        XCTAssertEqual(text?.string, expected, "\(bytes.map { String($0, radix: 16) })", file: file, line: line)
        if let text, let expected {
            XCTAssertEqual(text.scalars, Array(expected.unicodeScalars), file: file, line: line)
            XCTAssertEqual(text.slice(text.fullSpan), expected, file: file, line: line)
        }
    }

    func testEdgesOfEachSequenceLength() {
        let valid: [[UInt8]] = [
            [0x41], [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xD8, 0xA7],         // 1 and 2 bytes (ا)
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],       // 3 bytes, around the surrogates
            [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0x9C],                           // BOM as text, “
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF0, 0x9F, 0x98, 0x80],
        ]
        let invalid: [[UInt8]] = [
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF],                       // lone continuation, overlong 2
            [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],     // truncated, overlong 3
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],                           // surrogates
            [0xE2, 0x80], [0xE2, 0x28, 0xA1], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xFF],
            [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x41],
        ]
        for sequence in valid + invalid {
            check(sequence)
            check([0x61] + sequence + [0x62])
            check(Array("قال ".utf8) + sequence)
        }
        check([])
    }

    func testRandomBytesAndMutatedArabic() {
        var generator = SystemRandomNumberGenerator()
        let arabic = Array("قال الوزير إن “الاتفاق” تم في 5 كانون الثاني 2021 😀\r\n".utf8)
        for _ in 0..<2_000 {
            var bytes = arabic
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            check(bytes)
            check((0..<Int.random(in: 1...12, using: &generator)).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) })
        }
    }
}
