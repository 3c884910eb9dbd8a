import ArgumentParser

/// The `articled` command line: the daemon and its one-shot tools.
struct ArticledCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "articled",
        abstract: "Turn article files dropped into an inbox folder into structured JSON records.",
        version: version,
        subcommands: [RunCommand.self, ExtractCommand.self, TaggerCommand.self]
    )
}
