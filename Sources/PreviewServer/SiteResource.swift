/// What a request path names inside the output folder.
enum SiteResource: Equatable, Sendable {
    /// A regular file inside the output folder (symlinks already resolved).
    case file(path: String)
    /// A folder asked for without its trailing slash: send the browser to `location`.
    case redirect(location: String)
    /// Nothing there, or something that is never served (a folder without `index.html`).
    case notFound
    /// The path resolves outside the output folder (a symlink that leaves it, or a traversal).
    case forbidden
    /// The path cannot be read as a path.
    case badRequest
}
