/// Why a PDF could not be read: the byte offset where reading stopped and what was
/// expected there.
struct PDFSyntaxError: Error, Equatable, CustomStringConvertible {
    var offset: Int
    var expected: String

    var description: String { "at byte \(offset): expected \(expected)" }
}
