import Diagnostics
import Foundation
import OrgModel

/// Reads a data file named by content (`src:`, `source:`, report files) as UTF-8 text,
/// telling apart the three reasons it can fail, each with its own fix: the file is not
/// there, it cannot be read (a folder, no permission), or it is not UTF-8 (an export saved
/// in a legacy encoding, the most common case with spreadsheets).
enum DataFileText {
    /// The text of `path`, or the diagnostic to report: a missing or unreadable file at
    /// `place` (the key naming it), a file that is not UTF-8 at its first bad byte.
    public static func read(_ path: String, base: String, place: SourceLocation) -> Result<String, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            return .failure(DataFormatError.unreadableFile(path: path, base: base).diagnostic(at: place))
        }
        if let text = String(validating: data, as: UTF8.self) { return .success(text) }
        let (line, column, byte) = firstInvalidByte(in: data)
        return .failure(
            DataFormatError.notUTF8(path: path, byte: byte)
                .diagnostic(at: SourceLocation(path: path, line: line, column: column)))
    }

    /// The line and column (in characters, counting the valid ones before it) of the
    /// first byte that does not decode as UTF-8, and the byte.
    private static func firstInvalidByte(in data: Data) -> (Int, Int, UInt8) {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    lineStart = offset
                }
            case .emptyInput:
                return (line, 1, 0)
            case .error:
                let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
                return (line, column, bytes[offset])
            }
        }
    }
}
