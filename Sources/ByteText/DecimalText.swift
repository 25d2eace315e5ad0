/// Numbers as short decimal text, for drawings.
package enum DecimalText {
    /// Appends `value` rounded to hundredths, without trailing zeros (`12`, `12.5`,
    /// `-3.25`). The digits are set right to left in a small stack buffer and appended at
    /// once.
    package static func appendHundredths(_ value: Double, to bytes: inout [UInt8]) {
        let hundredths = Int((value * 100).rounded())
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            let magnitude = hundredths.magnitude
            let fraction = magnitude % 100
            if fraction != 0 {
                if fraction % 10 != 0 { put(0x30 + UInt8(fraction % 10)) }
                put(0x30 + UInt8(fraction / 10))
                put(0x2E)
            }
            var whole = magnitude / 100
            repeat {
                put(0x30 + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if hundredths < 0 { put(0x2D) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}
