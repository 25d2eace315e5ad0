import Foundation
import Testing

/// Requests that try to read outside the output folder, sent byte for byte over a socket.
@Suite struct TraversalTests {
    static let secret = "TOP-SECRET-OUTSIDE-THE-SITE"

    static let attempts = [
        "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
        "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/%2e%2e%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
        "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/%c0%ae%c0%ae/secret.txt", "/%c0%af..%c0%afsecret.txt",
        "/docs/../../secret.txt", "/docs/%2e%2e/%2e%2e/secret.txt", "//../secret.txt", "/secret.txt%00.html",
        "/escape/secret.txt", "/escape/", "/leak.txt", "/docs/leak.txt", "/.hidden", "/%2ehidden",
        "http://127.0.0.1/../secret.txt",
    ]

    /// Output folder with a secret beside it, a folder symlink and file symlinks that point
    /// out of it, and a symlink that stays inside (which is fine).
    static func makeSite() throws -> TestSite {
        let site = try TestSite()
        try site.write(secret, to: "secret.txt")
        try site.writeOutput("<html><body>home</body></html>", to: "index.html")
        try site.writeOutput("docs", to: "docs/page.txt")
        try site.writeOutput(secret, to: ".hidden")
        let files = FileManager.default
        try files.createSymbolicLink(atPath: site.output.appendingPathComponent("escape").path, withDestinationPath: site.root.path)
        try files.createSymbolicLink(
            atPath: site.output.appendingPathComponent("leak.txt").path,
            withDestinationPath: site.root.appendingPathComponent("secret.txt").path)
        try files.createSymbolicLink(
            atPath: site.output.appendingPathComponent("docs/leak.txt").path,
            withDestinationPath: "../../secret.txt")
        try files.createSymbolicLink(atPath: site.output.appendingPathComponent("inside.txt").path, withDestinationPath: "docs/page.txt")
        return site
    }

    @Test func everyAttemptIsRefusedWithoutTheFile() async throws {
        let site = try Self.makeSite()
        try await RunningServer.with(site) { server async throws in
            for attempt in Self.attempts {
                let response = try await server.get(attempt)
                #expect([400, 403, 404].contains(response.status), "\(attempt) answered \(response.status)")
                #expect(!response.text.contains(Self.secret), "\(attempt) leaked the file")
            }
        }
    }

    @Test func traversalIsForbiddenAndBadEncodingIsABadRequest() async throws {
        let site = try Self.makeSite()
        try await RunningServer.with(site) { server async throws in
            #expect(try await server.get("/%2e%2e/secret.txt").status == 403)
            #expect(try await server.get("/leak.txt").status == 403)
            #expect(try await server.get("/escape/secret.txt").status == 403)
            #expect(try await server.get("/..%2fsecret.txt").status == 400)
            #expect(try await server.get("/%252e%252e/secret.txt").status == 400)
        }
    }

    @Test func aSymlinkThatStaysInsideIsServed() async throws {
        let site = try Self.makeSite()
        try await RunningServer.with(site) { server async throws in
            let response = try await server.get("/inside.txt")
            #expect(response.status == 200)
            #expect(response.text == "docs")
        }
    }
}
