/// Refuses requests addressed to a name other than this machine's loopback names while the
/// server listens on loopback only. Without it, any web page the author visits could use
/// DNS rebinding (a hostile name that resolves to 127.0.0.1) to read the unpublished site.
enum HostCheck {
    /// Whether a request with this `Host` header may be answered by a loopback-only server.
    static func isLoopbackHost(_ header: String?) -> Bool {
        guard let header, !header.isEmpty else { return true }  // HTTP/1.0 clients send none
        var name = Substring(header.lowercased())
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            name = name[name.index(after: name.startIndex)..<close]
        } else if let colon = name.firstIndex(of: ":") {
            name = name[..<colon]
        }
        if name.hasSuffix(".") { name = name.dropLast() }
        return name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || isIPv4Loopback(name)
    }

    private static func isIPv4Loopback(_ name: Substring) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
