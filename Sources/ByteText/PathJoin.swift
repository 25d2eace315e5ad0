/// Joining folder paths on their UTF-8 bytes.
package enum PathJoin {
    /// `relative` joined onto `directory` (both `/`-separated, without a leading slash),
    /// with `.` and `..` removed from `relative`; nil when it climbs above the root.
    /// Works in one buffer: it runs for every link of every page.
    package static func normalize(_ relative: String, in directory: String) -> String? {
        var relative = relative
        var directory = directory
        return directory.withUTF8 { directory in relative.withUTF8 { normalize($0, in: directory) } }
    }

    private static func normalize(_ relative: UnsafeBufferPointer<UInt8>, in directory: UnsafeBufferPointer<UInt8>) -> String? {
        let capacity = directory.count + relative.count + 1
        // The joined path is never longer than both parts and a slash: it is written into
        // one buffer and made a string once.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out -> String? in
            // The joined path so far is `out[..<length]`; `..` climbs back to the segment
            // before the last, found by scanning back for its slash.
            var length = 0
            let slash = UInt8(ascii: "/")
            let dot = UInt8(ascii: ".")
            func append(_ path: UnsafeBufferPointer<UInt8>, resolving: Bool) -> Bool {
                var start = 0
                while start < path.count {
                    var end = start
                    while end < path.count, path[end] != slash { end += 1 }
                    defer { start = end + 1 }
                    let count = end - start
                    if count == 0 { continue }
                    // The directory's segments are taken as they are; the link's are resolved.
                    if resolving, count == 1, path[start] == dot { continue }
                    if resolving, count == 2, path[start] == dot, path[start + 1] == dot {
                        guard length > 0 else { return false }
                        while length > 0, out[length - 1] != slash { length -= 1 }
                        if length > 0 { length -= 1 }
                        continue
                    }
                    if length > 0 {
                        out[length] = slash
                        length += 1
                    }
                    (out.baseAddress! + length).update(from: path.baseAddress! + start, count: count)
                    length += count
                }
                return true
            }
            guard append(directory, resolving: false), append(relative, resolving: true) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<length]), as: UTF8.self)
        }
    }
}
