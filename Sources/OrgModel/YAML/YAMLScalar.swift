/// A scalar of any style, as text.
struct YAMLScalar: Sendable {
    var text: String
    /// Written without quotes and not as a block (`|`, `>`): only such a scalar can mean "null".
    var isPlain: Bool
    var mark: YAMLMark

    var isNull: Bool {
        guard isPlain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
