import Foundation
import OrgModel
import Testing

@testable import Diagrams

/// What assistive technology needs from a drawn diagram in a page.
@Suite struct AccessibilityTests {
    @Test func aDrawingWithLinksIsADocumentNotAnImage() {
        let withLinks = DiagramRenderer.render(.decisionTree(Samples.decisionTree)).svg
        #expect(withLinks.contains(" role=\"document\""))
        #expect(!withLinks.contains(" role=\"img\""))
        let withoutLinks = DiagramRenderer.render(.orgChart(Samples.orgChart)).svg
        #expect(withoutLinks.contains(" role=\"img\""))
    }

    @Test func theScrollingCanvasIsFocusableAndNamedByTheCaption() throws {
        let html = DiagramRenderer.render(.orgChart(Samples.orgChart)).html
        let open = try #require(html.range(of: "<div class=\"diagram-canvas\"[^>]*>", options: .regularExpression))
        let tag = String(html[open])
        #expect(tag.contains("tabindex=\"0\""))
        #expect(tag.contains("role=\"group\""))
        #expect(tag.contains("aria-label=\""))
    }
}
