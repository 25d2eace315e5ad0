import Diagnostics
import Foundation

/// `orgbook new DIR`: a small working site with its own copy of the templates.
public enum SiteScaffold {
    /// Creates `directory` with `Content/` (settings, home, one section with a page) and a
    /// copy of `templates`. Refuses a folder that exists and is not empty.
    public static func create(at directory: URL, templates: URL) throws {
        let fileManager = FileManager.default
        if let existing = try? fileManager.contentsOfDirectory(atPath: directory.path), !existing.isEmpty {
            throw DiagnosticError(.error(at: nil, "\(SourceFile.displayPath(for: directory)) exists and is not empty",
                                         hint: "choose a new folder name"))
        }
        guard fileManager.fileExists(atPath: templates.appendingPathComponent("page.mustache").path) else {
            throw DiagnosticError(.error(at: nil, "no templates found at \(SourceFile.displayPath(for: templates))",
                                         hint: "pass --templates PATH to the Templates folder of an Orgbook checkout"))
        }
        let content = directory.appendingPathComponent("Content")
        do {
            try fileManager.createDirectory(at: content.appendingPathComponent("getting-started"), withIntermediateDirectories: true)
            try fileManager.copyItem(at: templates, to: directory.appendingPathComponent("Templates"))
            for (path, text) in files {
                try Data(text.utf8).write(to: content.appendingPathComponent(path))
            }
        } catch {
            throw DiagnosticError(.error(at: nil, "cannot create the site: \(error.localizedDescription)"))
        }
    }

    static let files: [(String, String)] = [
        ("site.yaml", """
        title: My CX playbook
        language: en
        baseURL: https://example.com/
        description: How we organise for customer experience.
        rawHTML: false

        """),
        ("index.md", """
        ---
        title: My CX playbook
        ---

        # My CX playbook

        This site was made with `orgbook new`. Edit the Markdown files under `Content/`,
        then run `orgbook build` and open `Public/index.html`.

        Start with [getting started](getting-started/index.md).

        """),
        ("getting-started/index.md", """
        ---
        title: Getting started
        weight: 10
        ---

        # Getting started

        Each folder is a section; its `index.md` is the section's own page. Pages are
        ordered by `weight`, then by title.

        - [Write a page](write-a-page.md)

        """),
        ("getting-started/write-a-page.md", """
        ---
        title: Write a page
        description: Front matter, headings and links.
        weight: 10
        ---

        # Write a page

        ## Front matter

        The lines between `---` at the top set the title, the order (`weight`) and more.

        ## Links

        Link to another page by its file: [back to the section](index.md), or to a
        heading in it: [front matter](#front-matter).

        """),
    ]
}
