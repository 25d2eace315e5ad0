/// `sitemap.xml`: every page's absolute URL under the site's `baseURL`, in reading order.
enum SitemapGenerator {
    static func xml(baseURL: String, urlPaths: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in urlPaths {
            xml += "  <url><loc>\(escape(baseURL + path))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
