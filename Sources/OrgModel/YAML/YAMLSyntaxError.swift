/// Why libyaml stopped, in its own words, and where (1-based line and column of the text).
struct YAMLSyntaxError: Error, Equatable {
    /// libyaml's context and problem joined by ", " (as in "while parsing a flow sequence,
    /// did not find expected ',' or ']'").
    var problem: String
    var line: Int
    var column: Int
}
