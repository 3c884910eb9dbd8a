/// A pair of quotation marks found in the text: the offsets of the opening and the closing mark.
///
/// The quoted text is `inner`, without the marks; `outer` includes them.
struct QuoteMarkPair: Sendable, Equatable {
    let open: Int
    let close: Int
    var inner: Span { Span(start: open + 1, end: close) }
    var outer: Span { Span(start: open, end: close + 1) }
}

/// Pairs quotation marks the way Arabic texts actually use them.
///
/// Arabic typists mix styles: “…”, «…», "…", ‘…’, and also ”…” (the closing glyph used as an
/// opener, as keyboards often give it) or “…“. A mark's role is therefore read from its
/// surroundings first (space or a one-letter proclitic such as بـ before it and a letter after it
/// opens; a letter before it and space or punctuation after it closes) and from its glyph only when
/// the surroundings do not tell. Marks of one family pair through a stack, so nesting works;
/// unmatched marks are dropped, quotes never cross a line end, and nesting deeper than `maxDepth`
/// is ignored so that pathological input stays linear in time and in output size.
enum QuoteMarkPairing {
    /// The families that pair with each other: a closing mark only closes an opener of its family.
    enum Family: Int, CaseIterable {
        case curlyDouble, guillemet, straightDouble, curlySingle, singleGuillemet
    }

    /// The family of a quotation-mark scalar, or nil for any other scalar.
    @inline(__always)
    static func family(_ s: Unicode.Scalar) -> Family? {
        switch s.value {
        case 0x201C, 0x201D, 0x201E, 0x201F: return .curlyDouble
        case 0x00AB, 0x00BB: return .guillemet
        case 0x0022: return .straightDouble
        case 0x2018, 0x2019, 0x201A, 0x201B: return .curlySingle
        case 0x2039, 0x203A: return .singleGuillemet
        default: return nil
        }
    }

    /// The role a glyph has when its surroundings are ambiguous; nil for the straight mark.
    @inline(__always)
    static func nominalOpens(_ s: Unicode.Scalar) -> Bool? {
        switch s.value {
        case 0x201C, 0x201E, 0x00AB, 0x2018, 0x201A, 0x2039: return true
        case 0x201D, 0x201F, 0x00BB, 0x2019, 0x201B, 0x203A: return false
        default: return nil
        }
    }

    static func pairs(in s: [Unicode.Scalar], maxDepth: Int = 8) -> [QuoteMarkPair] {
        var result: [QuoteMarkPair] = []
        // Open marks: (offset, family). `openCount` per family makes "is there an opener of this
        // family" O(1), and popping down to it is amortised over the pushes.
        var stack: [(offset: Int, family: Family)] = []
        var openCount = [Int](repeating: 0, count: Family.allCases.count)
        var i = 0
        let candidates = Self.candidateTable  // one static access, not one per stretch
        while i < s.count {
            // Past the letters and spaces between marks and line ends without bounds checks, eight
            // scalars a test: their table entries or-ed, one branch. (A scalar past the table's
            // Arabic block reads its last entry, which sends the eight to the exact test.)
            i = s.withUnsafeBufferPointer { p in
                candidates.withUnsafeBufferPointer { table in
                    let last = UInt32(table.count - 1)
                    @inline(__always) func entry(_ k: Int) -> UInt8 { table[Int(min(p[k].value, last))] }
                    var k = i
                    while k < p.count {
                        if k + 8 <= p.count, entry(k) | entry(k + 1) | entry(k + 2) | entry(k + 3)
                            | entry(k + 4) | entry(k + 5) | entry(k + 6) | entry(k + 7) == 0 {
                            k += 8
                            continue
                        }
                        let end = min(k + 8, p.count)
                        while k < end {
                            let v = p[k].value
                            if v < last ? table[Int(v)] != 0 : mayBeMarkOrLineEnd(p[k]) { return k }
                            k += 1
                        }
                    }
                    return k
                }
            }
            guard i < s.count else { break }
            let c = s[i]
            if isLineEnd(c) {
                stack.removeAll(keepingCapacity: true)
                for f in 0..<openCount.count { openCount[f] = 0 }
                i += 1
                continue
            }
            guard let family = family(c) else { i += 1; continue }
            let opens = role(at: i, in: s, family: family, hasOpen: openCount[family.rawValue] > 0)
            if opens {
                if stack.count < maxDepth {
                    stack.append((i, family))
                    openCount[family.rawValue] += 1
                }
            } else if openCount[family.rawValue] > 0 {
                while let top = stack.popLast() {
                    openCount[top.family.rawValue] -= 1
                    if top.family == family {
                        if hasContent(s, top.offset + 1, i) { result.append(QuoteMarkPair(open: top.offset, close: i)) }
                        break
                    }
                }
            }
            i += 1
        }
        result.sort { $0.open < $1.open }
        return result
    }

    /// Whether the mark at `i` opens a quote (otherwise it closes one).
    static func role(at i: Int, in s: [Unicode.Scalar], family: Family, hasOpen: Bool) -> Bool {
        let before = i == 0 || isBoundary(s[i - 1]) || followsProclitic(i, s)
        let after = i + 1 == s.count || isBoundary(s[i + 1]) || isClosingPunctuation(s[i + 1])
        let canOpen = before && !(i + 1 < s.count && isWhitespace(s[i + 1])) && i + 1 < s.count
        let canClose = !before && after
        if canOpen && !canClose { return true }
        if canClose && !canOpen { return false }
        if let nominal = nominalOpens(s[i]) { return nominal }
        return !hasOpen  // straight marks alternate
    }

    /// Space, line start or an opening bracket before a mark: nothing is being closed here.
    @inline(__always)
    static func isBoundary(_ c: Unicode.Scalar) -> Bool {
        if c.value < UInt32(boundaryTable.count) { return boundaryTable[Int(c.value)] & 3 != 0 }
        if c.properties.isWhitespace { return true }
        switch c.properties.generalCategory {
        case .openPunctuation, .initialPunctuation: return true
        default: return false
        }
    }

    /// Unicode's White_Space, from `boundaryTable` below U+0700.
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.value < UInt32(boundaryTable.count) ? boundaryTable[Int(c.value)] & 1 != 0 : c.properties.isWhitespace
    }

    /// For every scalar below U+0700 (ASCII, Latin, the Arabic block), computed once from its
    /// properties: 1 if it is white space, 2 if it opens (an opening or initial punctuation
    /// mark). Unicode property look-ups around each mark were a third of the pairing's time.
    static let boundaryTable: [UInt8] = (0..<0x700).map { v in
        let p = Unicode.Scalar(UInt32(v))!.properties
        let opens = p.generalCategory == .openPunctuation || p.generalCategory == .initialPunctuation
        return (p.isWhitespace ? 1 : 0) | (opens ? 2 : 0)
    }

    @inline(__always)
    static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x2C, 0x3A, 0x3B, 0x21, 0x3F, 0x29, 0x5D, 0x060C, 0x061B, 0x061F, 0x06D4, 0x2026: return true
        default: return family(c) != nil
        }
    }

    /// A mark glued to a one- or two-letter proclitic (بـ”…, و«…, لـ“…) opens: the clitic governs the quote.
    static func followsProclitic(_ i: Int, _ s: [Unicode.Scalar]) -> Bool {
        var j = i - 1
        while j >= 0, s[j].value == 0x0640 { j -= 1 }  // tatweel
        var letters = 0
        while j >= 0, letters < 3, isProcliticLetter(s[j]) { letters += 1; j -= 1 }
        return letters > 0 && letters <= 2 && (j < 0 || isWhitespace(s[j]) || isBoundary(s[j]))
    }

    @inline(__always)
    static func isProcliticLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0628, 0x0644, 0x0648, 0x0641, 0x0643: return true  // ب ل و ف ك
        default: return false
        }
    }

    /// A cheap test that rules out almost every scalar of a text (letters, digits, spaces) before
    /// the exact ones: quotation marks and line ends are all at or below U+0022 (the space is
    /// neither), U+0085, « », or in U+2018...U+203A. The tests are or-ed as integers, not
    /// short-circuited: letters and spaces alternate, and a branch per test mispredicts at
    /// every space.
    @inline(__always)
    static func mayBeMarkOrLineEnd(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        let hit = (v < 0x20 ? 1 : 0) | (v &- 0x21 < 2 ? 1 : 0) | (v == 0x85 ? 1 : 0) | (v == 0xAB ? 1 : 0)
            | (v == 0xBB ? 1 : 0) | (v &- 0x2018 <= 0x203A - 0x2018 ? 1 : 0)
        return hit != 0
    }

    /// `mayBeMarkOrLineEnd` of every scalar below U+0700 (the letters, digits and spaces of
    /// nearly every text) as 1 or 0: one load per scalar instead of six tests. The entry after
    /// them, 1, stands for every scalar from U+0700 on, to be tested exactly.
    static let candidateTable: [UInt8] = (0..<0x700).map { mayBeMarkOrLineEnd(Unicode.Scalar(UInt32($0))!) ? 1 : 0 } + [1]

    @inline(__always)
    static func isLineEnd(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x0A || c.value == 0x0D || c.value == 0x2029 || c.value == 0x2028 || c.value == 0x85
    }

    /// A quote must hold something other than white space.
    static func hasContent(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            if !isWhitespace(s[k]) { return true }
            k += 1
        }
        return false
    }
}
