/// A 1-based line and column (columns count Unicode scalars, as libyaml does). Kept in
/// 32 bits each so that a scalar node stays small.
public struct YAMLMark: Hashable, Sendable {
    private let storedLine: UInt32
    private let storedColumn: UInt32

    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public var line: Int { Int(storedLine) }
    public var column: Int { Int(storedColumn) }
}
