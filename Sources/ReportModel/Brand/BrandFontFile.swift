import ByteText
import Foundation

/// The `.ttf` that `brand: font:` may name instead of a family, read at load time: its
/// bytes, which every output embeds through `@font-face`, and its advance widths, which
/// diagram labels are measured with so they fit their boxes in that font.
public struct BrandFontFile: Sendable, Hashable {
    /// The file as resolved against the YAML file naming it.
    public var path: String
    /// The file as `font:` names it, relative to the YAML file's folder.
    public var source: String
    /// The family the `@font-face` declares and the CSS names: the file's base name.
    public var family: String
    public var bytes: Data
    public var metrics: TrueTypeMetrics

    /// Reads and checks the font at `path`.
    public init(path: String, source: String, bytes: Data) throws(TrueTypeError) {
        self.path = path
        self.source = source
        self.family = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        self.bytes = bytes
        self.metrics = try TrueTypeMetrics([UInt8](bytes))
    }

    /// `data:font/ttf;base64,…`, for an `@font-face` that needs no file beside the page.
    public var dataURI: String { "data:font/ttf;base64,\(bytes.base64EncodedString())" }

    /// Where a site built from the folder of the YAML file publishes the font (files
    /// beside the pages are copied as they are): `source`, when it stays inside that folder.
    public var publishedPath: String? {
        let parts = source.split(separator: "/", omittingEmptySubsequences: false)
        guard !source.hasPrefix("/"), !parts.contains(".."), !parts.contains("") else { return nil }
        return source
    }

    /// The same file is the same font; the widths follow from the bytes.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.path == rhs.path && lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(bytes.count)
    }
}
