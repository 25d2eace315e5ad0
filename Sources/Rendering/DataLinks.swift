import Diagnostics
import Foundation
import Markdown
import OrgModel
import SiteFiles

/// Links that come from data rather than Markdown — decision-tree outcomes, a report's
/// maturity page — as `LinkReference`s, so the one link check covers them too.
package enum DataLinks {
    /// The outcome links of the decision trees in `document`, each at the place it was
    /// written, else at `fallback` (the fence or file that holds the data).
    static func references(in document: OrgDocument, fallback: SourceLocation) -> [LinkReference] {
        guard case .decisionTree(let tree) = document else { return [] }
        return references(in: tree, fallback: fallback)
    }

    package static func references(in tree: DecisionTree, fallback: SourceLocation) -> [LinkReference] {
        tree.outcomeLinks.map { reference($0.link, at: $0.location ?? fallback) }
    }

    package static func reference(_ destination: String, at location: SourceLocation) -> LinkReference {
        // A report reads its tree file by absolute path; print it like every other path.
        var location = location
        if location.path.hasPrefix("/") { location.path = SourceFile.displayPath(for: URL(fileURLWithPath: location.path)) }
        return LinkReference(destination: destination, rewritten: nil, isImage: false, location: location)
    }
}
