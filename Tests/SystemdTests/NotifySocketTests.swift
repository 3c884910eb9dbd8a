import XCTest
@testable import Systemd

final class NotifySocketTests: XCTestCase {
    func testNoNotifySocketMeansNoNotifications() throws {
        guard getenv("NOTIFY_SOCKET") == nil else { throw XCTSkip("SKIPPED: NOTIFY_SOCKET is set in this environment") }
        XCTAssertFalse(Systemd.hasNotifySocket)
    }
}
