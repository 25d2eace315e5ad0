/// A scalar of any style, as text.
public struct YAMLScalar: Sendable {
    public var text: String
    /// Written without quotes and not as a block (`|`, `>`): only such a scalar can mean "null".
    public var isPlain: Bool
    public var mark: YAMLMark

    public var isNull: Bool {
        guard isPlain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    public init(text: String, isPlain: Bool, mark: YAMLMark) {
        self.text = text
        self.isPlain = isPlain
        self.mark = mark
    }
}
