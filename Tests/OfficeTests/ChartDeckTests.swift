import Diagnostics
import Diagrams
import Foundation
import OrgModel
import Testing

@testable import Office

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Org charts as slides: one rounded rectangle per unit, connectors bound to shapes that
/// exist, unique shape ids, the same bytes for the same chart, and the `split: none` error.
@Suite struct ChartDeckTests {
    /// A chart of `count` units: a root, then each unit reporting to unit (k - 1) / fan-out.
    static func chart(_ count: Int, fanOut: Int = 6, split: ChartSplit = .auto) -> OrgChart {
        var units = [OrgUnit(id: "u0", name: "Group", title: "Chief executive")]
        for k in 1..<count {
            units.append(
                OrgUnit(
                    id: "u\(k)", name: "Unit \(k)", parent: "u\((k - 1) / fanOut)", title: "Head of unit \(k)",
                    dotted: k == 5 ? ["u2"] : []))
        }
        var chart = OrgChart(title: "Test group", units: units, rootID: "u0")
        chart.split = split
        return chart
    }

    /// What a slide's XML holds: shape ids, unit shapes by name, connector ends.
    final class SlideReader: NSObject, XMLParserDelegate {
        var ids: [Int] = []
        var roundRects = 0
        var unitNames: [String] = []
        var connectorEnds: [Int] = []
        var dashedConnectors = 0
        private var inConnector = false
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "p:cNvPr":
                ids.append(Int(attributes["id"]!)!)
                if let n = attributes["name"], n.hasPrefix("Unit ") { unitNames.append(String(n.dropFirst(5))) }
            case "a:prstGeom" where attributes["prst"] == "roundRect": roundRects += 1
            case "a:stCxn", "a:endCxn": connectorEnds.append(Int(attributes["id"]!)!)
            case "p:cxnSp": inConnector = true
            case "a:prstDash" where inConnector: dashedConnectors += 1
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "p:cxnSp" { inConnector = false }
        }
        static func read(_ xml: String) -> SlideReader {
            let reader = SlideReader()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = reader
            #expect(parser.parse(), "slide XML does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
            return reader
        }
    }

    @Test func oneShapePerUnitAndBoundConnectors() throws {
        let chart = Self.chart(20)
        let pages = try ChartSlides.pages(of: chart, file: nil)
        #expect(pages.pages.count == 1)
        let slide = ChartSlides.slide(pages.pages[0], of: chart, title: "Test")
        let reader = SlideReader.read(slide.slideXML())
        #expect(Set(reader.ids).count == reader.ids.count, "shape ids repeat")
        #expect(reader.roundRects == 20)
        #expect(Set(reader.unitNames) == Set(chart.units.map(\.id)))
        // 19 reporting lines and one dotted line, each bound at both ends to a box.
        #expect(reader.connectorEnds.count == 2 * 20)
        #expect(reader.connectorEnds.allSatisfy { slide.boxIDs.contains($0) })
        #expect(reader.dashedConnectors == 1)
        #expect(slide.slideXML().contains("<a:t>Head of unit 7</a:t>"))
    }

    @Test func largeChartSplitsIntoSlidesDrawingEveryUnitOnce() throws {
        let chart = Self.chart(400)
        let pages = try ChartSlides.pages(of: chart, file: nil)
        #expect(pages.pages.count > 1)
        var drawn: [String] = []
        for page in pages.pages {
            let slide = ChartSlides.slide(page, of: chart, title: "Test")
            let reader = SlideReader.read(slide.slideXML())
            #expect(Set(reader.ids).count == reader.ids.count)
            #expect(reader.connectorEnds.allSatisfy { slide.boxIDs.contains($0) })
            drawn += reader.unitNames
        }
        #expect(drawn.sorted() == chart.units.map(\.id).sorted())
    }

    @Test func sameChartSameBytes() throws {
        let a = try ChartDeck.make(Self.chart(60), file: nil)
        let b = try ChartDeck.make(Self.chart(60), file: nil)
        #expect(a == b)
        #expect(a.starts(with: [0x50, 0x4b, 0x03, 0x04]))
    }

    @Test func tooLargeWithSplitNoneIsAnErrorWithTheFix() {
        do {
            _ = try ChartDeck.make(Self.chart(400, split: .none), file: "big.yaml")
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            let text = "\(error)"
            #expect(text.contains("big.yaml"))
            #expect(text.contains("split: none"))
            #expect(text.contains("split: auto"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
