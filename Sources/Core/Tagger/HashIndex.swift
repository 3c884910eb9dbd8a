/// A read-only map from 64-bit hashes to small non-negative integers (a row number, a packed
/// value): open addressing with linear probing, slots picked by a multiplicative hash of the key,
/// at most half full. Key and value share a 16-byte slot, so a look-up usually reads one cache
/// line (the tagger's tables are read at random, and each miss costs more than the arithmetic).
///
/// One type for every hash table of the tagger: the gazetteer, the character model, the word
/// classes and the vocabulary.
struct HashIndex: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Int64   // -1: empty
    }
    private let slots: [Slot]
    private let shift: UInt64

    /// `keys[i]` maps to `values[i]` (each >= 0); a repeated key keeps its first value.
    init(keys: [UInt64], values: [Int]) {
        precondition(keys.count == values.count)
        var bits = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        var slots = [Slot](repeating: Slot(key: 0, value: -1), count: 1 << bits)
        let shift = UInt64(64 - bits), mask = (1 << bits) - 1
        for (k, v) in zip(keys, values) {
            precondition(v >= 0)
            var slot = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot].value >= 0, slots[slot].key != k { slot = (slot + 1) & mask }
            if slots[slot].value >= 0 { continue }
            slots[slot] = Slot(key: k, value: Int64(v))
        }
        self.slots = slots
        self.shift = shift
    }

    /// Each key maps to its position in `keys`.
    init(rowsOf keys: [UInt64]) { self.init(keys: keys, values: Array(keys.indices)) }

    /// The value of `hash`, or -1 when it is absent.
    @inline(__always)
    func value(_ hash: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let s = slots[slot]
                if s.value < 0 || s.key == hash { return Int(s.value) }
                slot = (slot + 1) & mask
            }
        }
    }
}
