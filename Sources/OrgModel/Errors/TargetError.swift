import Diagnostics

/// Problems with `targets:`.
public enum TargetError: OrgDataProblem, Hashable {
    case notACount(key: String, value: String)
    case minAboveMax(min: Int, max: Int)

    public var message: String {
        switch self {
        case .notACount(let key, let value): "target \(quoted(key)) is \(quoted(value)), not a whole number"
        case .minAboveMax(let min, let max): "span target 'min' (\(min)) is above 'max' (\(max))"
        }
    }

    public var hint: String? {
        switch self {
        case .notACount: "write targets as whole numbers: targets: {span: {min: 4, max: 12}, layers: {max: 7}}"
        case .minAboveMax: "swap them, or raise 'max'"
        }
    }
}
