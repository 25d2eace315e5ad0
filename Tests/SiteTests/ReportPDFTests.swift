import Diagnostics
import Foundation
import Testing

@testable import Export
@testable import Site

/// The parts of the PDF export that need no browser: finding where parts landed, finding
/// Chromium, and the command's checks. The printed PDF itself is checked by
/// Tests/Browser/test_pdf.py with poppler and pdfplumber.
@Suite struct ReportPDFTests {
    typealias Entry = ReportExporter.ContentsEntry

    @Test func findsEachPartOnThePageItStarts() {
        let pages = [
            "Acme 1 May 2026\nOrganisation report\nAcme\nPage 1 of 4",
            "Acme\n1 May 2026\nContents\n1. Summary 00\n2. Today's and the target\norganisation 00\nPage 2 of 4",
            "Page 3 of 4 Acme 1 May 2026 Summary\nThe summary mentions Today's and the target organisation.",
            "Acme 1 May 2026\nToday's and the target\norganisation\nSome text\nSecret line",
        ]
        let entries = [
            Entry(id: "s", title: "Summary"), Entry(id: "o", title: "Today's and the target organisation"),
            Entry(id: "x", title: "Not printed"),
        ]
        let found = PDFHeadingPages.pages(of: entries, pages: pages, marginTexts: ["Acme", "1 May 2026", "Secret line"])
        #expect(found == ["s": 3, "o": 4])
    }

    @Test func aMissingChromiumSaysHowToInstallIt() {
        do {
            _ = try Chromium.locate(environment: ["PATH": "/nonexistent"])
            Issue.record("found a browser on an empty PATH")
        } catch {
            #expect(error.description.contains("Chromium was not found on PATH"))
            #expect(error.diagnostics.first?.hint?.contains("apt-get install -y chromium") == true)
        }
        do {
            _ = try Chromium.locate(environment: ["ORGBOOK_CHROMIUM": "/nonexistent/chromium"])
            Issue.record("accepted a browser that does not exist")
        } catch {
            #expect(error.description.contains("ORGBOOK_CHROMIUM names /nonexistent/chromium"))
        }
    }

    @Test func aHangingBrowserIsKilledAndLeavesNoPDF() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("chromium")
        try TestSupport.write("#!/bin/sh\nsleep 30 &\nwait\n", to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let pdf = folder.appendingPathComponent("out.pdf")
        let started = Date()
        #expect(throws: DiagnosticError.self) {
            try ChromiumPrinter(browser: fake.path, timeout: 0.5).print(folder.appendingPathComponent("in.html"), to: pdf)
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func exportRefusesAnOutputInAMissingFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(
            [
                "export", ReportRepository.sample("fernhill-rowe"), "--templates", ReportRepository.templates.path,
                "-o", "no/such/folder/r.html",
            ], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("the folder no/such/folder does not exist"), "\(result.stderr)")
    }

    @Test func siteExportsOnlyZips() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(["export", "--site", "Content", "--format", "pdf", "-o", "site.pdf"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--site writes a zip, not pdf"), "\(result.stderr)")
    }
}
