/// One message on the live-reload stream: a build finished (or, first thing on a new
/// stream, the build the server is at now).
struct BuildEvent: Sendable, Equatable {
    var generation: Int
    var succeeded: Bool
    var errorCount: Int
    var pageCount: Int?
    var milliseconds: Int?

    init(status: BuildStatus, report: (pages: Int, milliseconds: Int)? = nil) {
        generation = status.generation
        succeeded = status.succeeded
        errorCount = status.failure?.count ?? 0
        pageCount = report?.pages
        milliseconds = report?.milliseconds
    }

    /// The event in Server-Sent Events wire format.
    var serverSentEvent: String {
        var json = "{\"generation\":\(generation),\"ok\":\(succeeded),\"errors\":\(errorCount)"
        if let pageCount { json += ",\"pages\":\(pageCount)" }
        if let milliseconds { json += ",\"ms\":\(milliseconds)" }
        json += "}"
        return "event: build\ndata: \(json)\n\n"
    }
}
