import Diagnostics
import OrgModel

extension MeasureValue {
    /// The value of `measure` written as `text`, or nil when empty or wrong (reported at
    /// `location`: not a number, or negative).
    public static func read(_ text: String, measure: String, at location: SourceLocation, context: LoadContext) -> Double? {
        switch parse(text, percentAllowed: measure == MeasureDefinition.fte.key) {
        case nil: return nil
        case .success(let value)?: return value
        case .failure(.notANumber)?:
            context.report(MeasureError.notANumber(measure: measure, value: text), at: location)
        case .failure(.negative)?:
            context.report(MeasureError.negative(measure: measure, value: text.trimmingWhitespace), at: location)
        }
        return nil
    }
}
