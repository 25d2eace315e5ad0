/// One piece of a compiled template. Text is kept as UTF-8 so rendering copies bytes;
/// partials are resolved to their index in the library when templates load.
enum TemplateNode: Sendable {
    /// Literal text; never holds a line break except as its last character, so partial
    /// indentation can be decided node by node.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`: the library's template at `index` (-1 for a missing one, which renders
    /// nothing; loading reports it). A standalone tag indents every line by `indentation`.
    case partial(index: Int, indentation: [UInt8])
}
