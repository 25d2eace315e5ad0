import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct CSVTableTests {
    private func parse(_ text: String) -> (rows: [[String]], problems: [String]) {
        var problems: [String] = []
        let table = CSVTable(parsing: text) { problem, line, column in problems.append("\(line):\(column): \(problem.message)") }
        return (table.rows.map { $0.map(\.text) }, problems)
    }

    @Test func plainRowsWithLFAndCRLF() {
        #expect(parse("a,b,c\n1,2,3\n").rows == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(parse("a,b\r\n1,2\r\n").rows == [["a", "b"], ["1", "2"]])
        #expect(parse("a,b\r\n1,2").rows == [["a", "b"], ["1", "2"]])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let text = "id,name\r\n\"x\",\"Sales, Service and \"\"Care\"\"\"\r\ny,\"two\r\nlines\"\r\nz,last\r\n"
        let parsed = parse(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.rows == [["id", "name"], ["x", "Sales, Service and \"Care\""], ["y", "two\r\nlines"], ["z", "last"]])
    }

    @Test func fieldPositionsCountLinesInsideQuotes() {
        let table = CSVTable(parsing: "a,b\n\"1\n2\",x\ny,z\n") { _, _, _ in }
        #expect(table.rows[1][1].line == 3 && table.rows[1][1].column == 4)
        #expect(table.rows[2][0].line == 4 && table.rows[2][0].column == 1)
    }

    @Test func byteOrderMarkIsSkipped() {
        let table = CSVTable(parsing: "\u{FEFF}id,name\n") { _, _, _ in }
        #expect(table.rows[0][0].text == "id")
        #expect(table.rows[0][0].column == 1)
    }

    @Test func emptyFieldsAndBlankLines() {
        #expect(parse("a,,\n\n  \n,b,\n").rows == [["a", "", ""], ["", "b", ""]])
        #expect(parse("a,").rows == [["a", ""]])
    }

    @Test func malformedQuotesAreReportedWithTheirPlace() {
        #expect(parse("a,b\n1,\"open\n").problems == ["2:3: quoted field is never closed"])
        #expect(parse("a,b\n\"x\"y,2\n").problems == ["2:4: text after the closing quote of a field"])
    }
}
