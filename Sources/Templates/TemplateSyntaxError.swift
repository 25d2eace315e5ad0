/// A template the parser cannot read, at a UTF-8 offset of the template text.
struct TemplateSyntaxError: Error, Sendable {
    var offset: Int
    var message: String
    var hint: String
}
