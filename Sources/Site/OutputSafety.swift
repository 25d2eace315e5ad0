import Diagnostics
import Foundation
import SiteFiles

/// Refuses output folders whose replacement would destroy sources.
enum OutputSafety {
    static func validate(_ configuration: BuildConfiguration) throws(Diagnostic) {
        let output = canonical(configuration.outputDirectory)
        for (name, folder) in [("content", configuration.contentDirectory), ("templates", configuration.templatesDirectory)] {
            let source = canonical(folder)
            if output == source || isInside(source, output) || isInside(output, source) {
                throw Diagnostic.error(
                    at: nil,
                    "the output folder \(SourceFile.displayPath(for: configuration.outputDirectory)) overlaps the \(name) folder \(SourceFile.displayPath(for: folder))",
                    hint: "the build replaces the output folder; choose one outside the \(name) folder, e.g. --output Public")
            }
        }
    }

    static func canonical(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// True when `inner` is strictly inside `outer`.
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        inner.hasPrefix(outer == "/" ? "/" : outer + "/") && inner != outer
    }
}
