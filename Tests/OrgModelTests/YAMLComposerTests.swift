import Testing
import YAML

@testable import OrgModel

/// The YAML composer on its own: node shapes, scalar styles, anchors, marks and errors.
@Suite struct YAMLComposerTests {
    /// A one-line dump: plain scalars bare, other scalars quoted with `'…'`, lists `[…]`,
    /// mappings `{k: v}`, so a test reads the whole tree at once.
    static func dump(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): scalar.isPlain ? scalar.text : "'\(scalar.text)'"
        case .sequence(let sequence): "[" + sequence.items.map(dump).joined(separator: ", ") + "]"
        case .mapping(let mapping): "{" + mapping.pairs.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func compose(_ text: String) throws -> YAMLNode {
        try #require(try YAMLComposer.compose(text))
    }

    static func syntaxError(_ text: String) -> YAMLSyntaxError? {
        do {
            _ = try YAMLComposer.compose(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func scalarsOfEveryStyleStayText() throws {
        let yaml = """
            plain: 007
            yes: Yes
            single: 'it''s'
            double: "tab\\there \\u00e9"
            literal: |
              one
              two
            folded: >
              one
              two
            empty:
            tilde: ~
            quotedNull: "null"
            """
        let root = try Self.compose(yaml)
        #expect(
            Self.dump(root) == "{plain: 007, yes: Yes, single: 'it's', double: 'tab\there é', literal: 'one\ntwo\n', "
                + "folded: 'one two\n', empty: , tilde: ~, quotedNull: 'null'}")
        guard case .mapping(let mapping) = root else {
            Issue.record("not a mapping")
            return
        }
        #expect(mapping["empty"]?.isNull == true)
        #expect(mapping["tilde"]?.isNull == true)
        #expect(mapping["quotedNull"]?.isNull == false)
        #expect(mapping["plain"]?.isNull == false)
    }

    @Test func nestedMappingsAndListsKeepTheirOrder() throws {
        let yaml = """
            units:
              - id: b
                tags: [x, y]
              - { id: a, dotted: [], extra: { z: 1, y: 2 } }
            """
        #expect(Self.dump(try Self.compose(yaml)) == "{units: [{id: b, tags: [x, y]}, {id: a, dotted: [], extra: {z: 1, y: 2}}]}")
    }

    @Test func aliasesRepeatTheAnchoredNodeWithItsMark() throws {
        let yaml = "base: &b { name: Base, tags: [t] }\nword: &w hello\ncopy: *b\nagain: *w\n"
        let root = try Self.compose(yaml)
        #expect(Self.dump(root) == "{base: {name: Base, tags: [t]}, word: hello, copy: {name: Base, tags: [t]}, again: hello}")
        guard case .mapping(let mapping) = root else {
            Issue.record("not a mapping")
            return
        }
        // An alias points at the anchored node, so its problems are reported where it is defined.
        #expect(mapping["copy"]?.mark == YAMLMark(line: 1, column: 7))
        #expect(mapping["again"]?.mark == YAMLMark(line: 2, column: 7))
    }

    @Test func anUndefinedAliasIsASyntaxError() {
        #expect(Self.syntaxError("a: 1\nb: *missing\n") == YAMLSyntaxError(problem: "found undefined alias", line: 2, column: 4))
    }

    @Test func marksAreOneBasedAndCountCharactersNotBytes() throws {
        let root = try Self.compose("title: é\nunits:\n  - id: ü\n    name: Ünit\n")
        guard case .mapping(let mapping) = root, case .sequence(let units) = mapping["units"],
            case .mapping(let unit) = units.items[0]
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(root.mark == YAMLMark(line: 1, column: 1))
        #expect(mapping.pairs[1].key.mark == YAMLMark(line: 2, column: 1))
        #expect(units.mark == YAMLMark(line: 3, column: 3))
        #expect(unit.mark == YAMLMark(line: 3, column: 5))
        #expect(unit["name"]?.mark == YAMLMark(line: 4, column: 11))
        // "ü" is two bytes; the column after it still counts one.
        let flow = try Self.compose("- [ü, x]\n")
        guard case .sequence(let outer) = flow, case .sequence(let inner) = outer.items[0] else {
            Issue.record("unexpected shape")
            return
        }
        #expect(inner.items[1].mark == YAMLMark(line: 1, column: 7))
    }

    @Test func syntaxErrorsCarryLibyamlsWordsAndPosition() {
        #expect(
            Self.syntaxError("units:\n  - id: ceo\n    name: [CEO\n  - id: x\n")
                == YAMLSyntaxError(problem: "while parsing a flow sequence, did not find expected ',' or ']'", line: 4, column: 7))
        #expect(
            Self.syntaxError("a: \"open\n")
                == YAMLSyntaxError(problem: "while scanning a quoted scalar, found unexpected end of stream", line: 2, column: 1))
        #expect(
            Self.syntaxError("units:\n\t- id: ceo\n")
                == YAMLSyntaxError(
                    problem: "while scanning for the next token, found character that cannot start any token",
                    line: 2, column: 1))
    }

    @Test func aForbiddenCharacterIsReportedAtItsCharacterPosition() {
        #expect(
            Self.syntaxError("a: b\nné: \"x\u{1}\"\n")
                == YAMLSyntaxError(problem: "control characters are not allowed", line: 2, column: 7))
    }

    @Test func emptyTextsHoldNoDocument() throws {
        #expect(try YAMLComposer.compose("") == nil)
        #expect(try YAMLComposer.compose("# only a comment\n\n") == nil)
        // An explicit but empty document is one empty scalar.
        let empty = try Self.compose("---\n")
        #expect(empty.isNull)
        #expect(Self.dump(try Self.compose("--- plain\n...\n")) == "plain")
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(
            Self.syntaxError("a: 1\n---\nb: 2\n")
                == YAMLSyntaxError(
                    problem: "expected a single document in the stream, but found another document",
                    line: 2, column: 1))
    }

    @Test func repeatedKeysAreKeptForTheReaders() throws {
        let root = try Self.compose("{name: A, name: B}")
        guard case .mapping(let mapping) = root else {
            Issue.record("not a mapping")
            return
        }
        #expect(mapping.pairs.count == 2)
        #expect(mapping["name"]?.text == "B")
        // The readers report the second one where it stands.
        #expect(
            errors(inline: "units:\n  - id: ceo\n    name: CEO\n    name: Boss\n", kind: .orgChart)
                == ["page.md:4:5: key 'name' appears twice"])
    }

    @Test func tagsAreIgnoredAndNonTextKeysComposed() throws {
        #expect(Self.dump(try Self.compose("!!map { a: !!int 1, ? [k]: v }")) == "{a: 1, [k]: v}")
    }
}

/// Values are read trimmed; the common case (nothing to trim) is a fast path.
@Suite struct TrimmingTests {
    @Test func trimsSpacesTabsAndLineBreaksAtBothEnds() {
        #expect("Chief Executive".trimmingWhitespace == "Chief Executive")
        #expect("  Chief Executive \t".trimmingWhitespace == "Chief Executive")
        #expect("literal block\n".trimmingWhitespace == "literal block")
        #expect("é ".trimmingWhitespace == "é")
        #expect("\u{2028}x\r\n".trimmingWhitespace == "x")
        #expect(" \n ".trimmingWhitespace == "")
        #expect("".trimmingWhitespace == "")
    }
}
