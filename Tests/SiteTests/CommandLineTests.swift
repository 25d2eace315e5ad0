import Foundation
import Testing

/// The `orgbook` executable, run as a process the way people run it.
@Suite struct CommandLineTests {
    @Test func buildPrintsAOneLineSummary() throws {
        let site = try TestSupport.copySite("valid")
        let result = try TestSupport.run(["build"], in: site)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built 8 pages into Public in ") == true)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/setup/index.html").path))
    }

    @Test func buildTakesFoldersAndFlags() throws {
        let site = try TestSupport.copySite("valid")
        try FileManager.default.moveItem(at: site.appendingPathComponent("Content"), to: site.appendingPathComponent("Pages"))
        let result = try TestSupport.run(["build", "--content", "Pages", "--output", "out", "--offline", "--drafts"], in: site)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Built 9 pages into out"))
        let html = try TestSupport.read(site.appendingPathComponent("out/guide/draft/index.html"))
        #expect(html.contains("index.html\""))
    }

    @Test func buildErrorsGoToStandardErrorWithANonZeroStatus() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("---\n[not, a, mapping]\n---\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
        let result = try TestSupport.run(["build"], in: site)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Content/guide/alpha.md:2:1: error: front matter must be a mapping"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
    }

    @Test func missingContentFolderFails() throws {
        let folder = try TestSupport.temporaryFolder()
        let result = try TestSupport.run(["build"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: the content folder Content does not exist"))
    }

    @Test func checkPassesOnAValidSiteAndWritesNothing() throws {
        let site = try TestSupport.copySite("valid")
        let result = try TestSupport.run(["check"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
    }

    @Test func checkReportsEveryProblemAndExitsOne() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("---\n- a\n---\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
        try TestSupport.write("---\ntemplate: nope\n---\n", to: site.appendingPathComponent("Content/guide/zeta.md"))
        try TestSupport.write("---\ntitle: [\n---\n", to: site.appendingPathComponent("Content/bare/loose.md"))
        let result = try TestSupport.run(["check"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/guide/alpha.md:2:1: error:"))
        #expect(result.stderr.contains("Content/bare/loose.md:"))
        #expect(result.stderr.contains("Content/guide/zeta.md:2:11: error: no template named `nope`"))
    }

    @Test(.enabled(if: TestSupport.markdownRecordsLinks, "needs the Markdown target's link records"))
    func checkReportsBrokenLinksBesideOtherErrors() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("---\n- a\n---\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
        try TestSupport.write(
            "# Zeta\n\n[gone](gone.md), [alpha](alpha.md#whatever)\n", to: site.appendingPathComponent("Content/guide/zeta.md"))
        let result = try TestSupport.run(["check"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/guide/alpha.md:2:1: error:"))
        #expect(result.stderr.contains("Content/guide/zeta.md:3:1: error: link to a missing page `guide/gone.md`"))
        // alpha.md failed to load: its anchors are unknown, so no second error about it.
        #expect(!result.stderr.contains("#whatever"))
    }

    @Test(.enabled(if: TestSupport.markdownRecordsLinks, "needs the Markdown target's link records"))
    func brokenLinksFailCheckButOnlyWarnInBuild() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write(
            "---\ntitle: Alpha\n---\n\nSee [nothing](missing.md) and [setup](setup.md#no-such-heading).\n",
            to: site.appendingPathComponent("Content/guide/alpha.md"))
        let check = try TestSupport.run(["check"], in: site)
        #expect(check.status == 1)
        #expect(check.stderr.contains("Content/guide/alpha.md:5:"))
        #expect(check.stderr.contains("error: link to a missing page `guide/missing.md`"))
        #expect(check.stderr.contains("#no-such-heading"))
        let build = try TestSupport.run(["build"], in: site)
        #expect(build.status == 0)
        #expect(build.stderr.contains("warning: link to a missing page"))
        #expect(build.stdout.contains("2 warnings"))
    }

    @Test func renderPrintsThePageFragment() throws {
        let site = try TestSupport.copySite("valid")
        let result = try TestSupport.run(["render", "Content/guide/alpha.md"], in: site)
        #expect(result.status == 0)
        #expect(result.stdout == "<p>Alpha comes before Setup (same weight, title order).</p>\n")
    }

    @Test func renderOfPlainCommonMarkMatchesLibcmark() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("Some *emphasis* and `code`.\n\n> quoted\n\n1. one\n2. two\n", to: folder.appendingPathComponent("plain.md"))
        let result = try TestSupport.run(["render", "plain.md"], in: folder)
        #expect(
            result.stdout
                == "<p>Some <em>emphasis</em> and <code>code</code>.</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"
        )
    }

    @Test func renderOfAnUnknownFileTypeFails() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("x", to: folder.appendingPathComponent("notes.txt"))
        let result = try TestSupport.run(["render", "notes.txt"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("expected a .md, .yaml, .yml, .csv or .xlsx file"))
    }

    @Test func newMakesASiteThatBuilds() throws {
        let folder = try TestSupport.temporaryFolder()
        let templates = TestSupport.packageRoot.appendingPathComponent("Templates").path
        let created = try TestSupport.run(["new", "mysite", "--templates", templates], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let site = folder.appendingPathComponent("mysite")
        let build = try TestSupport.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built 10 pages"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/guide/write-a-page/index.html").path))
        let again = try TestSupport.run(["new", "mysite", "--templates", templates], in: folder)
        #expect(again.status != 0)
        #expect(again.stderr.contains("is not empty"))
    }
}
