import Diagnostics
import Foundation
import Testing

@testable import Site

/// Each bad input: a clear message at the right place, an error, and the previous output
/// left exactly as it was.
@Suite struct BadInputTests {
    /// Builds the valid fixture, breaks it with `breakSite`, builds again and returns the
    /// diagnostics, after checking that the first output survived untouched.
    func failingRebuild(_ breakSite: (URL) throws -> Void, configure: (inout BuildConfiguration) -> Void = { _ in }) throws -> [Diagnostic]
    {
        let site = try TestSupport.copySite("valid")
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let before = TestSupport.snapshot(site.appendingPathComponent("Public"))
        try breakSite(site)
        var configuration = TestSupport.configuration(site)
        configure(&configuration)
        let diagnostics = TestSupport.diagnostics { _ = try SiteBuilder(configuration: configuration).build() }
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(TestSupport.snapshot(site.appendingPathComponent("Public")) == before)
        return diagnostics
    }

    @Test func missingContentFolder() throws {
        let diagnostics = try failingRebuild { site in
            try FileManager.default.moveItem(at: site.appendingPathComponent("Content"), to: site.appendingPathComponent("Elsewhere"))
        }
        #expect(diagnostics.first?.message.contains("content folder") == true)
        #expect(diagnostics.first?.message.contains("does not exist") == true)
    }

    @Test func invalidYAMLFrontMatterPointsIntoTheMarkdownFile() throws {
        var path = ""
        let diagnostics = try failingRebuild { site in
            let url = site.appendingPathComponent("Content/guide/alpha.md")
            path = url.path
            try TestSupport.write("---\ntitle: Alpha\nweight: [1, 2\n---\nBody\n", to: url)
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location?.path == path)
        #expect(diagnostics[0].location?.line == 4)
        #expect(diagnostics[0].description.hasPrefix("\(path):4:1: error: invalid YAML in front matter"))
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        var path = ""
        let diagnostics = try failingRebuild { site in
            let url = site.appendingPathComponent("Content/guide/alpha.md")
            path = url.path
            try TestSupport.write("---\njust a sentence\n---\nBody\n", to: url)
        }
        #expect(
            diagnostics.map(\.description) == [
                "\(path):2:1: error: front matter must be a mapping of keys to values — write one `key: value` per line, e.g. `title: My page`"
            ])
    }

    @Test func nonUTF8File() throws {
        let diagnostics = try failingRebuild { site in
            try Data([0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: site.appendingPathComponent("Content/guide/latin1.md"))
        }
        #expect(diagnostics[0].location?.path.hasSuffix("Content/guide/latin1.md") == true)
        #expect(diagnostics[0].location?.line == 1)
        #expect(diagnostics[0].location?.column == 6)
        #expect(diagnostics[0].message.contains("UTF-8"))
    }

    @Test func unknownTemplateIsReportedAtTheTemplateLine() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write(
                "---\ntitle: Alpha\ntemplate: wide\n---\nBody\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location?.path.hasSuffix("Content/guide/alpha.md") == true)
        #expect(diagnostics[0].location?.line == 3)
        #expect(diagnostics[0].location?.column == 11)
        #expect(diagnostics[0].message == "no template named `wide`")
        #expect(diagnostics[0].hint?.contains("page") == true)
    }

    @Test func mustacheSyntaxErrorNamesFileAndLine() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write(
                "<ul>\n{{#nav}}\n<li>{{title}}</li>\n{{/navigation}}\n</ul>\n",
                to: site.appendingPathComponent("Templates/partials/nav.mustache"))
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location?.path.hasSuffix("Templates/partials/nav.mustache") == true)
        #expect(diagnostics[0].location?.line == 4)
        #expect(diagnostics[0].message.hasPrefix("Mustache syntax error"))
    }

    @Test func missingPartialIsAnError() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write("<html>\n{{> partials/sidebar}}\n</html>\n", to: site.appendingPathComponent("Templates/page.mustache"))
        }
        #expect(diagnostics[0].location?.line == 2)
        #expect(diagnostics[0].message == "no partial named `partials/sidebar`")
    }

    @Test func twoPagesAtOneURL() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write("---\ntitle: Setup again\n---\n", to: site.appendingPathComponent("Content/guide/setup/index.md"))
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].message.contains("both map to the URL /guide/setup/"))
        #expect(
            diagnostics[0].location?.path.hasSuffix("guide/setup/index.md") == true
                || diagnostics[0].location?.path.hasSuffix("guide/setup.md") == true)
    }

    @Test func indexAndUnderscoreIndexInOneFolderClash() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write("# Also the guide\n", to: site.appendingPathComponent("Content/guide/_index.md"))
        }
        #expect(diagnostics[0].message.contains("/guide/"))
    }

    @Test func outputInsideTheContentFolderIsRefused() throws {
        let diagnostics = try failingRebuild(
            { _ in },
            configure: { configuration in
                configuration.outputDirectory = configuration.contentDirectory.appendingPathComponent("Public")
            })
        #expect(diagnostics[0].message.contains("overlaps the content folder"))
    }

    @Test func outputThatIsOrContainsTheSourcesIsRefused() throws {
        let site = try TestSupport.copySite("valid")
        for output in [site.appendingPathComponent("Content"), site, site.appendingPathComponent("Templates")] {
            var configuration = TestSupport.configuration(site)
            configuration.outputDirectory = output
            let diagnostics = TestSupport.diagnostics { _ = try SiteBuilder(configuration: configuration).build() }
            #expect(diagnostics.first?.message.contains("overlaps") == true)
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Content/index.md").path))
    }

    @Test(.enabled(if: !TestSupport.isRoot, "root reads files whatever their permissions"))
    func unreadableFile() throws {
        var url: URL?
        let diagnostics = try failingRebuild { site in
            url = site.appendingPathComponent("Content/guide/alpha.md")
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url!.path)
        }
        if let url { try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path) }
        #expect(diagnostics[0].message.contains("cannot read the file"))
    }

    /// The same failure for root: a page that is a link to nothing cannot be read either.
    @Test func fileThatCannotBeRead() throws {
        let diagnostics = try failingRebuild { site in
            try FileManager.default.createSymbolicLink(
                atPath: site.appendingPathComponent("Content/guide/gone.md").path,
                withDestinationPath: "/nonexistent/orgbook/gone.md")
        }
        #expect(diagnostics[0].location?.path.hasSuffix("Content/guide/gone.md") == true)
        #expect(diagnostics[0].message.contains("symbolic link points to nothing"))
    }

    /// A link inside Content to a file outside it would publish that file.
    @Test func linkLeavingTheContentFolder() throws {
        let diagnostics = try failingRebuild { site in
            try FileManager.default.createSymbolicLink(
                atPath: site.appendingPathComponent("Content/guide/leak.md").path,
                withDestinationPath: "/etc/passwd")
        }
        #expect(diagnostics[0].location?.path.hasSuffix("Content/guide/leak.md") == true)
        #expect(diagnostics[0].message.contains("points outside the content folder, to /etc/passwd"))
    }

    @Test func everyBrokenPageIsReportedInOneRun() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write("---\n- a\n---\n", to: site.appendingPathComponent("Content/guide/alpha.md"))
            try TestSupport.write("---\ntitle: [x\n---\n", to: site.appendingPathComponent("Content/guide/zeta.md"))
        }
        #expect(diagnostics.count == 2)
    }

    @Test func invalidSiteSettings() throws {
        let diagnostics = try failingRebuild { site in
            try TestSupport.write("title: A\nrawHTML: sometimes\n", to: site.appendingPathComponent("Content/site.yaml"))
        }
        #expect(diagnostics[0].location?.line == 2)
        #expect(diagnostics[0].message.contains("rawHTML"))
    }
}

/// Content files named like the files Orgbook writes are errors at the content file.
@Suite struct OutputCollisionTests {
    static func problems(_ files: [String: String]) throws -> [Diagnostic] {
        var all = ["index.md": "# Home\n", "site.yaml": "baseURL: https://example.com/\n"]
        for (path, text) in files { all[path] = text }
        let site = try TestSupport.makeSite(all)
        return TestSupport.diagnostics { _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build() }
    }

    @Test(arguments: ["search-index.js", "sitemap.xml", "404.html", "assets/site.css", "index.html"])
    func aFileNamedLikeAGeneratedOneIsAnError(path: String) throws {
        let problems = try Self.problems([path: "mine"])
        try #require(problems.count == 1, "\(problems)")
        #expect(problems[0].location?.path.hasSuffix("Content/\(path)") == true)
        #expect(problems[0].message.contains("would be written over by"))
    }

    @Test func aPageNamedLikeAFileIsAnError() throws {
        let problems = try Self.problems(["search-index.js.md": "# Index\n"])
        try #require(problems.count == 1, "\(problems)")
        #expect(problems[0].message.contains("needs a folder search-index.js/"))
    }

    /// Pages that share a folder are each reported, in the order of their files, however
    /// deep under the colliding folder; pages in ordinary folders beside them are not.
    @Test func everyPageUnderAFolderNamedLikeAFileIsReported() throws {
        let problems = try Self.problems([
            "sitemap.xml/b/deep.md": "# Deep\n", "sitemap.xml/a.md": "# A\n", "docs/x.md": "# X\n", "docs/more/y.md": "# Y\n",
        ])
        let files = problems.map { $0.location?.path.components(separatedBy: "Content/").last }
        #expect(files == ["sitemap.xml/a.md", "sitemap.xml/b/deep.md"])
        #expect(problems.allSatisfy { $0.message.contains("needs a folder sitemap.xml/ where Orgbook's generated sitemap.xml") })
    }
}

/// Problems found across the whole site come out in a fixed order, whatever order the
/// pages were read in: by file for missing templates, by URL for shared URLs.
@Suite struct SiteWideProblemOrderTests {
    @Test func missingTemplatesAreReportedInFileOrder() throws {
        let page = "---\ntemplate: nope\n---\nBody\n"
        let problems = try OutputCollisionTests.problems(["zeta.md": page, "alpha.md": page, "mid/beta.md": page, "fine.md": "# Fine\n"])
        let files = problems.map { $0.location?.path.components(separatedBy: "Content/").last }
        #expect(files == ["alpha.md", "mid/beta.md", "zeta.md"])
        #expect(problems.allSatisfy { $0.message == "no template named `nope`" })
    }

    /// The site-wide checks run beside the Markdown, but their problems alone are
    /// reported, as when they ran first: a page's data error waits for the next build.
    @Test func siteWideProblemsComeBeforeAPagesDataErrors() throws {
        let broken = "# Org\n\n```orgchart\nunits:\n  - id: ceo\n    name: CEO\n    parent: nobody\n```\n"
        let problems = try OutputCollisionTests.problems(["sitemap.xml": "mine", "org.md": broken])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("would be written over by") == true)
    }

    @Test func sharedURLsAreReportedInURLOrder() throws {
        let problems = try OutputCollisionTests.problems([
            "b.md": "# B\n", "b/index.md": "# B again\n", "a.md": "# A\n", "a/index.md": "# A again\n", "c.md": "# C\n",
        ])
        #expect(problems.count == 2)
        #expect(problems.first?.message.contains("to the URL /a/") == true)
        #expect(problems.last?.message.contains("to the URL /b/") == true)
    }
}
