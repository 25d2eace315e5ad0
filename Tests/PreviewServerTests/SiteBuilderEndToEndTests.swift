import Diagnostics
import Foundation
import PreviewServer
import Site
import Testing

/// The preview server over the real site build, with the project's own templates.
@Suite struct SiteBuilderEndToEndTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    static func makeSite() throws -> TestSite {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.templates)
        try FileManager.default.copyItem(at: templates, to: site.templates)
        try site.writeContent("title: Serve test\nlanguage: en\nbaseURL: http://127.0.0.1/\n", to: "site.yaml")
        try site.writeContent("---\ntitle: Home\n---\n\n# Home\n\nThe playbook.\n", to: "index.md")
        try site.writeContent("---\ntitle: Guide\n---\n\n# Guide\n\nHow to run CX.\n", to: "guide/index.md")
        try site.writeContent("---\ntitle: Set up\n---\n\n# Set up\n\nFirst, name a journey owner.\n", to: "guide/setup.md")
        return site
    }

    @Test func editBreakAndFixAPageWhileServing() async throws {
        let site = try Self.makeSite()
        let builder = SiteBuilder(
            configuration: BuildConfiguration(
                contentDirectory: site.content, templatesDirectory: site.templates, outputDirectory: site.output))
        _ = try builder.build()
        let configuration = PreviewServerConfiguration(
            outputDirectory: site.output, watchedDirectories: [site.content, site.templates], port: 0,
            debounce: .milliseconds(30), handlesSignals: false)
        let running = try await RunningServer.start(PreviewServer(configuration: configuration, siteBuilder: builder))
        do {
            let events = try await EventStreamClient.connect(port: running.port)
            #expect(try await events.next()?.generation == 1)
            let first = try await running.get("/guide/setup/")
            #expect(first.status == 200)
            #expect(first.text.contains("name a journey owner"))
            #expect(try await running.get("/guide/setup").headers["location"] == "/guide/setup/")

            // An edit: an event, then the new text.
            try site.writeContent("---\ntitle: Set up\n---\n\n# Set up\n\nFirst, appoint a CX lead.\n", to: "guide/setup.md")
            let edited = try #require(try await events.next())
            #expect(edited.succeeded == true)
            #expect(try await running.get("/guide/setup/").text.contains("appoint a CX lead"))

            // A broken page: the overlay names the file, over the last good page.
            try site.writeContent("---\ntitle: [Set up\n---\n\n# Set up\n\nHalf-written.\n", to: "guide/setup.md")
            let failed = try #require(try await events.next())
            #expect(failed.succeeded == false)
            let broken = try await running.get("/guide/setup/")
            #expect(broken.text.contains("appoint a CX lead"))
            #expect(broken.text.contains("orgbook-error-overlay"))
            #expect(broken.text.contains("setup.md:"))
            let location = try #require(running.server.status.failure?.first?.location)
            #expect(location.path.hasSuffix("guide/setup.md"))
            #expect(try await running.get("/").text.contains("orgbook-error-overlay"), "every page shows it")

            // The fix clears it.
            try site.writeContent("---\ntitle: Set up\n---\n\n# Set up\n\nFixed and final.\n", to: "guide/setup.md")
            let fixed = try #require(try await events.next())
            #expect(fixed.succeeded == true)
            let page = try await running.get("/guide/setup/")
            #expect(page.text.contains("Fixed and final"))
            #expect(!page.text.contains("orgbook-error-overlay"))
        } catch {
            try? await running.stop()
            throw error
        }
        try await running.stop()
    }

    @Test func aDeletedOutputFolderIsBuiltAgainInFull() async throws {
        let site = try Self.makeSite()
        let builder = SiteBuilder(
            configuration: BuildConfiguration(
                contentDirectory: site.content, templatesDirectory: site.templates, outputDirectory: site.output))
        _ = try builder.build()
        let configuration = PreviewServerConfiguration(
            outputDirectory: site.output, watchedDirectories: [site.content, site.templates], port: 0,
            debounce: .milliseconds(30), handlesSignals: false)
        let running = try await RunningServer.start(PreviewServer(configuration: configuration, siteBuilder: builder))
        do {
            let events = try await EventStreamClient.connect(port: running.port)
            #expect(try await events.next()?.generation == 1)
            try FileManager.default.removeItem(at: site.output)
            #expect(try await running.get("/guide/setup/").status == 404)
            let rebuilt = try #require(try await events.next())
            #expect(rebuilt.succeeded == true)
            #expect(try await running.get("/guide/setup/").text.contains("name a journey owner"))
            // A single-page edit after it works as before.
            try site.writeContent("---\ntitle: Set up\n---\n\n# Set up\n\nAfter the rebuild.\n", to: "guide/setup.md")
            #expect(try #require(try await events.next()).succeeded == true)
            #expect(try await running.get("/guide/setup/").text.contains("After the rebuild"))
        } catch {
            try? await running.stop()
            throw error
        }
        try await running.stop()
    }
}
