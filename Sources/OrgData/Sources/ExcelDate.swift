import OrgModel

/// Excel's numbers as text: dates from serial day numbers, and numbers without the
/// binary noise Excel stores (`0.80000000000000004` → `0.8`).
enum ExcelDate {
    /// `2024-01-31`, or `2024-01-31T08:30` when the serial has a time of day. The 1900
    /// system counts from 1899-12-30 (Excel's phantom 29 February 1900 included); the 1904
    /// system from 1904-01-01.
    static func iso(serial: Double, date1904: Bool) -> String {
        let days = Int(serial.rounded(.down)) + (date1904 ? 1462 : 0)
        // Days from 1899-12-30 to a civil date (Howard Hinnant's days_from_civil, inverted).
        let z = days - 25_569 + 719_468  // 25,569 days from 1899-12-30 to 1970-01-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        var text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let minutes = Int(((serial - serial.rounded(.down)) * 1_440).rounded())
        if minutes > 0, minutes < 1_440 {
            text += "T\(minutes / 60 < 10 ? "0" : "")\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
        }
        return text
    }

    /// A stored number as the shortest text that reads back to it; whole numbers without
    /// `.0`. Text that is no number is kept as it is.
    static func plainNumber(_ stored: String) -> String {
        guard let value = Double(stored), value.isFinite else { return stored }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
