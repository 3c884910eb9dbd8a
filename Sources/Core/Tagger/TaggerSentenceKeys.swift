/// The matching keys of one sentence's words, as one flat buffer of scalar values, so feature
/// extraction reads words without building strings.
public struct TaggerSentenceKeys: Sendable {
    /// All words' key scalars, back to back.
    public private(set) var scalars: [UInt32] = []
    /// Word `i` is `scalars[starts[i]..<starts[i + 1]]`.
    public private(set) var starts: [Int] = [0]

    public init() {}

    /// Keys of words given as they stand (folded with `MatchKey`).
    public init<S: Sequence>(words: S) where S.Element == String {
        var folded: [Unicode.Scalar] = []
        for word in words {
            folded.removeAll(keepingCapacity: true)
            for s in word.unicodeScalars { MatchKey.fold(s, into: &folded) }
            for s in folded { scalars.append(s.value) }
            starts.append(scalars.count)
        }
    }

    /// Keys already folded (a `Token`'s `key`).
    public mutating func append(key: String) {
        for s in key.unicodeScalars { scalars.append(s.value) }
        starts.append(scalars.count)
    }

    public var count: Int { starts.count - 1 }
}
