#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Where the lines of some text start, the way cmark counts lines: `\n`, `\r\n` or `\r`
/// end a line.
package enum LineStarts {
    /// The byte offset of each line's start: the first is 0.
    package static func of(_ text: [UInt8]) -> [Int] {
        text.withUnsafeBufferPointer { bytes in
            var starts = [0]
            starts.reserveCapacity(bytes.count / 32)
            guard let base = bytes.baseAddress else { return starts }
            let count = bytes.count
            // Without a carriage return (nearly every file) the line ends are where
            // memchr finds newlines.
            if memchr(base, 0x0D, count) == nil {
                var from = 0
                while from < count, let newline = memchr(base + from, 0x0A, count - from) {
                    from = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
                    starts.append(from)
                }
                return starts
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    starts.append(index + 1)
                } else if byte == UInt8(ascii: "\r") {
                    if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
            return starts
        }
    }
}
