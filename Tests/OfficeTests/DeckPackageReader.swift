import Foundation

/// The entries of a package Orgbook wrote: its ZIPs are stored (not deflated), so each
/// local header is followed by the entry's bytes as they are.
enum DeckPackageReader {
    static func entries(_ zip: Data) -> [String: String] {
        let bytes = [UInt8](zip)
        var entries: [String: String] = [:]
        var at = 0
        func number(_ offset: Int, _ width: Int) -> Int {
            (0..<width).reduce(0) { $0 | Int(bytes[at + offset + $1]) << (8 * $1) }
        }
        while at + 30 <= bytes.count, bytes[at..<at + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
            let size = number(18, 4)
            let nameLength = number(26, 2)
            let extraLength = number(28, 2)
            let name = String(decoding: bytes[(at + 30)..<(at + 30 + nameLength)], as: UTF8.self)
            let start = at + 30 + nameLength + extraLength
            entries[name] = String(decoding: bytes[start..<(start + size)], as: UTF8.self)
            at = start + size
        }
        return entries
    }
}
