/// Distributional word classes learnt from untagged text: words that occur between the same
/// neighbours share a class, at three granularities (64, 256 and 1000 classes: ids 1...1000 fit 10 bits, 1023 marks the sentence edge).
///
/// The tagger's word features know only the words its training corpus tagged; a class learnt
/// from all the raw text there is (ANERcorp's training sentences and WikiFANE's, without their
/// tags) also covers words the tagged corpus never saw ("مانشستر" falls in a class with the other
/// cities and clubs). Each word of the vocabulary (seen at least `minimumCount` times) is a vector
/// of its left and right neighbours among the most frequent words (square-root counts, unit
/// length), clustered by spherical k-means from a seeded random partition: deterministic.
/// Stored as sorted word-key hashes with one packed value each (level k in bits 10k..<10k+10).
public struct TaggerWordClusters: Sendable, Equatable {
    /// Classes per level, coarse to fine.
    public static let levels = [64, 256, 1000]
    public let keys: [UInt64]
    public let values: [UInt32]
    /// Word hash -> packed classes, built on load.
    private let index: HashIndex

    public static let empty = TaggerWordClusters(keys: [], values: [])

    public init(keys: [UInt64], values: [UInt32]) {
        precondition(keys.count == values.count)
        self.keys = keys
        self.values = values
        self.index = HashIndex(keys: keys, values: values.map { Int($0) })
    }

    public static func == (a: Self, b: Self) -> Bool { a.keys == b.keys && a.values == b.values }

    /// The packed classes of a word key hash, 0 when the word has none (class numbers start at 1).
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt32 {
        let v = index.value(hash)
        return v < 0 ? 0 : UInt32(truncatingIfNeeded: v)
    }

    /// One level's class (1-based) from a packed value, 0 for none.
    @inline(__always)
    static func level(_ packed: UInt32, _ level: Int) -> UInt32 { (packed >> (10 * UInt32(level))) & 0x3FF }

    /// Learns the classes from untagged sentences (words as they stand; keys folded by `MatchKey`).
    public static func learn(from sentences: [[String]], minimumCount: Int = 3, contextWords: Int = 1500,
                             iterations: Int = 12, seed: UInt64 = 20_070_101) -> TaggerWordClusters {
        // Word ids by key; counts.
        var ids: [String: Int] = [:]
        var words: [String] = []
        var counts: [Int] = []
        var corpus: [[Int]] = []
        corpus.reserveCapacity(sentences.count)
        for s in sentences {
            var row: [Int] = []
            row.reserveCapacity(s.count)
            for w in s {
                let key = MatchKey.key(w)
                let id: Int
                if let known = ids[key] { id = known } else {
                    id = words.count; ids[key] = id; words.append(key); counts.append(0)
                }
                counts[id] += 1
                row.append(id)
            }
            corpus.append(row)
        }
        // Ties broken by key so the order does not depend on dictionary order.
        let byFrequency = words.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : words[$0] < words[$1] }
        var contextIndex = [Int](repeating: -1, count: words.count)
        for (rank, id) in byFrequency.prefix(contextWords).enumerated() { contextIndex[id] = rank }
        let vocabulary = byFrequency.filter { counts[$0] >= minimumCount && !words[$0].isEmpty }
        guard vocabulary.count >= levels[0] else { return .empty }
        var row = [Int](repeating: -1, count: words.count)
        for (r, id) in vocabulary.enumerated() { row[id] = r }
        // Sparse context vectors: dimension c (left neighbour), contextWords + c (right); the
        // sentence boundary is one more word on each side.
        let boundary = contextWords
        let dimensions = 2 * (contextWords + 1)
        var contextCounts = [[Int: Float]](repeating: [:], count: vocabulary.count)
        for s in corpus {
            for (i, id) in s.enumerated() {
                let r = row[id]
                guard r >= 0 else { continue }
                let left = i > 0 ? contextIndex[s[i - 1]] : boundary
                let right = i + 1 < s.count ? contextIndex[s[i + 1]] : boundary
                if left >= 0 { contextCounts[r][left, default: 0] += 1 }
                if right >= 0 { contextCounts[r][contextWords + 1 + right, default: 0] += 1 }
            }
        }
        var offsets = [0], columns: [Int32] = [], entries: [Float] = []
        for c in contextCounts {
            let sorted = c.sorted { $0.key < $1.key }
            var norm: Float = 0
            for (_, v) in sorted { norm += v }   // sum of (sqrt v)^2
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            for (k, v) in sorted { columns.append(Int32(k)); entries.append(v.squareRoot() * scale) }
            offsets.append(columns.count)
        }
        var packed = [UInt32](repeating: 0, count: vocabulary.count)
        for (level, k) in levels.enumerated() {
            let assignment = sphericalKMeans(count: vocabulary.count, offsets: offsets, columns: columns, entries: entries,
                                             dimensions: dimensions, clusters: k, iterations: iterations,
                                             seed: seed &+ UInt64(level))
            for r in packed.indices { packed[r] |= UInt32(assignment[r] + 1) << (10 * UInt32(level)) }
        }
        let table = vocabulary.enumerated().map { (FeatureHash.key(words[$0.element]), packed[$0.offset]) }
            .sorted { $0.0 < $1.0 }
        return TaggerWordClusters(keys: table.map(\.0), values: table.map(\.1))
    }

    /// Cluster numbers (0..<clusters) of unit sparse vectors (CSR rows) by cosine similarity.
    static func sphericalKMeans(count: Int, offsets: [Int], columns: [Int32], entries: [Float], dimensions: Int,
                                clusters k: Int, iterations: Int, seed: UInt64) -> [Int] {
        var random = SplitMix64(seed: seed)
        var assignment = (0..<count).map { _ in Int(random.next() % UInt64(k)) }
        // Centroids transposed ([dimension][cluster]) so a row's scores are contiguous adds.
        var centroids = [Float](repeating: 0, count: dimensions * k)
        var scores = [Float](repeating: 0, count: k)
        for _ in 0..<iterations {
            for i in centroids.indices { centroids[i] = 0 }
            for r in 0..<count {
                let c = assignment[r]
                for e in offsets[r]..<offsets[r + 1] { centroids[Int(columns[e]) * k + c] += entries[e] }
            }
            // Normalise each centroid (cosine).
            var norms = [Float](repeating: 0, count: k)
            for d in 0..<dimensions { for c in 0..<k { let v = centroids[d * k + c]; norms[c] += v * v } }
            for c in 0..<k { norms[c] = norms[c] > 0 ? 1 / norms[c].squareRoot() : 0 }
            for d in 0..<dimensions { for c in 0..<k { centroids[d * k + c] *= norms[c] } }
            var changed = 0
            centroids.withUnsafeBufferPointer { cen in
                scores.withUnsafeMutableBufferPointer { sc in
                    for r in 0..<count {
                        for c in 0..<k { sc[c] = 0 }
                        for e in offsets[r]..<offsets[r + 1] {
                            let base = Int(columns[e]) * k, v = entries[e]
                            for c in 0..<k { sc[c] += v * cen[base + c] }
                        }
                        // Ties go to the lowest cluster, so identical vectors end up together.
                        var best = 0, bestScore = sc[0]
                        for c in 1..<k where sc[c] > bestScore { best = c; bestScore = sc[c] }
                        if best != assignment[r] { changed += 1; assignment[r] = best }
                    }
                }
            }
            if changed == 0 { break }
        }
        return assignment
    }
}
