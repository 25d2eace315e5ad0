/// `sitemap.xml`: every page's absolute URL under the site's `baseURL`, in reading order.
enum SitemapGenerator {
    static func xml(baseURL: String, urlPaths: [String]) -> String {
        var xml: [UInt8] = []
        xml.reserveCapacity(urlPaths.count * (baseURL.utf8.count + 64))
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for path in urlPaths {
            xml += "  <url><loc>".utf8
            append(baseURL, to: &xml)
            append(SitePaths.percentEncodingPathBytes(path), to: &xml)
            xml += "</loc></url>\n".utf8
        }
        xml += "</urlset>\n".utf8
        return String(decoding: xml, as: UTF8.self)
    }

    /// `text` with `&`, `<`, `>` and `"` escaped, on bytes: a sitemap has a line per page.
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            for c in bytes {
                switch c {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                default: out.append(c)
                }
            }
        }
    }
}
