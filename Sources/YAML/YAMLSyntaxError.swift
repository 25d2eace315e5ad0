/// Why libyaml stopped, in its own words, and where (1-based line and column of the text).
public struct YAMLSyntaxError: Error, Equatable, Sendable {
    /// libyaml's context and problem joined by ", " (as in "while parsing a flow sequence,
    /// did not find expected ',' or ']'").
    public var problem: String
    public var line: Int
    public var column: Int

    public init(problem: String, line: Int, column: Int) {
        self.problem = problem
        self.line = line
        self.column = column
    }
}
