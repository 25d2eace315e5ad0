import ByteText
import SiteContent

/// `sitemap.xml`: every page's absolute URL under the site's `baseURL`, in reading order.
enum SitemapGenerator {
    static func xml(baseURL: String, urlPaths: [String]) -> String {
        var xml: [UInt8] = []
        xml.reserveCapacity(urlPaths.count * (baseURL.utf8.count + 64))
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for path in urlPaths {
            xml += "  <url><loc>".utf8
            MarkupEscaping.append(baseURL, to: &xml)
            MarkupEscaping.append(SitePaths.percentEncodingPathBytes(path), to: &xml)
            xml += "</loc></url>\n".utf8
        }
        xml += "</urlset>\n".utf8
        return String(decoding: xml, as: UTF8.self)
    }
}
