/// Names that are never articles: dot-files, files still being written by common tools, and
/// desktop litter. They are left in the inbox untouched.
enum IgnoreRules {
    private static let suffixes = [".part", ".partial", ".tmp", ".temp", "~", ".crdownload", ".download",
                                   ".swp", ".swo", ".swx", ".filepart", ".!qb", ".opdownload"]
    private static let exactNames: Set<String> = ["thumbs.db", "desktop.ini", "ehthumbs.db", ".ds_store", "icon\r", "$recycle.bin"]

    /// Why the name is ignored, or nil when it may be an article.
    static func reason(for name: FileName) -> String? {
        if name.isDotFile { return "dot_file" }
        let lower = name.description.lowercased()
        if exactNames.contains(lower) { return "system_file" }
        if lower.hasPrefix("~$") || lower.hasPrefix("#") && lower.hasSuffix("#") { return "temporary_name" }
        if suffixes.contains(where: { lower.hasSuffix($0) }) { return "temporary_name" }
        return nil
    }
}
