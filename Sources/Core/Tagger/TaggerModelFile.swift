/// The model file: a compact little-endian binary form of a `TaggerModel`.
///
/// Layout: magic "ARTAGGR8"; bucket bits, tag count (UInt32); the tag names (UInt32 length +
/// UTF-8, joined by newlines); transition and start weights and the O bias (Float32); the gazetteer, the name list and the word statistics (each UInt32
/// count, UInt64 hashes, UInt8 masks); the character model (UInt32 count, UInt64 trigram hashes,
/// Float32 log-probabilities, unseen log-probabilities, priors); the word classes (UInt32 count,
/// UInt64 word hashes, UInt32 packed classes); whether it tags in two passes (UInt32 0/1); whether it has the
/// tag-conditioned feature (`TaggerTagConditioned`, UInt32 0/1); the
/// vocabulary whose emission sums are worked out at load (`TaggerModel.vocabulary`: UInt32 byte
/// count, word keys in UTF-8 joined by newlines); the weight scale (Float32); a bitmap of non-zero weight rows; then
/// each non-zero row as Int16 weights (quantised: weight = value * scale). Quantising to 16 bits
/// and skipping empty rows keeps the file well under the 20 MB budget. Version 7 files (the same
/// without the tag-conditioned flag) and version 6 files (also without the vocabulary) are read too.
public enum TaggerModelFile {
    static let magic = Array("ARTAGGR8".utf8)
    static let previousMagics = [Array("ARTAGGR7".utf8), Array("ARTAGGR6".utf8)]

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func encode(_ model: TaggerModel) -> [UInt8] {
        var out = magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(UInt32(model.bucketBits))
        u32(UInt32(EntityTagSet.count))
        let names = Array(EntityTagSet.tags.joined(separator: "\n").utf8)
        u32(UInt32(names.count))
        out.append(contentsOf: names)
        model.transitions.forEach(f32)
        model.start.forEach(f32)
        f32(model.outsideBias)
        for gazetteer in [model.gazetteer, model.names, model.wordStatistics] {
            u32(UInt32(gazetteer.keys.count))
            for k in gazetteer.keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
            out.append(contentsOf: gazetteer.masks)
        }
        let characters = model.characterModel
        u32(UInt32(characters.keys.count))
        for k in characters.keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
        (characters.logProbabilities + characters.unseen + characters.priors).forEach(f32)
        u32(UInt32(model.wordClusters.keys.count))
        for k in model.wordClusters.keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
        model.wordClusters.values.forEach(u32)
        u32(model.documentMemory ? 1 : 0)
        u32(model.tagConditioned ? 1 : 0)
        let vocabulary = Array(model.vocabulary.joined(separator: "\n").utf8)
        u32(UInt32(vocabulary.count))
        out.append(contentsOf: vocabulary)
        let table = model.weightTable
        f32(table.scale)
        let rows = 1 << model.bucketBits
        var bitmap = [UInt8](repeating: 0, count: (rows + 7) / 8)
        for r in bitmap.indices { bitmap[r] = UInt8(truncatingIfNeeded: table.bitmap[r >> 3] >> UInt64(8 * (r & 7))) }
        var packed: [UInt8] = []
        packed.reserveCapacity(table.values.count * 2)
        for v in table.values { withUnsafeBytes(of: v.littleEndian) { packed.append(contentsOf: $0) } }
        out.append(contentsOf: bitmap)
        out.append(contentsOf: packed)
        return out
    }

    public static func decode(_ bytes: [UInt8]) throws -> TaggerModel {
        var at = 0
        func need(_ n: Int) throws {
            guard at + n <= bytes.count else { throw FormatError(description: "model file truncated at byte \(at)") }
        }
        func u32() throws -> UInt32 {
            try need(4)
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(bytes[at + k]) << (8 * UInt32(k)) }
            at += 4
            return v
        }
        func f32() throws -> Float { Float(bitPattern: try u32()) }
        try need(magic.count)
        let version = Array(bytes[0..<magic.count])
        guard version == magic || previousMagics.contains(version) else { throw FormatError(description: "not a tagger model file") }
        at = magic.count
        let bucketBits = Int(try u32())
        let T = Int(try u32())
        let nameLength = Int(try u32())
        try need(nameLength)
        let names = String(decoding: bytes[at..<(at + nameLength)], as: UTF8.self).split(separator: "\n").map(String.init)
        at += nameLength
        guard T == EntityTagSet.count, names == EntityTagSet.tags, (8...26).contains(bucketBits) else {
            throw FormatError(description: "model tags \(names) or size \(bucketBits) do not match this program")
        }
        var transitions: [Float] = [], start: [Float] = []
        for _ in 0..<(T * T) { transitions.append(try f32()) }
        for _ in 0..<T { start.append(try f32()) }
        let outsideBias = try f32()
        func readGazetteer() throws -> TaggerGazetteer {
            let count = Int(try u32())
            try need(count * 9)
            var keys = [UInt64](repeating: 0, count: count)
            for i in 0..<count {
                var v: UInt64 = 0
                for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
                keys[i] = v
                at += 8
            }
            let masks = Array(bytes[at..<(at + count)])
            at += count
            return TaggerGazetteer(keys: keys, masks: masks)
        }
        let gazetteer = try readGazetteer(), nameList = try readGazetteer(), wordStatistics = try readGazetteer()
        let trigramCount = Int(try u32())
        try need(trigramCount * (8 + 4 * TaggerCharacterModel.classes))
        var trigrams = [UInt64](repeating: 0, count: trigramCount)
        for i in 0..<trigramCount {
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            trigrams[i] = v
            at += 8
        }
        var floats: [Float] = []
        for _ in 0..<((trigramCount + 2) * TaggerCharacterModel.classes) { floats.append(try f32()) }
        let c = TaggerCharacterModel.classes
        let characterModel = TaggerCharacterModel(keys: trigrams, logProbabilities: Array(floats[0..<(trigramCount * c)]),
                                                  unseen: Array(floats[(trigramCount * c)..<((trigramCount + 1) * c)]),
                                                  priors: Array(floats[((trigramCount + 1) * c)...]))
        let clusterCount = Int(try u32())
        try need(clusterCount * 12)
        var clusterKeys = [UInt64](repeating: 0, count: clusterCount)
        for i in 0..<clusterCount {
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            clusterKeys[i] = v
            at += 8
        }
        var clusterValues: [UInt32] = []
        clusterValues.reserveCapacity(clusterCount)
        for _ in 0..<clusterCount { clusterValues.append(try u32()) }
        let documentMemory = try u32() != 0
        let tagConditioned = version == magic ? try u32() != 0 : false
        var vocabulary: [String] = []
        if version != previousMagics[1] {
            let length = Int(try u32())
            try need(length)
            vocabulary = String(decoding: bytes[at..<(at + length)], as: UTF8.self).split(separator: "\n").map(String.init)
            at += length
        }
        let scale = try f32()
        let rows = 1 << bucketBits
        let bitmapBytes = (rows + 7) / 8
        try need(bitmapBytes)
        var bitmap = [UInt64](repeating: 0, count: (rows + 63) / 64)
        var rowCount = 0
        for b in 0..<bitmapBytes {
            let byte = bytes[at + b]
            bitmap[b >> 3] |= UInt64(byte) << UInt64(8 * (b & 7))
            rowCount += byte.nonzeroBitCount
        }
        at += bitmapBytes
        try need(rowCount * 2 * T)
        var values = [Int16](repeating: 0, count: rowCount * T)
        for k in values.indices {
            values[k] = Int16(bitPattern: UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
            at += 2
        }
        guard at == bytes.count else { throw FormatError(description: "model file has \(bytes.count - at) trailing bytes") }
        var model = TaggerModel(bucketBits: bucketBits, weights: [], transitions: transitions, start: start,
                                gazetteer: gazetteer, names: nameList, wordStatistics: wordStatistics,
                                characterModel: characterModel)
        model.outsideBias = outsideBias
        model.wordClusters = TaggerWordClusters(keys: clusterKeys, values: clusterValues)
        model.documentMemory = documentMemory
        model.tagConditioned = tagConditioned
        model.quantised = TaggerWeightTable(bucketBits: bucketBits, scale: scale, bitmap: bitmap, values: values)
        model.vocabulary = vocabulary
        return model
    }
}
