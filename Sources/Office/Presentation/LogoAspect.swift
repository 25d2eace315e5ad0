import Foundation
import OrgModel
import ReportModel

/// A logo's width over its height, so the title slide places it undistorted: a PNG's from
/// its header, an SVG's from its `viewBox` (else its `width` and `height`). Nil when the
/// file does not say.
enum LogoAspect {
    static func of(_ logo: BrandLogo) -> Double? {
        switch logo.format {
        case .png:
            let bytes = [UInt8](logo.bytes.prefix(24))
            guard bytes.count == 24 else { return nil }
            let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            let (width, height) = (number(16), number(20))
            return width > 0 && height > 0 ? Double(width) / Double(height) : nil
        case .svg:
            guard let root = PackagePart.elements(logo.bytes)?.first(where: { $0.name == "svg" }) else { return nil }
            let box = (root.attributes["viewBox"] ?? "").split { $0 == " " || $0 == "," }.compactMap { Double($0) }
            if box.count == 4, box[2] > 0, box[3] > 0 { return box[2] / box[3] }
            let length = { (name: String) in Double((root.attributes[name] ?? "").prefix { $0.isNumber || $0 == "." }) }
            guard let width = length("width"), let height = length("height"), width > 0, height > 0 else { return nil }
            return width / height
        }
    }
}
