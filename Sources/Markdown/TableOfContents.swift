/// A page's headings nested by level: each entry holds the deeper headings that follow it
/// until the next heading of its level or higher. Build it from `RenderedMarkdown.headings`.
public struct TableOfContents: Sendable, Hashable {
    /// One heading and the headings nested under it.
    public struct Entry: Sendable, Hashable {
        public var heading: Heading
        public var children: [Entry]

        public init(heading: Heading, children: [Entry] = []) {
            self.heading = heading
            self.children = children
        }
    }

    public var entries: [Entry]

    /// Nests `headings` (document order), keeping only levels in `levels`
    /// (e.g. `2...3` to leave out the page title).
    public init(headings: [Heading], levels: ClosedRange<Int> = 1...6) {
        let kept = headings.filter { levels.contains($0.level) }
        entries = Self.nest(kept[...])
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// A heading owns the run of deeper headings after it.
    private static func nest(_ headings: ArraySlice<Heading>) -> [Entry] {
        var entries: [Entry] = []
        var index = headings.startIndex
        while index < headings.endIndex {
            let heading = headings[index]
            var end = index + 1
            while end < headings.endIndex, headings[end].level > heading.level { end += 1 }
            entries.append(Entry(heading: heading, children: nest(headings[(index + 1)..<end])))
            index = end
        }
        return entries
    }

    /// Nested `<ul>` lists of links to the headings' anchors (text escaped).
    public var html: String {
        guard !entries.isEmpty else { return "" }
        var output = HTMLOutput()
        Self.write(entries, into: &output)
        return output.string
    }

    private static func write(_ entries: [Entry], into output: inout HTMLOutput) {
        output.append("<ul>\n")
        for entry in entries {
            output.append("<li><a href=\"#")
            output.appendEscapedHref(entry.heading.id)
            output.append("\">")
            output.appendEscaped(entry.heading.text)
            output.append("</a>")
            if !entry.children.isEmpty {
                output.append("\n")
                write(entry.children, into: &output)
            }
            output.append("</li>\n")
        }
        output.append("</ul>\n")
    }
}
