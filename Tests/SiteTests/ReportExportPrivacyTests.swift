import Foundation
import Testing

/// A report whose charts come from an HR export marked `private: [name, cost]` exports to
/// every format with none of those values; a section that names a person stops every
/// export that shows sections, and nothing is written.
@Suite struct ReportExportPrivacyTests {
    static let people = """
        id,name,manager,title,unit,cost
        1,Ana Ruiz,,CEO,HQ,91001
        2,Ben Odeh,1,CFO,Finance,52003
        3,Cyd Lamar,2,Analyst,Finance,30007
        4,Dee Park,1,Head of Sales,Sales,61009
        5,Eli Moss,4,Seller,Sales,40013

        """
    static let chart = "kind: orgchart\nsource: %@\ngroup-by: unit\nshow: [headcount, cost]\ncurrency: EUR\nprivate: [name, cost]\n"
    static let secrets = ["Ruiz", "Odeh", "Lamar", "Park", "Moss", "91001", "91,001", "52003", "52,003", "30007", "61009", "40013"]

    private func bundle(section: String) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let files = [
            "tree.yaml":
                "kind: decision-tree\nquestion: Dedicated CX function?\nanswers:\n  - {label: \"Yes\", outcome: CX centre}\n  - {label: \"No\", outcome: Journeys}\n",
            "reports/acme/report.yaml": """
            kind: report
            client: Example Insurer
            sector: Insurance
            date: 2026-03-12
            authors: [A. Author]
            decision-tree: ../../tree.yaml
            answers: ["No"]
            current: current.yaml
            target: target.yaml
            ownership: matrix.yaml
            maturity: {stages: [One, Two], current: One}
            summary: A short summary.
            findings:
              - { title: Sales is thin, detail: Two people. }
            recommendations:
              - { title: Grow sales, detail: Hire. }
            targets: {span: {min: 2}}

            """,
            "reports/acme/before.csv": Self.people,
            "reports/acme/after.csv": Self.people.replacingOccurrences(of: "5,Eli Moss,4", with: "5,Eli Moss,1")
                .replacingOccurrences(of: "Seller,Sales", with: "Seller,HQ"),
            "reports/acme/current.yaml": Self.chart.replacingOccurrences(of: "%@", with: "before.csv"),
            "reports/acme/target.yaml": Self.chart.replacingOccurrences(of: "%@", with: "after.csv"),
            "reports/acme/matrix.yaml":
                "kind: ownership-matrix\nlegend: raci\ncolumns: [{ id: a, name: A }]\nrows:\n  - { task: T, cells: { a: [A, R] } }\n",
            "reports/acme/notes.md": "# Notes\n\n\(section)\n",
        ]
        for (path, text) in files { try TestSupport.write(text, to: folder.appendingPathComponent(path)) }
        return folder
    }

    private func export(_ folder: URL, to name: String) throws -> TestSupport.ProcessResult {
        try TestSupport.run(
            ["export", "reports/acme", "-o", name, "--templates", ReportRepository.templates.path], in: folder)
    }

    @Test func everyFormatExportsWithoutThePrivateValues() throws {
        let folder = try bundle(section: "The sales team grows.")
        for name in ["acme.html", "acme.csv", "acme.xlsx", "acme.pptx"] {
            let result = try export(folder, to: name)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let bytes = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            for secret in Self.secrets { #expect(!bytes.contains(secret), "\(name) holds \(secret)") }
        }
    }

    @Test func aSectionNamingAPersonStopsTheExportsThatShowIt() throws {
        let folder = try bundle(section: "Ben Odeh will lead finance.")
        // The PDF is refused from the HTML it would be printed from, before Chromium starts.
        for name in ["acme.html", "acme.pptx", "acme.pdf"] {
            let result = try export(folder, to: name)
            #expect(result.status != 0, "\(name)")
            #expect(result.stderr.contains(name) && result.stderr.contains("'name'"), "\(name): \(result.stderr)")
            #expect(!result.stderr.contains("Odeh"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
    }
}
