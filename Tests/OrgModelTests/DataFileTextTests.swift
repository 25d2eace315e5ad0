import Foundation
import Testing

@testable import OrgData
@testable import OrgModel

/// A data file that cannot be used says why: missing, a folder, or not UTF-8 — the last
/// at its first bad byte, with how to save it as UTF-8.
@Suite struct DataFileTextTests {
    @Test func aLatin1ExportIsReportedAtItsFirstBadByte() throws {
        let folder = try TemporaryFolder(files: ["README": ""])
        defer { folder.cleanUp() }
        // "Zoë" in Latin-1: 0xEB is not UTF-8.
        let latin1 = Data("id,name,parent\nceo,Chief,\nops,Zo".utf8) + Data([0xEB]) + Data(",ceo\n".utf8)
        let path = folder.path + "/export.csv"
        try latin1.write(to: URL(fileURLWithPath: path))
        let found = errors { try OrgDataLoader.load(file: path) }
        #expect(found == ["\(path):3:7: '\(path)' is not UTF-8 text (byte 0xEB here)"])
        let hint = DataFormatError.notUTF8(path: path, byte: 0xEB).hint ?? ""
        #expect(hint.contains("UTF-8") && hint.contains("Excel"))
    }

    @Test func aSrcToANonUTF8FilePointsIntoThatFile() throws {
        let folder = try TemporaryFolder(files: ["README": ""])
        defer { folder.cleanUp() }
        try (Data("units:\n  - { id: ceo, name: \"Caf".utf8) + Data([0xE9]) + Data("\" }\n".utf8))
            .write(to: URL(fileURLWithPath: folder.path + "/org.yaml"))
        let found = errors { try loadInline("src: org.yaml\n", kind: .orgChart, line: 4, base: folder.path) }
        #expect(found == ["\(folder.path)/org.yaml:2:26: '\(folder.path)/org.yaml' is not UTF-8 text (byte 0xE9 here)"])
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try TemporaryFolder(files: ["charts/keep.txt": ""])
        defer { folder.cleanUp() }
        let found = errors { try loadInline("src: charts.csv\n", kind: .orgChart, base: folder.path) }
        #expect(found.count == 1 && found[0].contains("cannot read"))
        try FileManager.default.createDirectory(atPath: folder.path + "/dir.csv", withIntermediateDirectories: true)
        #expect(
            errors { try loadInline("src: dir.csv\n", kind: .orgChart, base: folder.path) }
                == ["page.md:1:1: cannot read '\(folder.path)/dir.csv'"])
    }
}
