import Foundation
import Markdown
import OrgModel
import Templates
import Testing

@testable import ReportModel
@testable import Reports
@testable import Site

/// What a report page shows: the client's route marked `on-path`, the archetype linked to
/// its playbook page, the maturity stages with their states, findings and sections.
@Suite struct ReportRenderTests {
    static let acme = ReportRepository.fixtures.appendingPathComponent("content/reports/acme").path

    static func values(rewriter: (@Sendable (String) -> String?)? = nil) throws -> TemplateValue {
        let report = try ReportLoader.load(bundle: acme).report
        var markdown = MarkdownOptions()
        markdown.linkRewriter = rewriter
        return try ReportRenderer(markdown: markdown).render(report).mustacheValue
    }

    /// `data-id`s of the `<g class="node …">` elements whose class list has `on-path`.
    static func onPathNodes(_ svg: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"<g class="node ([^"]*)" data-id="([^"]*)""#)
        let ns = svg as NSString
        return regex.matches(in: svg, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let classes = ns.substring(with: match.range(at: 1)).split(separator: " ")
            return classes.contains("on-path") ? ns.substring(with: match.range(at: 2)) : nil
        }
    }

    @Test func theClientsRouteIsMarkedOnPath() throws {
        let tree = try #require(Self.values()["tree"]?.text)
        // Root question, the "No" answer's question (explicit id), then the first outcome under it.
        #expect(Self.onPathNodes(tree) == ["q", "archetype", "q.2.1"])
        #expect(tree.contains(#"class="answer on-path" data-to="archetype""#))
        #expect(tree.contains(#"class="answer on-path" data-to="q.2.1""#))
        #expect(!tree.contains(#"class="answer on-path" data-to="q.1""#))
    }

    @Test func onPathNodesAreTheModelsPathNodes() throws {
        let report = try ReportLoader.load(bundle: Self.acme).report
        let tree = try #require(Self.values()["tree"]?.text)
        #expect(Self.onPathNodes(tree) == report.decisionTree.pathNodeIDs)
    }

    @Test(arguments: [
        ("harbourline-mutual", ["q", "organisation-wide", "q.2.1"]),
        ("fernhill-rowe", ["q", "organisation-wide", "q.2.2"]),
    ])
    func sampleReportsMarkTheirRoutes(slug: String, expected: [String]) throws {
        let report = try ReportLoader.load(bundle: ReportRepository.sample(slug)).report
        let tree = try ReportRenderer().render(report).tree
        #expect(Self.onPathNodes(tree) == expected)
    }

    @Test func archetypeLinksThroughTheSitesRewriter() throws {
        let values = try Self.values { destination in
            destination.hasSuffix(".md") ? String(destination.dropLast(3)) + "/" : nil
        }
        let archetype = try #require(values["archetype"])
        #expect(archetype["name"]?.text == "Journey-based organisation")
        #expect(archetype["url"]?.text == "../../archetypes/journeys/")
        #expect(values["tree"]?.text?.contains(#"<a href="../../archetypes/journeys/">"#) == true)
        #expect(values["summary"]?.text?.contains(#"<a href="../../running/maturity/">"#) == true)
        let maturity = try #require(values["maturity"])
        #expect(maturity["url"]?.text == "../../running/maturity/")
    }

    @Test func maturityStagesCarryTheirStateInWords() throws {
        let maturity = try #require(Self.values()["maturity"])
        let stages = try #require(maturity["stages"]?.list)
        #expect(stages.map { $0["state"]?.text } == ["reached", "current", "ahead", "target"])
        #expect(stages.map { $0["marks"]?.text } == ["", "Today", "", "Target"])
        #expect(stages.map { $0["isBetween"]?.bool } == [false, false, true, false])
    }

    @Test func itemsAndSections() throws {
        let values = try Self.values()
        let findings = try #require(values["findings"]?.list)
        #expect(findings.map { $0["priorityLabel"]?.text } == ["High priority"])
        let recommendations = try #require(values["recommendations"]?.list)
        #expect(recommendations.map { $0["hasPriority"]?.bool } == [true, false])
        let sections = try #require(values["sections"]?.list)
        #expect(sections.map { $0["title"]?.text } == ["Notes from the workshop"])
        #expect(sections.first?["html"]?.text?.hasPrefix("<h2") == true)
    }

    @Test func orgCountsSummariseTheDiff() throws {
        let counts = try #require(Self.values()["orgCounts"])
        #expect(counts["before"] == .number(5))
        #expect(counts["after"] == .number(6))
        #expect(counts["moved"] == .number(2))
        #expect(counts["added"] == .number(2))
        #expect(counts["removed"] == .number(1))
        #expect(counts["renamed"] == .number(1))
    }
}
