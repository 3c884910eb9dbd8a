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

extension ReportingContext {
    /// The hash of token `t`'s key without its leading و/ف (`ReportingLexicon.withoutConjunction`),
    /// nil when the key keeps it; read in place, no key slice (a slice costs a retain and a release).
    func keyHashWithoutConjunction(_ t: Int) -> UInt64? {
        let range = tokens[t].keyRange
        guard range.count > 2, keyScalars[range.lowerBound] == "\u{0648}" || keyScalars[range.lowerBound] == "\u{0641}" else {
            return nil
        }
        var h = KeyHash.seed
        for k in (range.lowerBound + 1)..<range.upperBound { h = KeyHash.adding(keyScalars[k], to: h) }
        return h
    }
}
