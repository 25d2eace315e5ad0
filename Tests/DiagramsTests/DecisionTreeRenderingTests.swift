import Foundation
import OrgModel
import Testing

@testable import Diagrams
@testable import Layout

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct DecisionTreeRenderingTests {
    static func render(_ tree: DecisionTree = Samples.decisionTree) throws -> XMLDocument {
        var options = DiagramOptions()
        options.linkRewriter = { "../" + $0.replacingOccurrences(of: ".md", with: "/") }
        return try XMLCheck.parse(DiagramRenderer.render(.decisionTree(tree), options: options).svg)
    }

    @Test func thePathIsMarkedOnNodesAndEdgesWithANonColourCue() throws {
        let doc = try Self.render()
        let onPath = try XMLCheck.nodes(doc, "//*[contains(concat(' ', @class, ' '), ' on-path ')]")
        let nodeIDs = onPath.filter { XMLCheck.classes($0).contains("node") }.compactMap { XMLCheck.attr($0, "data-id") }
        #expect(nodeIDs == ["q", "q.1", "q.1.2"])
        let edges = onPath.filter { XMLCheck.classes($0).contains("edge") }.compactMap { XMLCheck.attr($0, "data-to") }
        #expect(edges == ["q.1", "q.1.2"])
        // Answers on the path carry a check mark and bold type, not just a colour.
        let answers = onPath.filter { XMLCheck.classes($0).contains("answer") }
        let answerTexts = try answers.map {
            try XMLCheck.nodes($0, ".//*[local-name()='text']").map { $0.stringValue ?? "" }.joined(separator: " ")
        }
        #expect(answerTexts == ["✓ Yes", "✓ Journey redesign at scale"])
        let texts = try XMLCheck.nodes(doc, "//*[contains(@class, 'answer on-path')]//*[local-name()='text']")
        #expect(!texts.isEmpty && texts.allSatisfy { XMLCheck.attr($0, "font-weight") == "bold" })
        let result = try XMLCheck.nodes(doc, "//*[@data-id='q.1.2']//*[local-name()='text']").map { $0.stringValue ?? "" }
        #expect(result.contains("✓ RESULT"))
        let off = try #require(try XMLCheck.nodes(doc, "//*[@data-id='q.2']").first)
        #expect(!XMLCheck.classes(off).contains("on-path"))
    }

    @Test func answersAreEdgeLabelsAndOutcomesLinkToRewrittenPages() throws {
        let doc = try Self.render()
        let answers = try XMLCheck.nodes(doc, "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' answer ')]").map {
            XMLCheck.attr($0, "data-to") ?? ""
        }
        #expect(answers == ["q.1", "q.1.1", "q.1.2", "q.2"])
        let links = try XMLCheck.nodes(doc, "//*[local-name()='a']").map { XMLCheck.attr($0, "href") ?? "" }
        #expect(links == ["../centre-of-excellence/", "../cx-factory/", "../enabling-customer-centricity/"])
        let outcome = try #require(try XMLCheck.nodes(doc, "//*[@data-id='q.2']").first)
        #expect(XMLCheck.classes(outcome).isSuperset(of: ["node", "outcome"]))
    }

    @Test func withoutAPathNothingIsMarked() throws {
        var tree = Samples.decisionTree
        tree.path = []
        let doc = try Self.render(tree)
        #expect(try XMLCheck.nodes(doc, "//*[contains(@class, 'on-path')]").isEmpty)
        #expect(try XMLCheck.nodes(doc, "//*[local-name()='text'][contains(., '✓')]").isEmpty)
    }

    @Test func answerLabelsNeverOverlapBoxesOrEachOther() {
        let g = DecisionTreeLayout.layout(Samples.decisionTree).tree
        var rects = g.nodes.map(\.rect)
        rects += g.nodes.compactMap(\.edgeLabelRect)
        for (i, a) in rects.enumerated() {
            for b in rects[(i + 1)...] { #expect(!a.overlaps(b)) }
        }
    }
}
