import Diagnostics
import Foundation

/// Which folders a build may replace. A full build swaps a new folder in for the old one,
/// so a folder holding anything Orgbook did not write (a thesis, a `src/` folder given as
/// `--output .`) would be lost: such a folder is refused unless the user says `--force`.
/// Every output Orgbook writes carries a marker file, which is how it knows its own.
public enum OutputOwnership {
    /// The marker at the top of every output folder.
    public static let markerName = ".orgbook-output"
    static let markerText = Data("This folder is written by Orgbook: each `orgbook build` replaces it whole.\n".utf8)

    /// Throws when `output` is a file, or a folder with visible entries and no marker
    /// (unless `force`). A missing folder, or one holding only hidden files such as
    /// `.gitkeep`, is fine.
    static func check(_ output: URL, force: Bool) throws(Diagnostic) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let display = SourceFile.displayPath(for: output)
        guard manager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Diagnostic.error(
                at: nil, "the output \(display) is a file, not a folder",
                hint: "pass --output with a folder name (a new or empty folder, or one Orgbook wrote)")
        }
        if force || manager.fileExists(atPath: output.appendingPathComponent(markerName).path) { return }
        let visible = ((try? manager.contentsOfDirectory(atPath: output.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        guard let first = visible.first else { return }
        let more = visible.count > 1 ? " and \(visible.count - 1) more" : ""
        throw Diagnostic.error(
            at: nil, "the output folder \(display) holds files Orgbook did not write (\(first)\(more)); a build would replace them",
            hint: "pass --output with a new or empty folder, or add --force to replace this folder and everything in it")
    }
}
