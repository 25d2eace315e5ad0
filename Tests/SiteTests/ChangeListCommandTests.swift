import Foundation
import Testing

@Suite struct ChangeListCommandTests {
    @Test func renderWritesTheChangeListOfAnOrgDiff() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(
            """
            kind: org-diff
            before: {people: [{id: a, name: Ana}, {id: b, name: Ben, manager: a, cost: 10}]}
            after: {people: [{id: a, name: Ana}, {id: b, name: Ben, manager: a, cost: 12}, {id: c, name: Cy, manager: b}]}
            """, to: folder.appendingPathComponent("diff.yaml"))
        let result = try TestSupport.run(["render", "diff.yaml", "-o", "diff.svg", "--changes", "changes.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try TestSupport.read(folder.appendingPathComponent("changes.csv"))
        #expect(
            csv == """
                id,name,change,from,to,headcount delta,fte delta,cost delta,vacancies delta\r
                b,Ben,changed measures,cost 10,cost 12,,,2,\r
                c,Cy,added,,b,1,,,0\r

                """)
    }

    @Test func changesNeedsAnOrgDiff() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("kind: orgchart\nunits: [{id: a, name: A}]\n", to: folder.appendingPathComponent("org.yaml"))
        let result = try TestSupport.run(["render", "org.yaml", "-o", "org.svg", "--changes", "c.csv"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--changes needs an org diff"))
    }
}
