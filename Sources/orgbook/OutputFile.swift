import Diagnostics
import Foundation
import SiteFiles

/// Writing one output file: its folder must exist, and the file appears whole or not at all.
enum OutputFile {
    /// A clear error when the folder `path` would be written into does not exist.
    static func checkFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw Diagnostic.error(
                at: nil, "cannot write \(path): the folder \(folder) does not exist",
                hint: "create it first, or write the file somewhere else")
        }
    }

    /// Writes `data` atomically (a temporary file renamed into place) and says what was written.
    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Diagnostic.error(
                at: nil, "cannot write \(path): \(error.localizedDescription)",
                hint: "check that the folder exists and is writable")
        }
        print("wrote \(path) (\(data.count / 1024) KB)")
    }
}
