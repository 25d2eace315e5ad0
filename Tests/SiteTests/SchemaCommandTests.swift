import Foundation
import Testing

/// `orgbook schema`: the JSON Schemas compiled into the binary, written or printed.
@Suite struct SchemaCommandTests {
    static let schemasFolder = TestSupport.packageRoot.appendingPathComponent("Sources/OrgModel/Schemas")

    @Test func writesEverySchemaAsTheCheckoutHasIt() throws {
        let folder = try TestSupport.temporaryFolder()
        let result = try TestSupport.run(["schema", "-o", "out/schemas"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/schemas").path).sorted()
        let expected = try FileManager.default.contentsOfDirectory(atPath: Self.schemasFolder.path).filter { $0.hasSuffix(".schema.json") }
            .sorted()
        #expect(written == expected)
        for name in ["report", "site", "orgchart", "org-diff", "decision-tree", "ownership-matrix", "maturity-stages"] {
            #expect(written.contains("\(name).schema.json"))
        }
        for name in written {
            let data = try Data(contentsOf: folder.appendingPathComponent("out/schemas/\(name)"))
            #expect(data == (try Data(contentsOf: Self.schemasFolder.appendingPathComponent(name))))
            #expect((try JSONSerialization.jsonObject(with: data)) is [String: Any], "\(name) is not a JSON object")
        }
    }

    @Test func oneKindComesWithTheSchemasItRefersTo() throws {
        let folder = try TestSupport.temporaryFolder()
        #expect(try TestSupport.run(["schema", "report", "-o", "s"], in: folder).status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("s").path).sorted()
        #expect(written == ["brand.schema.json", "maturity-stages.schema.json", "report.schema.json"])
    }

    @Test func printsOneKind() throws {
        let result = try TestSupport.run(["schema", "orgchart"], in: try TestSupport.temporaryFolder())
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(schema?["$id"] as? String == "orgchart.schema.json")
    }

    @Test func anUnknownKindFailsWithASuggestion() throws {
        let result = try TestSupport.run(["schema", "reprot", "-o", "s"], in: try TestSupport.temporaryFolder())
        #expect(result.status != 0)
        #expect(result.stderr.contains("did you mean `report`?"))
    }
}
