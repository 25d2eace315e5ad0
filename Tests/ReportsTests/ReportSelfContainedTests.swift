import Testing

@testable import Reports

/// The scanner that proves an export is self-contained, and the pass that makes it so.
@Suite struct ReportSelfContainedTests {
    @Test func findsEveryKindOfOutsideReference() {
        let html = """
            <img src="chart.png"><script src='app.js'></script><a href=https://example.com>x</a>
            <link rel="stylesheet" href="site.css"><svg><image xlink:href="logo.png"/></svg>
            <style>@import "more.css"; .a { background: url(back.png) } .b { background: url( 'x.svg' ) }</style>
            <img srcset="a.png 2x">
            """
        #expect(
            SelfContainedHTML.externalReferences(in: html) == [
                #"src="chart.png""#, "src='app.js'", "href=https://example.com", #"href="site.css""#,
                #"xlink:href="logo.png""#, #"srcset="a.png 2x""#, "url(back.png)", "url( 'x.svg' )", #"@import "more.css""#,
            ])
    }

    @Test func textThatLooksLikeMarkupIsNotAReference() {
        let html = """
            <p>Set src=x or href=foo in the form; CSS url(x) and @import are explained below.</p>
            <pre><code>&lt;img src="a.png"&gt;</code></pre><p title="a > b">ok</p>
            """
        #expect(SelfContainedHTML.externalReferences(in: html) == [])
    }

    @Test func acceptsFragmentsAndDataURIs() {
        let html = """
            <a href="#summary">s</a><img src="data:image/png;base64,AAAA"><svg xmlns="http://www.w3.org/2000/svg">
            <rect fill="url(#gradient)"/></svg><style>.a { background: url("data:image/svg+xml,%3Csvg%3E") }</style>
            """
        #expect(SelfContainedHTML.externalReferences(in: html) == [])
    }

    @Test func makesOutwardLinksPlainAndDropsExternalElements() {
        let html = """
            <link rel="stylesheet" href="a.css">
            <script src="x.js" defer></script>
            <p><a href="../other/">Other</a> <a class="k" href="#top">Top</a> <img src="p.png" alt="A photo"></p>
            """
        let cleaned = SelfContainedHTML.removingOutsideReferences(html)
        #expect(
            cleaned == """
                <p><a>Other</a> <a class="k" href="#top">Top</a> <span class="image-placeholder">A photo</span></p>
                """)
        #expect(SelfContainedHTML.externalReferences(in: cleaned) == [])
    }

    @Test func sectionHeadingsMoveOneLevelDown() {
        #expect(
            ReportRenderer.demotingHeadings("<h1 id=\"a\">A</h1><h2>B</h2><h5>E</h5>")
                == "<h2 id=\"a\">A</h2><h3>B</h3><h6>E</h6>")
    }
}
