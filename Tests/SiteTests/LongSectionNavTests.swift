import Foundation
import Testing

@testable import Site

/// A folder of many pages: each page's nav shows the entries around it and says how many
/// it leaves out, so the nav does not grow with the folder (20,000 pages once made every
/// page 1.8 MB).
@Suite struct LongSectionNavTests {
    static func navLinks(_ html: String) -> [String] {
        let nav = html.components(separatedBy: "<nav>").dropFirst().first?.components(separatedBy: "</nav>").first ?? ""
        return nav.components(separatedBy: "<a href=").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func aLongSectionShowsAWindowAroundThePage() throws {
        var files = ["index.md": "# Home\n", "notes/index.md": "# Notes\n"]
        for i in 0..<200 { files[String(format: "notes/n%03d.md", i)] = String(format: "# Note %03d\n", i) }
        let site = try TestSupport.makeSite(files)
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let links = Self.navLinks(try TestSupport.read(site.appendingPathComponent("Public/notes/n100/index.html")))
        let notes = links.filter { $0.contains(">Note ") }
        #expect(notes.count == 2 * TemplateStage.navWindowRadius + 1)
        #expect(notes.first?.hasSuffix(">Note 090") == true && notes.last?.hasSuffix(">Note 110") == true)
        #expect(links.contains("\"../../notes/\">… 90 earlier pages"))
        #expect(links.contains("\"../../notes/\">… 89 more pages"))
        let first = Self.navLinks(try TestSupport.read(site.appendingPathComponent("Public/notes/n000/index.html")))
        #expect(!first.contains { $0.contains("earlier pages") })
        #expect(first.contains("\"../../notes/\">… 189 more pages"))
    }

    @Test func aShortSectionListsEveryEntry() throws {
        var files = ["index.md": "# Home\n"]
        for i in 0..<TemplateStage.navListLimit { files[String(format: "notes/n%03d.md", i)] = "# Note \(i)\n" }
        let site = try TestSupport.makeSite(files)
        _ = try SiteBuilder(configuration: TestSupport.configuration(site)).build()
        let links = Self.navLinks(try TestSupport.read(site.appendingPathComponent("Public/notes/n030/index.html")))
        #expect(links.filter { $0.contains(">Note ") }.count == TemplateStage.navListLimit)
    }
}
