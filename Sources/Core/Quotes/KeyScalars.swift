/// A token's matching key as scalars of `NormalizedText`, sliced without copying.
typealias KeyScalars = ArraySlice<Unicode.Scalar>

extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the key is exactly `word` (already in key form).
    @inline(__always)
    func matches(_ word: String) -> Bool { elementsEqual(word.unicodeScalars) }

    @inline(__always)
    func hasPrefix(_ prefix: String) -> Bool { starts(with: prefix.unicodeScalars) }

    func hasSuffix(_ suffix: String) -> Bool {
        let n = suffix.unicodeScalars.count
        return count >= n && self.suffix(n).elementsEqual(suffix.unicodeScalars)
    }
}

