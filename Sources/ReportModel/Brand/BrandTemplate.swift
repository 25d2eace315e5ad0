import Diagnostics
import Foundation
import OrgModel
import ZIPFoundation

/// A PowerPoint template (`brand: template: file.potx` or `.pptx`) read at load time:
/// every part of its package by name, so the deck writer copies its slide master, layouts
/// and theme without opening the file again, and a broken template fails the build at the
/// `template:` line instead of the export.
public struct BrandTemplate: Sendable, Hashable {
    /// The file as resolved against the YAML file naming it.
    public var path: String
    /// The `template:` key, where a writer reports what it finds wrong inside the package.
    public var location: SourceLocation?
    /// Every part by its name in the package (`ppt/slideMasters/slideMaster1.xml`).
    public var parts: [String: Data]

    public init(path: String, location: SourceLocation?, parts: [String: Data]) {
        self.path = path
        self.location = location
        self.parts = parts
    }

    /// The extensions PowerPoint saves a template or a deck with.
    public static let extensions = ["potx", "pptx"]

    /// Reads the package at `path` (`named` as written in the YAML, for messages).
    static func read(path: String, named: String, location: SourceLocation?) -> Result<BrandTemplate, BrandTemplateError> {
        guard extensions.contains((named as NSString).pathExtension.lowercased()) else { return .failure(.wrongExtension(path: named)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .failure(.missing(path: named))
        }
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            return .failure(.notAPackage(path: named))
        }
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            guard (try? archive.extract(entry, skipCRC32: true) { data.append($0) }) != nil else {
                return .failure(.notAPackage(path: named))
            }
            parts[entry.path] = data
        }
        guard parts["[Content_Types].xml"] != nil, parts["ppt/presentation.xml"] != nil else {
            return .failure(.notAPackage(path: named))
        }
        guard parts.keys.contains(where: { $0.hasPrefix("ppt/slideMasters/") && $0.hasSuffix(".xml") }) else {
            return .failure(.noSlideMaster(path: named))
        }
        return .success(BrandTemplate(path: path, location: location, parts: parts))
    }
}

/// The ways `brand: template:` can be wrong, each with its fix.
public enum BrandTemplateError: OrgDataProblem, Error, Hashable {
    case missing(path: String)
    case wrongExtension(path: String)
    /// Not a ZIP, or a ZIP without the parts of a PowerPoint package.
    case notAPackage(path: String)
    case noSlideMaster(path: String)

    public var message: String {
        switch self {
        case .missing(let path): "the template \(quoted(path)) does not exist"
        case .wrongExtension(let path): "the template \(quoted(path)) is not a .potx or .pptx file"
        case .notAPackage(let path): "the template \(quoted(path)) is not a PowerPoint file (not a ZIP package with ppt/presentation.xml)"
        case .noSlideMaster(let path): "the template \(quoted(path)) has no slide master"
        }
    }

    public var hint: String? {
        switch self {
        case .missing: "put the template beside the YAML file and name it relative to it, e.g. `template: brand.potx`"
        case .wrongExtension, .notAPackage:
            "in PowerPoint, save the template with File › Save As › PowerPoint Template (.potx)"
        case .noSlideMaster: "open it in PowerPoint, check View › Slide Master has a master, and save it again as .potx"
        }
    }
}
