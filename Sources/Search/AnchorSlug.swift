/// The anchor `search.js` derives from a heading when the index leaves it out: the
/// heading's ASCII letters and digits lowercased, every other run of characters one `-`,
/// none at either end ("Steering committee (2024)" → "steering-committee-2024"). The index
/// omits an anchor only when this gives it back exactly; headings with non-ASCII text
/// always keep theirs, so the script needs no Unicode rules.
enum AnchorSlug {
    /// The derived anchor, or nil when `heading` is not plain ASCII.
    static func derive(_ heading: String) -> String? {
        var heading = heading
        return heading.withUTF8 { bytes -> String? in
            // The anchor is never longer than the heading.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> String? in
                var length = 0
                var pendingDash = false
                for c in bytes {
                    if c >= 0x80 { return nil }
                    let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                        if pendingDash, length > 0 {
                            out[length] = UInt8(ascii: "-")
                            length += 1
                        }
                        pendingDash = false
                        out[length] = lower
                        length += 1
                    } else {
                        pendingDash = true
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<length]), as: UTF8.self)
            }
        }
    }

    /// What the index stores for `anchor`: "" when the script can derive it from `heading`.
    static func stored(anchor: String, heading: String) -> String {
        derive(heading) == anchor ? "" : anchor
    }
}
