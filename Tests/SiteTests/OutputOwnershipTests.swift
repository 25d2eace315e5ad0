import Diagnostics
import Foundation
import Testing

@testable import Site

/// A build never deletes what Orgbook did not write: a folder of other files, or a file,
/// given as the output is refused, and nothing in it is touched.
@Suite struct OutputOwnershipTests {
    @Test func aFolderOfOtherFilesIsRefusedAndKept() throws {
        let site = try TestSupport.copySite("valid")
        let output = site.appendingPathComponent("thesis")
        try TestSupport.write("chapter one", to: output.appendingPathComponent("thesis.txt"))
        try TestSupport.write("int main() {}", to: output.appendingPathComponent("src/main.c"))
        let before = TestSupport.snapshot(output)
        let problems = TestSupport.diagnostics {
            _ = try SiteBuilder(configuration: TestSupport.configuration(site, output: "thesis")).build()
        }
        try #require(problems.count == 1)
        #expect(problems[0].message.contains("holds files Orgbook did not write (src and 1 more)"))
        #expect(problems[0].hint?.contains("--force") == true)
        #expect(TestSupport.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".thesis") }
        #expect(leftovers.isEmpty)
    }

    @Test func forceReplacesTheFolder() throws {
        let site = try TestSupport.copySite("valid")
        let output = site.appendingPathComponent("Public")
        try TestSupport.write("x", to: output.appendingPathComponent("notes.txt"))
        var configuration = TestSupport.configuration(site)
        configuration.replacesForeignOutput = true
        _ = try SiteBuilder(configuration: configuration).build()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.txt").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func aFileIsNeverReplacedByAFolder() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("keep me", to: site.appendingPathComponent("report.pdf"))
        var configuration = TestSupport.configuration(site, output: "report.pdf")
        configuration.replacesForeignOutput = true
        let problems = TestSupport.diagnostics { _ = try SiteBuilder(configuration: configuration).build() }
        #expect(problems.first?.message.contains("is a file, not a folder") == true)
        #expect(try TestSupport.read(site.appendingPathComponent("report.pdf")) == "keep me")
    }

    @Test func anEmptyFolderOrOneWithOnlyHiddenFilesIsUsed() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("", to: site.appendingPathComponent("Public/.gitkeep"))
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        // The second build finds its own marker.
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/.gitkeep").path))
    }

    @Test func theCommandLineExitsNonZeroAndSaysHowToFix() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("mine", to: site.appendingPathComponent("out/mine.txt"))
        let refused = try TestSupport.run(["build", "--output", "out"], in: site)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("error: the output folder out holds files Orgbook did not write (mine.txt)"))
        #expect(try TestSupport.read(site.appendingPathComponent("out/mine.txt")) == "mine")
        let forced = try TestSupport.run(["build", "--output", "out", "--force"], in: site)
        #expect(forced.status == 0, "\(forced.stderr)")
    }
}

/// `baseURL` goes into `<base>`-like places and the sitemap: it passes the URL policy.
@Suite struct BaseURLPolicyTests {
    @Test func aScriptBaseURLIsRefusedAtItsLine() throws {
        let site = try TestSupport.copySite("valid")
        try TestSupport.write("title: A\nbaseURL: \"javascript:alert(1)//\"\n", to: site.appendingPathComponent("Content/site.yaml"))
        let problems = TestSupport.diagnostics { _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build() }
        #expect(problems.first?.location?.line == 2)
        #expect(problems.first?.message.contains("`baseURL`") == true)
    }
}
