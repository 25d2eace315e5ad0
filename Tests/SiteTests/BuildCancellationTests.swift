import Diagnostics
import Foundation
import Testing

@testable import Parallel
@testable import Site

/// A cancelled build stops at its next step and leaves the output as it was.
@Suite struct BuildCancellationTests {
    static let reason = Diagnostic.error(at: nil, "stopped by the test")

    func builtSite() throws -> (URL, SiteBuilder) {
        let site = try TestSupport.copySite("valid")
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        _ = try builder.build()
        return (site, builder)
    }

    /// A cancellation that cancels itself as the first step whose name starts with `prefix`
    /// begins.
    func cancelling(at prefix: String) -> BuildCancellation {
        let cancellation = BuildCancellation()
        cancellation.observeSteps { step in
            if step.hasPrefix(prefix) { cancellation.cancel(because: Self.reason) }
        }
        return cancellation
    }

    @Test func aFullBuildCancelledWhileWritingWritesNothing() throws {
        let (site, builder) = try builtSite()
        let output = site.appendingPathComponent("Public")
        let before = TestSupport.snapshot(output)
        try TestSupport.write(
            "---\ntitle: Alpha\nweight: 20\n---\n\nAlpha, edited.\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
        let cancellation = cancelling(at: "writing")
        let problems = TestSupport.diagnostics { _ = try builder.build(cancellation: cancellation) }
        #expect(problems == [Self.reason], "the reason alone, not one echo per page")
        #expect(TestSupport.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Public") }
        #expect(leftovers.isEmpty, "the staging folder is thrown away")
        // The next build is whole again.
        _ = try builder.build()
        #expect(try TestSupport.read(output.appendingPathComponent("guide/alpha/index.html")).contains("Alpha, edited."))
    }

    @Test(arguments: ["reading", "rendering", "drawing"])
    func aBuildCancelledAtEachStageWritesNothing(stage: String) throws {
        let site = try TestSupport.makeSite([
            "index.md": "---\ntitle: Home\n---\n\nHome.\n",
            "chart.md": "---\ntitle: Chart\n---\n\n```orgchart\nunits:\n  - id: ceo\n    name: CEO\n```\n",
        ])
        let output = site.appendingPathComponent("Public")
        let builder = SiteBuilder(configuration: TestSupport.configuration(site))
        let cancellation = cancelling(at: stage)
        let problems = TestSupport.diagnostics { _ = try builder.build(cancellation: cancellation) }
        #expect(problems == [Self.reason])
        #expect(TestSupport.snapshot(output).isEmpty)
    }

    @Test func aRebuildCancelledBeforeItStartsChangesNothing() throws {
        let (site, builder) = try builtSite()
        let output = site.appendingPathComponent("Public")
        let before = TestSupport.snapshot(output)
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nAlpha, edited.\n", to: page)
        let cancellation = BuildCancellation()
        cancellation.cancel(because: Self.reason)
        let problems = TestSupport.diagnostics {
            _ = try builder.rebuildDeferringSearchIndex(changedPaths: [page], cancellation: cancellation)
        }
        #expect(problems == [Self.reason])
        #expect(TestSupport.snapshot(output) == before)
        // The edit is applied by the next rebuild.
        _ = try builder.rebuild(changedPaths: [page])
        #expect(try TestSupport.read(output.appendingPathComponent("guide/alpha/index.html")).contains("Alpha, edited."))
    }

    @Test func aRebuildCancelledWhileWritingInPlaceIsFollowedByAFullBuild() throws {
        let (site, builder) = try builtSite()
        let template = site.appendingPathComponent("Templates/page.mustache")
        try TestSupport.write(try TestSupport.read(template).replacingOccurrences(of: "<main>", with: "<main class=\"v2\">"), to: template)
        let cancellation = cancelling(at: "writing")
        let problems = TestSupport.diagnostics {
            _ = try builder.rebuildDeferringSearchIndex(changedPaths: [template], cancellation: cancellation)
        }
        #expect(problems == [Self.reason])
        // Whatever the cancelled rebuild wrote in place, the next one makes every page again.
        let page = site.appendingPathComponent("Content/guide/alpha.md")
        try TestSupport.write("---\ntitle: Alpha\nweight: 20\n---\n\nAlpha, edited.\n", to: page)
        let report = try builder.rebuild(changedPaths: [page])
        #expect(report.pageCount > 1)
        let output = site.appendingPathComponent("Public")
        #expect(try TestSupport.read(output.appendingPathComponent("bare/loose/index.html")).contains("<main class=\"v2\">"))
        #expect(try TestSupport.read(output.appendingPathComponent("guide/alpha/index.html")).contains("Alpha, edited."))
    }

    /// Only a build that may be stopped for running long names its steps; for any other,
    /// a step is a look at the stop and no more, and cancelling still stops it.
    @Test func stepsAreNamedOnlyWhenAskedFor() throws {
        let plain = BuildCancellation()
        let step = try plain.begin("reading a.md")
        #expect(plain.currentStep == nil)
        plain.end(step)
        plain.cancel(because: Self.reason)
        #expect(throws: Self.reason) { try plain.begin("reading b.md") }

        let named = BuildCancellation(namesSteps: true)
        let reading = try named.begin("reading a.md")
        let rendering = try named.begin("rendering b.md")
        named.end(rendering)
        #expect(named.currentStep == "reading a.md", "the step in flight, not the last one started")
        named.end(reading)
        #expect(named.currentStep == "rendering b.md", "with none in flight, the last one started")
    }
}
