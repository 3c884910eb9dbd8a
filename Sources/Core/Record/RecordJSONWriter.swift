/// Writes an `ArticleRecord` as one line of JSON straight into a byte buffer.
///
/// Foundation's JSONEncoder builds a tree of boxed values and sorts every object's keys on every
/// call (about 160 µs for a sample record); this writer emits the same document in one pass, keys
/// already in sorted order, so encoding costs little more than copying the text.
///
/// The output contract (what `RecordEncoder` promises and the tests check):
/// - every object's keys in ascending byte order, the JSON names of the record's `CodingKeys`;
/// - nil optionals are left out (as JSONEncoder's synthesised `encodeIfPresent` does);
/// - strings: `"` and `\` escaped, control characters U+0000...U+001F as `\b \f \n \r \t` or
///   `\u00XX`, everything else (slashes, non-ASCII) written as is, in UTF-8;
/// - integers in decimal; doubles in Swift's shortest round-tripping form, integral values
///   without a fraction (`3`, not `3.0`), non-finite values (which no layer produces) as `null`.
///
/// When a field is added to the record, add it here under its JSON name, in sorted position.
struct RecordJSONWriter {
    let bytes: JSONOutputBuffer

    init(capacity: Int) {
        bytes = JSONOutputBuffer(capacity: capacity)
    }

    // MARK: The record's types, keys in sorted order

    mutating func write(_ r: ArticleRecord) {
        beginObject()
        key("amounts"); writeArray(r.amounts) { $0.write($1) }
        key("authors"); writeArray(r.authors) { $0.write($1) }
        key("country_adjectives"); writeArray(r.countryAdjectives) { $0.write($1) }
        key("counts"); write(r.counts)
        key("dates"); writeArray(r.dates) { $0.write($1) }
        key("entities"); writeArray(r.entities) { $0.write($1) }
        key("fingerprints"); write(r.fingerprints)
        if let genre = r.genre { key("genre"); write(genre) }
        key("language"); write(r.language)
        key("paragraphs"); writeArray(r.paragraphs) { $0.write($1) }
        key("quotes"); writeArray(r.quotes) { $0.write($1) }
        key("reading_time"); write(r.readingTime)
        if let reference = r.referenceDate { key("reference_date"); write(reference) }
        key("schema_version"); write(r.schemaVersion)
        key("sentences"); writeArray(r.sentences) { $0.write($1) }
        key("source"); write(r.source)
        key("statements"); writeArray(r.statements) { $0.write($1) }
        key("text"); write(r.text)
        if let title = r.title { key("title"); write(title) }
        endObject()
    }

    mutating func write(_ s: SourceInfo) {
        beginObject()
        key("bom"); write(s.bom)
        key("bytes"); write(s.bytes)
        key("encoding"); write(s.encoding)
        key("line_endings"); write(s.lineEndings)
        if let name = s.name { key("name"); write(name) }
        key("sha256"); write(s.sha256)
        endObject()
    }

    mutating func write(_ s: Span) {
        beginObject()
        key("end"); write(s.end)
        key("start"); write(s.start)
        endObject()
    }

    mutating func write(_ s: TextSpan) {
        beginObject()
        key("end"); write(s.end)
        key("start"); write(s.start)
        key("text"); write(s.text)
        endObject()
    }

    mutating func write(_ f: Fingerprints) {
        beginObject()
        key("sha256_input"); write(f.sha256Input)
        key("sha256_normalized"); write(f.sha256Normalized)
        key("simhash64"); write(f.simhash64)
        endObject()
    }

    mutating func write(_ l: LanguageGuess) {
        beginObject()
        key("arabic_script_share"); write(l.arabicScriptShare)
        key("code"); write(l.code)
        key("confidence"); write(l.confidence)
        endObject()
    }

    mutating func write(_ a: Author) {
        beginObject()
        if let cue = a.cue { key("cue"); write(cue) }
        key("end"); write(a.end)
        key("name"); write(a.name)
        key("role"); write(a.role)
        key("start"); write(a.start)
        endObject()
    }

    mutating func write(_ g: GenreHint) {
        beginObject()
        key("evidence"); writeArray(g.evidence) { $0.write($1) }
        key("value"); write(g.value)
        endObject()
    }

    mutating func write(_ c: Counts) {
        beginObject()
        key("characters"); write(c.characters)
        key("paragraphs"); write(c.paragraphs)
        key("sentences"); write(c.sentences)
        key("words"); write(c.words)
        endObject()
    }

    mutating func write(_ t: ReadingTime) {
        beginObject()
        key("minutes"); write(t.minutes)
        key("words_per_minute"); write(t.wordsPerMinute)
        endObject()
    }

    mutating func write(_ d: ReferenceDate) {
        beginObject()
        key("source"); write(d.source)
        key("value"); write(d.value)
        endObject()
    }

    mutating func write(_ e: Entity) {
        beginObject()
        key("canonical"); write(e.canonical)
        if let code = e.countryCode { key("country_code"); write(code) }
        if let english = e.english { key("english"); write(english) }
        key("id"); write(e.id)
        key("mentions"); writeArray(e.mentions) { $0.write($1) }
        key("roles"); writeArray(e.roles) { $0.write($1) }
        key("sources"); writeArray(e.sources) { $0.write($1) }
        key("type"); write(e.type)
        endObject()
    }

    mutating func write(_ c: CountryAdjective) {
        beginObject()
        key("country_code"); write(c.countryCode)
        key("end"); write(c.end)
        if let entity = c.entity { key("entity"); write(entity) }
        key("start"); write(c.start)
        key("text"); write(c.text)
        endObject()
    }

    mutating func write(_ d: DateMention) {
        beginObject()
        key("calendar"); write(d.calendar)
        key("end"); write(d.end)
        if let gregorian = d.gregorian { key("gregorian"); write(gregorian) }
        if let system = d.monthSystem { key("month_system"); write(system) }
        if let region = d.regionHint { key("region_hint"); write(region) }
        if let relative = d.relative { key("relative"); write(relative) }
        key("resolution"); write(d.resolution)
        key("resolved"); write(d.resolved)
        key("start"); write(d.start)
        key("text"); write(d.text)
        if let value = d.value { key("value"); write(value) }
        endObject()
    }

    mutating func write(_ s: Speaker) {
        beginObject()
        if let entity = s.entity { key("entity"); write(entity) }
        if let mention = s.mention { key("mention"); write(mention) }
        key("name"); write(s.name)
        endObject()
    }

    mutating func write(_ q: Quote) {
        beginObject()
        if let cue = q.cue { key("cue"); write(cue) }
        key("end"); write(q.end)
        key("kind"); write(q.kind)
        if let speaker = q.speaker { key("speaker"); write(speaker) }
        key("start"); write(q.start)
        key("text"); write(q.text)
        endObject()
    }

    mutating func write(_ s: Statement) {
        beginObject()
        key("content"); write(s.content)
        key("cue"); write(s.cue)
        key("speaker"); write(s.speaker)
        endObject()
    }

    mutating func write(_ a: Amount) {
        beginObject()
        key("end"); write(a.end)
        key("kind"); write(a.kind)
        if let of = a.of { key("of"); write(of) }
        key("start"); write(a.start)
        key("text"); write(a.text)
        if let unit = a.unit { key("unit"); write(unit) }
        key("value"); write(a.value)
        endObject()
    }

    // MARK: JSON values

    /// Whether the next key needs a comma before it: false right after `{`, true after a value.
    private var afterValue = false

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        afterValue = false
    }

    /// `name` must be plain ASCII needing no escapes (every CodingKey is).
    mutating func key(_ name: StaticString) {
        bytes.appendKey(name, comma: afterValue)
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        afterValue = true
    }

    mutating func writeArray<Element>(_ elements: [Element], _ writeElement: (inout RecordJSONWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (i, element) in elements.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            writeElement(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
        afterValue = true
    }

    mutating func write(_ value: Bool) {
        afterValue = true
        if value {
            bytes.append("true")
        } else {
            bytes.append("false")
        }
    }

    mutating func write(_ value: Int) {
        afterValue = true
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        // Up to 20 decimal digits, written backwards into a small stack buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = 20
            repeat {
                n -= 1
                digits[n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(UnsafeBufferPointer(rebasing: digits[n..<20]))
        }
    }

    mutating func write(_ value: Double) {
        afterValue = true
        guard value.isFinite else {
            bytes.append("null")
            return
        }
        // Integral values below 2^53 are exact as Int: write them without ".0", as JSONEncoder does.
        if value == value.rounded(.towardZero), value.magnitude < 9_007_199_254_740_992 {
            write(Int(value))
        } else {
            var shortest = value.description  // shortest form that reads back exactly
            shortest.withUTF8 { bytes.append($0) }
        }
    }

    mutating func write(_ string: String) {
        afterValue = true
        bytes.append(UInt8(ascii: "\""))
        var s = string
        s.withUTF8 { utf8 in
            // Copy runs of bytes that need no escape in one go; eight bytes without one are
            // skipped at a time (see `holdsByteToEscape`).
            var runStart = 0, i = 0
            while i < utf8.count {
                if i + 8 <= utf8.count,
                   !Self.holdsByteToEscape(UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = utf8[i]
                i += 1
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                if runStart < i - 1 { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<(i - 1)])) }
                appendEscape(b)
                runStart = i
            }
            if runStart < utf8.count { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether eight string bytes hold one that needs an escape: a control byte (below 0x20), a
    /// quotation mark or a backslash. The borrow tests of "Bit Twiddling Hacks": (w - n per byte)
    /// & ~w has a byte's high bit set iff some byte is below n (exact for whether one exists); a
    /// byte equal to c is a zero byte of w ^ c per byte.
    @inline(__always)
    static func holdsByteToEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highBits }
        let control = (w &- 0x20 &* ones) & ~w & highBits
        return control | hasZeroByte(w ^ (UInt64(UInt8(ascii: "\"")) &* ones))
            | hasZeroByte(w ^ (UInt64(UInt8(ascii: "\\")) &* ones)) != 0
    }

    private mutating func appendEscape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append("u00")
            bytes.append(hex[Int(b >> 4)])
            bytes.append(hex[Int(b & 0xF)])
        }
    }
}
