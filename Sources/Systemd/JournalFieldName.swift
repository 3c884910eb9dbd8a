/// A valid journal field name, made from an arbitrary metadata key.
///
/// journald accepts only upper-case A-Z, 0-9 and `_`, not starting with a digit or `_` (a leading `_`
/// marks fields the journal itself vouches for), at most 64 characters. Anything else is dropped by
/// journald, so keys are sanitised here: ASCII letters are upper-cased, digits kept, every other
/// character (dots, dashes, spaces, non-ASCII) becomes `_`, runs of `_` collapse into one, and the
/// result is cut to 64 characters. The prefix keeps application fields apart from the journal's own
/// (`MESSAGE`, `PRIORITY`, …) and guarantees a valid first character.
public struct JournalFieldName: Hashable, Sendable, CustomStringConvertible {
    /// The longest field name journald accepts.
    public static let maximumLength = 64

    /// The sanitised name, e.g. `ARTICLED_INPUT_SHA256`.
    public let rawValue: String

    public var description: String { rawValue }

    /// The field name for `key` under `prefix` (itself sanitised the same way).
    ///
    /// A key that sanitises to nothing (say, only punctuation) becomes `<prefix>FIELD`. With an empty
    /// prefix, a name that would start with a digit gets a leading `X`.
    public init(key: String, prefix: String) {
        let cleanPrefix = Self.sanitise(prefix, keepingTrailingUnderscore: true)
        var body = Self.sanitise(key, keepingTrailingUnderscore: false)
        if body.isEmpty { body = "FIELD" }
        var name = cleanPrefix + body
        if let first = name.unicodeScalars.first, ("0"..."9").contains(first) { name = "X" + name }
        rawValue = String(name.prefix(Self.maximumLength))
    }

    /// A name that is already known to be valid, such as `MESSAGE_ID`.
    public init?(validated name: String) {
        guard Self.isValid(name) else { return nil }
        rawValue = name
    }

    /// Whether journald accepts `name` as a field name a client may set.
    public static func isValid(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, scalars.count <= maximumLength else { return false }
        guard ("A"..."Z").contains(first) else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static func sanitise(_ text: String, keepingTrailingUnderscore: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar {
            case "A"..."Z", "0"..."9": mapped = scalar
            case "a"..."z": mapped = Unicode.Scalar(scalar.value - 0x20)!
            default: mapped = "_"
            }
            if mapped == "_" && (out.isEmpty || out.last == "_") { continue }
            out.append(mapped)
        }
        if !keepingTrailingUnderscore, out.last == "_" { out.removeLast() }
        return String(out)
    }
}
