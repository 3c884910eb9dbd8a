import Foundation

/// A file this daemon owns: renamed out of the inbox into its processing area.
struct ClaimedFile: Sendable {
    /// Its name, the same in the inbox and the processing area.
    let name: FileName
    /// When it was claimed, for `duration_ms`.
    let claimedAt: ContinuousClock.Instant
    /// Found in the processing area at start-up (left by a crash), so counted by CrashCounts.
    let recovered: Bool
}
