import Diagnostics

/// Why the preview server could not start, with what to do about it.
public enum PreviewServerError: Error, Sendable, CustomStringConvertible {
    /// Something else already listens on the port.
    case portInUse(host: String, port: Int)
    /// The address cannot be listened on (not an address of this machine, no such host).
    case cannotListen(host: String, port: Int, reason: String)

    /// The problem as a diagnostic, printed like every other Orgbook error.
    public var diagnostic: Diagnostic {
        switch self {
        case .portInUse(let host, let port):
            .error(
                at: nil, "port \(port) on \(host) is already in use",
                hint: "stop the other server, or pick another port with --port \(port == 65535 ? 8001 : port + 1)")
        case .cannotListen(let host, let port, let reason):
            .error(
                at: nil, "cannot listen on \(host):\(port): \(reason)",
                hint: "use --host 127.0.0.1, or an address of this machine")
        }
    }

    public var description: String { diagnostic.description }
}
