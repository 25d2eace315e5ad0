/// Where each line of a text starts, so the line and column of any number of offsets are
/// found by binary search: a template with thousands of problems reports them in linear
/// time, not a scan of the text per problem.
struct LineIndex {
    let bytes: [UInt8]
    /// The offset of the first byte of each line; the first line starts at 0.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        self.starts = starts
    }

    /// 1-based line and column (in characters) of a UTF-8 offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: bytes[starts[low]..<offset], as: UTF8.self).count + 1
        return (low + 1, column)
    }
}
