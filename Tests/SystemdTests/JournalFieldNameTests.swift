import XCTest
@testable import Systemd

final class JournalFieldNameTests: XCTestCase {
    private func name(_ key: String, _ prefix: String = "APP_") -> String { JournalFieldName(key: key, prefix: prefix).rawValue }

    func testKeysAreUpperCasedAndPunctuationBecomesUnderscore() {
        XCTAssertEqual(name("outcome"), "APP_OUTCOME")
        XCTAssertEqual(name("input.sha256"), "APP_INPUT_SHA256")
        XCTAssertEqual(name("duration-ms"), "APP_DURATION_MS")
        XCTAssertEqual(name("a..b--c  d"), "APP_A_B_C_D")
        XCTAssertEqual(name("trailing."), "APP_TRAILING")
    }

    func testNonASCIIBecomesUnderscoreAndEmptyKeysGetAName() {
        XCTAssertEqual(name("naïve"), "APP_NA_VE")
        XCTAssertEqual(name("ملف"), "APP_FIELD")
        XCTAssertEqual(name("..."), "APP_FIELD")
    }

    func testNamesNeverStartWithDigitOrUnderscore() {
        XCTAssertEqual(name("2nd"), "APP_2ND")
        XCTAssertEqual(name("2nd", ""), "X2ND")
        XCTAssertEqual(name("_hidden", ""), "HIDDEN")
        XCTAssertEqual(name("x", "_app_"), "APP_X")
    }

    func testNamesAreCutToSixtyFourCharacters() {
        let long = name(String(repeating: "k", count: 100))
        XCTAssertEqual(long.count, 64)
        XCTAssertEqual(long, "APP_" + String(repeating: "K", count: 60))
    }

    func testEverySanitisedNameIsValid() {
        for key in ["", "a", "1", "_", "ü", "a-b.c", String(repeating: "é1", count: 80), "MESSAGE", "x y z"] {
            for prefix in ["", "APP_", "lower.", "9"] {
                XCTAssertTrue(JournalFieldName.isValid(name(key, prefix)), "\(prefix)|\(key) -> \(name(key, prefix))")
            }
        }
    }

    func testValidityRules() {
        XCTAssertTrue(JournalFieldName.isValid("MESSAGE_ID"))
        XCTAssertFalse(JournalFieldName.isValid("_PID"))
        XCTAssertFalse(JournalFieldName.isValid("1X"))
        XCTAssertFalse(JournalFieldName.isValid("lower"))
        XCTAssertFalse(JournalFieldName.isValid(""))
        XCTAssertFalse(JournalFieldName.isValid(String(repeating: "A", count: 65)))
        XCTAssertNotNil(JournalFieldName(validated: "MESSAGE_ID"))
        XCTAssertNil(JournalFieldName(validated: "bad name"))
    }

    func testPrioritiesFollowSyslog() {
        XCTAssertEqual([.trace, .debug, .info, .notice, .warning, .error, .critical].map(JournalPriority.of), [7, 7, 6, 5, 4, 3, 2])
    }
}
