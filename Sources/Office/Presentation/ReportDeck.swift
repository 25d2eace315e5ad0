import Diagrams
import Foundation
import Layout
import OrgModel
import ReportModel

/// `orgbook export Content/reports/CLIENT -o CLIENT.pptx`: a client report as an editable
/// deck: title, decision route, maturity stages, org charts before and after (changes
/// marked with a badge and a line style), change list and metrics as native tables, the
/// ownership matrix with its legend, and the report's text as text slides.
public enum ReportDeck {
    /// Rows of a table slide before the table continues on the next slide.
    static let rowsPerSlide = 12
    /// Lines of text on one text slide (14 pt in the content area).
    static let linesPerSlide = 20
    static let charactersPerLine = 110

    /// The deck's bytes; `siteBrand` (the consultancy's) under the report's own `brand:`
    /// gives the theme's colours.
    public static func make(_ report: Report, siteBrand: Brand = Brand()) throws -> Data {
        let brand = siteBrand.overridden(by: report.brand)
        var package = try PresentationPackage(title: "\(report.client): organisation review", brand: brand)
        let primary = package.theme.primary
        package.slides.append(titleSlide(report, brand: brand))
        package.slides.append(
            DecisionTreeSlide.slide(
                report.decisionTree, title: report.decisionTree.title ?? "Decision tree",
                routeColor: brand.colors[.path].map(hex) ?? DecisionTreeDeck.routeColor))
        package.slides += routeSlides(report)
        package.slides += tableSlides(
            "Maturity stages",
            [["Stage", "Description", "Where"]]
                + report.maturity.stages.enumerated().map { k, stage in
                    [
                        stage.name, stage.description ?? "",
                        k == report.maturity.current ? "current" : k == report.maturity.target ? "target" : "",
                    ]
                })
        var marks: (before: [String: ChartSlides.Mark], after: [String: ChartSlides.Mark]) = ([:], [:])
        for change in report.orgDiff.changes {
            switch change.kind {
            case .added: marks.after[change.id] = .added
            case .removed: marks.before[change.id] = .removed
            case .moved:
                marks.before[change.id] = .moved
                marks.after[change.id] = .moved
            case .unchanged: break
            }
        }
        for (chart, title, chartMarks) in [(report.current, "Today", marks.before), (report.target, "Target", marks.after)] {
            let pages = ChartPages.make(chart, split: chart.split == .none ? .auto : chart.split, budget: ChartSlides.budget)
            for page in pages.pages {
                package.slides.append(
                    ChartSlides.slide(
                        page, of: chart, title: chart.title ?? "\(title): org chart",
                        marks: chartMarks, primary: primary))
            }
        }
        package.slides += tableSlides("Changes", changeRows(report.orgDiff))
        package.slides += tableSlides("Metrics before and after", metricRows(report.orgDiff))
        package.slides += ownershipSlides(report.ownership)
        package.slides += tableSlides("Ownership changes", transferRows(report.ownershipChanges, legend: legend(report)))
        package.slides += textSlides("Summary", paragraphs(report.summary))
        package.slides += textSlides("Findings", report.findings.map(item))
        package.slides += textSlides("Recommendations", report.recommendations.map(item))
        for section in report.sections {
            package.slides += textSlides(section.title, paragraphs(section.text))
        }
        return try package.data()
    }

    /// The brand's logo top left, then the client, "Organisation review", the date,
    /// sector, authors and the brand's confidentiality line.
    static func titleSlide(_ report: Report, brand: Brand = Brand()) -> SlideBuilder {
        var slide = SlideBuilder()
        slide.isTitleSlide = true
        let width = SlideBuilder.slideWidth - 2 * SlideBuilder.margin
        if let logo = brand.logo, let aspect = LogoAspect.of(logo) {
            // At most 3.5 × 0.9 in, where a letterhead puts it.
            slide.picture(
                name: "Logo", description: "Logo", format: logo.format, data: logo.bytes, aspect: aspect,
                x: SlideBuilder.margin, y: SlideBuilder.margin, width: 3_200_400, height: 822_960)
        }
        let confidentiality = brand.confidentiality
        slide.textBox(
            name: "Title", text: [(report.client, 4000, true), ("Organisation review", 2400, false)],
            x: SlideBuilder.margin, y: 2_000_000, width: width, height: 1_600_000, font: SlideBuilder.headingFont,
            placeholder: .centredTitle)
        var lines = [(report.date.longForm, 1800, false)]
        if !report.sector.isEmpty { lines.append((report.sector, 1600, false)) }
        if !report.authors.isEmpty { lines.append((report.authors.joined(separator: ", "), 1600, false)) }
        if let confidentiality { lines.append((confidentiality, 1200, false)) }
        slide.textBox(
            name: "Subtitle", text: lines, x: SlideBuilder.margin, y: 3_800_000, width: width, height: 1_400_000, placeholder: .subtitle)
        return slide
    }

    /// The client's route through the decision tree: each question and the answer given,
    /// then the archetype it leads to.
    static func routeSlides(_ report: Report) -> [SlideBuilder] {
        var rows = [["Question", "Answer"]]
        var node = report.decisionTree.root
        for answer in report.decisionTree.path {
            guard case .question(let question) = node, let next = question.answers.first(where: { $0.label == answer }) else { break }
            rows.append([question.text, answer])
            node = next.next
        }
        rows.append(["Model", report.archetype.archetype])
        return tableSlides("Decision route: \(report.decisionTree.title ?? "choosing a model")", rows)
    }

    static func changeRows(_ diff: OrgDiff) -> [[String]] {
        var rows = [["Unit", "Change", "Before", "After"]]
        for change in diff.changes where change.kind != .unchanged {
            let name = change.afterName ?? change.beforeName ?? change.id
            let kind = change.renamed ? "\(change.kind.rawValue), renamed" : change.kind.rawValue
            let before = change.beforeName.map { n in change.beforeParent.map { "\(n) (under \($0))" } ?? n } ?? "—"
            let after = change.afterName.map { n in change.afterParent.map { "\(n) (under \($0))" } ?? n } ?? "—"
            rows.append([name, kind, before, after])
        }
        return rows
    }

    /// Metric, before, after, change: the numbers the workbook also holds.
    static func metrics(_ diff: OrgDiff) -> [(String, Double, Double)] {
        let a = diff.beforeMetrics
        let b = diff.afterMetrics
        return [
            ("Units", Double(a.units), Double(b.units)), ("Layers", Double(a.layers), Double(b.layers)),
            ("Average span", a.averageSpan, b.averageSpan), ("Largest span", Double(a.largestSpan), Double(b.largestSpan)),
            ("Reporting to the head", Double(a.reportingToRoot), Double(b.reportingToRoot)),
            ("Dotted lines", Double(a.dottedLines), Double(b.dottedLines)),
        ]
    }

    static func metricRows(_ diff: OrgDiff) -> [[String]] {
        func text(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x) }
        return [["Metric", "Before", "After", "Change"]]
            + metrics(diff).map { name, before, after in
                let delta = after - before
                return [name, text(before), text(after), (delta > 0 ? "+" : "") + text(delta)]
            }
    }

    /// A table over as many slides as it needs, the header repeated on each.
    static func tableSlides(_ title: String, _ rows: [[String]]) -> [SlideBuilder] {
        guard rows.count > 1 else { return [] }
        let body = Array(rows.dropFirst())
        let chunks = stride(from: 0, to: body.count, by: rowsPerSlide).map { Array(body[$0..<min($0 + rowsPerSlide, body.count)]) }
        return chunks.enumerated().map { k, chunk in
            var slide = SlideBuilder()
            slide.title(chunks.count > 1 ? "\(title) (\(k + 1) of \(chunks.count))" : title)
            let area = ChartSlides.area
            let size = rows[0].count > 6 ? 900 : 1200
            slide.table(
                name: "Table", rows: [rows[0]] + chunk, x: area.x, y: area.y, width: area.width, fontSize: size, headerFill: "D9E2F3")
            return slide
        }
    }

    /// Paragraphs as text slides, a new slide when the estimated lines run out.
    static func textSlides(_ title: String, _ paragraphs: [String]) -> [SlideBuilder] {
        var pages: [[String]] = [[]]
        var lines = 0
        // Line breaks inside a paragraph (folded YAML, wrapped Markdown) are spaces.
        let paragraphs = paragraphs.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for paragraph in paragraphs where !paragraph.isEmpty {
            let needed = paragraph.count / charactersPerLine + 2
            if lines + needed > linesPerSlide, !pages[pages.count - 1].isEmpty {
                pages.append([])
                lines = 0
            }
            pages[pages.count - 1].append(paragraph)
            lines += needed
        }
        guard !pages[0].isEmpty else { return [] }
        return pages.enumerated().map { k, page in
            var slide = SlideBuilder()
            slide.title(pages.count > 1 ? "\(title) (\(k + 1) of \(pages.count))" : title)
            let area = ChartSlides.area
            slide.textBox(name: "Text", text: page.map { ($0, 1400, false) }, x: area.x, y: area.y, width: area.width, height: area.height)
            return slide
        }
    }

    /// Markdown as plain paragraphs: blank lines separate them, heading marks, emphasis
    /// and link targets are dropped (the deck is edited, not rendered).
    static func paragraphs(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n\n").map { block in
            block.split(separator: "\n").map { line in
                var text = line.trimmingCharacters(in: .whitespaces)
                while text.hasPrefix("#") { text.removeFirst() }
                return text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
                    .trimmingCharacters(in: .whitespaces)
            }.joined(separator: " ")
        }.filter { !$0.isEmpty }
    }

    static func item(_ item: ReportItem) -> String {
        let priority = item.priority.map { " [\($0.rawValue)]" } ?? ""
        return "\(item.title)\(priority): \(item.detail)"
    }

    static func hex(_ color: BrandColor) -> String { String(format: "%02X%02X%02X", color.red, color.green, color.blue) }
}
