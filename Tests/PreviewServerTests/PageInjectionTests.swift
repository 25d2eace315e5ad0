import Diagnostics
import Testing

@testable import PreviewServer

@Suite struct PageInjectionTests {
    @Test func theSnippetGoesBeforeTheLastClosingBody() {
        let page = Array("<body><pre></body></pre></Body>\n".utf8)
        let result = String(decoding: PageInjection.inject("<!--x-->", into: page), as: UTF8.self)
        #expect(result == "<body><pre></body></pre><!--x--></Body>\n")
    }

    @Test func pagesWithoutABodyGetItAtTheEnd() {
        let result = String(decoding: PageInjection.inject("<!--x-->", into: Array("<p>hi".utf8)), as: UTF8.self)
        #expect(result == "<p>hi<!--x-->")
        #expect(String(decoding: PageInjection.inject("<!--x-->", into: []), as: UTF8.self) == "<!--x-->")
    }

    @Test func theOverlayAppearsOnlyAfterAFailedBuild() {
        let good = PageInjection.snippet(for: BuildStatus(generation: 4, changedAt: 0))
        #expect(good.contains("var served = 4;"))
        #expect(!good.contains(ErrorOverlay.elementID))
        let failure = Diagnostic.error(at: SourceLocation(path: "Content/a&b.md", line: 3, column: 9), "bad <tag>", hint: "use \"quotes\"")
        let bad = PageInjection.snippet(for: BuildStatus(generation: 5, failure: [failure], changedAt: 0))
        #expect(bad.contains("Content/a&amp;b.md:3:9"))
        #expect(bad.contains("error: bad &lt;tag&gt;"))
        #expect(bad.contains("use &quot;quotes&quot;"))
        #expect(!bad.contains("<tag>"))
    }

    @Test func buildEventsAreServerSentEvents() {
        let event = BuildEvent(status: BuildStatus(generation: 3, changedAt: 0), report: (pages: 12, milliseconds: 40))
        #expect(event.serverSentEvent == "event: build\ndata: {\"generation\":3,\"ok\":true,\"errors\":0,\"pages\":12,\"ms\":40}\n\n")
    }

    @Test func httpDatesRoundTrip() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }
}
