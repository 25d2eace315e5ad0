import Diagnostics

/// A 1-based line and column (columns count UTF-8 bytes, as libcmark does).
public struct SourcePoint: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePoint, b: SourcePoint) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The span a node covers in its file, both ends inclusive.
public struct SourceRange: Sendable, Hashable {
    public var start: SourcePoint
    public var end: SourcePoint

    public init(start: SourcePoint, end: SourcePoint) {
        self.start = start
        self.end = end
    }

    /// The start of the range as a compiler-style location in `path`.
    public func location(in path: String) -> SourceLocation {
        SourceLocation(path: path, line: start.line, column: start.column)
    }
}
