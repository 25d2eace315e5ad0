import ByteText
import Diagnostics
import Foundation
import Site

/// `orgbook export --site`: an offline build of a whole site, zipped, for a client to unpack
/// and open from `file://` with navigation, search and diagrams working.
public enum SiteArchive {
    /// Builds the site offline into a temporary folder and returns the zip of it with the
    /// build's report. The configuration's output folder is ignored; nothing else is written.
    /// Client reports stay out (the `reports/` folder and every report bundle) unless
    /// `includeReports`: a site zip goes to people who are not those clients.
    public static func export(
        contentDirectory: URL, templatesDirectory: URL, includeDrafts: Bool = false,
        includeReports: Bool = false
    ) throws -> (zip: Data, report: BuildReport) {
        var excluded: [String] = []
        if !includeReports {
            let inventory = try ContentInventory.scan(contentDirectory)
            let reports =
                inventory.markdownFiles.contains { $0.hasPrefix("reports/") } || inventory.bundleFiles.contains { $0.hasPrefix("reports/") }
            excluded = (reports ? ["reports"] : []) + inventory.reportFolders.filter { !$0.hasPrefix("reports/") }
        }
        return try export(
            contentDirectory: contentDirectory, templatesDirectory: templatesDirectory,
            includeDrafts: includeDrafts, excluding: excluded)
    }

    /// Builds and zips the site without the content-relative folders `excluded`.
    static func export(
        contentDirectory: URL, templatesDirectory: URL, includeDrafts: Bool,
        excluding excluded: [String]
    ) throws -> (zip: Data, report: BuildReport) {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("orgbook-export-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("site", isDirectory: true)
        var configuration = BuildConfiguration(
            contentDirectory: contentDirectory, templatesDirectory: templatesDirectory,
            outputDirectory: output, offline: true, includeDrafts: includeDrafts)
        configuration.excludedFolders = excluded
        let report = try SiteBuilder(configuration: configuration).build()
        var zip = ZipWriter()
        for path in try files(under: output) {
            let data = try Data(contentsOf: output.appendingPathComponent(path))
            try zip.add(path: path, contents: data)
        }
        return (try zip.finish(), report)
    }

    /// Every regular file below `root`, as sorted relative paths (sorted so the archive's
    /// bytes do not depend on the order the file system lists them in).
    static func files(under root: URL) throws -> [String] {
        let base = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var paths: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            let relative = String(path.dropFirst(base.count + 1))
            if relative.hasPrefix(".") { continue }  // .gitkeep and the like
            paths.append(relative)
        }
        return paths.sorted()
    }
}
