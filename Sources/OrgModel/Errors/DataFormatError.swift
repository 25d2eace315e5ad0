import Diagnostics

/// Problems with the shape of a data document, whatever its kind: YAML syntax, wrong
/// types, missing or unknown keys, the `kind:` key, and files that `src:`, `before:` or
/// `after:` point to.
public enum DataFormatError: OrgDataProblem, Hashable {
    /// The YAML parser stopped; `problem` is its own words.
    case yamlSyntax(problem: String)
    case emptyDocument
    /// `what` should be `expected` ("a mapping", "a list", "a text") but is `found`.
    case wrongType(what: String, expected: String, found: String)
    case missingKey(key: String, in: String)
    /// A warning: a key no format uses, most often a typo.
    case unknownKey(key: String, known: [String])
    case duplicateKey(key: String)
    case missingKind
    case unknownKind(String)
    /// The fence says one kind and the YAML's `kind:` another.
    case kindMismatch(expected: String, found: String)
    /// A `.csv` file holds only org charts.
    case csvForKind(String)
    case srcWithOtherKeys([String])
    /// `src:` inside a file that was itself loaded by `src:`, `before:` or `after:`.
    case nestedSrc
    case unreadableFile(path: String, base: String)
    /// The file holds `byte`, which is not UTF-8 (most often a spreadsheet saved as Latin-1).
    case notUTF8(path: String, byte: UInt8)
    case unsupportedFileType(path: String)
    /// A `link:` whose scheme runs code or embeds content (`javascript:`, `data:` …).
    case unsafeLink(url: String)

    public var message: String {
        switch self {
        case .yamlSyntax(let problem): "invalid YAML: \(problem)"
        case .emptyDocument: "the document is empty"
        case .wrongType(let what, let expected, let found): "\(what) must be \(expected), not \(found)"
        case .missingKey(let key, let owner): "\(owner) has no \(quoted(key))"
        case .unknownKey(let key, _): "unknown key \(quoted(key))"
        case .duplicateKey(let key): "key \(quoted(key)) appears twice"
        case .missingKind: "the document has no 'kind'"
        case .unknownKind(let kind): "unknown kind \(quoted(kind))"
        case .kindMismatch(let expected, let found): "the block is \(quoted(expected)) but its data says kind \(quoted(found))"
        case .csvForKind(let kind): "a CSV file can only hold an org chart, not \(quoted(kind))"
        case .srcWithOtherKeys(let keys): "'src' cannot be combined with other keys (\(quotedList(keys)))"
        case .nestedSrc: "'src' only works in a Markdown block, not in a data file"
        case .unreadableFile(let path, _): "cannot read \(quoted(path))"
        case .notUTF8(let path, let byte): "\(quoted(path)) is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) here)"
        case .unsupportedFileType(let path): "\(quoted(path)) is neither YAML (.yaml, .yml) nor CSV (.csv)"
        case .unsafeLink(let url): "link \(quoted(String(url.prefix(60)))) uses a scheme Orgbook never writes into a page"
        }
    }

    public var hint: String? {
        let kinds = OrgDocumentKind.allCases.map(\.rawValue)
        switch self {
        case .yamlSyntax:
            return "check the indentation and quoting here; values containing ': ' or starting with a special character need quotes"
        case .emptyDocument: return "write the data as YAML, or point to a file with 'src: file.yaml'"
        case .wrongType(_, let expected, _): return "write it as \(expected)"
        case .missingKey(let key, _): return "add \(quoted(key))"
        case .unknownKey(let key, let known):
            return
                "\(NameSuggestion.closest(to: key, in: known).map { "did you mean \(quoted($0))? " } ?? "")known keys here: \(known.joined(separator: ", "))"
        case .duplicateKey: return "keep one of them"
        case .missingKind: return "add 'kind:' with one of \(kinds.joined(separator: ", "))"
        case .unknownKind(let kind):
            return
                "\(NameSuggestion.closest(to: kind, in: kinds).map { "did you mean \(quoted($0))? " } ?? "")kinds are \(kinds.joined(separator: ", "))"
        case .kindMismatch(let expected, _): return "use kind \(quoted(expected)) or change the block's info string"
        case .csvForKind: return "write this kind as YAML"
        case .srcWithOtherKeys: return "either point to a file with 'src' or write the data inline, not both"
        case .nestedSrc: return "write the data in this file directly"
        case .unreadableFile(_, let base):
            return "paths are relative to \(base.isEmpty ? "the current folder" : quoted(base)); check the name and that the file exists"
        case .notUTF8:
            return "save the file as UTF-8 (in Excel: Save As › CSV UTF-8; in an editor: reopen with its encoding, then save as UTF-8)"
        case .unsupportedFileType: return "use a .yaml, .yml or .csv file"
        case .unsafeLink:
            return
                "link to a page (`../models/coe.md`) or a web address (`https://…`); javascript:, vbscript:, file: and data: links are refused"
        }
    }

    public var severity: Diagnostic.Severity {
        if case .unknownKey = self { return .warning }
        return .error
    }
}
