/// The BIO tags the tagger predicts, in the training corpus's names (O, B-PERS, I-PERS, ...).
///
/// Tag indices are fixed: 0 is O, then B and I of each type in `types` order. The model file and
/// the weight table are laid out by these indices.
public enum EntityTagSet {
    /// The entity types, in index order.
    public static let types = ["PERS", "LOC", "ORG", "MISC"]
    /// All tags, in index order.
    public static let tags: [String] = ["O"] + types.flatMap { ["B-\($0)", "I-\($0)"] }
    public static var count: Int { tags.count }
    public static let outside = 0

    /// The index of a tag, or nil for a tag outside the set.
    public static func index(of tag: String) -> Int? { tags.firstIndex(of: tag) }

    /// Whether tag `t` begins a name (B-).
    @inline(__always) public static func isBegin(_ t: Int) -> Bool { t > 0 && t % 2 == 1 }
    /// Whether tag `t` continues a name (I-).
    @inline(__always) public static func isInside(_ t: Int) -> Bool { t > 0 && t % 2 == 0 }
    /// The type index (into `types`) of a B- or I- tag.
    @inline(__always) public static func typeIndex(_ t: Int) -> Int { (t - 1) / 2 }
    @inline(__always) public static func begin(typeIndex: Int) -> Int { 1 + 2 * typeIndex }

    /// Whether `next` may follow `previous` in BIO (nil `previous` is the sentence start):
    /// an I- tag only continues a B- or I- of its own type.
    @inline(__always)
    public static func allows(_ previous: Int?, _ next: Int) -> Bool {
        guard isInside(next) else { return true }
        guard let p = previous, p != outside else { return false }
        return typeIndex(p) == typeIndex(next)
    }

    /// The same tags with every I- that follows no B-/I- of its type turned into a B-, which is how
    /// conlleval reads them too (such an I- opens a chunk).
    public static func repaired(_ tags: [Int]) -> [Int] {
        var out = tags
        for i in out.indices where !allows(i == 0 ? nil : out[i - 1], out[i]) {
            out[i] = begin(typeIndex: typeIndex(out[i]))
        }
        return out
    }
}
