import Foundation
import Testing

@Suite struct StaticServingTests {
    static let typed: [(file: String, type: String)] = [
        ("page.html", "text/html; charset=utf-8"), ("style.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("chart.svg", "image/svg+xml"), ("data.json", "application/json"),
        ("sitemap.xml", "application/xml"), ("logo.png", "image/png"), ("photo.jpg", "image/jpeg"),
        ("photo.webp", "image/webp"), ("font.woff2", "font/woff2"), ("favicon.ico", "image/x-icon"),
        ("notes.txt", "text/plain; charset=utf-8"), ("owners.csv", "text/csv; charset=utf-8"),
        ("bundle.zip", "application/zip"), ("UPPER.PNG", "image/png"), ("mystery.bin", "application/octet-stream"),
    ]

    @Test func contentTypesFollowTheExtension() async throws {
        let site = try TestSite()
        for entry in Self.typed { try site.writeOutput("x", to: "assets/\(entry.file)") }
        try await RunningServer.with(site) { server async throws in
            for entry in Self.typed {
                let response = try await server.get("/assets/\(entry.file)")
                #expect(response.status == 200)
                #expect(response.headers["content-type"] == entry.type, "\(entry.file)")
                #expect(response.headers["x-content-type-options"] == "nosniff")
            }
        }
    }

    @Test func headSendsTheHeadersOfGetWithoutABody() async throws {
        let site = try TestSite()
        try site.writeOutput("body { color: teal }", to: "style.css")
        try await RunningServer.with(site) { server async throws in
            let get = try await server.get("/style.css")
            let head = try await server.get("/style.css", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == "20")
            #expect(head.headers["etag"] == get.headers["etag"])
            #expect(head.headers["content-type"] == get.headers["content-type"])
            #expect(get.text == "body { color: teal }")
        }
    }

    @Test func validatorsGiveNotModified() async throws {
        let site = try TestSite()
        try site.writeOutput("a,b\n1,2\n", to: "owners.csv")
        try await RunningServer.with(site) { server async throws in
            let first = try await server.get("/owners.csv")
            let tag = try #require(first.headers["etag"])
            let modified = try #require(first.headers["last-modified"])
            #expect(modified.hasSuffix(" GMT"))

            let byTag = try await server.get("/owners.csv", headers: ["If-None-Match": tag])
            #expect(byTag.status == 304)
            #expect(byTag.body.isEmpty)
            #expect(byTag.headers["etag"] == tag)
            #expect(try await server.get("/owners.csv", headers: ["If-None-Match": "\"other\", W/\(tag)"]).status == 304)
            #expect(try await server.get("/owners.csv", headers: ["If-None-Match": "\"other\""]).status == 200)

            #expect(try await server.get("/owners.csv", headers: ["If-Modified-Since": modified]).status == 304)
            let longAgo = "Sun, 06 Nov 1994 08:49:37 GMT"
            #expect(try await server.get("/owners.csv", headers: ["If-Modified-Since": longAgo]).status == 200)
            // If-None-Match wins over If-Modified-Since.
            #expect(
                try await server.get("/owners.csv", headers: ["If-None-Match": "\"other\"", "If-Modified-Since": modified]).status == 200)

            // Rewriting the file changes its tag.
            try site.writeOutput("a,b\n1,3\n", to: "owners.csv")
            let changed = try await server.get("/owners.csv", headers: ["If-None-Match": tag])
            #expect(changed.status == 200)
            #expect(changed.text == "a,b\n1,3\n")
        }
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutTheSlash() async throws {
        let site = try TestSite()
        try site.writeOutput("<p>home</p>", to: "index.html")
        try site.writeOutput("<p>setup guide</p>", to: "guide/set up/index.html")
        try site.writeOutput("no index here", to: "bare/file.txt")
        try await RunningServer.with(site) { server async throws in
            #expect(try await server.get("/").text.contains("home"))
            #expect(try await server.get("/guide/set%20up/").text.contains("setup guide"))
            let redirect = try await server.get("/guide/set%20up?tab=2")
            #expect(redirect.status == 302)
            #expect(redirect.headers["location"] == "/guide/set%20up/?tab=2")
            // No directory listings.
            let bare = try await server.get("/bare/")
            #expect(bare.status == 404)
            #expect(!bare.text.contains("file.txt"))
            // A protocol-relative path never becomes an off-site redirect.
            let sneaky = try await server.get("//bare")
            #expect(sneaky.headers["location"] == "/bare/")
            // A file asked for as a folder is not found.
            #expect(try await server.get("/bare/file.txt/").status == 404)
        }
    }

    @Test func missingPagesGetTheSitesNotFoundPage() async throws {
        let site = try TestSite()
        try site.writeOutput("<html><body><h1>Lost in the playbook</h1></body></html>", to: "404.html")
        try await RunningServer.with(site) { server async throws in
            let response = try await server.get("/no/such/page/")
            #expect(response.status == 404)
            #expect(response.text.contains("Lost in the playbook"))
            #expect(response.text.contains("data-orgbook-live-reload"))
            #expect(try await server.get("/no-such.css", method: "HEAD").status == 404)
        }
    }

    @Test func withoutA404PageAPlainOneIsSent() async throws {
        let site = try TestSite()
        try await RunningServer.with(site) { server async throws in
            let response = try await server.get("/nothing")
            #expect(response.status == 404)
            #expect(response.text.contains("Not found"))
        }
    }

    @Test func htmlGetsTheScriptButTheFileOnDiskDoesNot() async throws {
        let site = try TestSite()
        let page = "<!doctype html><html><body><main>Org design</main></BODY></html>"
        try site.writeOutput(page, to: "index.html")
        try await RunningServer.with(site) { server async throws in
            let response = try await server.get("/index.html")
            #expect(response.text.contains("<main>Org design</main><script data-orgbook-live-reload>"))
            #expect(response.text.hasSuffix("</BODY></html>"))
            #expect(response.headers["content-length"] == String(response.body.count))
            #expect(try site.readOutput("index.html") == page)
            // Non-HTML files are sent exactly as they are.
            try site.writeOutput("<body></body>", to: "raw.txt")
            #expect(try await server.get("/raw.txt").text == "<body></body>")
        }
    }

    @Test func aLoopbackServerOnlyAnswersToLoopbackNames() async throws {
        let site = try TestSite()
        try site.writeOutput("draft", to: "notes.txt")
        try await RunningServer.with(site) { server async throws in
            for host in ["localhost", "localhost:8000", "127.0.0.1", "[::1]:8000", "docs.localhost"] {
                #expect(try await server.get("/notes.txt", headers: ["Host": host]).status == 200, "\(host)")
            }
            for host in ["attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example", "[::2]"] {
                let response = try await server.get("/notes.txt", headers: ["Host": host])
                #expect(response.status == 403, "\(host)")
                #expect(!response.text.contains("draft"))
            }
        }
    }

    @Test func onlyGetAndHeadAreServed() async throws {
        let site = try TestSite()
        try site.writeOutput("x", to: "index.html")
        try await RunningServer.with(site) { server async throws in
            let response = try await server.get("/index.html", method: "DELETE")
            #expect(response.status == 405)
            #expect(response.headers["allow"] == "GET, HEAD")
            #expect(try await server.get("/_orgbook/nothing").status == 404)
        }
    }

    @Test func manyClientsAtOnceAllGetTheirFile() async throws {
        let site = try TestSite()
        for index in 0..<20 { try site.writeOutput("page \(index)", to: "p\(index).txt") }
        try await RunningServer.with(site) { server async throws in
            let answers = try await withThrowingTaskGroup(of: Bool.self) { group in
                for request in 0..<100 {
                    group.addTask {
                        let index = request % 20
                        let response = try await server.get("/p\(index).txt")
                        return response.status == 200 && response.text == "page \(index)"
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(answers.count == 100)
            #expect(answers.allSatisfy { $0 })
        }
    }
}
