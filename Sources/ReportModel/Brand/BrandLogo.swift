import Foundation
import OrgModel

/// A logo file read at load time, so every output embeds the same bytes as a `data:` URI
/// and no output refers to a file beside it.
public struct BrandLogo: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case svg, png

        public var mediaType: String {
            switch self {
            case .svg: "image/svg+xml"
            case .png: "image/png"
            }
        }
    }

    /// The file as resolved against the YAML file naming it.
    public var path: String
    public var format: Format
    public var bytes: Data

    public init(path: String, format: Format, bytes: Data) {
        self.path = path
        self.format = format
        self.bytes = bytes
    }

    /// `data:image/svg+xml;base64,…`, for `<img src>` (an SVG in an image runs no script).
    public var dataURI: String { "data:\(format.mediaType);base64,\(bytes.base64EncodedString())" }

    /// The format the bytes really have: PNG by its signature, SVG by an `<svg` element
    /// before any other element (after an XML declaration, comments or a doctype). Nil
    /// for anything else, whatever the file's extension says.
    public static func sniff(_ bytes: Data) -> Format? {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if bytes.count > png.count, Array(bytes.prefix(png.count)) == png { return .png }
        guard let text = String(data: bytes.prefix(4096), encoding: .utf8) else { return nil }
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                // A declaration, comment or doctype: skip to its end.
                let end = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let close = rest.range(of: end) else { return nil }
                rest = rest[close.upperBound...]
                continue
            }
            return rest.hasPrefix("<svg") ? .svg : nil
        }
    }
}
