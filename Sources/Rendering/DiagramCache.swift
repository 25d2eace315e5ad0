import Diagnostics
import Diagrams
import Foundation
import Layout
import Markdown
import OrgModel
import Typesetting

/// Drawn diagrams kept across builds, keyed by everything that shapes their HTML, so an
/// unchanged diagram is never loaded or laid out twice. Thread-safe: pages render in parallel.
package final class DiagramCache: @unchecked Sendable {
    struct Key: Hashable {
        var kind: String
        var content: String
        var baseDirectory: String
        var pageURL: String
        var idPrefix: String
        var offline: Bool
        var font: DiagramFont? = nil
    }

    struct Entry {
        var html: String
        var warnings: [Diagnostic]
        /// Absolute paths of data files the diagram read (`src:`), to drop it when they change.
        var dependencies: [String]
        /// Links the data writes (decision-tree outcomes), for the link check.
        var links: [LinkReference] = []
        /// What the diagram's charts mark `private:`.
        var privateValues = PrivateValues()
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// False for a cache that remembers nothing.
    private let keepsEntries: Bool

    package init(keepsEntries: Bool = true) { self.keepsEntries = keepsEntries }

    /// For a one-off build: every diagram is drawn once, so keeping them (and hashing
    /// each one's text for its key) would be work for nothing.
    package static let none = DiagramCache(keepsEntries: false)

    func entry(for key: Key) -> Entry? {
        guard keepsEntries else { return nil }
        return lock.withLock { entries[key] }
    }

    func store(_ entry: Entry, for key: Key) {
        guard keepsEntries else { return }
        lock.withLock { entries[key] = entry }
    }

    /// Forgets every diagram that read one of `paths`.
    package func invalidate(dependingOn paths: Set<String>) {
        lock.withLock {
            entries = entries.filter { Set($0.value.dependencies).isDisjoint(with: paths) }
        }
    }

    /// Forgets every diagram that read a data file: a full build cannot know which of
    /// those files changed since they were drawn. Inline diagrams stay (their key is their text).
    package func removeFileBacked() {
        lock.withLock { entries = entries.filter { $0.value.dependencies.isEmpty } }
    }
}
