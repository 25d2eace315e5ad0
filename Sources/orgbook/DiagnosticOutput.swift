import ArgumentParser
import Diagnostics
import Foundation

/// Prints diagnostics the way compilers do, on standard error.
enum DiagnosticOutput {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints whatever a command threw and turns it into exit status 1.
    static func fail(_ error: any Error) -> ExitCode {
        switch error {
        case let error as DiagnosticError: print(error.diagnostics)
        case let diagnostic as Diagnostic: print([diagnostic])
        default: printError("error: \(error)")
        }
        return ExitCode.failure
    }
}
