/// The indirect objects of a PDF, found by reading it from start to end rather than
/// through its cross-reference table: Chromium's PDFs hold every object uncompressed at
/// the top level (no object streams), and a sequential read needs no offsets to be right.
struct PDFObjects {
    private(set) var objects: [Int: PDFValue] = [:]
    /// The trailer dictionary (`/Root`, `/Info`), when the file has one.
    private(set) var trailer: PDFValue?

    init(_ bytes: [UInt8]) throws(PDFSyntaxError) {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PDFSyntaxError(offset: 0, expected: "%PDF- at the start") }
        var parser = PDFParser(bytes)
        while true {
            parser.skipWhitespace()
            if parser.isAtEnd { break }
            if let number = parser.objectHeader() {
                let value = try parser.value()
                var after = parser
                if after.keyword() == "stream" {
                    parser = after
                    try parser.skipStream(value)
                }
                objects[number] = value
                continue
            }
            var probe = parser
            if probe.keyword() == "trailer", let dictionary = try? probe.value() {
                trailer = dictionary
                parser = probe
                continue
            }
            parser.skipToken()  // endobj, xref rows, startxref and the like
        }
    }

    /// `value` with a reference replaced by the object it names.
    func resolved(_ value: PDFValue?) -> PDFValue? {
        if let number = value?.referenceValue { return objects[number] }
        return value
    }

    /// The document catalog: the trailer's `/Root`, else the object typed `/Catalog`.
    var catalog: PDFValue? {
        if let root = resolved(trailer?["Root"]) { return root }
        return objects.values.first { $0["Type"] == .name("Catalog") }
    }

    /// The object number of every page, in reading order: the page tree walked depth
    /// first, each node visited once (a cycle or a missing node ends that branch).
    var pageObjects: [Int] {
        var pages: [Int] = []
        var visited: Set<Int> = []
        func walk(_ reference: PDFValue?, depth: Int) {
            guard depth < PDFParser.maximumDepth, let number = reference?.referenceValue, visited.insert(number).inserted,
                let node = objects[number]
            else { return }
            if node["Type"] == .name("Page") {
                pages.append(number)
            } else {
                for kid in resolved(node["Kids"])?.arrayValue ?? [] { walk(kid, depth: depth + 1) }
            }
        }
        walk(catalog?["Pages"], depth: 0)
        return pages
    }
}
