import Diagnostics
import OrgModel

/// A finding or a recommendation: a title, a Markdown detail and an optional priority.
public struct ReportItem: Sendable, Hashable {
    public enum Priority: String, Sendable, Hashable, CaseIterable {
        case high, medium, low
    }

    public var title: String
    /// Markdown.
    public var detail: String
    public var priority: Priority?
    public var location: SourceLocation?

    public init(title: String, detail: String, priority: Priority? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.detail = detail
        self.priority = priority
        self.location = location
    }
}
