import Foundation

/// Looks up programs on `PATH`, the way a shell does.
enum Executable {
    /// The first of `names` found as an executable file in a `PATH` folder.
    static func find(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let path = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}
