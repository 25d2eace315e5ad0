import Diagnostics
import Foundation
import Site

extension PreviewServer {
    /// A server that rebuilds with `siteBuilder`, which keeps what it loaded between builds
    /// so each rebuild redoes only what a change needs.
    ///
    /// Builds run one at a time on a queue of their own, off the threads that answer
    /// requests, so pages keep loading while the site rebuilds. A rebuild is announced
    /// once the pages are written; the site's search index is written right after.
    public convenience init(
        configuration: PreviewServerConfiguration, siteBuilder: SiteBuilder,
        initialFailure: [Diagnostic]? = nil, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        let queue = DispatchQueue(label: "orgbook.serve.rebuild", qos: .userInitiated)
        self.init(configuration: configuration, initialFailure: initialFailure, log: log) { changedPaths in
            try await withCheckedThrowingContinuation { continuation in
                queue.async {
                    continuation.resume(with: Result { try siteBuilder.rebuildDeferringSearchIndex(changedPaths: changedPaths) })
                    // Announced as soon as the pages are written; the search index follows
                    // on the same queue, before any later rebuild starts.
                    do { _ = try siteBuilder.writeDeferredOutputs() } catch { log("could not update the search index: \(error)") }
                }
            }
        }
    }
}
