import Foundation
import Testing

@testable import ByteText

@Suite struct WholeMatchSearchTests {
    static func search(_ patterns: [(String, WholeMatchSearch.Boundary)]) -> WholeMatchSearch {
        var search = WholeMatchSearch()
        for (text, boundary) in patterns { search.add(Array(text.utf8), boundary: boundary) }
        return search
    }

    @Test func findsAWordOnlyWhereItStandsWhole() {
        let search = Self.search([("Ana", .word), ("Ana Lopez-Garcia", .word)])
        #expect(search.firstMatch(in: Data("Head: Ana.".utf8), isTable: false) == 0)
        #expect(search.firstMatch(in: Data("Anatomy of Banana".utf8), isTable: false) == nil)
        // The first pattern standing whole where the text is read wins.
        #expect(search.firstMatch(in: Data("<td>Ana Lopez-Garcia</td>".utf8), isTable: false) == 0)
        let long = Self.search([("Ana Lopez-Garcia", .word)])
        #expect(long.firstMatch(in: Data("<td>Ana Lopez-Garcia</td>".utf8), isTable: false) == 0)
        #expect(long.firstMatch(in: Data("Ana Lopez-Garcias".utf8), isTable: false) == nil)
        #expect(search.firstMatch(in: Data("Anaïs".utf8), isTable: false) == nil)
    }

    @Test func numbersDoNotMatchInsideLongerNumbers() {
        let search = Self.search([("52,003", .word)])
        #expect(search.firstMatch(in: Data("cost 52,003 a year".utf8), isTable: false) == 0)
        #expect(search.firstMatch(in: Data("152,003".utf8), isTable: false) == nil)
        #expect(search.firstMatch(in: Data("52,003.5".utf8), isTable: false) == nil)
        #expect(search.firstMatch(in: Data("52,003, then".utf8), isTable: false) == 0)
    }

    @Test func cellPatternsCountOnlyInTablesAndOnlyAsWholeCells() {
        let search = Self.search([("52003", .cell)])
        #expect(search.firstMatch(in: Data("x=\"52003\"".utf8), isTable: false) == nil)
        #expect(search.firstMatch(in: Data("a,52003,b\r\n".utf8), isTable: true) == 0)
        #expect(search.firstMatch(in: Data("<v>52003</v>".utf8), isTable: true) == 0)
        #expect(search.firstMatch(in: Data("a,520031,b".utf8), isTable: true) == nil)
    }

    @Test func tooShortPatternsAreNotLookedFor() {
        var search = WholeMatchSearch()
        #expect(search.add(Array("Al".utf8), boundary: .word) == nil)
        #expect(search.isEmpty)
    }
}
