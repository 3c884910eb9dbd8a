/// A read-only index from 64-bit hashes to row numbers: open addressing with linear probing,
/// slots picked by a multiplicative hash of the key, at most half full. A look-up is a few
/// integer operations and usually one probe (no `Hasher`, no strings).
///
/// The tagger's tables (character model, word classes, gazetteer, vocabulary) are sorted or
/// ordered arrays of hashes with values beside them; this finds a hash's row.
struct HashRowIndex: Sendable {
    private let slotKeys: [UInt64]
    private let slotRows: [Int32]
    private let shift: UInt64

    /// The index of `keys` (row i is `keys[i]`; a repeated key keeps its first row).
    init(_ keys: [UInt64]) {
        var bits = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        var slotKeys = [UInt64](repeating: 0, count: 1 << bits)
        var slotRows = [Int32](repeating: -1, count: 1 << bits)
        let shift = UInt64(64 - bits), mask = (1 << bits) - 1
        for (i, k) in keys.enumerated() {
            var slot = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slotRows[slot] >= 0, slotKeys[slot] != k { slot = (slot + 1) & mask }
            if slotRows[slot] >= 0 { continue }
            slotKeys[slot] = k
            slotRows[slot] = Int32(i)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.shift = shift
    }

    /// The row of `hash`, or -1 when it is not indexed.
    @inline(__always)
    func row(_ hash: UInt64) -> Int {
        slotKeys.withUnsafeBufferPointer { keys in
            slotRows.withUnsafeBufferPointer { rows in
                let mask = keys.count - 1
                var slot = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while true {
                    let r = rows[slot]
                    if r < 0 || keys[slot] == hash { return Int(r) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
