import Foundation
import OrgModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the XML parts of a workbook with Foundation's XMLParser: one small delegate per
/// part, each keeping only what the table needs.
enum XLSXPartParser {
    struct Workbook {
        var sheets: [(name: String, relation: String)] = []
        var date1904 = false
    }

    struct Cell {
        var reference: String
        var row: Int
        var column: Int
        var type: String
        var style: Int?
        var value: String
    }

    // Each reader returns nil when its part is not well-formed XML: what a parser read up
    // to the error is a part of a table, and a part of a table must not pass for all of it.

    static func workbook(_ data: Data) -> Workbook? {
        let delegate = WorkbookDelegate()
        return run(data, delegate) ? delegate.workbook : nil
    }

    /// Relationship id → target.
    static func relationships(_ data: Data) -> [String: String]? {
        let delegate = RelationshipsDelegate()
        return run(data, delegate) ? delegate.targets : nil
    }

    /// Each `<si>`'s text: its `<t>`, or its runs' `<t>`s joined (phonetic runs skipped).
    static func sharedStrings(_ data: Data) -> [String]? {
        let delegate = SharedStringsDelegate()
        return run(data, delegate) ? delegate.strings : nil
    }

    /// Indices of the cell formats (`<cellXfs>`) whose number format is a date: the
    /// built-in date formats 14–22 and 45–47, and custom formats with day, month or year
    /// codes outside quotes and brackets.
    static func dateStyles(_ data: Data) -> Set<Int>? {
        let delegate = StylesDelegate()
        guard run(data, delegate) else { return nil }
        var styles = Set<Int>()
        for (index, format) in delegate.cellFormats.enumerated() {
            if (14...22).contains(format) || (45...47).contains(format) {
                styles.insert(index)
                continue
            }
            if let code = delegate.customFormats[format], isDateFormat(code) { styles.insert(index) }
        }
        return styles
    }

    static func cells(_ data: Data) -> [Cell]? {
        let delegate = SheetDelegate()
        return run(data, delegate) ? delegate.cells : nil
    }

    /// `A1` → (row 1, column 1); `AB12` → (12, 28).
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where row == 0: column = column * 26 + Int(scalar.value) - 64
            case 97...122 where row == 0: column = column * 26 + Int(scalar.value) - 96
            case 48...57: row = row * 10 + Int(scalar.value) - 48
            default: return nil
            }
        }
        return row > 0 && column > 0 ? (row, column) : nil
    }

    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[": inBrackets = true
            case "]": inBrackets = false
            case let letter where "dmy".contains(letter) && !inQuotes && !inBrackets: return true
            default: break
            }
        }
        return false
    }

    /// Whether the whole of `data` parsed as XML, its root element closed.
    private static func run(_ data: Data, _ delegate: XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        let check = RootClosedCheck(delegate)
        parser.delegate = check
        return parser.parse() && check.rootClosed
    }
}

/// The local name of an element (`x:sheet` → `sheet`): some writers prefix the namespace.
private func local(_ name: String) -> Substring {
    name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? Substring(name)
}

/// Passes a part's events on to its reader and notes whether the root element closed:
/// Foundation's parser on Linux reports a document cut off inside an element as parsed.
private final class RootClosedCheck: NSObject, XMLParserDelegate {
    private let reader: XMLParserDelegate
    private var depth = 0
    private(set) var rootClosed = false

    init(_ reader: XMLParserDelegate) { self.reader = reader }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        reader.parser(parser, didStartElement: name, namespaceURI: namespaceURI, qualifiedName: qualifiedName, attributes: attributes)
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        reader.parser(parser, didEndElement: name, namespaceURI: namespaceURI, qualifiedName: qualifiedName)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { reader.parser(parser, foundCharacters: string) }
}

private final class WorkbookDelegate: NSObject, XMLParserDelegate {
    var workbook = XLSXPartParser.Workbook()
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch local(name) {
        case "sheet":
            let relation = attributes.first { local($0.key) == "id" }?.value ?? ""
            workbook.sheets.append((attributes["name"] ?? "", relation))
        case "workbookPr":
            workbook.date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default: break
        }
    }
}

private final class RelationshipsDelegate: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

private final class SharedStringsDelegate: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch local(name) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
}

private final class StylesDelegate: NSObject, XMLParserDelegate {
    var customFormats: [Int: String] = [:]
    var cellFormats: [Int] = []
    private var inCellFormats = false
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if local(name) == "cellXfs" { inCellFormats = false }
    }
}

private final class SheetDelegate: NSObject, XMLParserDelegate {
    var cells: [XLSXPartParser.Cell] = []
    private var cell: XLSXPartParser.Cell?
    private var collecting = false
    private var row = 0
    private var nextColumn = 1
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch local(name) {
        case "row":
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            nextColumn = 1
        case "c":
            let reference = attributes["r"] ?? ""
            let place = XLSXPartParser.position(reference) ?? (row, nextColumn)
            nextColumn = place.column + 1
            cell = XLSXPartParser.Cell(
                reference: reference.isEmpty ? "\(place.column):\(place.row)" : reference,
                row: place.row, column: place.column, type: attributes["t"] ?? "n",
                style: attributes["s"].flatMap(Int.init), value: "")
        case "v", "t": collecting = cell != nil
        default: break
        }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "v", "t": collecting = false
        case "c":
            if let cell { cells.append(cell) }
            cell = nil
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { cell?.value += string } }
}
