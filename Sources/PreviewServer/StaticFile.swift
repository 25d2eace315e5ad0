#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read from the output folder, with what validators are made of.
struct StaticFile: Sendable {
    var bytes: [UInt8]
    var size: Int
    var inode: UInt64
    /// Modification time in nanoseconds since 1970.
    var modifiedNanoseconds: Int
    var modifiedSeconds: Int { modifiedNanoseconds / 1_000_000_000 }

    /// Reads the whole file; nil when it vanished or is not a regular file any more (the
    /// build may have just replaced it).
    static func read(path: String) -> StaticFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        if filled < size { bytes.removeSubrange(filled...) }
        #if canImport(Darwin)
            let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #else
            let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #endif
        return StaticFile(bytes: bytes, size: filled, inode: UInt64(info.st_ino), modifiedNanoseconds: modified)
    }

    /// A strong validator that changes whenever the file is replaced or rewritten.
    var entityTag: String {
        "\(String(inode, radix: 16))-\(String(size, radix: 16))-\(String(modifiedNanoseconds, radix: 16))"
    }
}

/// `read(2)`, under a name that the static `read(path:)` above cannot shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
