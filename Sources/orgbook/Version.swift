/// The version `orgbook --version` prints.
enum Version {
    static let current = "0.10.0"
}
