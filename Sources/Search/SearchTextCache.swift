import Foundation

/// The searchable text of each page, kept across rebuilds: after one page is edited, only
/// its HTML is scanned again. An entry is used only while the page's content HTML is the
/// same string it was extracted from. Thread-safe: pages are scanned in parallel.
public final class SearchTextCache: @unchecked Sendable {
    private struct Entry {
        var html: String
        var extracted: SearchTextExtractor.Extracted
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init() {}

    /// The text of `html`, the content of the page at `sourcePath`.
    public func extracted(for sourcePath: String, html: String) -> SearchTextExtractor.Extracted {
        // Equal strings that share storage compare in constant time, the common case.
        if let entry = lock.withLock({ entries[sourcePath] }), entry.html == html { return entry.extracted }
        let extracted = SearchTextExtractor.extract(html: html)
        lock.withLock { entries[sourcePath] = Entry(html: html, extracted: extracted) }
        return extracted
    }

    /// Forgets pages that are no longer in the site.
    public func keepOnly(_ sourcePaths: Set<String>) {
        lock.withLock { entries = entries.filter { sourcePaths.contains($0.key) } }
    }
}
