import Diagnostics
import Foundation
import Site
import SiteContent

/// `orgbook export reports/CLIENT -o CLIENT.zip`: one client's deliverable as an offline
/// site. It is the site the bundle sits in, built as if every other client's report did
/// not exist — so the report, its sections, the playbook pages it links to, navigation and
/// search all work from `file://`, and no page, index entry or search term names another
/// client.
public enum ClientBundle {
    public static func export(bundle: String, templatesDirectory: URL) throws -> (zip: Data, report: BuildReport) {
        let folder = URL(fileURLWithPath: bundle.isEmpty ? "." : bundle).standardizedFileURL.resolvingSymlinksInPath()
        guard let content = contentFolder(above: folder) else {
            throw DiagnosticError(
                .error(
                    at: nil, "\(bundle) is not inside a site: no site.yaml in the folders above it",
                    hint: "export a report folder of a content folder, e.g. Content/reports/CLIENT"))
        }
        let inventory = try ContentInventory.scan(content)
        let own = String(folder.path.dropFirst(content.path.count + 1))
        guard inventory.reportFolders.contains(own) else {
            throw DiagnosticError(
                .error(at: nil, "\(bundle) holds no report.yaml", hint: "name a report folder, e.g. Content/reports/CLIENT"))
        }
        let others = inventory.reportFolders.filter { $0 != own }
        return try SiteArchive.export(
            contentDirectory: content, templatesDirectory: templatesDirectory, includeDrafts: false,
            excluding: others)
    }

    /// The nearest folder above `folder` holding `site.yaml`.
    static func contentFolder(above folder: URL) -> URL? {
        var directory = folder
        while directory.path != "/" {
            directory.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(SiteSettings.fileName).path) {
                return directory.resolvingSymlinksInPath()
            }
        }
        return nil
    }
}
