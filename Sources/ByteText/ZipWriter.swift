import Foundation

/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries: enough for a
/// site handed to a client or an Office package (.pptx, .xlsx), which every operating system opens without extra tools.
/// Entries keep the order they are added in and carry a fixed timestamp, so the same
/// files give the same bytes.
public struct ZipWriter {
    private var archive = Data()
    private var centralDirectory = Data()
    private var count = 0

    /// 1980-01-01 00:00, the earliest DOS date: no build time leaks into the archive.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// An empty archive.
    public init() {}

    /// Adds a file at `path` (forward slashes, relative) holding `contents`.
    public mutating func add(path: String, contents: Data) throws {
        let name = Data(path.utf8)
        guard contents.count < Int(UInt32.max), archive.count < Int(UInt32.max), name.count <= Int(UInt16.max) else {
            throw ZipError.tooLarge(path)
        }
        let crc = CRC32.checksum(contents)
        let offset = UInt32(archive.count)
        // Local file header.
        archive.appendLE(UInt32(0x0403_4b50))
        archive.appendLE(UInt16(20))  // version needed: 2.0
        archive.appendLE(UInt16(0x0800))  // flags: names are UTF-8
        archive.appendLE(UInt16(0))  // method: stored
        archive.appendLE(Self.dosTime)
        archive.appendLE(Self.dosDate)
        archive.appendLE(crc)
        archive.appendLE(UInt32(contents.count))
        archive.appendLE(UInt32(contents.count))
        archive.appendLE(UInt16(name.count))
        archive.appendLE(UInt16(0))
        archive.append(name)
        archive.append(contents)
        // Its central directory record.
        centralDirectory.appendLE(UInt32(0x0201_4b50))
        centralDirectory.appendLE(UInt16(0x0314))  // made by: Unix, 2.0
        centralDirectory.appendLE(UInt16(20))
        centralDirectory.appendLE(UInt16(0x0800))
        centralDirectory.appendLE(UInt16(0))
        centralDirectory.appendLE(Self.dosTime)
        centralDirectory.appendLE(Self.dosDate)
        centralDirectory.appendLE(crc)
        centralDirectory.appendLE(UInt32(contents.count))
        centralDirectory.appendLE(UInt32(contents.count))
        centralDirectory.appendLE(UInt16(name.count))
        centralDirectory.appendLE(UInt16(0))  // extra
        centralDirectory.appendLE(UInt16(0))  // comment
        centralDirectory.appendLE(UInt16(0))  // disk
        centralDirectory.appendLE(UInt16(0))  // internal attributes
        centralDirectory.appendLE(UInt32(0o100644) << 16)  // external: a regular file, rw-r--r--
        centralDirectory.appendLE(offset)
        centralDirectory.append(name)
        count += 1
    }

    /// The finished archive.
    public func finish() throws -> Data {
        guard count < Int(UInt16.max) else { throw ZipError.tooManyFiles(count) }
        var out = archive
        let directoryOffset = UInt32(out.count)
        out.append(centralDirectory)
        out.appendLE(UInt32(0x0605_4b50))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(count))
        out.appendLE(UInt16(count))
        out.appendLE(UInt32(centralDirectory.count))
        out.appendLE(directoryOffset)
        out.appendLE(UInt16(0))
        return out
    }
}

public enum ZipError: Error, CustomStringConvertible {
    case tooLarge(String)
    case tooManyFiles(Int)

    public var description: String {
        switch self {
        case .tooLarge(let path): "\(path) is too large for a ZIP archive without ZIP64 (4 GB)"
        case .tooManyFiles(let count): "\(count) files are too many for a ZIP archive without ZIP64 (65,535)"
        }
    }
}

/// CRC-32 (IEEE 802.3, reflected), as ZIP requires.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { bytes in
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

private extension Data {
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
