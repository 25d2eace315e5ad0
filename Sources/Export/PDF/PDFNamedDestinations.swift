/// The page each named destination of a PDF points at. Chromium names a destination
/// after every element id that a link in the document targets, so the report's contents
/// (a link to each part) leave one per part: its page is where the part really starts.
enum PDFNamedDestinations {
    /// Page numbers (1-based) by destination name, from the catalog's `/Dests` dictionary
    /// (how Chromium writes them) and its `/Names /Dests` name tree (how other writers do).
    static func pages(in bytes: [UInt8]) throws(PDFSyntaxError) -> [String: Int] {
        let document = try PDFObjects(bytes)
        var pageNumbers: [Int: Int] = [:]
        for (index, object) in document.pageObjects.enumerated() { pageNumbers[object] = index + 1 }

        var destinations: [String: PDFValue] = [:]
        if case .dictionary(let entries)? = document.resolved(document.catalog?["Dests"]) { destinations = entries }
        collect(document.resolved(document.resolved(document.catalog?["Names"])?["Dests"]), from: document, into: &destinations, depth: 0)

        var found: [String: Int] = [:]
        for (name, destination) in destinations {
            // A destination is [page /XYZ left top zoom], or a dictionary holding it as /D.
            let explicit = document.resolved(destination)
            let array = explicit?.arrayValue ?? document.resolved(explicit?["D"])?.arrayValue
            if let page = array?.first?.referenceValue, let number = pageNumbers[page] { found[name] = number }
        }
        return found
    }

    /// The leaves of a name tree (`/Names [key value …]`, `/Kids [...]`), keys as UTF-8.
    private static func collect(_ node: PDFValue?, from document: PDFObjects, into destinations: inout [String: PDFValue], depth: Int) {
        guard let node, depth < PDFParser.maximumDepth else { return }
        let names = document.resolved(node["Names"])?.arrayValue ?? []
        for index in stride(from: 0, to: names.count - 1, by: 2) {
            if case .string(let key) = names[index] { destinations[String(decoding: key, as: UTF8.self)] = names[index + 1] }
        }
        for kid in document.resolved(node["Kids"])?.arrayValue ?? [] {
            collect(document.resolved(kid), from: document, into: &destinations, depth: depth + 1)
        }
    }
}
