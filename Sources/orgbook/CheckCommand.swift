import ArgumentParser
import Diagnostics
import Site

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content, data and templates, and check every internal link and anchor.",
        discussion: "Writes nothing. Reports every problem found; exits 1 if any is an error."
    )

    @OptionGroup var site: SiteOptions
    @OptionGroup var strictness: Strictness

    func run() throws {
        let problems = strictness.apply(SiteBuilder(configuration: site.buildConfiguration).check())
        DiagnosticOutput.print(problems)
        let errors = problems.filter { $0.severity == .error }.count
        if errors > 0 {
            DiagnosticOutput.printError("\(errors) error\(errors == 1 ? "" : "s") found")
            throw ExitCode.failure
        }
        print("No problems found\(problems.isEmpty ? "" : " (\(problems.count) warning\(problems.count == 1 ? "" : "s"))")")
    }
}
