import Foundation
import Testing

/// `private: [cost, name]`: the values appear in no output; aggregates of two or more
/// people do.
@Suite struct PrivateFieldsTests {
    static let before =
        "id,name,manager,title,unit,cost\n1,Ana Ruiz,,CEO,HQ,91001\n2,Ben Odeh,1,CFO,Finance,52003\n3,Cyd Lamar,2,Analyst,Finance,30007\n"
    static let after =
        "id,name,manager,title,unit,cost\n1,Ana Ruiz,,CEO,HQ,91001\n2,Ben Odeh,1,CFO,Finance,55003\n3,Cyd Lamar,1,Analyst,HQ,30007\n"
    static let secrets = [
        "Ruiz", "Odeh", "Lamar", "Cyd", "91001", "91,001", "€91k", "52003", "€52k", "55003", "€55k", "30007", "€30k", "3,000",
    ]

    @Test func privateValuesAppearInNoOutput() throws {
        let folder = try TestSupport.temporaryFolder()
        let chart = "  source: %@\n  show: [headcount, cost]\n  currency: EUR\n  private: [cost, name]\n"
        try TestSupport.write(Self.before, to: folder.appendingPathComponent("before.csv"))
        try TestSupport.write(Self.after, to: folder.appendingPathComponent("after.csv"))
        try TestSupport.write(
            "kind: org-diff\nbefore:\n" + chart.replacingOccurrences(of: "%@", with: "before.csv")
                + "after:\n" + chart.replacingOccurrences(of: "%@", with: "after.csv"),
            to: folder.appendingPathComponent("diff.yaml"))
        try TestSupport.write(
            "kind: orgchart\n" + chart.replacingOccurrences(of: "  ", with: "").replacingOccurrences(of: "%@", with: "before.csv")
                + "group-by: unit\n", to: folder.appendingPathComponent("units.yaml"))
        try TestSupport.write(
            "kind: orgchart\n" + chart.replacingOccurrences(of: "  ", with: "").replacingOccurrences(of: "%@", with: "before.csv"),
            to: folder.appendingPathComponent("people.yaml"))
        for (file, extra) in [("diff.yaml", ["--changes", "changes.csv"]), ("units.yaml", []), ("people.yaml", [])] {
            let result = try TestSupport.run(["render", file, "-o", file + ".svg"] + extra, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        var outputs = ["diff.yaml.svg", "units.yaml.svg", "people.yaml.svg", "changes.csv"].map {
            (try? TestSupport.read(folder.appendingPathComponent($0))) ?? ""
        }
        for (name, output) in zip(["diff", "units", "people", "changes"], outputs) {
            for secret in Self.secrets { #expect(!output.contains(secret), "\(name) shows \(secret)") }
        }
        // The aggregate of all three people is shown.
        outputs = [try TestSupport.read(folder.appendingPathComponent("people.yaml.svg"))]
        #expect(outputs[0].contains("€173k"))
    }
}
