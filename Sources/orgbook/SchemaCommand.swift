import ArgumentParser
import BuiltInFiles
import Diagnostics
import Foundation
import Site

/// `orgbook schema [KIND] [-o DIR]`: the JSON Schemas of the data formats, compiled into the
/// binary, for editors (the YAML language server) and CI validators.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schemas of the data formats (report.yaml, site.yaml, org charts, …).",
        discussion: """
            With -o DIR, writes KIND's schema (and the schemas it refers to), or every schema, \
            into DIR as KIND.schema.json. Without -o, prints KIND's schema. Kinds: \
            \(SchemaCommand.kinds.joined(separator: ", ")).
            """
    )

    @Argument(help: "The data format, e.g. report, site, orgchart (default: all of them, with -o).")
    var kind: String?

    @Option(name: .shortAndLong, help: "The folder to write the schemas into (created when missing).")
    var output: String?

    /// Every schema compiled in, by kind (`report` for `report.schema.json`).
    static var kinds: [String] {
        EmbeddedFiles.files(under: "Schemas").map { String($0.path.dropLast(".schema.json".count)) }
    }

    /// Schemas that `$ref` others by file name; written together so the folder resolves.
    static let references = ["report": ["brand", "maturity-stages"], "site": ["brand"]]

    func run() throws {
        let schemas = Dictionary(uniqueKeysWithValues: EmbeddedFiles.files(under: "Schemas").map { ($0.path, $0.text) })
        let chosen: [String]
        if let kind {
            guard Self.kinds.contains(kind) else {
                let suggestion = NameSuggestion.closest(to: kind, in: Self.kinds).map { "did you mean `\($0)`? " } ?? ""
                DiagnosticOutput.printError(
                    "error: no schema for `\(kind)` — \(suggestion)the kinds are \(Self.kinds.joined(separator: ", "))")
                throw ExitCode.failure
            }
            chosen = [kind] + (Self.references[kind] ?? [])
        } else {
            chosen = Self.kinds
        }
        guard let output else {
            guard let kind else {
                DiagnosticOutput.printError(
                    "error: name a KIND to print, or pass -o DIR to write every schema — the kinds are \(Self.kinds.joined(separator: ", "))"
                )
                throw ExitCode.failure
            }
            print(schemas[kind + ".schema.json"]!, terminator: "")
            return
        }
        let folder = URL(fileURLWithPath: output)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in chosen {
                // Each file appears whole or not at all: written beside, then renamed.
                let target = folder.appendingPathComponent(name + ".schema.json")
                try Data(schemas[name + ".schema.json"]!.utf8).write(to: target, options: .atomic)
            }
        } catch {
            DiagnosticOutput.printError("error: cannot write the schemas to \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("Wrote \(chosen.count) schema\(chosen.count == 1 ? "" : "s") to \(output)")
    }
}
