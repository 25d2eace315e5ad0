import Foundation

/// Strings ordered as JavaScript compares them: by UTF-16 code unit, so that what the build
/// sorts is sorted for the browser's script too.
package enum UTF16Order {
    /// True when `a` sorts before `b`. UTF-8 byte order is the same except between
    /// characters from U+E000 up and those above U+FFFF (lead bytes 0xEE and up), so bytes
    /// decide unless both have such a byte.
    package static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let byBytes: Bool? = a.withUTF8 { a in
            b.withUTF8 { b in
                if a.contains(where: { $0 >= 0xEE }) && b.contains(where: { $0 >= 0xEE }) { return nil }
                // As memcmp orders bytes, then the shorter first.
                let common = min(a.count, b.count)
                if common > 0 {
                    let order = memcmp(a.baseAddress!, b.baseAddress!, common)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
        return byBytes ?? a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
