/// What a link in a page can point at, and how to turn a written destination into a URL.
public struct LinkTargets: Sendable {
    /// Source path of each page (`guide/setup.md`, or `guide/` for a generated page) → URL path.
    public var pageURLs: [String: String] = [:]
    /// Folder → source path of its section page, so `guide/` and `guide` resolve too.
    public var folderPages: [String: String] = [:]
    /// Content files copied as they are; their output path is their content path.
    public var files: Set<String> = []
    /// Whether links are written for `file://` (`index.html` spelled out).
    public var offline = false

    /// No targets; the pipeline fills the tables.
    public init() {}

    /// What a relative destination written in a page in `sourceDirectory` resolves to.
    public enum Target: Equatable {
        case page(String)
        case file(String)
        case missingPage(String)
        case unresolved
    }

    /// The target of `destination` written in a page in `directory`, and its `#fragment`.
    public func resolve(_ destination: String, fromSourceDirectory directory: String) -> (Target, fragment: String?) {
        let (path, fragment) = SitePaths.splitFragment(destination)
        guard !path.isEmpty, let resolved = SitePaths.normalize(path, in: directory) else { return (.unresolved, fragment) }
        if path.hasSuffix(".md") {
            return (pageURLs[resolved] != nil ? .page(resolved) : .missingPage(resolved), fragment)
        }
        if files.contains(resolved) { return (.file(resolved), fragment) }
        if let page = folderPages[resolved] { return (.page(page), fragment) }
        return (.unresolved, fragment)
    }

    /// The URL a link written as `destination` in a page at (`directory`, `urlPath`) gets,
    /// or nil to keep it as written.
    public func rewrite(_ destination: String, fromSourceDirectory directory: String, fromURLPath urlPath: String) -> String? {
        if destination.isEmpty || destination.hasPrefix("#") || SitePaths.isExternal(destination) { return nil }
        let (path, fragment) = SitePaths.splitFragment(destination)
        guard !path.isEmpty, let resolved = SitePaths.normalize(path, in: directory) else { return nil }
        let target: String
        if path.hasSuffix(".md") {
            guard let url = pageURLs[resolved] else { return nil }
            target = url
        } else if files.contains(resolved) {
            target = resolved
        } else if let page = folderPages[resolved], let url = pageURLs[page] {
            target = url
        } else {
            return nil
        }
        return SitePaths.href(from: urlPath, to: target, offline: offline, suffix: fragment.map { "#" + $0 } ?? "")
    }
}
