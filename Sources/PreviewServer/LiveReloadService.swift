import Diagnostics
import Foundation
import ServiceLifecycle
import Site

/// Watches the sources, rebuilds after each burst of edits and tells open pages about it.
/// Runs beside the HTTP server in one service group.
struct LiveReloadService: Service {
    let watcher: any FileWatching
    let collector: ChangeCollector
    let rebuild: PreviewServer.Rebuild
    let budget: BuildBudget
    let statusStore: BuildStatusStore
    let hub: EventHub
    let heartbeat: Duration
    /// Paths under these folders are ignored (the output folder may sit inside the
    /// content folder; writing it must not trigger another build).
    let ignoredPrefixes: [String]
    /// The marker file of the output folder: when it disappears (the folder was deleted),
    /// the site is built again in full.
    let outputMarker: String
    let log: @Sendable (String) -> Void
    let current = CurrentBuild()

    func run() async throws {
        let collector = collector
        let ignoredPrefixes = ignoredPrefixes
        try watcher.start { path in
            guard !Self.isNoise(path, ignoredPrefixes: ignoredPrefixes) else { return }
            collector.add(path)
        }
        defer { watcher.stop() }
        // The service group shuts this service down before the HTTP server, so closing the
        // event streams here lets the server finish its open responses and stop at once.
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask { await sendHeartbeats() }
                group.addTask { await rebuildWhenOutputVanishes() }
                while let batch = await collector.nextBatch() {
                    await build(changedPaths: batch)
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            collector.finish()
            current.stop()
            hub.close()
        }
        hub.close()
    }

    /// Polls for the output's marker once a second; the watcher does not watch the output
    /// folder (its own writes would trigger builds), so this is how a deleted `Public/`
    /// is noticed. Only a marker that was there and went away counts: a site whose first
    /// build failed has none yet.
    private func rebuildWhenOutputVanishes() async {
        var present = FileManager.default.fileExists(atPath: outputMarker)
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(1)) } catch { return }
            let now = FileManager.default.fileExists(atPath: outputMarker)
            if present && !now {
                log("the output folder was deleted: building the whole site again")
                collector.add(outputMarker)
            }
            present = now
        }
    }

    private func sendHeartbeats() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: heartbeat) } catch { return }
            hub.publish(.heartbeat)
        }
    }

    /// Runs one rebuild within the budget and publishes its outcome. A failed or cancelled
    /// build leaves the output as it was (the builder's promise), so the server goes on
    /// serving the last good site.
    func build(changedPaths: [String]) async {
        let started = ContinuousClock.now
        let cancellation = current.start()
        defer { current.finish() }
        let watchdog = Task { [budget, statusStore, hub, log] in
            guard let reason = await BuildWatchdog(budget: budget).watch(cancellation, startedAt: started) else {
                return nil as Diagnostic?
            }
            // Said at once: the build stops at its next step, which may take a while yet.
            hub.publish(.build(BuildEvent(status: statusStore.record(failure: [reason]))))
            log("build stopped (still serving the last good site):\n\(reason)")
            return reason
        }
        var failure: [Diagnostic]?
        var report: BuildReport?
        do {
            report = try await rebuild(changedPaths.map { URL(fileURLWithPath: $0) }, cancellation)
        } catch {
            failure = DiagnosticError(error, at: nil, context: "the build failed").diagnostics
        }
        watchdog.cancel()
        let announced = await watchdog.value
        if let reason = cancellation.reason, report == nil {
            // Stopped over budget (already announced) or because the server is stopping.
            if announced == nil && !current.isStopping {
                hub.publish(.build(BuildEvent(status: statusStore.record(failure: [reason]))))
            }
            return
        }
        let elapsed = started.duration(to: .now)
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let status = statusStore.record(failure: failure)
        hub.publish(.build(BuildEvent(status: status, report: report.map { ($0.pageCount, milliseconds) })))
        if let report {
            log(
                "rebuilt after \(Self.describe(changedPaths)): \(report.filesWritten) file\(report.filesWritten == 1 ? "" : "s") written in \(milliseconds) ms"
            )
        } else if let failure {
            log("build failed (still serving the last good site):\n" + failure.map(\.description).joined(separator: "\n"))
        }
    }

    private static func describe(_ paths: [String]) -> String {
        let names = paths.prefix(3).map { ($0 as NSString).lastPathComponent }
        return names.joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
    }

    /// Editor droppings (swap and backup files, vim's `4913` probe, emacs lock files,
    /// `sed -i`'s `sedXXXXXX` and JetBrains' `___jb_tmp___` files) and anything under an
    /// ignored folder.
    static func isNoise(_ path: String, ignoredPrefixes: [String]) -> Bool {
        if ignoredPrefixes.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return true }
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
            || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___") || isSedTemporary(name)
    }

    /// `sed -i` writes its result to `sed` and six random letters or digits, then renames
    /// it. A word such as `sediments` is all lower case; sed's random part almost never is.
    private static func isSedTemporary(_ name: String) -> Bool {
        let random = name.dropFirst(3)
        return name.count == 9 && name.hasPrefix("sed") && random.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            && random.contains { $0.isUppercase || $0.isNumber }
    }
}
