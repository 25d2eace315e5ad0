import Foundation
import Testing

@testable import BuiltInFiles
@testable import Site

/// The files compiled into the binary match the checkout: a stale
/// `EmbeddedFiles+Generated.swift` fails here until `make embed` is run.
@Suite struct EmbeddedFilesTests {
    /// Every file the generator embeds, read from the checkout: embedded path → text.
    static func checkoutFiles() -> [String: String] {
        let sources = [
            ("Templates", "Templates", { (_: String) in true }),
            ("Starter", "Starter", { (_: String) in true }),
            ("Sources/OrgModel/Schemas", "Schemas", { (name: String) in name.hasSuffix(".schema.json") }),
        ]
        var files: [String: String] = [:]
        for (folder, prefix, keep) in sources {
            let root = TestSupport.packageRoot.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true, keep(url.lastPathComponent) else {
                    continue
                }
                let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
                files[prefix + "/" + relative] = (try? TestSupport.read(url)) ?? ""
            }
        }
        return files
    }

    @Test func embeddedFilesMatchTheCheckout() {
        let onDisk = Self.checkoutFiles()
        let missing = Set(onDisk.keys).subtracting(EmbeddedFiles.paths).sorted()
        let extra = Set(EmbeddedFiles.paths).subtracting(onDisk.keys).sorted()
        let changed = onDisk.filter { path, text in EmbeddedFiles.text(of: path).map { $0 != text } ?? false }.keys.sorted()
        #expect(
            missing.isEmpty && extra.isEmpty && changed.isEmpty,
            "EmbeddedFiles+Generated.swift is out of date (run `make embed`): missing \(missing), removed \(extra), changed \(changed)")
        #expect(onDisk.keys.contains("Templates/page.mustache") && onDisk.keys.contains("Schemas/report.schema.json"))
    }

    @Test func filesUnderAFolderAreRelativeAndSorted() {
        let templates = EmbeddedFiles.files(under: "Templates")
        #expect(templates.map(\.path) == templates.map(\.path).sorted())
        #expect(templates.contains { $0.path == "partials/nav.mustache" })
        #expect(!templates.contains { $0.path.hasPrefix("Templates/") })
    }
}
