import Diagnostics
import Diagrams
import Foundation
import Layout
import Markdown
import OrgData
import OrgModel
import Parallel
import Typesetting

/// Draws the diagram fences of one page (`orgchart`, `org-diff`, `decision-tree`,
/// `ownership-matrix`). One instance per page render: it numbers the page's diagrams for
/// unique SVG ids and collects their warnings and the data files they read.
package final class DiagramFenceRenderer: FenceRenderer, @unchecked Sendable {
    private let cache: DiagramCache
    private let cancellation: BuildCancellation
    private let baseDirectory: String
    private let pageURL: String
    private let offline: Bool
    private let linkRewriter: @Sendable (String) -> String?
    private let lock = NSLock()
    private var count = 0
    package private(set) var warnings: [Diagnostic] = []
    package private(set) var dependencies: Set<String> = []
    /// The links the page's diagrams write (decision-tree outcomes), relative to the page.
    package private(set) var links: [LinkReference] = []
    /// The brand's `.ttf`, when it names one: labels are measured in it and the SVG names it.
    package var font: DiagramFont?
    /// What the page's charts mark `private:`.
    package private(set) var privateValues = PrivateValues()

    package init(
        cache: DiagramCache, cancellation: BuildCancellation = BuildCancellation(), baseDirectory: String, pageURL: String,
        offline: Bool, linkRewriter: @escaping @Sendable (String) -> String?
    ) {
        self.cache = cache
        self.cancellation = cancellation
        self.baseDirectory = baseDirectory
        self.pageURL = pageURL
        self.offline = offline
        self.linkRewriter = linkRewriter
    }

    /// The fence kinds this renderer draws, for `MarkdownOptions.fenceRenderers`.
    package var registrations: [String: any FenceRenderer] {
        Dictionary(uniqueKeysWithValues: OrgDocumentKind.allCases.map { ($0.rawValue, self as any FenceRenderer) })
    }

    package func render(_ block: FencedBlock) throws -> String {
        guard let kind = OrgDocumentKind(rawValue: block.kind) else {
            throw Diagnostic.error(at: block.contentLocation, "unknown diagram kind `\(block.kind)`")
        }
        let step = try cancellation.begin("drawing the \(block.kind) at \(block.contentLocation)")
        defer { cancellation.end(step) }
        let idPrefix = lock.withLock {
            count += 1
            return "d\(count)"
        }
        let key = DiagramCache.Key(
            kind: block.kind, content: block.content, baseDirectory: baseDirectory,
            pageURL: pageURL, idPrefix: idPrefix, offline: offline, font: font)
        let entry: DiagramCache.Entry
        if let cached = cache.entry(for: key) {
            entry = cached
        } else {
            let loaded = try OrgDataLoader.load(
                block.content, kind: kind, location: block.contentLocation,
                baseDirectory: baseDirectory)
            var options = DiagramOptions()
            options.idPrefix = idPrefix
            options.linkRewriter = linkRewriter
            // The HTML is written when read: inside the binding, like the layout.
            let html = TextMetrics.$font.withValue(font) { DiagramRenderer.render(loaded.document, options: options).html }
            let dependencies = loaded.dependencies.map {
                URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: baseDirectory + "/")).standardizedFileURL.path
            }
            entry = DiagramCache.Entry(
                html: html, warnings: loaded.warnings.map { $0.asWarning }, dependencies: dependencies,
                links: DataLinks.references(in: loaded.document, fallback: block.contentLocation),
                privateValues: loaded.document.privateValues)
            cache.store(entry, for: key)
        }
        lock.withLock {
            warnings += entry.warnings
            dependencies.formUnion(entry.dependencies)
            links += entry.links
            privateValues.formUnion(entry.privateValues)
        }
        return entry.html
    }
}

extension Diagnostic {
    /// The same problem reported as a warning (data warnings never stop a build).
    var asWarning: Diagnostic {
        var copy = self
        copy.severity = .warning
        return copy
    }
}

extension DiagramFenceRenderer {
    /// A warning for each fence whose kind looks like a misspelt diagram kind
    /// (`org-chart`, `Orgchart`, `decision_tree`): such a block silently renders as code.
    package static func misspeltKinds(_ fences: [FenceKindUse]) -> [Diagnostic] {
        fences.compactMap { fence in
            let intended = kindBySqueezedName[squeezed(fence.kind)] ?? NameSuggestion.closest(to: fence.kind, in: kinds)
            guard let intended, intended != fence.kind else { return nil }
            return .warning(
                at: fence.location, "`\(fence.kind)` is not a diagram kind, so this block is shown as code",
                hint: "did you mean `\(intended)`? diagram kinds are \(kinds.map { "`\($0)`" }.joined(separator: ", "))")
        }
    }

    private static let kinds = OrgDocumentKind.allCases.map(\.rawValue)
    /// Each diagram kind by its name without case, `-`, `_` or spaces: `Org_Chart` means `orgchart`.
    private static let kindBySqueezedName = Dictionary(uniqueKeysWithValues: kinds.map { (squeezed($0), $0) })
    private static func squeezed(_ text: String) -> String { text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " } }
}
