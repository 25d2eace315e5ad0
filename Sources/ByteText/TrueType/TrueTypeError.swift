/// The ways a `.ttf` can fail to give Orgbook its advance widths.
public enum TrueTypeError: Error, Hashable, Sendable {
    /// The file does not start like a TrueType or OpenType font.
    case notAFont
    /// OpenType with CFF outlines or a collection is a font, but not one read here.
    case unsupported(String)
    case missingTable(String)
    /// A table or offset runs past the end of the file.
    case truncated
    /// A value that no valid font holds (zero units per em, no advance widths).
    case invalid(String)
    /// No Unicode `cmap` subtable of format 4 or 12.
    case noUnicodeMap
}
