import Foundation

/// A fast 64-bit hash of some bytes, for telling files apart (`ContentDigest`): not for
/// security, and not stable across versions.
package enum ByteHash {
    /// The hash of `data`'s bytes.
    package static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { hash($0) }
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
