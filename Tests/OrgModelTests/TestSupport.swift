import Diagnostics
import Foundation

@testable import OrgData
@testable import OrgModel

/// The folder of committed fixture files.
let fixtures: String = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

func fixture(_ name: String) -> String { fixtures + "/" + name }

/// Loads inline YAML as if it sat in `page.md` starting at `line`.
func loadInline(
    _ yaml: String, kind: OrgDocumentKind? = nil, line: Int = 1, column: Int = 1,
    base: String = ""
) throws -> LoadedDocument {
    try OrgDataLoader.load(
        yaml, kind: kind, location: SourceLocation(path: "page.md", line: line, column: column),
        baseDirectory: base)
}

/// The diagnostics a failing load throws, as `path:line:col: severity: message` (no hint),
/// or a single marker line when it unexpectedly succeeds.
func problems(_ load: () throws -> LoadedDocument) -> [String] {
    do {
        _ = try load()
        return ["loaded without errors"]
    } catch let error as DiagnosticError {
        return error.diagnostics.map(short)
    } catch {
        return ["unexpected error \(error)"]
    }
}

/// The errors only (warnings dropped), as `path:line:col: message`.
func errors(_ load: () throws -> LoadedDocument) -> [String] {
    problems(load).filter { !$0.contains(": warning: ") }.map { $0.replacingOccurrences(of: ": error: ", with: ": ") }
}

func errors(inline yaml: String, kind: OrgDocumentKind? = nil, line: Int = 1) -> [String] {
    errors { try loadInline(yaml, kind: kind, line: line) }
}

func short(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.location.map { "\($0)" } ?? "-"): \(diagnostic.severity.rawValue): \(diagnostic.message)"
}

extension LoadedDocument {
    var chart: OrgChart? { if case .orgChart(let chart) = document { chart } else { nil } }
    var diff: OrgDiff? { if case .orgDiff(let diff) = document { diff } else { nil } }
    var tree: DecisionTree? { if case .decisionTree(let tree) = document { tree } else { nil } }
    var matrix: OwnershipMatrix? { if case .ownershipMatrix(let matrix) = document { matrix } else { nil } }
}

/// A temporary folder with the given files, removed by the caller with `cleanUp`.
struct TemporaryFolder {
    let path: String

    init(files: [String: String]) throws {
        path = NSTemporaryDirectory() + "orgmodel-tests-" + UUID().uuidString
        for (name, text) in files {
            let file = path + "/" + name
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}
