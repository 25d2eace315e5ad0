import Diagnostics
import Foundation
import PreviewServer
import Site
import Testing

/// Builds in `serve` that run over their time or memory budget: stopped, reported in the
/// overlay, the last good site still served, and the next edit built as usual.
@Suite struct BuildBudgetTests {
    /// A server over the real site build whose steps on `slow.md` hang until the build is
    /// cancelled (at most a minute), and on `large.md` also take 256 MB: pathological
    /// edits, made on purpose.
    static func start(_ site: TestSite, budget: BuildBudget) async throws -> RunningServer {
        let builder = SiteBuilder(
            configuration: BuildConfiguration(
                contentDirectory: site.content, templatesDirectory: site.templates, outputDirectory: site.output))
        _ = try builder.build()
        let configuration = PreviewServerConfiguration(
            outputDirectory: site.output, watchedDirectories: [site.content, site.templates], port: 0,
            debounce: .milliseconds(30), handlesSignals: false, budget: budget)
        let rebuild = PreviewServer.rebuilding(with: builder)
        let server = PreviewServer(configuration: configuration) { paths, cancellation in
            cancellation.observeSteps { step in
                guard step.contains("slow.md") || step.contains("large.md") else { return }
                // Pages touched, so they count as resident.
                let held = step.contains("large.md") ? [UInt8](repeating: 1, count: 256 << 20) : []
                let start = ContinuousClock.now
                while !cancellation.isCancelled && start.duration(to: .now) < .seconds(60) { usleep(5_000) }
                withExtendedLifetime(held) {}
            }
            return try await rebuild(paths, cancellation)
        }
        return try await RunningServer.start(server)
    }

    @Test func aBuildOverItsTimeLimitIsStoppedAndTheNextEditBuilds() async throws {
        let site = try SiteBuilderEndToEndTests.makeSite()
        let running = try await Self.start(site, budget: BuildBudget(timeLimit: .seconds(2)))
        do {
            let events = try await EventStreamClient.connect(port: running.port)
            #expect(try await events.next()?.generation == 1)
            let before = TestSite.files(in: site.output)

            try site.writeContent("---\ntitle: Slow\n---\n\nNever finishes.\n", to: "slow.md")
            let stopped = try #require(try await events.next())
            #expect(stopped.succeeded == false)
            let reason = try #require(running.server.status.failure?.first)
            #expect(reason.message.contains("time limit of 2 s"))
            #expect(reason.message.contains("slow.md"), "names what the build was on")
            #expect(reason.hint?.contains("--build-timeout 4") == true, "says how to allow more")
            let page = try await running.get("/guide/setup/")
            #expect(page.text.contains("name a journey owner"), "the last good page")
            #expect(page.text.contains("orgbook-error-overlay"))
            #expect(page.text.contains("--build-timeout"))
            #expect(try await running.get("/slow/").status == 404)
            #expect(TestSite.files(in: site.output) == before, "nothing written")

            // The fix builds as usual, within the same budget.
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("slow.md"))
            try site.writeContent("---\ntitle: Set up\n---\n\n# Set up\n\nAfter the stop.\n", to: "guide/setup.md")
            // (The editor's second write of `slow.md` may be stopped once more first.)
            #expect(try await events.next(where: { $0.succeeded == true }) != nil)
            let after = try await running.get("/guide/setup/")
            #expect(after.text.contains("After the stop"))
            #expect(!after.text.contains("orgbook-error-overlay"))
        } catch {
            try? await running.stop()
            throw error
        }
        try await running.stop()
    }

    @Test func aBuildOverItsMemoryLimitIsStopped() async throws {
        let site = try SiteBuilderEndToEndTests.makeSite()
        let running = try await Self.start(site, budget: BuildBudget(memoryLimitMB: 64))
        do {
            let events = try await EventStreamClient.connect(port: running.port)
            #expect(try await events.next()?.generation == 1)
            try site.writeContent("---\ntitle: Large\n---\n\nToo big.\n", to: "large.md")
            #expect(try #require(try await events.next()).succeeded == false)
            let reason = try #require(running.server.status.failure?.first)
            #expect(reason.message.contains("memory limit of 64 MB"))
            #expect(reason.message.contains("large.md"))
            #expect(reason.hint?.contains("--build-memory 128") == true)
            let page = try await running.get("/guide/setup/")
            #expect(page.text.contains("name a journey owner"))
            #expect(page.text.contains("--build-memory"))
            #expect(try await running.get("/large/").status == 404)

            // The memory the stopped build took does not count against the next one.
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("large.md"))
            try site.writeContent("---\ntitle: Set up\n---\n\n# Set up\n\nAfter the stop.\n", to: "guide/setup.md")
            #expect(try await events.next(where: { $0.succeeded == true }) != nil)
            #expect(try await running.get("/guide/setup/").text.contains("After the stop"))
        } catch {
            try? await running.stop()
            throw error
        }
        try await running.stop()
    }

    @Test func stoppingTheServerCancelsALongBuild() async throws {
        let site = try SiteBuilderEndToEndTests.makeSite()
        let running = try await Self.start(site, budget: BuildBudget())
        let events = try await EventStreamClient.connect(port: running.port)
        #expect(try await events.next()?.generation == 1)
        try site.writeContent("---\ntitle: Slow\n---\n\nNever finishes.\n", to: "slow.md")
        // Let the build reach the slow page.
        try await Task.sleep(for: .milliseconds(500))
        let asked = ContinuousClock.now
        try await running.stop()
        #expect(asked.duration(to: .now) < .seconds(10), "not a minute: the build was cancelled")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("slow/index.html").path))
    }
}

extension TestSite {
    /// Every file under `folder` with its bytes.
    static func files(in folder: URL) -> [String: Data] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var files: [String: Data] = [:]
        for path in paths {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { files[path] = data }
        }
        return files
    }
}
