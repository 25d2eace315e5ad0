import OrgModel

extension Report {
    /// The findings the targets produce: for today's chart and for the target, when it
    /// misses its `targets:`, one finding that lists every breach by name. They follow the
    /// authors' findings, so every output that lists findings shows them.
    static func targetFindings(current: OrgChart, target: OrgChart) -> [ReportItem] {
        var findings: [ReportItem] = []
        for (chart, which) in [(current, "Today's organisation"), (target, "The target organisation")] {
            let breaches = chart.targetBreaches()
            guard !breaches.isEmpty, let targets = chart.settings.targets else { continue }
            let times = breaches.count == 1 ? "once" : "\(breaches.count) times"
            let detail =
                "Checked against \(targets.summary):\n\n"
                + breaches.map { "- " + markdownText($0.who) + ": " + $0.shortfall }.joined(separator: "\n") + "\n"
            findings.append(ReportItem(title: "\(which) misses its targets \(times)", detail: detail))
        }
        return findings
    }

    /// `text` as Markdown that renders as exactly that text: every ASCII punctuation mark
    /// backslash-escaped, as CommonMark allows, so a name never turns into markup.
    static func markdownText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

extension OrgTargets {
    /// "spans of 4 to 12 and at most 7 layers".
    public var summary: String {
        var parts: [String] = []
        switch (spanMin, spanMax) {
        case (let min?, let max?): parts.append("spans of \(min) to \(max)")
        case (let min?, nil): parts.append("spans of at least \(min)")
        case (nil, let max?): parts.append("spans of at most \(max)")
        case (nil, nil): break
        }
        if let layersMax { parts.append("at most \(layersMax) layers") }
        return parts.isEmpty ? "no targets" : parts.joined(separator: " and ")
    }
}
