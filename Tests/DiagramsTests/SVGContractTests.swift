import Foundation
import OrgModel
import Testing

@testable import Diagrams

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The diagram quality contract, checked on the parsed output of every kind.
@Suite struct SVGContractTests {
    static let names = GoldenTests.documents.map(\.name)

    static func render(_ name: String) -> RenderedDiagram {
        DiagramRenderer.render(GoldenTests.documents.first { $0.name == name }!.document, options: GoldenTests.options())
    }

    @Test(arguments: names)
    func svgIsWellFormedAndNamed(name: String) throws {
        let rendered = Self.render(name)
        let doc = try XMLCheck.parse(rendered.svg)
        let svg = try #require(doc.rootElement())
        #expect(svg.name == "svg")
        // A drawing with links (decision outcomes) is a named document; any other is an image.
        let hasLinks = rendered.svg.contains("<a ")
        #expect(XMLCheck.attr(svg, "role") == (hasLinks ? "document" : "img"))
        let viewBox = try #require(XMLCheck.attr(svg, "viewBox"))
        #expect(viewBox.split(separator: " ").count == 4)
        let labelled = try #require(XMLCheck.attr(svg, "aria-labelledby")).split(separator: " ").map(String.init)
        #expect(labelled == ["fig-title", "fig-desc"])
        let title = try XMLCheck.nodes(doc, "/*[local-name()='svg']/*[local-name()='title']")
        let desc = try XMLCheck.nodes(doc, "/*[local-name()='svg']/*[local-name()='desc']")
        #expect(title.first.flatMap { XMLCheck.attr($0, "id") } == "fig-title")
        #expect((title.first?.stringValue ?? "").isEmpty == false)
        #expect(desc.first.flatMap { XMLCheck.attr($0, "id") } == "fig-desc")
        #expect(XMLCheck.attr(svg, "font-family") == "'Liberation Sans', Arial, Helvetica, sans-serif")
        #expect(try !XMLCheck.nodes(doc, "//*[local-name()='style']").isEmpty)
    }

    @Test(arguments: names)
    func htmlIsAFigureWithCaptionAndInlineSVG(name: String) throws {
        let rendered = Self.render(name)
        let doc = try XMLCheck.parseFragment(rendered.html)
        // A chart too large for one printed page comes first whole, then in parts.
        let base =
            rendered.html.hasPrefix("<div class=\"chart-split\"")
            ? "/root/div[@class='chart-split']/div[@class='chart-whole']/figure" : "/root/figure"
        let figure = try #require(try XMLCheck.nodes(doc, base).first)
        let kind = name.hasPrefix("orgchart") ? "orgchart" : name
        #expect(XMLCheck.classes(figure) == ["diagram", "diagram-\(kind)"])
        #expect(try XMLCheck.nodes(doc, base + "/div[@class='diagram-canvas']/*[local-name()='svg']").count == 1)
        #expect(try !(XMLCheck.nodes(doc, base + "/figcaption").first?.stringValue ?? "").isEmpty)
        #expect(!rendered.html.contains("<?xml"))
    }

    @Test(arguments: ["orgchart", "orgchart-wide", "org-diff", "decision-tree"])
    func nodesAndEdgesCarryTheirClasses(name: String) throws {
        let doc = try XMLCheck.parse(Self.render(name).svg)
        let nodes = try XMLCheck.nodes(doc, "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' node ')]")
        #expect(!nodes.isEmpty)
        for node in nodes {
            #expect(!(XMLCheck.attr(node, "data-id") ?? "").isEmpty)
            #expect(try !XMLCheck.nodes(node, ".//*[local-name()='rect']").isEmpty)
            #expect(try !XMLCheck.nodes(node, ".//*[local-name()='text']").isEmpty)
        }
        let edges = try XMLCheck.nodes(doc, "//*[local-name()='path']")
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { XMLCheck.classes($0).contains("edge") })
    }

    @Test func everyDataStringIsEscaped() throws {
        let chart = Samples.chart(
            "<Org> & \"Co\" 'x'", [("a&b", "R&D <Lab> \"α\" 'β'", nil), ("c\"", "Ops </text>", "a&b")],
            titles: ["c\"": "]]> <!-- no -->"])
        var options = DiagramOptions()
        options.idPrefix = "p\"q"
        let rendered = DiagramRenderer.render(.orgChart(chart), options: options)
        let doc = try XMLCheck.parse(rendered.svg)
        #expect(try XMLCheck.nodes(doc, "//*[local-name()='title']").first?.stringValue == "<Org> & \"Co\" 'x'")
        let texts = try XMLCheck.nodes(doc, "//*[local-name()='text']").map { $0.stringValue ?? "" }
        #expect(texts.contains("R&D <Lab> \"α\" 'β'"))
        #expect(texts.contains("]]> <!-- no -->"))
        let ids = try XMLCheck.nodes(doc, "//*[@data-id]").compactMap { XMLCheck.attr($0, "data-id") }
        #expect(ids.contains("a&b") && ids.contains("c\""))
        #expect(!rendered.svg.contains("<Lab>") && !rendered.svg.contains("<!-- no"))
        _ = try XMLCheck.parseFragment(rendered.html)
    }

    @Test(arguments: names)
    func sameInputGivesSameBytes(name: String) {
        let a = Self.render(name)
        let b = Self.render(name)
        #expect(a.svg == b.svg)
        #expect(a.html == b.html)
    }

    @Test func idPrefixKeepsIdsApart() throws {
        var one = DiagramOptions()
        var two = DiagramOptions()
        one.idPrefix = "first"
        two.idPrefix = "second"
        let a = DiagramRenderer.render(.decisionTree(Samples.decisionTree), options: one)
        let b = DiagramRenderer.render(.decisionTree(Samples.decisionTree), options: two)
        let page = try XMLCheck.parseFragment(a.html + b.html)
        let ids = try XMLCheck.nodes(page, "//*[@id]").compactMap { XMLCheck.attr($0, "id") }
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("first-title") && ids.contains("second-desc"))
    }
}
