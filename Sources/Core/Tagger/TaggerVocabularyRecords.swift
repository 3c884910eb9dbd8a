/// The vocabulary's entries as a text reads them (`TaggerVocabulary`): one record of 128 bytes,
/// aligned to the cache line, per word, holding all a text needs of the word: its 45 sums
/// (`TaggerVocabulary.stride`), its three hashes, its four gazetteer masks and its
/// tag-conditioned class.
///
/// Inside an extraction the rest of the pipeline has evicted the vocabulary from the caches, so
/// each word a text brings costs cache misses. Kept as separate arrays of 32-bit sums, hashes,
/// masks and classes, a word touched 6 or 7 lines of about 6 MB (session tagspeed4); a record
/// touches 2 lines of 3.7 MB.
///
/// The sums stay exact. Each of the 45 lanes is stored as its distance from the lane's smallest
/// value over the vocabulary (`offsets`): 16 bits for the neighbour offsets' lanes, 18 for the
/// word's own 9 (their sums spread wider: 16 bits plus 2 more bits per lane in one 32-bit word).
/// A word whose distances do not fit gets no record (none in the committed model), and the
/// run-time path sums it per text like a word outside the vocabulary, to the same integers.
final class TaggerVocabularyRecords: @unchecked Sendable {
    // (Immutable after `init`: the storage is written there only, so sharing it is safe.)

    /// Bytes per record, and where its parts start: the sums' low 16 bits, the own lanes' high
    /// bits (2 per lane), the hashes, the masks, the class.
    static let size = 128
    static let highOffset = 92
    static let hashesOffset = 96
    static let masksOffset = 120
    static let classOffset = 124
    /// Lanes with 18 bits: the word's own sums.
    static let wideLanes = 9

    /// Records in order: the entry (of the arrays given to `init`) each one holds.
    let entries: [Int]
    /// Per lane, the value a stored distance is from.
    let offsets: [Int32]
    private let storage: UnsafeMutableRawPointer

    var count: Int { entries.count }

    /// Records of the first `total` entries of `buffers`, with `classes[entry]` (0 when nil).
    init(_ buffers: TaggerVocabulary.EntryBuffers, count total: Int, classes: [Int32]?) {
        let S = TaggerVocabulary.stride, sums = UnsafeBufferPointer(start: buffers.sums, count: total * S)
        let hashes = buffers.hashes, masks = buffers.masks
        var offsets = [Int32](repeating: 0, count: S)
        for lane in 0..<S { offsets[lane] = stride(from: lane, to: sums.count, by: S).map { sums[$0] }.min() ?? 0 }
        @inline(__always) func distance(_ entry: Int, _ lane: Int) -> Int64 { Int64(sums[entry * S + lane]) - Int64(offsets[lane]) }
        let entries = (0..<total).filter { entry in
            (0..<S).allSatisfy { distance(entry, $0) < 1 << ($0 < Self.wideLanes ? 18 : 16) }
        }
        let storage = UnsafeMutableRawPointer.allocate(byteCount: max(1, entries.count) * Self.size, alignment: 64)
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: max(1, entries.count) * Self.size)
        for (r, entry) in entries.enumerated() {
            let record = storage + r * Self.size
            let low = record.assumingMemoryBound(to: UInt16.self)
            var high: UInt32 = 0
            for lane in 0..<S {
                let d = distance(entry, lane)
                low[lane] = UInt16(truncatingIfNeeded: d)
                if lane < Self.wideLanes { high |= UInt32(d >> 16) << (2 * lane) }
            }
            (record + Self.highOffset).storeBytes(of: high, as: UInt32.self)
            let h = (record + Self.hashesOffset).assumingMemoryBound(to: UInt64.self)
            for k in 0..<3 { h[k] = hashes[entry * 3 + k] }
            let m = (record + Self.masksOffset).assumingMemoryBound(to: UInt8.self)
            for k in 0..<4 { m[k] = masks[entry * 4 + k] }
            (record + Self.classOffset).storeBytes(of: classes?[entry] ?? 0, as: Int32.self)
        }
        self.entries = entries
        self.offsets = offsets
        self.storage = storage
    }

    deinit { storage.deallocate() }

    /// Copies record `r` to entry `k` of a text's `buffers`, as `TaggerVocabulary.makeEntry` makes
    /// a word's; returns its tag-conditioned class.
    @inline(__always)
    func copy(_ r: Int, into buffers: TaggerVocabulary.EntryBuffers, at k: Int) -> Int32 {
        let record = UnsafeRawPointer(storage + r * Self.size)
        let h = (record + Self.hashesOffset).assumingMemoryBound(to: UInt64.self), hashes = buffers.hashes + 3 * k
        hashes[0] = h[0]; hashes[1] = h[1]; hashes[2] = h[2]
        (buffers.masks + 4 * k).withMemoryRebound(to: UInt32.self, capacity: 1) {
            $0.pointee = record.load(fromByteOffset: Self.masksOffset, as: UInt32.self)
        }
        // Lanes 0-7 as one vector (with their 2 high bits each), lane 8, then 36 lanes of 16 bits.
        let out = UnsafeMutableRawPointer(buffers.sums + TaggerVocabulary.stride * k)
        let high = record.load(fromByteOffset: Self.highOffset, as: UInt32.self)
        let shifts = SIMD8<UInt32>(0, 2, 4, 6, 8, 10, 12, 14)
        offsets.withUnsafeBufferPointer { offsets in
            let o = UnsafeRawPointer(offsets.baseAddress!)
            @inline(__always) func lanes(_ lane: Int) -> SIMD8<Int32> {
                SIMD8<Int32>(truncatingIfNeeded: record.loadUnaligned(fromByteOffset: 2 * lane, as: SIMD8<UInt16>.self))
            }
            let wide = lanes(0) | SIMD8<Int32>(truncatingIfNeeded: (SIMD8(repeating: high) &>> shifts) & 3) &<< 16
            out.storeBytes(of: o.loadUnaligned(as: SIMD8<Int32>.self) &+ wide, as: SIMD8<Int32>.self)
            let low = record.assumingMemoryBound(to: UInt16.self), sums = out.assumingMemoryBound(to: Int32.self)
            sums[8] = offsets[8] &+ (Int32(low[8]) | Int32((high >> 16) & 3) << 16)
            for lane in stride(from: 9, to: 41, by: 8) {
                out.storeBytes(of: o.loadUnaligned(fromByteOffset: 4 * lane, as: SIMD8<Int32>.self) &+ lanes(lane),
                               toByteOffset: 4 * lane, as: SIMD8<Int32>.self)
            }
            for lane in 41..<TaggerVocabulary.stride { sums[lane] = offsets[lane] &+ Int32(low[lane]) }
        }
        return record.load(fromByteOffset: Self.classOffset, as: Int32.self)
    }
}
