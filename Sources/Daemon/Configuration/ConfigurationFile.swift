import Foundation

/// The configuration file's syntax: systemd-style INI. `[section]` headers, `key = value` lines,
/// `#` or `;` comments on their own line, blank lines. Keys are addressed as `section.key`.
struct ConfigurationFile {
    /// The settings in file order, as (`section.key`, value, line number).
    let settings: [(key: String, value: String, line: Int)]

    init(path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError("cannot read the configuration file \(path): \(error.localizedDescription)")
        }
        try self.init(text: text, origin: path)
    }

    init(text: String, origin: String) throws {
        var section: String?
        var settings: [(key: String, value: String, line: Int)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ConfigurationError("\(origin):\(number): malformed section header \(line)")
                }
                section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces).lowercased()
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigurationError("\(origin):\(number): expected `key = value`, found \(line)")
            }
            guard let section else {
                throw ConfigurationError("\(origin):\(number): key outside any [section]")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            settings.append(("\(section).\(key)", value, number))
        }
        self.settings = settings
    }
}
