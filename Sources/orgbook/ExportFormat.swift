import ArgumentParser

/// What `orgbook export` writes for a report: named by `--format`, or by the output's
/// extension.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, pdf, zip, pptx, xlsx
    /// The report's change list: units and people that change, and tasks that change hands.
    case csv

    /// The format the output's extension names (`.htm` counts as HTML); nil for others.
    init?(path: String) {
        let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
        switch ext?.lowercased() {
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        case "zip": self = .zip
        case "csv": self = .csv
        case "pptx": self = .pptx
        case "xlsx": self = .xlsx
        default: return nil
        }
    }
}
