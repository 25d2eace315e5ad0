import Diagnostics
import Testing

@testable import OrgData
@testable import OrgModel

/// Positions, YAML syntax, keys, types, `kind:` and `src:` — what every kind shares.
@Suite struct DocumentFormatTests {
    @Test func inlineFenceLinesAreThoseOfTheMarkdownFile() {
        // The fence body starts on line 21 of page.md.
        let yaml = "units:\n  - { id: ceo, name: CEO }\n  - { id: x, name: X, parent: nobody }\n"
        #expect(errors(inline: yaml, kind: .orgChart, line: 21) == ["page.md:23:31: unit 'x' has unknown parent 'nobody'"])
    }

    @Test func indentedFenceShiftsColumnsOfEveryLine() {
        let yaml = "units:\n  - { id: ceo, name: CEO }\n  - { id: x, name: X, parent: nobody }\n"
        #expect(
            errors { try loadInline(yaml, kind: .orgChart, line: 5, column: 4) }
                == ["page.md:7:34: unit 'x' has unknown parent 'nobody'"])
    }

    @Test func yamlSyntaxErrorsGetTheirLine() {
        let yaml = "units:\n  - id: ceo\n    name: [CEO\n  - id: x\n"
        #expect(
            errors(inline: yaml, kind: .orgChart, line: 40)
                == ["page.md:43:7: invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'"])
    }

    @Test func tabIndentationIsASyntaxError() {
        let found = errors(inline: "units:\n\t- id: ceo\n", kind: .orgChart, line: 3)
        #expect(found.first?.hasPrefix("page.md:4:1: invalid YAML") == true)
    }

    @Test func emptyDocument() {
        #expect(errors(inline: "", kind: .orgChart, line: 7) == ["page.md:7:1: the document is empty"])
    }

    @Test func unknownKeyIsAWarningThatSuggestsTheKnownKey() throws {
        let loaded = try loadInline("titel: Org\nunits:\n  - { id: ceo, name: CEO, parnet: x }\n", kind: .orgChart)
        #expect(
            loaded.warnings.map(short) == [
                "page.md:1:1: warning: unknown key 'titel'",
                "page.md:3:27: warning: unknown key 'parnet'",
            ])
        #expect(loaded.warnings[0].hint?.hasPrefix("did you mean 'title'? known keys here: kind, title, units, people") == true)
        #expect(loaded.warnings[1].hint?.hasPrefix("did you mean 'parent'?") == true)
    }

    @Test func wrongTypesAreClearErrors() {
        #expect(
            errors(inline: "units:\n  id: ceo\n", kind: .orgChart)
                == ["page.md:2:3: 'units' must be a list (lines starting with '- '), not a mapping"])
        #expect(
            errors(inline: "units:\n  - ceo\n", kind: .orgChart)
                == ["page.md:2:5: a unit must be a mapping (key: value lines), not a text"])
        #expect(
            errors(inline: "- a\n- b\n", kind: .orgChart)
                == ["page.md:1:1: the document must be a mapping (key: value lines), not a list"])
        #expect(
            errors(inline: "units:\n  - { id: ceo, name: [a, b] }\n", kind: .orgChart)
                == ["page.md:2:22: 'name' must be a text, not a list"])
    }

    @Test func duplicateKey() {
        #expect(
            errors(inline: "units:\n  - { id: ceo, name: CEO, name: Boss }\n", kind: .orgChart)
                == ["page.md:2:27: key 'name' appears twice"])
    }

    @Test func missingUnits() {
        #expect(errors(inline: "title: Nothing\n", kind: .orgChart) == ["page.md:1:1: the org chart has no 'units'"])
    }

    @Test func kindKey() {
        #expect(errors(inline: "title: x\n") == ["page.md:1:1: the document has no 'kind'"])
        #expect(errors(inline: "kind: orgchrt\n") == ["page.md:1:7: unknown kind 'orgchrt'"])
        #expect(
            errors(inline: "kind: decision-tree\n", kind: .orgChart)
                == ["page.md:1:7: the block is 'orgchart' but its data says kind 'decision-tree'"])
        let loaded = try? loadInline("kind: orgchart\nunits: [{ id: ceo, name: CEO }]\n")
        #expect(loaded?.chart?.rootID == "ceo")
    }

    @Test func srcLoadsACSVNextToThePageAndRecordsIt() throws {
        let folder = try TemporaryFolder(files: ["reports/org.csv": "id,name,parent\nceo,CEO,\ncco,CCO,ceo\n"])
        defer { folder.cleanUp() }
        let loaded = try loadInline("src: org.csv\n", kind: .orgChart, base: folder.path + "/reports")
        #expect(loaded.chart?.units.count == 2)
        #expect(loaded.dependencies == [folder.path + "/reports/org.csv"])
    }

    @Test func errorsInASrcFilePointIntoThatFile() throws {
        let folder = try TemporaryFolder(files: ["data/org.yaml": "units:\n  - { id: ceo, name: CEO }\n  - { id: x, name: X, parent: y }\n"]
        )
        defer { folder.cleanUp() }
        let found = errors { try loadInline("src: ../data/org.yaml\n", kind: .orgChart, line: 12, base: folder.path + "/pages") }
        #expect(found == ["\(folder.path)/data/org.yaml:3:31: unit 'x' has unknown parent 'y'"])
    }

    @Test func srcToAMissingFile() {
        let found = errors { try loadInline("src: nowhere.csv\n", kind: .orgChart, line: 8, base: "Content") }
        #expect(found == ["page.md:8:1: cannot read 'Content/nowhere.csv'"])
    }

    @Test func srcMisuse() throws {
        #expect(
            errors(inline: "src: a.yaml\ntitle: x\n", kind: .orgChart)
                == ["page.md:1:1: 'src' cannot be combined with other keys ('title')"])
        #expect(errors(inline: "src: a.txt\n", kind: .orgChart) == ["page.md:1:1: 'a.txt' is neither YAML (.yaml, .yml) nor CSV (.csv)"])
        let folder = try TemporaryFolder(files: ["a.yaml": "src: b.yaml\n", "m.csv": "id,name,parent\n"])
        defer { folder.cleanUp() }
        #expect(
            errors { try loadInline("src: a.yaml\n", kind: .orgChart, base: folder.path) }
                == ["\(folder.path)/a.yaml:1:1: 'src' only works in a Markdown block, not in a data file"])
        #expect(
            errors { try loadInline("src: m.csv\n", kind: .decisionTree, base: folder.path) }
                == ["page.md:1:1: a CSV file can only hold an org chart, not 'decision-tree'"])
    }

    @Test func standaloneFilesNeedAKnownExtension() {
        #expect(
            errors { try OrgDataLoader.load(file: "chart.txt") } == [
                "chart.txt:1:1: 'chart.txt' is neither YAML (.yaml, .yml) nor CSV (.csv)"
            ])
        #expect(errors { try OrgDataLoader.load(file: "missing.yaml") } == ["missing.yaml:1:1: cannot read 'missing.yaml'"])
    }

    @Test func errorsAreSortedByPosition() {
        let yaml = "units:\n  - { id: b, name: B, parent: zz }\n  - { id: a, name: '', parent: b }\n  - { id: r, name: R }\n"
        let found = errors(inline: yaml, kind: .orgChart)
        #expect(
            found == [
                "page.md:2:31: unit 'b' has unknown parent 'zz'",
                "page.md:3:20: unit 'a' has no name",
            ])
    }

    @Test func diagnosticsPrintLikeACompiler() throws {
        do {
            _ = try loadInline("units:\n  - { id: ceo, name: CEO }\n  - { id: x, name: X, parent: cea }\n", kind: .orgChart, line: 3)
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(
                error.description
                    == "page.md:5:31: error: unit 'x' has unknown parent 'cea' — did you mean 'ceo'? use the id of a unit in this chart, or leave 'parent' empty for the root"
            )
        }
    }
}

extension DocumentFormatTests {
    /// Columns count characters (Unicode scalars), as libyaml does, in YAML and CSV alike.
    @Test func columnsCountCharactersNotBytes() throws {
        #expect(
            errors(inline: "units:\n  - { id: r, name: R }\n  - { id: é, name: Ünité — Ω, parent: zz }\n", kind: .orgChart)
                == ["page.md:3:39: unit 'é' has unknown parent 'zz'"])
        let folder = try TemporaryFolder(files: ["org.csv": "id,name,parent\nr,R,\né,Ünité — Ω,zz\n"])
        defer { folder.cleanUp() }
        #expect(
            errors { try OrgDataLoader.load(file: folder.path + "/org.csv") }
                == ["\(folder.path)/org.csv:3:13: unit 'é' has unknown parent 'zz'"])
    }

    @Test func readmeOrgChartLoadsWithoutWarnings() throws {
        let loaded = try OrgDataLoader.load(file: fixture("readme-orgchart.yaml"))
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.dependencies == [fixture("readme-orgchart.yaml")])
        let chart = try #require(loaded.chart)
        #expect(chart.title == "Customer Office — target")
        #expect(chart.unit("cco")?.tags == ["cx"])
    }
}

@Suite struct ChartLayoutKeyTests {
    @Test func aspectAndSplitAreRead() throws {
        let loaded = try loadInline("aspect: \"4:3\"\nsplit: 2\nunits:\n  - { id: ceo, name: CEO }\n", kind: .orgChart)
        guard case .orgChart(let chart) = loaded.document else {
            Issue.record("not a chart")
            return
        }
        #expect(abs((chart.aspect ?? 0) - 4.0 / 3) < 1e-9 && chart.split == .depth(2))
    }

    @Test func aBadAspectOrSplitIsAnError() {
        for bad in ["aspect: \"10:1\"", "aspect: wide", "split: sometimes"] {
            #expect(throws: (any Error).self) {
                try loadInline("\(bad)\nunits:\n  - { id: ceo, name: CEO }\n", kind: .orgChart)
            }
        }
    }
}
