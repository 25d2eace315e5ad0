import Foundation
import Testing

@testable import PreviewServer

@Suite struct FileWatcherTests {
    /// Collects what a watcher reports, to wait on it.
    final class Sink: Sendable {
        let collector = ChangeCollector(quiet: .milliseconds(20))
        func next() async -> Set<String> { Set(await collector.nextBatch() ?? []) }
    }

    func watchers(_ roots: [String]) throws -> [any FileWatching] {
        var all: [any FileWatching] = [PollingWatcher(roots: roots, interval: .milliseconds(20))]
        #if os(Linux)
            all.append(try InotifyWatcher(roots: roots))
        #endif
        return all
    }

    @Test func editsNewFilesAndNewFoldersAreReported() async throws {
        let site = try TestSite()
        try site.writeContent("a", to: "guide/a.md")
        let root = SiteFileResolver.realPath(site.content.path)!
        for watcher in try watchers([root]) {
            let sink = Sink()
            try watcher.start { sink.collector.add($0) }
            try site.writeContent("changed", to: "guide/a.md")
            #expect(await sink.next().contains(root + "/guide/a.md"), "\(type(of: watcher))")
            try site.writeContent("new section", to: "reports/acme/today.md")
            var seen = await sink.next()
            // A folder created after the start is watched too.
            try site.writeContent("edited", to: "reports/acme/today.md")
            seen.formUnion(await sink.next())
            #expect(seen.contains(root + "/reports/acme/today.md"), "\(type(of: watcher))")
            try FileManager.default.removeItem(atPath: root + "/guide/a.md")
            #expect(await sink.next().contains(root + "/guide/a.md"), "\(type(of: watcher))")
            watcher.stop()
        }
    }

    @Test func aBurstOfChangesIsOneBatch() async {
        let collector = ChangeCollector(quiet: .milliseconds(10))
        for path in ["/c/a.md", "/c/b.md", "/c/a.md", "/c/c.md"] { collector.add(path) }
        #expect(await collector.nextBatch() == ["/c/a.md", "/c/b.md", "/c/c.md"])
        collector.finish()
        #expect(await collector.nextBatch() == nil)
    }

    @Test func editorDroppingsAndTheOutputFolderAreIgnored() {
        for noise in [
            "/c/.a.md.swp", "/c/a.md~", "/c/4913", "/c/.#a.md", "/c/#a.md#", "/site/Public/index.html",
            "/c/sedSLFCf2", "/c/report.yaml___jb_tmp___",
        ] {
            #expect(LiveReloadService.isNoise(noise, ignoredPrefixes: ["/site/Public"]), "\(noise)")
        }
        #expect(!LiveReloadService.isNoise("/site/Content/a.md", ignoredPrefixes: ["/site/Public"]))
        #expect(!LiveReloadService.isNoise("/site/PublicNotes/a.md", ignoredPrefixes: ["/site/Public"]))
        #expect(!LiveReloadService.isNoise("/c/sediments", ignoredPrefixes: []), "a real file named like sed's is kept")
        #expect(!LiveReloadService.isNoise("/c/sedation.md", ignoredPrefixes: []))
    }
}
