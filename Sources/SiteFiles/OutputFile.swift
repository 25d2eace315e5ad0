import Foundation

/// One file of the built site: bytes made by the build, or a file copied as it is.
public enum OutputFile: Sendable, Hashable {
    case data(Data)
    case copy(URL)

    public func contents() throws -> Data {
        switch self {
        case .data(let data): data
        case .copy(let url): try Data(contentsOf: url)
        }
    }

    /// What the build remembers of this file once it is written.
    public var record: OutputRecord {
        switch self {
        case .data(let data): .bytes(ContentDigest(data))
        case .copy(let url): .copy(url)
        }
    }
}

/// What the last build wrote at a path: enough to tell whether a new output differs,
/// without keeping the site's bytes in memory between builds.
public enum OutputRecord: Sendable, Hashable {
    case bytes(ContentDigest)
    case copy(URL)
}

/// The length and a 64-bit hash of some bytes. Two outputs with the same digest are taken
/// to be the same file; a collision would need equal lengths and equal hashes.
public struct ContentDigest: Sendable, Hashable {
    var count: Int
    var hash: UInt64

    public init(_ data: Data) {
        count = data.count
        hash = data.withUnsafeBytes { Self.hash($0) }
    }

    /// A multiply–xor hash over 8-byte words (in the spirit of wyhash/FxHash), four
    /// independent lanes at a time so the multiplications overlap: it runs over every
    /// page of a big site on each build.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count), 1, 2, 3)
        var offset = 0
        while offset + 32 <= bytes.count {
            func mix(_ h: UInt64, _ at: Int) -> UInt64 {
                let mixed = (h ^ bytes.loadUnaligned(fromByteOffset: offset + at, as: UInt64.self)) &* prime
                return mixed ^ (mixed >> 29)
            }
            lanes = (mix(lanes.0, 0), mix(lanes.1, 8), mix(lanes.2, 16), mix(lanes.3, 24))
            offset += 32
        }
        var h = lanes.0 ^ (lanes.1 &* prime) ^ (lanes.2 &* prime &* prime) ^ (lanes.3 &* prime &* prime &* prime)
        while offset + 8 <= bytes.count {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            h ^= h >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        h = (h ^ tail) &* prime
        return h ^ (h >> 32)
    }
}
