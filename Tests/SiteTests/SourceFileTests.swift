import Diagnostics
import Foundation
import Testing

@testable import Site
@testable import SiteFiles

@Suite struct SourceFileTests {
    @Test func invalidUTF8IsLocatedAtItsLineAndColumn() {
        let data = Data("ok\nab".utf8) + Data([0xFF, 0x41])
        #expect(SourceFile.firstInvalidUTF8Location(in: data, path: "x.md") == SourceLocation(path: "x.md", line: 2, column: 3))
    }

    @Test func readingANonUTF8FileFails() throws {
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("latin1.md")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: url)
        do {
            _ = try SourceFile.readText(at: url, displayPath: "latin1.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "latin1.md", line: 1, column: 4))
            #expect(error.message.contains("not valid UTF-8"))
        }
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("bom.md")
        try (Data([0xEF, 0xBB, 0xBF]) + Data("---\ntitle: A\n---\n".utf8)).write(to: url)
        #expect(try SourceFile.readText(at: url, displayPath: "bom.md").hasPrefix("---"))
    }
}
