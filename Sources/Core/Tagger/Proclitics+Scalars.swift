extension Proclitics {
    /// The proclitic reading `splits(of:)` strips furthest, computed on key scalar values without
    /// building strings (the tagger's hot path): how many leading scalars are proclitics, and
    /// whether the stem is ل + ال written لل (then the stem, with its article restored, starts at
    /// the second lam).
    @inline(__always)
    static func longestStrip(_ s: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int) -> (length: Int, restoredArticle: Bool) {
        let count = end - start
        var i = 0
        if count > 2, s[start] == waw.value || s[start] == fa.value { i = 1 }
        if count > i + 2 {
            let c = s[start + i]
            if c == lam.value, count > i + 3, s[start + i + 1] == lam.value { return (i + 1, true) }
            if c == ba.value || c == lam.value || c == kaf.value { return (i + 1, false) }
        }
        return (i, false)
    }
}
