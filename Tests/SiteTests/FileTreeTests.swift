import Foundation
import Testing

@testable import Site
@testable import SiteFiles

@Suite struct FileTreeTests {
    /// a.md, sub/b.txt, .hidden, .git/x, a link to a.md, a link to sub/, a broken link.
    func makeTree() throws -> String {
        let root = try TestSupport.temporaryFolder().path
        let files = FileManager.default
        try TestSupport.write("a", to: URL(fileURLWithPath: root + "/a.md"))
        try TestSupport.write("b", to: URL(fileURLWithPath: root + "/sub/b.txt"))
        try TestSupport.write("h", to: URL(fileURLWithPath: root + "/.hidden"))
        try TestSupport.write("x", to: URL(fileURLWithPath: root + "/.git/x"))
        try files.createSymbolicLink(atPath: root + "/to-file", withDestinationPath: root + "/a.md")
        try files.createSymbolicLink(atPath: root + "/to-folder", withDestinationPath: root + "/sub")
        try files.createSymbolicLink(atPath: root + "/broken", withDestinationPath: root + "/nowhere")
        return root
    }

    @Test func listsFilesAndFileLinksButDoesNotFollowFolderLinks() throws {
        let root = try makeTree()
        var badLinks: [FileTree.BadLink] = []
        #expect(try FileTree.files(under: root, badLinks: &badLinks).sorted() == ["a.md", "sub/b.txt", "to-file"])
        #expect(badLinks == [FileTree.BadLink(path: "broken", target: nil)])
    }

    @Test func linksLeavingTheRootAreSetAsideWithTheirTarget() throws {
        let root = try makeTree()
        let outside = try TestSupport.temporaryFolder().path + "/secret.txt"
        try TestSupport.write("s", to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: root + "/leak.md", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: root + "/loop")
        var badLinks: [FileTree.BadLink] = []
        let files = try FileTree.files(under: root, badLinks: &badLinks)
        #expect(!files.contains("leak.md") && !files.contains("loop"))
        #expect(
            Set(badLinks) == [
                FileTree.BadLink(path: "broken", target: nil), FileTree.BadLink(path: "loop", target: nil),
                FileTree.BadLink(path: "leak.md", target: outside),
            ])
    }

    @Test func hiddenFilesAndFoldersOnlyWhenAsked() throws {
        let root = try makeTree()
        #expect(
            try FileTree.files(under: root, includingHidden: true).sorted()
                == [".git/x", ".hidden", "a.md", "sub/b.txt", "to-file"])
    }

    @Test func aMissingRootIsAnError() throws {
        let root = try TestSupport.temporaryFolder().path + "/missing"
        #expect(throws: FileTree.Unreadable.self) { try FileTree.files(under: root) }
    }
}
