import Foundation
import Testing

@testable import Export

/// The small PDF reader that finds which page each named destination points at: the
/// PDF export numbers its contents with it instead of running poppler's `pdftotext`.
@Suite struct PDFNamedDestinationsTests {
    /// A PDF as Chromium writes one, by hand: a nested page tree, `/Dests` in the catalog,
    /// a stream whose `/Length` is wrong, escaped names and strings.
    static let handMade = """
        %PDF-1.4
        %\u{E2}\u{E3}
        1 0 obj
        << /Type /Catalog /Pages 2 0 R /Dests 9 0 R >>
        endobj
        2 0 obj
        << /Type /Pages /Count 3 /Kids [3 0 R 6 0 R] >>
        endobj
        3 0 obj
        << /Type /Page /Parent 2 0 R /Contents 4 0 R >>
        endobj
        4 0 obj
        << /Length 3 >>
        stream
        BT (endobj 7 0 obj) Tj ET
        endstream
        endobj
        6 0 obj
        << /Type /Pages /Kids [7 0 R 8 0 R] /Count 2 >>
        endobj
        7 0 obj
        << /Type /Page /Annots [<< /Title (a \\) paren \\050) /Dest /summary >>] >>
        endobj
        8 0 obj
        << /Type /Page >>
        endobj
        9 0 obj
        << /summary [7 0 R /XYZ 6 777.75 0] /who#2Downs [8 0 R /XYZ 6 777.75 0]
           /cover << /D [3 0 R /Fit] >> /lost [99 0 R /Fit] >>
        endobj
        xref
        0 10
        0000000000 65535 f
        trailer
        << /Size 10 /Root 1 0 R >>
        startxref
        0
        %%EOF
        """

    @Test func findsThePageOfEveryDestination() throws {
        let pages = try PDFNamedDestinations.pages(in: Array(Self.handMade.utf8))
        #expect(pages == ["cover": 1, "summary": 2, "who-owns": 3])
    }

    @Test func readsANameTreeToo() throws {
        let pdf = """
            %PDF-1.7
            1 0 obj << /Type /Catalog /Pages 2 0 R /Names << /Dests 4 0 R >> >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R 5 0 R] >> endobj
            3 0 obj << /Type /Page >> endobj
            5 0 obj << /Type /Page >> endobj
            4 0 obj << /Kids [6 0 R] >> endobj
            6 0 obj << /Names [(first) [3 0 R /Fit] <7365636f6e64> [5 0 R /Fit]] >> endobj
            """
        #expect(try PDFNamedDestinations.pages(in: Array(pdf.utf8)) == ["first": 1, "second": 2])
    }

    @Test func aPageTreeWithACycleEnds() throws {
        let pdf = """
            %PDF-1.7
            1 0 obj << /Type /Catalog /Pages 2 0 R /Dests << /x [3 0 R /Fit] >> >> endobj
            2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> endobj
            3 0 obj << /Type /Page >> endobj
            """
        #expect(try PDFNamedDestinations.pages(in: Array(pdf.utf8)) == ["x": 1])
    }

    @Test func damagedFilesAreErrorsNotCrashes() {
        let nested = "%PDF-1.7\n1 0 obj " + String(repeating: "[", count: 10_000) + " endobj"
        for text in ["not a pdf", "%PDF-1.7\n1 0 obj << /A (unclosed", nested, "%PDF-1.7\n1 0 obj <</Length 5>> stream\nabc"] {
            #expect(throws: PDFSyntaxError.self, "\(text.prefix(30))") { try PDFNamedDestinations.pages(in: Array(text.utf8)) }
        }
        // Truncated anywhere, the hand-made file either reads or throws.
        let bytes = Array(Self.handMade.utf8)
        for length in stride(from: 0, to: bytes.count, by: 7) { _ = try? PDFNamedDestinations.pages(in: Array(bytes.prefix(length))) }
    }

    /// The real thing: a page printed by the Chromium on this machine (skipped without one).
    @Test(.enabled(if: (try? Chromium.locate()) != nil)) func readsWhatChromiumPrints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orgbook-dests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("t.html")
        try """
        <!doctype html><html lang="en"><meta charset="utf-8"><title>t</title>
        <style>section { break-before: page }</style>
        <nav><a href="#one">One</a> <a href="#two">Two</a> <a href="#three">Three</a></nav>
        <section id="one"><h2>One</h2></section>
        <section id="two"><h2>Two</h2><p style="height: 1500px">long</p></section>
        <section id="three"><h2>Three</h2></section>
        """.write(to: html, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("t.pdf")
        try ChromiumPrinter(browser: try Chromium.locate()).print(html, to: pdf)
        let pages = try PDFNamedDestinations.pages(in: [UInt8](try Data(contentsOf: pdf)))
        #expect(pages == ["one": 2, "two": 3, "three": 5])
    }
}
