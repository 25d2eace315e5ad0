import Foundation

/// One file of the built site: bytes made by the build, or a file copied as it is.
enum OutputFile: Sendable, Hashable {
    case data(Data)
    case copy(URL)

    func contents() throws -> Data {
        switch self {
        case .data(let data): data
        case .copy(let url): try Data(contentsOf: url)
        }
    }
}
