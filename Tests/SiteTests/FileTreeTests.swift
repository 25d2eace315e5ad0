import Foundation
import Testing
@testable import Site

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
        #expect(try FileTree.files(under: root).sorted() == ["a.md", "broken", "sub/b.txt", "to-file"])
    }

    @Test func hiddenFilesAndFoldersOnlyWhenAsked() throws {
        let root = try makeTree()
        #expect(try FileTree.files(under: root, includingHidden: true).sorted()
                == [".git/x", ".hidden", "a.md", "broken", "sub/b.txt", "to-file"])
    }

    @Test func aMissingRootIsAnError() throws {
        let root = try TestSupport.temporaryFolder().path + "/missing"
        #expect(throws: FileTree.Unreadable.self) { try FileTree.files(under: root) }
    }
}
