import Foundation

/// Writes the change list as CSV for the client's HR team: `id,name,change,from,to` and
/// one delta column per measure, quoted after RFC 4180, CRLF line ends (as spreadsheets
/// expect).
public enum ChangeListCSV {
    public static func write(_ diff: OrgDiff) -> String {
        let records = diff.changeList()
        var measures = diff.after.settings.measures
        for measure in diff.before.settings.measures where !measures.contains(where: { $0.key == measure.key }) {
            measures.append(measure)
        }
        var out = (["id", "name", "change", "from", "to"] + measures.map { "\($0.key) delta" }).map(field).joined(separator: ",")
        out += "\r\n"
        for record in records {
            var cells = [record.id, record.name, record.change.rawValue, record.from, record.to]
            for measure in measures { cells.append(record.measureDeltas[measure.key].map(number) ?? "") }
            out += cells.map(field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// Quotes a field holding a comma, quote or line break, doubling its quotes. A field
    /// starting with = + - @ is prefixed with a quote mark so spreadsheets do not run it as
    /// a formula (numbers excepted).
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whole numbers without a fraction, others with up to two decimals.
    static func number(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        return String(format2: value)
    }
}

private extension String {
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        self = "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
