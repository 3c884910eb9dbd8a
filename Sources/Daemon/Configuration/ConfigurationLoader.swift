import Foundation

/// Where `articled run` gets its configuration: defaults, then the file, then flag overrides.
/// Kept so SIGHUP can read exactly the same sources again.
struct ConfigurationLoader: Sendable {
    static let defaultPath = "/etc/articled/articled.conf"

    /// The file to read: `--config`, else `$ARTICLED_CONFIG`, else the default path if it exists.
    let path: String?
    /// Whether the file must exist (it was named explicitly).
    let required: Bool
    /// `section.key` overrides from the command line, applied last.
    let overrides: [(key: String, value: String)]

    init(explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
         overrides: [(key: String, value: String)]) {
        if let explicitPath {
            path = explicitPath; required = true
        } else if let fromEnvironment = environment["ARTICLED_CONFIG"], !fromEnvironment.isEmpty {
            path = fromEnvironment; required = true
        } else {
            path = ConfigurationLoader.defaultPath; required = false
        }
        self.overrides = overrides
    }

    func load() throws -> DaemonConfiguration {
        var configuration = DaemonConfiguration()
        if let path, required || FileManager.default.fileExists(atPath: path) {
            try configuration.apply(ConfigurationFile(path: path), origin: path)
        }
        for (key, value) in overrides {
            do { try configuration.set(key, value) } catch let error as ConfigurationError {
                throw ConfigurationError("command line: \(error.description)")
            }
        }
        return configuration
    }
}
