/// Files compiled into the binary (generated into `EmbeddedFiles+Generated.swift` by
/// `make embed`): the default templates, the starter sites and the JSON Schemas, so that
/// `orgbook new` and `orgbook schema` work from a binary copied anywhere.
public enum EmbeddedFiles {
    /// The files under `folder` (`Templates`, `Starter/site`, `Schemas`), as paths relative
    /// to that folder with their text, in path order.
    public static func files(under folder: String) -> [(path: String, text: String)] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return all.keys.filter { $0.hasPrefix(prefix) }.sorted().map { (String($0.dropFirst(prefix.count)), all[$0]!) }
    }

    /// Every embedded path, relative to the checkout's folders as the generator names them.
    public static var paths: [String] { all.keys.sorted() }

    /// The text of one embedded file, by its full embedded path.
    public static func text(of path: String) -> String? { all[path] }
}
