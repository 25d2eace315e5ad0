import Foundation

/// A reader of `/_orgbook/events`, as a browser's `EventSource` would use it.
final class EventStreamClient: @unchecked Sendable {
    struct Event: Equatable {
        var name: String
        var data: String
        /// The `generation` field of a build event.
        var generation: Int? { field("generation").flatMap(Int.init) }
        var succeeded: Bool? { field("ok").map { $0 == "true" } }

        private func field(_ key: String) -> String? {
            guard let range = data.range(of: "\"\(key)\":") else { return nil }
            return String(data[range.upperBound...].prefix { $0 != "," && $0 != "}" })
        }
    }

    private let connection: RawConnection
    private var pending = ""
    let headers: [String: String]

    private init(connection: RawConnection, headers: [String: String]) {
        self.connection = connection
        self.headers = headers
    }

    static func connect(port: Int) async throws -> EventStreamClient {
        try await RawHTTP.blocking {
            let connection = try RawConnection(port: port)
            connection.send("GET /_orgbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            let head = try connection.readHead()
            guard head.status == 200 else { throw RawHTTPError.malformed("status \(head.status)") }
            return EventStreamClient(connection: connection, headers: head.headers)
        }
    }

    /// The next named event (comments such as keep-alives are skipped); nil when the
    /// stream ended.
    func next() async throws -> Event? {
        try await RawHTTP.blocking { self.readEvent() }
    }

    /// Reads events until one satisfies `condition`.
    func next(where condition: (Event) -> Bool) async throws -> Event? {
        while let event = try await next() {
            if condition(event) { return event }
        }
        return nil
    }

    private func readEvent() -> Event? {
        while true {
            if let end = pending.range(of: "\n\n") {
                let block = String(pending[..<end.lowerBound])
                pending.removeSubrange(..<end.upperBound)
                var name = "message"
                var data: [String] = []
                for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                if !data.isEmpty { return Event(name: name, data: data.joined(separator: "\n")) }
                continue
            }
            guard let chunk = connection.readChunk() else { return nil }
            pending += String(decoding: chunk, as: UTF8.self)
        }
    }
}
