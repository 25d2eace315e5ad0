/// A name in a tag, split once at parse time: `page.title`, `.` (the current value) or
/// `.title` (only in the current value, never in outer ones). A class, so a node holding
/// it copies one reference while rendering rather than a string and an array.
final class TemplateName: Sendable {
    enum Scope: Sendable, Hashable {
        /// `{{.}}`: the value on top of the context stack.
        case current
        /// `{{.a.b}}`: resolved inside the current value only.
        case insideCurrent
        /// `{{a.b}}`: `a` is looked up from the innermost context outwards, the rest inside `a`.
        case stack
    }

    /// The name as written, for error messages and for matching `{{/name}}`.
    let text: String
    let scope: Scope
    /// The dotted parts, without empty ones.
    let parts: [String]

    init(_ text: String) {
        self.text = text
        parts = text.split(separator: ".").map(String.init)
        if text == "." {
            scope = .current
        } else if text.hasPrefix(".") {
            scope = .insideCurrent
        } else {
            scope = .stack
        }
    }
}
