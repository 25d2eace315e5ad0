import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A response as it came over the wire.
struct RawHTTPResponse {
    var status: Int
    /// Header names lower-cased.
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

enum RawHTTPError: Error {
    case connect(Int32)
    case closedBeforeResponse
    case malformed(String)
}

/// A deliberately dumb HTTP/1.1 client over a plain socket: it sends the request target
/// exactly as written (URL types would normalise `..` and percent escapes away, which is
/// the whole point of the traversal tests) and reads the raw response.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        // A safety net so a bug cannot hang the suite; long enough for a first build while
        // every other suite runs on the same two cores.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw RawHTTPError.connect(errno)
        }
    }

    deinit { close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }

    /// Reads more bytes into the buffer; false at end of stream.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    func readLine() -> String? {
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard fill() else { return nil }
        }
    }

    func read(count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        defer { buffer.removeSubrange(..<count) }
        return Array(buffer[..<count])
    }

    func readToEnd() -> [UInt8] {
        while fill() {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// Reads a status line and headers.
    func readHead() throws -> (status: Int, headers: [String: String]) {
        guard let statusLine = readLine() else { throw RawHTTPError.closedBeforeResponse }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw RawHTTPError.malformed(statusLine) }
        var headers: [String: String] = [:]
        while let line = readLine(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    /// Reads one chunk of a chunked body; nil at the last chunk or end of stream.
    func readChunk() -> [UInt8]? {
        guard let sizeLine = readLine(), let size = Int(sizeLine.split(separator: ";")[0], radix: 16), size > 0 else { return nil }
        let data = read(count: size)
        _ = readLine()
        return data
    }
}

/// One-shot requests for tests.
enum RawHTTP {
    /// Sends `method target` with `Connection: close` and reads the whole response.
    static func request(_ target: String, method: String = "GET", headers: [String: String] = [:], port: Int) async throws
        -> RawHTTPResponse
    {
        try await blocking {
            let connection = try RawConnection(port: port)
            var text = "\(method) \(target) HTTP/1.1\r\nConnection: close\r\n"
            if headers["Host"] == nil { text += "Host: 127.0.0.1:\(port)\r\n" }
            for (name, value) in headers { text += "\(name): \(value)\r\n" }
            connection.send(text + "\r\n")
            let head = try connection.readHead()
            var body: [UInt8] = []
            if method == "HEAD" || head.status == 304 {
                body = []
            } else if head.headers["transfer-encoding"]?.contains("chunked") == true {
                while let chunk = connection.readChunk() { body += chunk }
            } else if let length = head.headers["content-length"].flatMap(Int.init) {
                body = connection.read(count: length) ?? []
            } else {
                body = connection.readToEnd()
            }
            return RawHTTPResponse(status: head.status, headers: head.headers, body: body)
        }
    }

    /// Runs blocking socket work on a thread of its own: neither the cooperative pool nor
    /// Dispatch's global queue (only as wide as the machine has cores) may be tied up by a
    /// test waiting on an event stream.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}
