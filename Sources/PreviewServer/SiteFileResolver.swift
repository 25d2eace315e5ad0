#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps request paths to files in the output folder, and refuses anything that would
/// leave it.
///
/// Every candidate is passed through `realpath`, so symlinks are followed to where they
/// really point and that place must still be inside the (also resolved) output folder.
struct SiteFileResolver: Sendable {
    /// The output folder with every symlink in it resolved.
    let rootPath: String

    init(outputDirectory: String) {
        rootPath = Self.realPath(outputDirectory) ?? outputDirectory
    }

    /// Finds what `rawPath` (the undecoded path of a request) names.
    func resolve(rawPath: String) -> SiteResource {
        let path: RequestPath
        do {
            path = try RequestPath(rawPath)
        } catch .traversal {
            return .forbidden
        } catch .hidden {
            return .notFound
        } catch {
            return .badRequest
        }
        return resolve(path)
    }

    /// Finds what an already parsed request path names.
    func resolve(_ path: RequestPath) -> SiteResource {
        let candidate = path.segments.isEmpty ? rootPath : rootPath + "/" + path.relativePath
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard isInside(real) else { return .forbidden }
        switch Self.kind(of: real) {
        case .folder:
            guard path.namesFolder else {
                // Rebuilt from the encoded segments, never from the raw path, so a request
                // for `//evil.example` cannot become an off-site redirect.
                return .redirect(location: "/" + path.encodedSegments.map { $0 + "/" }.joined())
            }
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard isInside(index) else { return .forbidden }
            return Self.kind(of: index) == .file ? .file(path: index) : .notFound
        case .file:
            return path.namesFolder ? .notFound : .file(path: real)
        case .other:
            return .notFound
        }
    }

    /// The site's own `404.html`, when it has one inside the folder.
    func notFoundPage() -> String? {
        guard let real = Self.realPath(rootPath + "/404.html"), isInside(real), Self.kind(of: real) == .file else {
            return nil
        }
        return real
    }

    private func isInside(_ real: String) -> Bool {
        real == rootPath || real.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }

    private enum Kind { case file, folder, other }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
