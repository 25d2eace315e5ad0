import ArgumentParser
import Diagnostics

/// `--strict`: warnings count as errors, so a CI job fails on a double `A` in a RACI row or
/// a broken link instead of passing with a note in its log.
struct Strictness: ParsableArguments {
    @Flag(help: "Treat warnings as errors (exit 1 if there are any): for CI.")
    var strict = false

    /// `diagnostics` as this run reports them: warnings become errors under `--strict`.
    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard strict else { return diagnostics }
        return diagnostics.map { diagnostic in
            var promoted = diagnostic
            promoted.severity = .error
            return promoted
        }
    }

    /// Prints `diagnostics` and, under `--strict`, fails when there are any.
    func report(_ diagnostics: [Diagnostic]) throws {
        DiagnosticOutput.print(apply(diagnostics))
        if strict, !diagnostics.isEmpty {
            DiagnosticOutput.printError("error: \(diagnostics.count) warning\(diagnostics.count == 1 ? "" : "s") with --strict")
            throw ExitCode.failure
        }
    }
}
