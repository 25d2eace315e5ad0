import ByteText
import Parallel

extension SearchIndex {
    /// The index as JSON:
    /// `{"version":1,"stopWords":[…],"pages":[[url,title,section],…],
    /// "pieces":[…],"entries":[[page,anchor,heading,snippet],…],"terms":[…],"postings":[…]}`
    /// with an anchor left "" when `AnchorSlug` derives it from the heading, headings and
    /// snippets packed against `pieces` as `TextPieces` describes and
    /// `postings[i]` packed as `PostingEncoding` describes; one page or entry per line
    /// keeps diffs of the index readable. Same input, same bytes.
    public func json() -> String {
        String(decoding: jsonBytes(), as: UTF8.self)
    }

    /// `json()` as UTF-8, written into one buffer: at 10,000 pages the index is megabytes.
    func jsonBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (entries.count + terms.count))
        func text(_ value: String) { out.append(contentsOf: value.utf8) }
        func list<T>(_ items: some Collection<T>, separator: String = ",", _ write: (T) -> Void) {
            out.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { text(separator) }
                first = false
                write(item)
            }
            out.append(UInt8(ascii: "]"))
        }
        text("{\"version\":\(SearchIndex.formatVersion),\"stopWords\":")
        list(SearchTokenizer.stopWords) { JavaScriptLiteral.append($0, to: &out) }
        text(",\n\"pages\":")
        list(pages, separator: ",\n") { page in
            list([page.url, page.title, page.section]) { JavaScriptLiteral.append($0, to: &out) }
        }
        let packed = packedTexts
        text(",\n\"pieces\":")
        list(packed.table) { JavaScriptLiteral.append($0, to: &out) }
        // The long lists are written in runs on every core, then joined.
        text(",\n\"entries\":")
        let entries = entries
        Self.appendList(entries.indices, separator: ",\n", to: &out) { index, out in
            let entry = entries[index]
            out.append(UInt8(ascii: "["))
            out.append(contentsOf: String(entry.page).utf8)
            out.append(UInt8(ascii: ","))
            JavaScriptLiteral.append(AnchorSlug.stored(anchor: entry.anchor, heading: entry.heading), to: &out)
            out.append(contentsOf: ",\"".utf8)
            out.append(contentsOf: packed.codes[2 * index].utf8)
            out.append(contentsOf: "\",\"".utf8)
            out.append(contentsOf: packed.codes[2 * index + 1].utf8)
            out.append(contentsOf: "\"]".utf8)
        }
        text(",\n\"terms\":")
        let terms = terms
        Self.appendList(terms.indices, separator: ",", to: &out) { JavaScriptLiteral.append(terms[$0], to: &$1) }
        text(",\n\"postings\":")
        let postings = postings
        Self.appendList(postings.indices, separator: ",", to: &out) {
            JavaScriptLiteral.append(PostingEncoding.encode(postings[$0]), to: &$1)
        }
        text("}")
        return out
    }

    /// `[item,item,…]` for `items`, each written by `write`, in runs across the cores.
    private static func appendList(
        _ items: Range<Int>, separator: String, to out: inout [UInt8],
        _ write: @Sendable (Int, inout [UInt8]) -> Void
    ) {
        let runs = Parallel.mapRuns(Array(items), perCore: 4, minimumLength: 2048) { run -> [UInt8] in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(64 * run.count)
            for index in run {
                if index != items.lowerBound { bytes.append(contentsOf: separator.utf8) }
                write(index, &bytes)
            }
            return bytes
        }
        out.append(UInt8(ascii: "["))
        for run in runs { out.append(contentsOf: run) }
        out.append(UInt8(ascii: "]"))
    }

    /// The contents of `search-index.js`: `window.ORGBOOK_SEARCH = {…};`.
    public func javaScript() -> String {
        String(decoding: javaScriptBytes(), as: UTF8.self)
    }

    /// `javaScript()` as UTF-8, the bytes the build writes.
    public func javaScriptBytes() -> [UInt8] {
        Array("window.\(SearchIndex.globalName) = ".utf8) + jsonBytes() + Array(";\n".utf8)
    }
}
