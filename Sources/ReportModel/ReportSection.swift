import OrgModel

/// An extra Markdown section of a report, read from a file in the bundle.
public struct ReportSection: Sendable, Hashable {
    /// The file, resolved against the report's folder.
    public var path: String
    /// The Markdown text.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of the first level-1 or level-2 ATX heading, else the file name without
    /// its extension: what a table of contents shows for the section.
    public var title: String {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            for marker in ["# ", "## "] where line.hasPrefix(marker) {
                return String(line.dropFirst(marker.count)).trimmingWhitespace
            }
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
