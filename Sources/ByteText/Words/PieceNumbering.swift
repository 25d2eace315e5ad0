/// Cuts UTF-8 texts into *pieces* — a run of word bytes (`isWordByte`) with the run of
/// other bytes after it — and numbers each distinct piece in order of first sight, counting
/// how often each is seen. A piece becomes a `String` only the first time it is seen.
/// Joining a text's pieces gives the text back exactly.
package struct PieceNumbering {
    /// Pieces by number.
    package private(set) var pieces: [String] = []
    /// How many times each piece was seen.
    package private(set) var counts: [Int] = []
    private let isWordByte: [Bool]
    private var table = WordTable()

    package init(isWordByte: (UInt8) -> Bool) {
        self.isWordByte = (0...255).map { isWordByte(UInt8($0)) }
    }

    /// Appends the numbers of the pieces of `text`, in order, to `out`.
    package mutating func numbers(_ text: String, into out: inout [Int32]) {
        var text = text
        text.withUTF8 { bytes in
            isWordByte.withUnsafeBufferPointer { isWordByte in
                var start = 0
                var i = 0
                while i < bytes.count {
                    while i < bytes.count, isWordByte[Int(bytes[i])] { i += 1 }
                    while i < bytes.count, !isWordByte[Int(bytes[i])] { i += 1 }
                    out.append(Int32(number(UnsafeBufferPointer(rebasing: bytes[start..<i]))))
                    start = i
                }
            }
        }
    }

    private mutating func number(_ piece: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = WordTable.hash(piece)
        if let known = table.value(of: piece, hash: hash) {
            counts[known] += 1
            return known
        }
        table.insert(piece, hash: hash, value: pieces.count)
        pieces.append(String(decoding: piece, as: UTF8.self))
        counts.append(1)
        return pieces.count - 1
    }
}
