import ByteText
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
        hash = ByteHash.hash(data)
    }
}
