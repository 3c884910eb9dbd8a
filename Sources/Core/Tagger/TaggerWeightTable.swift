/// The tagger's weight table as it is stored and used at run time: only the rows with a non-zero
/// weight, quantised to 16-bit integers (weight = q × `scale`), behind a rank index.
///
/// The dense table (2^20 rows × 9 Float weights, 40 MB) does not fit in any cache, and most of
/// its rows are empty; this form takes about a tenth of that. A bucket's row is found from a bitmap
/// of the non-zero rows and the count of rows before each 64-row block (a rank index of 256 KB
/// for 2^20 rows, each block's bitmap word beside its count), so a look-up is one read, a
/// popcount and the row. Sums of quantised weights are exact
/// integers, the same in any order.
struct TaggerWeightTable: Sendable, Equatable {
    let bucketBits: Int
    /// A weight is its quantised value times `scale`.
    let scale: Float
    /// Bit `r & 63` of word `r >> 6`: whether bucket `r` has a row.
    let bitmap: [UInt64]
    /// Per block of 64 buckets: its bitmap word and the rows stored before it, side by side so
    /// a look-up reads one cache line before the row.
    let blocks: [SIMD2<UInt64>]
    /// The non-zero rows in bucket order, `EntityTagSet.count` values each.
    let values: [Int16]

    init(bucketBits: Int, scale: Float, bitmap: [UInt64], values: [Int16]) {
        self.bucketBits = bucketBits
        self.scale = scale
        self.bitmap = bitmap
        self.values = values
        var blocks = [SIMD2<UInt64>](repeating: .zero, count: bitmap.count)
        var total: UInt64 = 0
        for k in bitmap.indices { blocks[k] = SIMD2(bitmap[k], total); total += UInt64(bitmap[k].nonzeroBitCount) }
        precondition(Int(total) * EntityTagSet.count == values.count, "weight rows do not match their bitmap")
        self.blocks = blocks
    }

    /// The quantised form of a dense table (`TaggerModel.weights`, `1 << bucketBits` rows).
    init(quantising weights: [Float], bucketBits: Int) {
        let T = EntityTagSet.count
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let rows = 1 << bucketBits
        var bitmap = [UInt64](repeating: 0, count: (rows + 63) / 64)
        var values: [Int16] = []
        var q = [Int16](repeating: 0, count: T)
        for r in 0..<rows {
            var any = false
            for t in 0..<T {
                q[t] = Int16((weights[r * T + t] / scale).rounded())
                if q[t] != 0 { any = true }
            }
            guard any else { continue }
            bitmap[r >> 6] |= 1 << UInt64(r & 63)
            values += q
        }
        self.init(bucketBits: bucketBits, scale: scale, bitmap: bitmap, values: values)
    }

    /// How many buckets have a row.
    var rowCount: Int { values.count / EntityTagSet.count }

    /// Where bucket `bucket`'s row starts in `values`, or nil when all its weights are 0.
    @inline(__always)
    func offset(of bucket: UInt32) -> Int? {
        let o = withRows { $0.offset(bucket) }
        return o < 0 ? nil : o
    }

    /// Adds bucket `bucket`'s quantised weights to `sums` (9 values).
    @inline(__always)
    func add(_ bucket: UInt32, to sums: UnsafeMutablePointer<Int32>) {
        withRows { $0.add(bucket, to: sums) }
    }

    /// The table's arrays as pointers, valid inside `withRows` only: a trivial value that hot
    /// loops and their closures capture without reference counting.
    struct Rows {
        let blocks: UnsafePointer<SIMD2<UInt64>>
        let values: UnsafePointer<Int16>

        /// Adds bucket `bucket`'s quantised weights to `sums` (9 values).
        @inline(__always)
        func add(_ bucket: UInt32, to sums: UnsafeMutablePointer<Int32>) {
            let o = offset(bucket)
            guard o >= 0 else { return }
            Self.add(row: values + o, to: sums)
        }

        /// Adds one row's 9 values to 9 sums: the first 8 as one vector (sign-extended), then the
        /// last. The same wrapping integer additions as one at a time.
        @inline(__always)
        static func add(row: UnsafePointer<Int16>, to sums: UnsafeMutablePointer<Int32>) {
            let r = UnsafeRawPointer(row), s = UnsafeMutableRawPointer(sums)
            let widened = SIMD8<Int32>(truncatingIfNeeded: r.loadUnaligned(as: SIMD8<Int16>.self))
            s.storeBytes(of: s.loadUnaligned(as: SIMD8<Int32>.self) &+ widened, as: SIMD8<Int32>.self)
            sums[8] &+= Int32(row[8])
        }

        /// Where bucket `bucket`'s row starts in `values`, or -1.
        @inline(__always)
        func offset(_ bucket: UInt32) -> Int {
            let b = Int(bucket)
            let block = blocks[b >> 6]
            let bit: UInt64 = 1 << UInt64(b & 63)
            return block[0] & bit == 0 ? -1 : (Int(block[1]) + (block[0] & (bit &- 1)).nonzeroBitCount) &* 9
        }

        /// Adds the rows of `count` buckets, bucket k's to the 9 sums at `base + targets[k]`: all
        /// look-ups first, then all the sums, so that the cache misses of many rows overlap (the
        /// table does not fit in cache; one row at a time, each miss waits for the last).
        @inline(__always)
        func add(_ count: Int, buckets: UnsafePointer<UInt32>, targets: UnsafePointer<Int32>, base: UnsafeMutablePointer<Int32>,
                 scratch: UnsafeMutablePointer<Int>) {
            for k in 0..<count { scratch[k] = offset(buckets[k]) }
            for k in 0..<count {
                let o = scratch[k]
                if o < 0 { continue }
                Self.add(row: values + o, to: base + Int(targets[k]))
            }
        }
    }

    @inline(__always)
    func withRows<R>(_ body: (Rows) throws -> R) rethrows -> R {
        try blocks.withUnsafeBufferPointer { b in
            try values.withUnsafeBufferPointer { v in
                // An empty table still needs a valid address.
                try body(Rows(blocks: b.baseAddress!, values: v.baseAddress ?? UnsafePointer(bitPattern: 8)!))
            }
        }
    }

    /// The weights of every bucket as Floats (the dense table, for training and tests).
    func dense() -> [Float] {
        let T = EntityTagSet.count
        var weights = [Float](repeating: 0, count: (1 << bucketBits) * T)
        for r in 0..<(1 << bucketBits) {
            guard let o = offset(of: UInt32(r)) else { continue }
            for t in 0..<T { weights[r * T + t] = Float(values[o + t]) * scale }
        }
        return weights
    }
}
