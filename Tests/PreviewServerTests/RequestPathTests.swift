import Testing

@testable import PreviewServer

@Suite struct RequestPathTests {
    @Test func plainPathsParseIntoDecodedSegments() throws {
        let path = try RequestPath("/guide/set%20up/index.html?x=1")
        #expect(path.segments == ["guide", "set up", "index.html"])
        #expect(path.encodedSegments == ["guide", "set%20up", "index.html"])
        #expect(!path.namesFolder)
        #expect(try RequestPath("/").namesFolder)
        #expect(try RequestPath("/guide/").namesFolder)
        #expect(try RequestPath("/a//b").segments == ["a", "b"])
        #expect(try RequestPath("/caf%C3%A9").segments == ["café"])
    }

    @Test(arguments: [
        "/..", "/../etc/passwd", "/a/../../x", "/%2e%2e/x", "/%2E%2E/x", "/.%2e/x", "/%2e./x", "/./index.html", "/%2e/x",
    ])
    func dotSegmentsInAnyEncodingAreTraversal(_ raw: String) {
        #expect(throws: RequestPath.Rejection.traversal) { try RequestPath(raw) }
    }

    @Test(arguments: [
        "/..%2fetc", "/%2e%2e%2fetc", "/a%2Fb", "/..%5cetc", "/a\\b", "/..\\..\\etc",
        "/%252e%252e/etc", "/%25%32%65", "/%c0%ae%c0%ae/etc", "/%e0%80%ae", "/a%00b", "/index.html%00.txt",
        "/%0a", "/%7f", "/%zz", "/%2", "relative/path", "",
    ])
    func encodedSeparatorsControlCharactersAndBadEscapesAreMalformed(_ raw: String) {
        #expect(throws: RequestPath.Rejection.malformed) { try RequestPath(raw) }
    }

    @Test func hiddenFilesAreRefused() {
        #expect(throws: RequestPath.Rejection.hidden) { try RequestPath("/.git/config") }
        #expect(throws: RequestPath.Rejection.hidden) { try RequestPath("/%2egit/config") }
    }
}
