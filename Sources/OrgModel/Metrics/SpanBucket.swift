/// The span-of-control bands an organisation-design review counts managers in.
public enum SpanBucket: String, Sendable, Hashable, CaseIterable {
    case one = "1"
    case twoToThree = "2–3"
    case fourToSeven = "4–7"
    case eightToTwelve = "8–12"
    case thirteenToSixteen = "13–16"
    case seventeenPlus = "17+"

    /// The band of a manager with `span` direct reports (at least 1).
    public init(span: Int) {
        switch span {
        case ...1: self = .one
        case 2...3: self = .twoToThree
        case 4...7: self = .fourToSeven
        case 8...12: self = .eightToTwelve
        case 13...16: self = .thirteenToSixteen
        default: self = .seventeenPlus
        }
    }
}
