/// Visits a tree in document order, the way cmark's iterator does: containers get an
/// enter and an exit call, leaves only an enter call. Walkers return nothing; they
/// collect what they need in their own state (the HTML formatter is one).
public protocol MarkdownWalker {
    /// Called before a node's children; return false to skip them (and the exit call).
    mutating func enter(_ node: MarkdownNode) throws -> Bool
    /// Called after a container's children.
    mutating func exit(_ node: MarkdownNode) throws
}

extension MarkdownWalker {
    public mutating func exit(_ node: MarkdownNode) throws {}

    /// Walks `node` and everything below it.
    public mutating func walk(_ node: MarkdownNode) throws {
        guard try enter(node), !node.isLeaf else { return }
        for child in node.children {
            try walk(child)
        }
        try exit(node)
    }
}
