import ByteText
import OrgModel

/// The ways a `brand:` mapping can be wrong, each with its fix.
public enum BrandError: OrgDataProblem, Hashable {
    case logoMissing(path: String)
    case logoUnreadable(path: String)
    /// The file is neither an SVG nor a PNG (by its bytes, or by its extension).
    case logoNotImage(path: String)
    case notAColor(role: String, text: String)
    case unknownColorRole(String)
    /// `role`'s colour on the white page falls under the WCAG AA minimum for its use.
    case lowContrast(role: BrandColorRole, color: BrandColor, ratio: Double)
    case empty(key: String)
    case fontMissing(path: String)
    case fontUnreadable(path: String)
    /// The font file is not a TrueType font Orgbook can read the widths of.
    case fontNotTrueType(path: String, reason: TrueTypeError)

    public var message: String {
        switch self {
        case .logoMissing(let path): "the logo \(quoted(path)) does not exist"
        case .logoUnreadable(let path): "the logo \(quoted(path)) cannot be read"
        case .logoNotImage(let path): "the logo \(quoted(path)) is not an SVG or PNG image"
        case .notAColor(let role, let text): "colour \(quoted(role)) is \(quoted(text)), not a colour written #rrggbb"
        case .unknownColorRole(let role): "unknown colour \(quoted(role))"
        case .lowContrast(let role, let color, let ratio):
            "colour \(quoted(role.rawValue)) \(color) on the white page #ffffff has contrast \(Self.ratio(ratio)):1, under WCAG AA's \(Self.ratio(role.minimumContrast)):1"
        case .empty(let key): "\(quoted(key)) is empty"
        case .fontMissing(let path): "the font \(quoted(path)) does not exist"
        case .fontUnreadable(let path): "the font \(quoted(path)) cannot be read"
        case .fontNotTrueType(let path, let reason):
            "the font \(quoted(path)) is not a TrueType font Orgbook can read: \(Self.describe(reason))"
        }
    }

    public var hint: String? {
        switch self {
        case .logoMissing: "put the logo beside the YAML file and name it relative to it, e.g. `logo: logo.svg`"
        case .logoUnreadable: "check the file's permissions"
        case .logoNotImage: "export the logo as .svg or .png"
        case .notAColor: "write six hex digits, e.g. `primary: \"#1d4f91\"` (quoted: YAML reads # as a comment)"
        case .unknownColorRole: "use \(quotedList(BrandColorRole.allCases.map(\.rawValue)))"
        case .lowContrast(let role, _, _):
            role.minimumContrast > 3
                ? "pick a darker colour: text needs 4.5:1 against white" : "pick a darker colour: graphics need 3:1 against white"
        case .empty(let key): "give \(quoted(key)) a value or remove the line"
        case .fontMissing: "put the .ttf beside the YAML file and name it relative to it, e.g. `font: fonts/Brand-Regular.ttf`"
        case .fontUnreadable: "check the file's permissions"
        case .fontNotTrueType:
            "name a TrueType .ttf file (convert .otf/.woff with e.g. FontForge), or name an installed family instead, e.g. `font: Liberation Sans`"
        }
    }

    private static func describe(_ reason: TrueTypeError) -> String {
        switch reason {
        case .notAFont: "it does not start like a font file"
        case .unsupported(let what): "it is \(what)"
        case .missingTable(let tag): "it has no '\(tag)' table"
        case .truncated: "it is cut short"
        case .invalid(let what): "\(what)"
        case .noUnicodeMap: "it maps no Unicode characters (no 'cmap' subtable of format 4 or 12)"
        }
    }

    /// Rounded down to one decimal, so 4.49 never reads as a passing 4.5.
    private static func ratio(_ value: Double) -> String {
        let tenths = (value * 10).rounded(.down) / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) + (value >= 10 ? "" : ".0") : String(tenths)
    }
}
