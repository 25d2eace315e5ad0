import Diagnostics
import OrgData
import OrgModel
import YAML

extension Brand {
    /// Reads the `brand:` value `node` of the YAML file at `path` (`site.yaml`), whose
    /// folder the logo is relative to. Throws every problem found, each at its line;
    /// answers the brand with the warnings (unknown keys).
    public static func read(_ node: YAMLNode, path: String) throws(DiagnosticError) -> (brand: Brand, warnings: [Diagnostic]) {
        let context = LoadContext()
        let reader = YAMLReader(map: SourceMap(file: path), context: context)
        let brand = BrandReader.read(node, base: FilePath.directory(of: path), reader: reader)
        if context.errorCount > 0 { throw DiagnosticError(context.sortedDiagnostics) }
        return (brand ?? Brand(), context.warnings)
    }
}
