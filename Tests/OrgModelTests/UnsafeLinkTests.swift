import Testing

@testable import OrgModel

/// Every `link:` in data goes through the URL policy Markdown links use: schemes that run
/// code or embed content are refused where they are written.
@Suite struct UnsafeLinkTests {
    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "vbscript:msgbox", "data:text/html,<script>", "file:///etc/passwd",
    ])
    func aDecisionTreeOutcomeLinkIsRefused(url: String) {
        let yaml = "question: Q?\nanswers:\n  - { label: A, outcome: O, link: \"\(url)\" }\n"
        let found = errors(inline: yaml, kind: .decisionTree)
        #expect(found.count == 1)
        #expect(found.first?.contains(":3:") == true)
        #expect(found.first?.contains("uses a scheme Orgbook never writes into a page") == true)
    }

    @Test func pageAndWebLinksStillWork() throws {
        let yaml =
            "question: Q?\nanswers:\n  - { label: A, outcome: O, link: ../models/coe.md }\n  - { label: B, outcome: P, link: \"https://example.com/x\" }\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["loaded without errors"])
    }

    @Test func aMaturityLinkIsRefused() {
        let text = ReportBundle.replacing(
            "  target: Customer-aware", with: "  target: Customer-aware\n  link: \"javascript:alert(document.cookie)\"")
        let found = ReportBundle.errors(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("uses a scheme Orgbook never writes") == true)
    }
}
