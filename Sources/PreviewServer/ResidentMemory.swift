import Foundation

/// The memory this process holds in RAM now (its resident set size).
enum ResidentMemory {
    /// In bytes; nil where it cannot be read (not Linux).
    static func current() -> Int? {
        // statm's second field is the resident size in pages; reading it is one small
        // read, cheap enough to sample every few milliseconds.
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
