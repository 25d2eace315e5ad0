/// The anchor `search.js` derives from a heading when the index leaves it out: the
/// heading's ASCII letters and digits lowercased, every other run of characters one `-`,
/// none at either end ("Steering committee (2024)" → "steering-committee-2024"). The index
/// omits an anchor only when this gives it back exactly; headings with non-ASCII text
/// always keep theirs, so the script needs no Unicode rules.
enum AnchorSlug {
    /// The derived anchor, or nil when `heading` is not plain ASCII.
    static func derive(_ heading: String) -> String? {
        let bytes = heading.utf8Span.span
        var anchor: [UInt8] = []
        // The anchor is never longer than the heading.
        anchor.reserveCapacity(bytes.count)
        var pendingDash = false
        for index in bytes.indices {
            let c = bytes[index]
            if c >= 0x80 { return nil }
            let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingDash, !anchor.isEmpty { anchor.append(UInt8(ascii: "-")) }
                pendingDash = false
                anchor.append(lower)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: anchor, as: UTF8.self)
    }

    /// What the index stores for `anchor`: "" when the script can derive it from `heading`.
    static func stored(anchor: String, heading: String) -> String {
        derive(heading) == anchor ? "" : anchor
    }
}
