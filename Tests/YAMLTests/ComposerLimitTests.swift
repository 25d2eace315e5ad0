import Testing

@testable import YAML

/// The limits that keep a hostile file from exhausting the stack or the memory of a build.
@Suite struct ComposerLimitTests {
    static func error(_ text: String) -> YAMLSyntaxError? {
        do {
            _ = try YAMLComposer.compose(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let depth = YAMLComposer.maximumDepth
        let yaml = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try #require(try YAMLComposer.compose(yaml))
        var levels = 1
        while case .sequence(let sequence) = node, let first = sequence.items.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
        // And typed values are made from it without exhausting the stack.
        if case .list = YAMLValue(node: try #require(try YAMLComposer.compose(yaml))) {} else { Issue.record("not a list") }
    }

    @Test func nestingBeyondTheLimitIsANamedErrorWhereItCrosses() throws {
        let depth = 10_000
        let error = try #require(Self.error("x: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
        #expect(error.problem.contains("nested more than 256 levels deep"))
        #expect(error.line == 1)
        #expect(error.column == 3 + 256)  // the 256th bracket, 257th level (the mapping is the first)
    }

    @Test func anAliasBombIsStoppedQuickly() throws {
        // Nine levels of nine aliases each: 9^9 (387 million) nodes if expanded.
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let error = try #require(Self.error(yaml))
        #expect(error.problem.contains("aliases expand to more than 100000 nodes"))
        #expect(error.line >= 5)
    }

    @Test func ordinaryAliasesStillWork() throws {
        let node = try #require(try YAMLComposer.compose("base: &b {team: CX}\none: *b\ntwo: *b\n"))
        guard case .mapping(let mapping) = node else {
            Issue.record("not a mapping")
            return
        }
        #expect(mapping["two"].flatMap { if case .mapping(let m) = $0 { m["team"]?.text } else { nil } } == "CX")
    }
}
