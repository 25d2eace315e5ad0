import ByteText
import Diagnostics

/// The box drawn over a page when the latest build failed: each error's file, line and
/// message, escaped, above the last good version of the page.
enum ErrorOverlay {
    static let elementID = "orgbook-error-overlay"

    static func html(for diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.isEmpty ? [Diagnostic.error(at: nil, "the build failed")] : diagnostics
        let items = errors.map(item).joined()
        let title = errors.count == 1 ? "The build failed" : "The build failed with \(errors.count) problems"
        return """
            <div id="\(elementID)" role="alert" style="position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff5f5;color:#1a1a1a;border:2px solid #b3261e;border-radius:6px;padding:1rem 1.25rem;font:14px/1.5 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.25)">
            <button type="button" onclick="this.parentNode.remove()" aria-label="Hide" style="float:right;font:inherit;border:1px solid #b3261e;background:#fff;border-radius:4px;cursor:pointer">Hide</button>
            <strong style="color:#b3261e">\(title)</strong> — this is the last good version of the page; save a fix and it reloads.
            <ul style="margin:.5rem 0 0;padding-left:1.25rem">\(items)</ul>
            </div>

            """
    }

    private static func item(_ diagnostic: Diagnostic) -> String {
        var html = "<li>"
        if let location = diagnostic.location {
            html += "<code class=\"orgbook-error-location\">\(MarkupEscaping.escape(location.description))</code> "
        }
        html += "<span class=\"orgbook-error-message\">\(diagnostic.severity.rawValue): \(MarkupEscaping.escape(diagnostic.message))</span>"
        if let hint = diagnostic.hint {
            html += "<br><span class=\"orgbook-error-hint\">\(MarkupEscaping.escape(hint))</span>"
        }
        return html + "</li>"
    }
}
