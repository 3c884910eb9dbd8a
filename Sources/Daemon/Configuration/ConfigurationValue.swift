/// Parsers for the value syntaxes the configuration uses: durations (`500ms`, `2s`, `1m`, `1h`;
/// a bare number is seconds), sizes (`64K`, `16M`, `1G`; a bare number is bytes), counts and words.
enum ConfigurationValue {
    static func duration(_ text: String, key: String) throws -> Duration {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("min", 60), ("m", 60), ("h", 3600)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            if let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), n >= 0 {
                return .milliseconds(Int64((n * factor * 1000).rounded()))
            }
        }
        if let n = Double(t), n >= 0 { return .milliseconds(Int64((n * 1000).rounded())) }
        throw ConfigurationError("\(key): \"\(text)\" is not a duration (examples: 500ms, 2s, 1m)")
    }

    static func size(_ text: String, key: String) throws -> Int {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30)]
        for (suffix, factor) in units where t.hasSuffix(suffix) || t.hasSuffix(suffix + "B") || t.hasSuffix(suffix + "IB") {
            let digits = t.prefix(while: { $0.isNumber })
            if let n = Int(digits), n > 0 { return n * factor }
        }
        if let n = Int(t), n > 0 { return n }
        throw ConfigurationError("\(key): \"\(text)\" is not a size (examples: 65536, 64K, 16M)")
    }

    static func count(_ text: String, key: String, minimum: Int = 0) throws -> Int {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= minimum else {
            throw ConfigurationError("\(key): \"\(text)\" is not a whole number >= \(minimum)")
        }
        return n
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ text: String, key: String, as: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigurationError("\(key): \"\(text)\" is not one of \(allowed)")
        }
        return value
    }

    static func path(_ text: String, key: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw ConfigurationError("\(key): the path is empty") }
        var p = t
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}

import Foundation
