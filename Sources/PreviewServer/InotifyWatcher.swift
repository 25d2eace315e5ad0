#if os(Linux)
    import Foundation
    import Glibc

    /// Watches folders recursively with Linux inotify. Folders created later (a new section)
    /// are added as they appear; their existing files are reported, since they may have been
    /// written before the watch was in place.
    final class InotifyWatcher: FileWatching {
        enum Failure: Error { case unavailable(errno: Int32) }

        private struct State {
            var folders: [Int32: String] = [:]
            var onChange: (@Sendable (String) -> Void)?
            var stopped = false
            var readerStarted = false
        }

        private let roots: [String]
        private let inotify: Int32
        /// Writing to this pipe wakes the reading thread so it can stop.
        private let wakeRead: Int32
        private let wakeWrite: Int32
        private let state = Locked(State())
        private let finished = DispatchSemaphore(value: 0)

        private static let mask = UInt32(
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
                | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

        init(roots: [String]) throws {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { throw Failure.unavailable(errno: errno) }
            var pipeEnds: [Int32] = [0, 0]
            guard pipe(&pipeEnds) == 0 else {
                close(descriptor)
                throw Failure.unavailable(errno: errno)
            }
            self.roots = roots
            inotify = descriptor
            wakeRead = pipeEnds[0]
            wakeWrite = pipeEnds[1]
        }

        func start(onChange: @escaping @Sendable (String) -> Void) throws {
            state.withLock { $0.onChange = onChange }
            for root in roots where FileManager.default.fileExists(atPath: root) {
                try addTree(root, reportFiles: false)
            }
            let thread = Thread { [self] in
                readLoop()
                finished.signal()
            }
            thread.name = "orgbook-inotify"
            state.withLock { $0.readerStarted = true }
            thread.start()
        }

        func stop() {
            let (wasRunning, readerStarted) = state.withLock { state in
                defer {
                    state.stopped = true
                    state.onChange = nil
                }
                return (!state.stopped, state.readerStarted)
            }
            guard wasRunning else { return }
            if readerStarted {
                var byte: UInt8 = 1
                _ = write(wakeWrite, &byte, 1)
                finished.wait()
            }
            close(inotify)
            close(wakeRead)
            close(wakeWrite)
        }

        /// Adds a watch on `folder` and every folder below it. Running out of watches
        /// (`fs.inotify.max_user_watches`) is an error so the caller can fall back to polling.
        private func addTree(_ folder: String, reportFiles: Bool) throws {
            let descriptor = inotify_add_watch(inotify, folder, Self.mask | UInt32(IN_ONLYDIR))
            if descriptor < 0 {
                if errno == ENOSPC || errno == ENOMEM { throw Failure.unavailable(errno: errno) }
                return  // vanished or unreadable: nothing to watch
            }
            state.withLock { $0.folders[descriptor] = folder }
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in entries {
                let path = folder + "/" + name
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    try addTree(path, reportFiles: reportFiles)
                } else if reportFiles {
                    report(path)
                }
            }
        }

        private func report(_ path: String) {
            state.withLock { $0.onChange }?(path)
        }

        private func readLoop() {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var watched = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            while true {
                let ready = poll(&watched, 2, -1)
                if ready < 0 && errno == EINTR { continue }
                if ready < 0 || watched[1].revents != 0 { return }
                let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
                if count <= 0 { continue }
                handleEvents(buffer[0..<count])
            }
        }

        /// Walks the `inotify_event` records in a read: `wd`, `mask`, `cookie`, `len`, then
        /// `len` bytes of NUL-padded name.
        private func handleEvents(_ bytes: ArraySlice<UInt8>) {
            var offset = bytes.startIndex
            let header = 16
            while offset + header <= bytes.endIndex {
                let watch = Int32(bitPattern: Self.uint32(bytes, at: offset))
                let mask = Self.uint32(bytes, at: offset + 4)
                let nameLength = Int(Self.uint32(bytes, at: offset + 12))
                let nameBytes = bytes[(offset + header)..<min(offset + header + nameLength, bytes.endIndex)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += header + nameLength
                handle(watch: watch, mask: mask, name: name)
            }
        }

        private func handle(watch: Int32, mask: UInt32, name: String) {
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: say every root changed, which means "rebuild everything".
                roots.forEach(report)
                return
            }
            guard let folder = state.withLock({ $0.folders[watch] }) else { return }
            if mask & UInt32(IN_IGNORED) != 0 {
                state.withLock { _ = $0.folders.removeValue(forKey: watch) }
                return
            }
            let path = name.isEmpty ? folder : folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                try? addTree(path, reportFiles: true)
            }
            report(path)
        }

        private static func uint32(_ bytes: ArraySlice<UInt8>, at offset: Int) -> UInt32 {
            // inotify writes host byte order; every Linux target Swift runs on is little-endian.
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }
    }
#endif
