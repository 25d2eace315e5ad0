import Diagnostics
import Foundation
import PreviewServer
import Testing

@Suite struct LiveReloadTests {
    @Test func anEditProducesAnEventAndTheNewContent() async throws {
        let site = try TestSite()
        try site.writeContent("first draft", to: "guide.md")
        _ = try site.build()
        try await RunningServer.with(site) { server async throws in
            let events = try await EventStreamClient.connect(port: server.port)
            #expect(events.headers["content-type"] == "text/event-stream")
            let hello = try #require(try await events.next())
            #expect(hello.name == "build")
            #expect(hello.generation == 1)

            try site.writeContent("second draft", to: "guide.md")
            let built = try #require(try await events.next())
            #expect(built.generation == 2)
            #expect(built.succeeded == true)
            let page = try await server.get("/guide.html")
            #expect(page.text.contains("<p>second draft</p>"))
            #expect(page.text.contains("var served = 2;"))
        }
    }

    @Test func pollingNoticesEditsToo() async throws {
        let site = try TestSite()
        try site.writeContent("before", to: "poll.md")
        _ = try site.build()
        try await RunningServer.with(site, watchMode: .polling(interval: .milliseconds(20))) { server async throws in
            let events = try await EventStreamClient.connect(port: server.port)
            _ = try await events.next()
            try site.writeContent("after polling", to: "poll.md")
            #expect(try await events.next()?.generation == 2)
            #expect(try await server.get("/poll.html").text.contains("after polling"))
        }
    }

    @Test func aBrokenPageShowsTheOverlayOverTheLastGoodSiteAndAFixClearsIt() async throws {
        let site = try TestSite()
        try site.writeContent("# Ownership\nwho owns journeys", to: "owners.md")
        _ = try site.build()
        try await RunningServer.with(site) { server async throws in
            let events = try await EventStreamClient.connect(port: server.port)
            _ = try await events.next()

            try site.writeContent("# Ownership\nBROKEN <script>alert(1)</script>", to: "owners.md")
            let failed = try #require(try await events.next())
            #expect(failed.succeeded == false)
            let broken = try await server.get("/owners.html")
            #expect(broken.status == 200)
            #expect(broken.text.contains("who owns journeys"), "the last good page is still served")
            #expect(broken.text.contains("id=\"orgbook-error-overlay\""))
            #expect(broken.text.contains("Content/owners.md:2:1"))
            #expect(broken.text.contains("unclosed &lt;div&gt; in &quot;owners.md&quot;"))
            #expect(broken.text.contains("close it with &lt;/div&gt;"))
            #expect(!broken.text.contains("alert(1)"), "page text never reaches the overlay unescaped")
            #expect(server.server.status.failure?.first?.location?.line == 2)

            try site.writeContent("# Ownership\nthe CoE owns measurement", to: "owners.md")
            let fixed = try #require(try await events.next())
            #expect(fixed.succeeded == true)
            let page = try await server.get("/owners.html")
            #expect(page.text.contains("the CoE owns measurement"))
            #expect(!page.text.contains("orgbook-error-overlay"))
        }
    }

    @Test func aFailedFirstBuildStartsWithTheOverlay() async throws {
        let site = try TestSite()
        try site.writeOutput("<html><body>stale</body></html>", to: "index.html")
        let failure = [Diagnostic.error(at: SourceLocation(path: "Content/index.md", line: 7), "front matter is not YAML")]
        try await RunningServer.with(site, initialFailure: failure) { server async throws in
            let page = try await server.get("/")
            #expect(page.text.contains("Content/index.md:7:1"))
            #expect(page.text.contains("front matter is not YAML"))
            let events = try await EventStreamClient.connect(port: server.port)
            #expect(try await events.next()?.succeeded == false)
        }
    }

    @Test func anHTMLPageRevalidatesAfterABuild() async throws {
        let site = try TestSite()
        try site.writeContent("text", to: "a.md")
        _ = try site.build()
        try await RunningServer.with(site) { server async throws in
            let events = try await EventStreamClient.connect(port: server.port)
            _ = try await events.next()
            let tag = try #require(try await server.get("/a.html").headers["etag"])
            #expect(try await server.get("/a.html", headers: ["If-None-Match": tag]).status == 304)
            // A build that fails changes no file, but the page now carries an overlay.
            try site.writeContent("BROKEN", to: "b.md")
            _ = try await events.next()
            #expect(try await server.get("/a.html", headers: ["If-None-Match": tag]).status == 200)
        }
    }

    @Test func everyOpenStreamGetsTheEventAndShutdownDoesNotWaitForThem() async throws {
        let site = try TestSite()
        try site.writeContent("one", to: "page.md")
        try await RunningServer.with(site) { server async throws in
            var streams: [EventStreamClient] = []
            for _ in 0..<25 {
                let stream = try await EventStreamClient.connect(port: server.port)
                _ = try await stream.next()
                streams.append(stream)
            }
            #expect(server.server.openEventStreams == 25)
            try site.writeContent("two", to: "page.md")
            for stream in streams {
                #expect(try await stream.next()?.generation == 2)
            }
            // `with` then shuts down with all 25 streams open and checks `run()` returns.
        }
    }

    @Test func streamsEndWhenTheServerStops() async throws {
        let site = try TestSite()
        let server = PreviewServer(
            configuration: PreviewServerConfiguration(
                outputDirectory: site.output, watchedDirectories: [site.content],
                port: 0, handlesSignals: false),
            rebuild: { _, _ in try site.build() })
        let running = try await RunningServer.start(server)
        let events = try await EventStreamClient.connect(port: running.port)
        _ = try await events.next()
        try await running.stop()
        #expect(try await events.next() == nil)
    }

    @Test func aTakenPortIsReportedClearly() async throws {
        let site = try TestSite()
        try await RunningServer.with(site) { first async throws in
            let second = PreviewServer(
                configuration: PreviewServerConfiguration(
                    outputDirectory: site.output, watchedDirectories: [],
                    port: first.port, handlesSignals: false),
                rebuild: { _, _ in try site.build() })
            do {
                try await second.run()
                Issue.record("a second server started on a taken port")
            } catch let error as PreviewServerError {
                guard case .portInUse(_, let port) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(port == first.port)
                #expect(error.description.contains("already in use"))
                #expect(error.description.contains("--port"))
            }
        }
    }
}
