import Foundation

/// The trained Arabic entity tagger: BIO tags for words, and name spans for a text's tokens.
///
/// Immutable after loading, so one instance is shared by every thread (`bundled` is loaded once,
/// on first use, from the model file shipped as a resource of ArticleCore). Tags come from the
/// pre-summed path (`PresummedTagger`); `model.tagIndices` is training's path, the reference.
public final class EntityTagger: NameTagger, Sendable {
    public let model: TaggerModel
    let presummed: PresummedTagger

    public init(model: TaggerModel) {
        self.model = model
        self.presummed = PresummedTagger(model: model)
    }

    /// The model file's name among ArticleCore's resources.
    public static let resourceName = "EntityTagger.model"

    /// The committed model (Sources/Core/Resources/EntityTagger.model), loaded once.
    public static let bundled: EntityTagger = {
        guard let url = Bundle.module.url(forResource: resourceName, withExtension: nil),
              let data = try? Data(contentsOf: url) else {
            fatalError("ArticleCore's resource \(resourceName) is missing: the build is incomplete")
        }
        do {
            return EntityTagger(model: try TaggerModelFile.decode(Array(data)))
        } catch {
            fatalError("ArticleCore's resource \(resourceName) is unreadable: \(error)")
        }
    }()

    /// BIO tags (B-PERS, I-LOC, O, ...) for the words of one sentence, as they stand.
    public func tag(_ words: [String]) -> [String] {
        tagIndices(TaggerSentenceKeys(words: words)).map { EntityTagSet.tags[$0] }
    }

    /// BIO tags for the sentences of one text, in order (the second pass sees the sentences around).
    public func tag(document sentences: [[String]]) -> [[String]] {
        tagIndices(document: sentences.map { TaggerSentenceKeys(words: $0) }).map { $0.map { EntityTagSet.tags[$0] } }
    }

    /// Tag indices (`EntityTagSet`) for one sentence's word keys.
    public func tagIndices(_ keys: TaggerSentenceKeys) -> [Int] {
        tagIndices(document: [keys])[0]
    }

    /// Tag indices for the sentences of one text, in order.
    public func tagIndices(document: [TaggerSentenceKeys]) -> [[Int]] {
        let tags = presummed.tag(document: document).tags
        var start = 0
        return document.map { keys in defer { start += keys.count }; return Array(tags[start..<(start + keys.count)]) }
    }

    /// Sentence-final punctuation (. ! ? ؟ …) by key hash: the text is tagged sentence by
    /// sentence, as the corpus is.
    private static let sentenceEnds: Set<UInt64> = Set([".", "!", "?", "\u{061F}", "\u{2026}"].map { KeyHash.of(key: $0) })
    /// Longer stretches without a sentence end are cut here (the model never saw longer ones).
    private static let maxSentence = 250

    /// Names in the tokens of one text (`Tokenizer.tokenize`), with spans in the original text.
    /// A proclitic (و ف ب ل ك) on a name's first word is left outside the span when the word
    /// without it is in the gazetteer or the name list, or carries the article.
    public func names(in tokens: [Token]) -> [TaggedName] {
        // Fields are read through the buffer: copying a `Token` retains its key scalars' storage.
        tokens.withUnsafeBufferPointer { tokens in
            // Sentences first (the second pass looks across them), then the names of each.
            var ends: [Int] = []
            var sentenceStart = 0
            while sentenceStart < tokens.count {
                var end = sentenceStart
                while end < tokens.count, end - sentenceStart < Self.maxSentence {
                    end += 1
                    if tokens[end - 1].kind == .punctuation, tokens[end - 1].span.length == 1,
                       Self.sentenceEnds.contains(tokens[end - 1].keyHash) { break }
                }
                ends.append(end)
                sentenceStart = end
            }
            let tags = presummed.tag(count: tokens.count, sentenceEnds: ends, keyHash: { tokens[$0].keyHash },
                                     scalars: { i, buffer in
                                         // One copy: a `Unicode.Scalar` is its UInt32 value.
                                         tokens[i].keyScalars.withUnsafeBufferPointer { key in
                                             key.withMemoryRebound(to: UInt32.self) { buffer.append(contentsOf: $0) }
                                         }
                                     }).tags
            var result: [TaggedName] = []
            var i = 0
            while i < tags.count {
                guard EntityTagSet.isBegin(tags[i]) else { i += 1; continue }
                // (An I- never starts a sentence, so a name never crosses a sentence end.)
                var j = i + 1
                while j < tags.count, EntityTagSet.isInside(tags[j]) { j += 1 }
                let strip = procliticLength(tokens.baseAddress! + i)
                result.append(TaggedName(span: Span(start: tokens[i].span.start + strip, end: tokens[j - 1].span.end),
                                         type: EntityTagSet.types[EntityTagSet.typeIndex(tags[i])],
                                         tokenRange: i..<j))
                i = j
            }
            return result
        }
    }

    /// How many original scalars of a name's first token are proclitics to leave outside.
    private func procliticLength(_ token: UnsafePointer<Token>) -> Int {
        // Key offsets equal original offsets only when folding removed nothing (no diacritics).
        let count = token.pointee.keyRange.count
        guard count == token.pointee.span.length, count > 0 else { return 0 }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { buffer in
            var k = 0
            for s in token.pointee.keyScalars where k < count { buffer[k] = s.value; k += 1 }
            let s = UnsafeBufferPointer(rebasing: buffer[0..<k])
            let (length, restored) = Proclitics.longestStrip(s, from: 0, to: s.count)
            if length == 0 { return 0 }
            if restored { return length }
            let rest = s.count - length
            if rest > 3, s[length] == 0x0627, s[length + 1] == 0x0644 { return length }
            let stem = FeatureHash.hash(s, from: length, to: s.count)
            return model.gazetteer.lookup(stem) != 0 || model.names.lookup(stem) != 0 ? length : 0
        }
    }
}
