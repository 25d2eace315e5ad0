/// Adds the live-reload script, and the error overlay when the latest build failed, to a
/// served HTML page. Only responses change; the files on disk are never touched.
enum PageInjection {
    /// The HTML inserted before `</body>` for the given build status.
    static func snippet(for status: BuildStatus) -> String {
        var html = liveReloadScript(generation: status.generation)
        if let failure = status.failure {
            html += ErrorOverlay.html(for: failure)
        }
        return html
    }

    /// `page` with `snippet` inserted before its last `</body>` (any case), or appended
    /// when it has none.
    static func inject(_ snippet: String, into page: [UInt8]) -> [UInt8] {
        let insertAt = lastBodyClose(in: page) ?? page.endIndex
        var result: [UInt8] = []
        result.reserveCapacity(page.count + snippet.utf8.count)
        result.append(contentsOf: page[..<insertAt])
        result.append(contentsOf: snippet.utf8)
        result.append(contentsOf: page[insertAt...])
        return result
    }

    private static let bodyClose = Array("</body".utf8)

    private static func lastBodyClose(in page: [UInt8]) -> Int? {
        guard page.count >= bodyClose.count else { return nil }
        var start = page.count - bodyClose.count
        while start >= 0 {
            var matches = true
            for offset in 0..<bodyClose.count {
                // ASCII lower-casing: `</BODY` matches too.
                let byte = page[start + offset]
                let lowered = (byte >= 65 && byte <= 90) ? byte + 32 : byte
                if lowered != bodyClose[offset] {
                    matches = false
                    break
                }
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    /// Reloads the page when the server announces a build other than the one it was served
    /// with (also on connecting, which covers a build that finished before the stream
    /// opened), and puts the scroll position back after the reload.
    static func liveReloadScript(generation: Int) -> String {
        """
        <script data-orgbook-live-reload>
        (function () {
          var served = \(generation);
          var key = "orgbook-scroll:" + location.pathname;
          var saved = null;
          try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) {}
          if (saved) {
            var at = saved.split(",");
            var restore = function () { window.scrollTo(Number(at[0]) || 0, Number(at[1]) || 0); };
            if (document.readyState === "complete") { restore(); } else { window.addEventListener("load", restore); }
          }
          if (!window.EventSource) { return; }
          var events = new EventSource("/_orgbook/events");
          events.addEventListener("build", function (event) {
            var build = JSON.parse(event.data);
            if (build.generation === served) { return; }
            events.close();
            try { sessionStorage.setItem(key, window.scrollX + "," + window.scrollY); } catch (e) {}
            location.reload();
          });
        })();
        </script>

        """
    }
}
