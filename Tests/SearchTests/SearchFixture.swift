import Foundation
import Search

/// Documents with known answers. The index built from them is written to
/// `Tests/Browser/search_fixture.js`, where the browser suite asks the real `search.js` the
/// questions of `Tests/Browser/query_cases.tsv`: answering a query is the script's job
/// alone, so its ranking is tested there and nowhere in Swift.
enum SearchFixture {
    static let documents = [
        SearchDocument(
            url: "playbook/ownership/", title: "Ownership of CX tasks", section: "Playbook",
            text: "Who owns which task: the centre of excellence or the business units.",
            headings: [
                SearchSection(
                    id: "measurement", title: "Measurement",
                    text: "The CoE owns measurement and insights for every journey."),
                SearchSection(
                    id: "approval", title: "Approval of initiatives",
                    text: "Business units approve initiatives; the CoE advises."),
            ]),
        SearchDocument(
            url: "playbook/archetypes/", title: "Archetypes", section: "Playbook",
            text: "Contract-based, transaction-based and B2B enterprises. Journey redesign at scale; ownership is shared.",
            headings: [SearchSection(id: "b2b", title: "B2B enterprises", text: "Key-account squads and journey analytics.")]),
        SearchDocument(
            url: "reports/acme/", title: "Acme report", section: "Reports",
            text: "Acme's journey redesign moved service from the CFO to the CCO. Journey, journey, journeys."),
        SearchDocument(url: "culture/", title: "Café culture", text: "Résumé of the CX ÉQUIPE."),
        SearchDocument(
            url: "governance/", title: "Governance", section: "Playbook",
            html: "<p>Intro</p><h2 id=\"steering\">Steering committee</h2><p>Meets monthly.</p>"),
    ]

    /// Where the browser suite reads the fixture index.
    static let browserFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/search_fixture.js")
}
