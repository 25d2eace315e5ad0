/// Rebuilds a tree bottom-up: each node's children are rewritten first, then the node
/// itself may be replaced by any number of nodes (none removes it).
public protocol MarkdownRewriter {
    /// Returns the nodes that replace `node`, or nil to keep it as it is.
    mutating func rewrite(_ node: MarkdownNode) throws -> [MarkdownNode]?
    /// Return false for nodes whose subtree cannot contain anything to rewrite, so the
    /// walk skips them (a speed-up, not a requirement).
    func shouldDescend(into node: MarkdownNode) -> Bool
}

extension MarkdownRewriter {
    public func shouldDescend(into node: MarkdownNode) -> Bool { true }

    /// Rewrites the whole tree under `root`; the root itself is kept (its children may change).
    public mutating func rewriteTree(_ root: MarkdownNode) throws -> MarkdownNode {
        var copy = root
        copy.children = try rewriteChildren(of: root)
        return copy
    }

    private mutating func rewriteChildren(of node: MarkdownNode) throws -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        result.reserveCapacity(node.children.count)
        for child in node.children {
            var updated = child
            if !child.children.isEmpty, shouldDescend(into: child) {
                updated.children = try rewriteChildren(of: child)
            }
            if let replacement = try rewrite(updated) {
                result.append(contentsOf: replacement)
            } else {
                result.append(updated)
            }
        }
        return result
    }
}
