import Hummingbird

/// Answers every request: the live-reload event stream, and files from the output folder
/// with live reload (and, after a failed build, the error overlay) added to HTML.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// Paths under this prefix belong to the server, never to the site.
    static let reservedPrefix = "/_orgbook/"
    static let eventsPath = "/_orgbook/events"

    let resolver: SiteFileResolver
    let statusStore: BuildStatusStore
    let hub: EventHub
    /// Only answer requests addressed to a loopback name (see `HostCheck`).
    let requiresLoopbackHost: Bool

    func respond(to request: Request, context: Context) async throws -> Response {
        if requiresLoopbackHost, !HostCheck.isLoopbackHost(request.head.authority) {
            return Self.plain(.forbidden, "Forbidden: this preview only answers to localhost and 127.0.0.1.\n")
        }
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [.allow: "GET, HEAD"])
        }
        let rawPath = request.uri.path
        if rawPath.hasPrefix(Self.reservedPrefix) {
            guard rawPath == Self.eventsPath else { return Self.plain(.notFound, "Not found.\n") }
            return eventStream(isHead: request.method == .head)
        }
        switch resolver.resolve(rawPath: rawPath) {
        case .file(let path):
            guard let file = StaticFile.read(path: path) else { return notFound(request) }
            return serve(file, path: path, status: .ok, request: request)
        case .redirect(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .found, headers: [.location: location + query, .cacheControl: "no-cache", .contentLength: "0"])
        case .notFound:
            return notFound(request)
        case .forbidden:
            return Self.plain(.forbidden, "Forbidden: that path leaves the site.\n")
        case .badRequest:
            return Self.plain(.badRequest, "Bad request: the path is not one a page can have.\n")
        }
    }

    // MARK: Files

    private func serve(_ file: StaticFile, path: String, status: HTTPResponse.Status, request: Request) -> Response {
        let contentType = ContentType.forPath(path)
        var body = file.bytes
        var entityTag = file.entityTag
        var lastModified = file.modifiedSeconds
        if ContentType.isHTML(contentType) {
            // The served page depends on the build status too, so its validators do.
            let buildStatus = statusStore.current
            body = PageInjection.inject(PageInjection.snippet(for: buildStatus), into: body)
            entityTag += "-g\(buildStatus.generation)"
            lastModified = max(lastModified, buildStatus.changedAt)
        }
        var headers: HTTPFields = [
            .contentType: contentType,
            .eTag: "\"\(entityTag)\"",
            .lastModified: HTTPDate.format(lastModified),
            // A preview must never show a stale page: revalidate every time (cheap, 304s).
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
        ]
        if status == .ok, ConditionalRequest.isNotModified(request.headers, entityTag: entityTag, lastModified: lastModified) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(body.count)
        if request.method == .head {
            return Response(status: status, headers: headers)
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The site's `404.html` with status 404, or a plain page when it has none; both get
    /// live reload, so a page that does not exist yet appears once it is built.
    private func notFound(_ request: Request) -> Response {
        if let page = resolver.notFoundPage(), let file = StaticFile.read(path: page) {
            var response = serve(file, path: page, status: .notFound, request: request)
            response.headers[.eTag] = nil
            return response
        }
        let html =
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Not found</title></head>"
            + "<body><h1>Not found</h1><p>No page at this address.</p></body></html>\n"
        let page = PageInjection.inject(PageInjection.snippet(for: statusStore.current), into: Array(html.utf8))
        let headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache", .contentLength: String(page.count)]
        if request.method == .head { return Response(status: .notFound, headers: headers) }
        return Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Live reload

    /// A Server-Sent Events stream: first the build the server is at, then every build
    /// as it finishes, with keep-alive comments in between. It ends on shutdown.
    private func eventStream(isHead: Bool) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        if isHead { return Response(status: .ok, headers: headers) }
        let hub = self.hub
        let statusStore = self.statusStore
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Subscribe before reading the status, so no build can slip between the two.
                let messages = hub.subscribe()
                let greeting = "retry: 1000\n" + BuildEvent(status: statusStore.current).serverSentEvent
                try await writer.write(ByteBuffer(string: greeting))
                for await message in messages {
                    switch message {
                    case .build(let event): try await writer.write(ByteBuffer(string: event.serverSentEvent))
                    case .heartbeat: try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    }
                }
                try await writer.finish(nil)
            })
    }
}
