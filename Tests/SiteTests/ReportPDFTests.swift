import Diagnostics
import Foundation
import Testing

@testable import Export
@testable import Site

/// The PDF export's checks and its dependencies: finding Chromium, the command without
/// one, and the export with Chromium but without poppler. The printed PDF itself is
/// checked by Tests/Browser/test_pdf.py with poppler and pdfplumber.
@Suite struct ReportPDFTests {
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

    @Test func exportWithoutChromiumSaysHowToInstallItAndWritesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = ReportRepository.sample("fernhill-rowe")
        let arguments = ["export", bundle, "--templates", ReportRepository.templates.path, "-o", "r.pdf"]
        for environment in [["PATH": "/nonexistent"], ["PATH": "/usr/bin:/bin", "ORGBOOK_CHROMIUM": "/nonexistent/chromium"]] {
            let result = try TestSupport.run(arguments, in: folder, environment: environment)
            #expect(result.status != 0)
            #expect(result.stderr.contains("sudo apt-get install -y chromium"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.pdf").path))
        }
    }

    /// Poppler is a test dependency only: the export numbers its contents without it.
    @Test(.enabled(if: (try? Chromium.locate()) != nil)) func exportNeedsNoPoppler() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A PATH with every program of /usr/bin and /bin but poppler's.
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for directory in ["/usr/bin", "/bin"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where !name.hasPrefix("pdf") {
                try? FileManager.default.createSymbolicLink(
                    atPath: bin.appendingPathComponent(name).path, withDestinationPath: directory + "/" + name)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: bin.appendingPathComponent("pdftotext").path))
        let result = try TestSupport.run(
            ["export", ReportRepository.sample("fernhill-rowe"), "--templates", ReportRepository.templates.path, "-o", "r.pdf"],
            in: folder, environment: ["PATH": bin.path, "HOME": folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try [UInt8](Data(contentsOf: folder.appendingPathComponent("r.pdf")))
        #expect(try PDFNamedDestinations.pages(in: pdf)["report-summary"] == 3)
    }
}
