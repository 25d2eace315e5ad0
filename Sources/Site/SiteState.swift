import Diagnostics
import Foundation
import OrgModel
import Rendering
import SiteContent
import SiteFiles

/// Everything a build loaded and made, kept by `SiteBuilder` so a rebuild redoes only
/// what a change needs.
struct SiteState: Sendable {
    var settings: SiteSettings
    var templates: TemplateSet
    var inventory: ContentInventory
    /// Pages by source path (drafts already left out unless asked for).
    var pages: [String: Page]
    var renders: [String: RenderedPage]
    var titles: [String: String]
    var structure: SiteStructure
    var targets: LinkTargets
    /// What was written at every output path, by site-relative path (digests, not bytes).
    var outputs: [String: OutputRecord]
    /// Each page's broken links, as warnings (pages without any are left out).
    var linkWarnings: [String: [Diagnostic]]

    var pageCount: Int { pages.count }
}

extension SiteState {
    /// What every chart of the site marks `private:`: no output file may hold it.
    var privateValues: PrivateValues {
        var values = PrivateValues()
        for render in renders.values { values.formUnion(render.privateValues) }
        return values
    }
}
