import ByteText
import Diagnostics
import Foundation
import OrgModel

/// The one check every writer makes before an output leaves Orgbook: that it holds none
/// of the values the charts it draws mark `private:`. The models already leave those
/// values out; this proves it for the bytes actually written, whatever template or writer
/// made them.
///
/// Text (a name, a title, an attribute) is looked for as written and markup-escaped, as a
/// whole word. A number is looked for as Orgbook writes one value: grouped (`52,003`)
/// anywhere, and plain (`52003`) as a whole cell in CSV and Excel outputs only, since
/// drawings are full of plain numbers that are coordinates. Rounded forms (`€52k`) are
/// not looked for: sums share them. Values shorter than three bytes are not looked for
/// either: they match everywhere.
public struct PrivacyGuard: Sendable {
    /// Where a private value was found.
    public struct Leak: Sendable, Hashable {
        /// The private field (`name`, `cost`, an attribute).
        public var field: String
    }

    private var search = WholeMatchSearch()
    /// The field of each pattern, indexed by the pattern's number in `search`.
    private var fields: [String] = []
    private let origins: [String]

    public init(_ values: PrivateValues) {
        origins = values.origins.sorted()
        for (text, field) in values.texts {
            add(text, field: field, boundary: .word)
            // Orgbook's markup writes `&#39;`; XML written by other tools may use `&apos;`.
            let escaped = MarkupEscaping.escape(text)
            for form in Set([escaped, escaped.replacingOccurrences(of: "&#39;", with: "&apos;")]) where form != text {
                add(form, field: field, boundary: .word)
            }
        }
        for (value, field) in values.numbers {
            add(MeasureFormat.grouped(value), field: field, boundary: .word)
            add(ExcelDate.plainNumber("\(value)"), field: field, boundary: .cell)
        }
    }

    public var isEmpty: Bool { search.isEmpty }

    private mutating func add(_ text: String, field: String, boundary: WholeMatchSearch.Boundary) {
        if search.add(Array(text.utf8), boundary: boundary) != nil { fields.append(field) }
    }

    /// The first private value `data` holds; `tabular` for CSV and workbook outputs.
    public func leak(in data: Data, tabular: Bool) -> Leak? {
        search.firstMatch(in: data, isTable: tabular).map { Leak(field: fields[$0]) }
    }

    /// Refuses to write `data` to `path` when it holds a private value: an error that
    /// names the file and the field (never the value, which would leak into the log).
    public func check(_ data: Data, writing path: String) throws(Diagnostic) {
        let lower = path.lowercased()
        let tabular = [".csv", ".xlsx"].contains { lower.hasSuffix($0) }
        guard let leak = leak(in: data, tabular: tabular) else { return }
        let from = origins.isEmpty ? "a chart" : origins.map { "\(quoted($0))" }.joined(separator: ", ")
        throw Diagnostic.error(
            at: nil,
            "refusing to write \(path): it holds a value of \(quoted(leak.field)), which \(from) marks private",
            hint: "remove what shows it (a page, a template, a column of the data), or take \(quoted(leak.field)) out of 'private:'")
    }
}
