import Markdown
import Search

/// A page's searchable text, recorded while its Markdown is formatted rather than scanned
/// back from its HTML afterwards: the formatter says what it writes (`HTMLTextObserver`)
/// and the search index's collector reads the same events a scan would find. One per page,
/// used by the one thread rendering it.
final class SearchTextRecorder: HTMLTextObserver, @unchecked Sendable {
    // Read and written only by the thread rendering the page, a few times per node: the
    // runtime's exclusivity check on each access cost as much as the text handling itself.
    @exclusivity(unchecked) private var collector = SearchTextCollector()

    func text(_ text: String) { collector.append(text: text) }
    func boundary() { collector.boundary() }
    func headingStarted(level: Int, id: String?) { collector.openHeading(level: level, id: id) }
    func headingEnded(level: Int) { collector.closeHeading(level: level) }
    func html(_ html: String) { collector.append(html: html) }

    /// False when raw HTML in the page ended inside a tag, comment or skipped element.
    var recordedWhole: Bool { collector.isComplete }

    /// The text recorded, or, when raw HTML in the page ended inside a tag, comment or
    /// skipped element (so the bytes after it would have been read differently), the text
    /// of `html`, the page's whole HTML, scanned as one.
    func extracted(pageHTML html: @autoclosure () -> String) -> SearchTextExtractor.Extracted {
        recordedWhole ? collector.finish() : SearchTextExtractor.extract(html: html())
    }
}
