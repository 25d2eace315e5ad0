// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage; dependencies point one way (see ARCHITECTURE.md):
// CCmark → Markdown → Rendering → Reports → Site → PreviewServer → orgbook,
// CYAML → YAML → OrgModel → Layout → Diagrams → Rendering,
// and Templates, Search, Parallel, ByteText, Diagnostics beneath Site.
let package = Package(
    name: "Orgbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "orgbook", targets: ["orgbook"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Hummingbird's own foundations, which the preview server names directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // The .xlsx container (a ZIP); the sheets' XML is read with Foundation's XMLParser.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "Diagnostics"),
        // Byte scanning and the URL policy: the home of the unsafe byte loops.
        .target(name: "ByteText"),
        // The one YAML reader: libyaml's events composed into nodes with positions.
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(name: "Markdown", dependencies: ["CCmark", "ByteText", "Diagnostics"]),
        // The domain: org charts, people and measures, diffs, decision trees, ownership matrices,
        // metrics and the problems data can have. No file reading here.
        .target(name: "OrgModel", dependencies: ["Diagnostics"], exclude: ["Schemas"]),
        // Reading data into the domain: YAML and CSV documents, HR exports (CSV, .xlsx), with
        // every problem at its line; and the privacy guard every writer runs.
        .target(
            name: "OrgData",
            dependencies: ["ByteText", "Diagnostics", "OrgModel", "YAML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // How wide text is in the diagrams' font (Liberation Sans or a brand's .ttf) and where
        // it wraps: what every layout measures its labels with.
        .target(name: "Typesetting", dependencies: ["ByteText"], exclude: ["generate_font_metrics.py"]),
        // Pure geometry: where every box, line and label of a diagram goes, and how a large
        // chart splits into pages. Every output format below is a writer over it.
        .target(name: "Layout", dependencies: ["ByteText", "OrgModel", "Typesetting"]),
        // SVG and the HTML around it, drawn from the layout.
        .target(name: "Diagrams", dependencies: ["ByteText", "Layout", "OrgModel", "Typesetting"]),
        // Editable Office files (.pptx decks, .xlsx workbooks) written from the same layout.
        .target(name: "Office", dependencies: ["ByteText", "Diagnostics", "Diagrams", "Layout", "OrgModel", "ReportModel"]),
        // A client report read into a model: report.yaml, its sections, route, maturity and brand.
        .target(
            name: "ReportModel",
            dependencies: [
                "ByteText", "Diagnostics", "OrgData", "OrgModel", "YAML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The compiled Mustache engine: templates parsed once, rendered on every core.
        .target(name: "Templates", dependencies: ["ByteText", "Diagnostics"]),
        // Work spread over every core: a parallel map, work started in the background, and the
        // cancellation a build checks at each step.
        .target(name: "Parallel", dependencies: ["Diagnostics"]),
        // The search index: words, stems, postings and the `search-index.js` data.
        .target(name: "Search", dependencies: ["ByteText", "Parallel"]),
        // The site's files in and out: source text read with its problems named, folders
        // listed, outputs staged and swapped in whole, and marked as Orgbook's.
        .target(name: "SiteFiles", dependencies: ["ByteText", "Diagnostics", "OrgData", "OrgModel"]),
        // The site's content model: pages and their front matter, `site.yaml`, the sections
        // and reading order, the relative URLs and link targets between pages, and the
        // sources that would write one output path.
        .target(
            name: "SiteContent",
            dependencies: ["ByteText", "Diagnostics", "ReportModel", "SiteFiles", "YAML"]),
        // The files compiled into the binary: the default templates, the starter sites and the
        // JSON Schemas (generated by `make embed`).
        .target(name: "BuiltInFiles", exclude: ["generate_embedded_files.py"]),
        // One page's parts drawn as HTML, for site pages and reports alike: the diagram fences
        // (each distinct fence drawn once), the templates folder compiled, a brand as CSS.
        .target(
            name: "Rendering",
            dependencies: [
                "ByteText", "Diagnostics", "Diagrams", "Layout", "Markdown", "OrgData", "OrgModel", "Parallel", "ReportModel",
                "SiteFiles", "Templates", "Typesetting", "YAML",
            ]),
        // A client report rendered: its texts and diagrams, its template values, and the
        // self-contained HTML of `orgbook export`.
        .target(
            name: "Reports",
            dependencies: [
                "ByteText", "Diagnostics", "Diagrams", "Layout", "Markdown", "OrgData", "OrgModel", "Rendering", "ReportModel",
                "SiteContent", "Templates", "Typesetting",
            ]),
        .target(
            name: "Site",
            dependencies: [
                "BuiltInFiles", "ByteText", "Markdown", "OrgData", "OrgModel", "Diagnostics", "Parallel", "Rendering", "ReportModel",
                "Reports", "Search", "SiteContent", "SiteFiles", "Templates", "Typesetting",
            ]),
        // Deliverables made from a built site or report: PDF through headless Chromium, zips.
        .target(name: "Export", dependencies: ["ByteText", "Diagnostics", "Reports", "Site", "SiteContent"]),
        .target(
            name: "PreviewServer",
            dependencies: [
                "ByteText", "Diagnostics", "Parallel", "Site", "SiteFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        .executableTarget(
            name: "orgbook",
            dependencies: [
                "BuiltInFiles", "Diagnostics", "Export", "Site", "SiteFiles", "Diagrams", "Layout", "OrgData", "OrgModel", "Office",
                "PreviewServer", "ReportModel", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                // mimalloc (Debian `libmimalloc2.0`): a build allocates small objects on every
                // core, where glibc's allocator cost about a tenth of the build's time. (tcmalloc
                // builds as fast but adds 5 ms to every start and 10% to peak memory.)
                .linkedLibrary(":libmimalloc.so.2", .when(platforms: [.linux]))
            ]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Diagnostics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "ByteTextTests", dependencies: ["ByteText"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "SiteContentTests", dependencies: ["SiteContent", "Diagnostics", "YAML"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "Diagnostics"]),
        // Seeded fuzzing of every input format (a short run in `make test`, a long one in `make fuzz`).
        .testTarget(
            name: "FuzzTests",
            dependencies: ["Markdown", "OrgData", "OrgModel", "Search", "Site", "SiteContent", "Templates", "Diagnostics"]),
        .testTarget(
            name: "OrgModelTests",
            dependencies: [
                "ByteText", "Diagnostics", "OrgData", "OrgModel", "ReportModel", "YAML",
                // Tests write small workbooks to read back.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DiagramsTests", dependencies: ["ByteText", "Diagrams", "Layout", "OrgData", "OrgModel", "Typesetting"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "OfficeTests",
            dependencies: ["ByteText", "Diagnostics", "Diagrams", "Layout", "Office", "OrgModel", "ReportModel", "YAML"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "Site", "Diagnostics"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
        .testTarget(
            name: "SiteTests",
            dependencies: [
                "BuiltInFiles", "ByteText", "Diagnostics", "Export", "Markdown", "OrgData", "OrgModel", "Parallel", "Rendering",
                "ReportModel", "Reports", "Search", "Site", "SiteContent", "SiteFiles", "Templates",
                // Not imported: the command-line tests run the built `orgbook` binary.
                "orgbook",
            ],
            resources: [.copy("Fixtures")]),
    ]
)
