/// The tagger's weight table as it is stored and used at run time: only the rows with a non-zero
/// weight, quantised to 16-bit integers (weight = q × `scale`), behind a rank index.
///
/// The dense table (2^20 rows × 9 Float weights, 40 MB) does not fit in any cache, and most of
/// its rows are empty; this form takes about a tenth of that. A bucket's row is found from a bitmap
/// of the non-zero rows and the count of rows before each 64-row block (a rank index of 192 KB
/// for 2^20 rows), so a look-up is two reads and a popcount. Sums of quantised weights are exact
/// integers, the same in any order.
struct TaggerWeightTable: Sendable, Equatable {
    let bucketBits: Int
    /// A weight is its quantised value times `scale`.
    let scale: Float
    /// Bit `r & 63` of word `r >> 6`: whether bucket `r` has a row.
    let bitmap: [UInt64]
    /// Rows stored before block `k` (of 64 buckets).
    let ranks: [UInt32]
    /// The non-zero rows in bucket order, `EntityTagSet.count` values each.
    let values: [Int16]

    static let empty = TaggerWeightTable(bucketBits: 0, scale: 1, bitmap: [0], values: [])

    init(bucketBits: Int, scale: Float, bitmap: [UInt64], values: [Int16]) {
        self.bucketBits = bucketBits
        self.scale = scale
        self.bitmap = bitmap
        self.values = values
        var ranks = [UInt32](repeating: 0, count: bitmap.count)
        var total: UInt32 = 0
        for k in bitmap.indices { ranks[k] = total; total += UInt32(bitmap[k].nonzeroBitCount) }
        precondition(Int(total) * EntityTagSet.count == values.count, "weight rows do not match their bitmap")
        self.ranks = ranks
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
        let b = Int(bucket)
        let word = bitmap.withUnsafeBufferPointer { $0[b >> 6] }
        let bit: UInt64 = 1 << UInt64(b & 63)
        guard word & bit != 0 else { return nil }
        let rank = ranks.withUnsafeBufferPointer { $0[b >> 6] }
        return (Int(rank) + (word & (bit &- 1)).nonzeroBitCount) &* EntityTagSet.count
    }

    /// Adds bucket `bucket`'s quantised weights to `sums` (9 values).
    @inline(__always)
    func add(_ bucket: UInt32, to sums: UnsafeMutablePointer<Int32>) {
        guard let o = offset(of: bucket) else { return }
        values.withUnsafeBufferPointer { v in
            for t in 0..<9 { sums[t] &+= Int32(v[o + t]) }
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
