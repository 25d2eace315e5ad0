/// What a rewriter does with one node.
public enum MarkdownRewrite: Sendable {
    /// Leave the node as it is.
    case keep
    /// Put this node in its place.
    case replace(MarkdownNode)
    /// Put these nodes in its place (none removes it).
    case replaceWith([MarkdownNode])
}

/// Rebuilds a tree bottom-up: each node's children are rewritten first, then the node
/// itself may be kept, replaced, or replaced by any number of nodes. The tree is changed
/// in place, so a uniquely held tree is never copied.
public protocol MarkdownRewriter {
    /// Decides what becomes of `node` (its children are already rewritten).
    mutating func rewrite(_ node: MarkdownNode) throws -> MarkdownRewrite
    /// Return false for nodes whose subtree cannot contain anything to rewrite, so the
    /// walk skips them (a speed-up, not a requirement).
    func shouldDescend(into node: MarkdownNode) -> Bool
}

extension MarkdownRewriter {
    public func shouldDescend(into node: MarkdownNode) -> Bool { true }

    /// Rewrites everything below `root` in place; the root itself is kept.
    public mutating func rewrite(tree root: inout MarkdownNode) throws {
        try rewriteChildren(&root.children)
    }

    /// The rewritten copy of the tree under `root`.
    public mutating func rewriteTree(_ root: MarkdownNode) throws -> MarkdownNode {
        var copy = root
        try rewrite(tree: &copy)
        return copy
    }

    private mutating func rewriteChildren(_ children: inout [MarkdownNode]) throws {
        var index = 0
        while index < children.count {
            if !children[index].children.isEmpty, descends(into: &children[index]) {
                try rewriteChildren(&children[index].children)
            }
            switch try decide(&children[index]) {
            case .keep:
                index += 1
            case .replace(let node):
                children[index] = node
                index += 1
            case .replaceWith(let nodes):
                children.replaceSubrange(index...index, with: nodes)
                index += nodes.count
            }
        }
    }

    // The node is lent where it lies in its parent's list: read out of the list, as
    // `children[index]`, it was copied (every string and child list retained) for each
    // question asked of it.
    private func descends(into node: inout MarkdownNode) -> Bool { shouldDescend(into: node) }
    private mutating func decide(_ node: inout MarkdownNode) throws -> MarkdownRewrite { try rewrite(node) }
}
