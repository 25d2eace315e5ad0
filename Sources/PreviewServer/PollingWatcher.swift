import Foundation

/// Watches folders by scanning them at an interval and comparing modification times and
/// sizes. The fallback where kernel notifications are unavailable.
final class PollingWatcher: FileWatching {
    private struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
        var isFolder: Bool
    }

    private let roots: [String]
    private let interval: Duration
    private let task = Locked<Task<Void, Never>?>(nil)

    init(roots: [String], interval: Duration) {
        self.roots = roots
        self.interval = interval
    }

    func start(onChange: @escaping @Sendable (String) -> Void) throws {
        let roots = roots
        let interval = interval
        var previous = Self.scan(roots)
        let scanner = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { return }
                let current = Self.scan(roots)
                for (path, stamp) in current where previous[path] != stamp { onChange(path) }
                for path in previous.keys where current[path] == nil { onChange(path) }
                previous = current
            }
        }
        task.withLock { $0 = scanner }
    }

    func stop() {
        task.withLock { task in
            task?.cancel()
            task = nil
        }
    }

    private static func scan(_ roots: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey]
        for root in roots {
            guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: keys) else {
                continue
            }
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: Set(keys))
                stamps[url.path] = Stamp(
                    modified: values?.contentModificationDate, size: values?.fileSize,
                    isFolder: values?.isDirectory ?? false)
            }
        }
        return stamps
    }
}
