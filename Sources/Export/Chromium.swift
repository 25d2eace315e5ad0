import Diagnostics
import Foundation

/// Finds the headless Chromium that prints PDFs: `ORGBOOK_CHROMIUM` when set, else the
/// first of the usual names on `PATH`.
public enum Chromium {
    /// The environment variable naming the browser binary.
    public static let environmentVariable = "ORGBOOK_CHROMIUM"
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    static let installHint =
        "install it (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`), "
        + "or set \(environmentVariable)=/path/to/chromium"

    /// The browser's path, or an error that says how to install one.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(DiagnosticError) -> String {
        if let named = environment[environmentVariable], !named.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: named) else {
                throw DiagnosticError(
                    .error(
                        at: nil, "\(environmentVariable) names \(named), which is not an executable file",
                        hint: installHint))
            }
            return named
        }
        if let found = Executable.find(names, environment: environment) { return found }
        throw DiagnosticError(.error(at: nil, "cannot print a PDF: Chromium was not found on PATH", hint: installHint))
    }
}
