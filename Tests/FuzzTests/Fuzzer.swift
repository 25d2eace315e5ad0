import Diagnostics
import Foundation

/// A seeded generator of inputs for one format: mutations of real files (a corpus) plus
/// generators of depth and size, which random mutation alone never reaches (the crashes
/// found by hand were all thousands of levels deep or megabytes long).
///
/// `ORGBOOK_FUZZ_ITERATIONS` sets the number of inputs per target (`make fuzz` runs
/// thousands; `make test` a short run) and `ORGBOOK_FUZZ_SEED` the seed, so a failure
/// found by a long run is replayed exactly.
struct Fuzzer {
    static let iterations = ProcessInfo.processInfo.environment["ORGBOOK_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 120
    static let seed = ProcessInfo.processInfo.environment["ORGBOOK_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_204

    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    let corpus: [String]
    /// Fragments that mean something in the format (`- `, `{{#`, `---`, `,"`): mutations
    /// splice them in, so inputs stay close to valid and reach deep code.
    let tokens: [String]
    /// Inputs built to be deep or large: `depth` is a nesting level, up to thousands.
    let deep: (_ depth: Int, _ random: inout Random) -> String
    var random: Random

    init(target: String, corpus: [String], tokens: [String], deep: @escaping (Int, inout Random) -> String) {
        self.corpus = corpus.isEmpty ? [""] : corpus
        self.tokens = tokens
        self.deep = deep
        // Each target gets its own stream from the one seed.
        random = Random(state: Self.seed ^ UInt64(truncatingIfNeeded: target.utf8.reduce(5381) { ($0 << 5) &+ $0 &+ Int($1) }))
    }

    /// The next input: a deep or large one every eighth time, otherwise a mutated corpus file.
    mutating func next() -> String {
        switch random.below(8) {
        case 0: return deep(random.pick([3, 50, 300, 2_000, 12_000]), &random)
        case 1: return String(repeating: random.pick(tokens), count: random.pick([1_000, 50_000]))
        default: return mutate(random.pick(corpus))
        }
    }

    private mutating func mutate(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<(1 + random.below(6)) {
            let at = random.below(bytes.count + 1)
            switch random.below(6) {
            case 0: bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: at)
            case 1 where !bytes.isEmpty:
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(40)))
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + random.below(200))
                let slice = Array(bytes[min(at, end)..<end])
                bytes.insert(contentsOf: slice, at: random.below(bytes.count + 1))
            case 3: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 4: bytes.insert(contentsOf: [0x00, 0x1B, 0x0D, 0x0A, 0xFF].shuffled(using: &random).prefix(1 + random.below(4)), at: at)
            default: bytes.insert(contentsOf: Array(random.pick(corpus).utf8.prefix(300)), at: at)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Fuzzer.Random: RandomNumberGenerator {}

/// What every failure must look like: diagnostics, each one line with a place in a file.
enum FuzzCheck {
    /// Nil when `error` is well-formed, else what is wrong with it.
    static func problem(with error: any Error) -> String? {
        let diagnostics: [Diagnostic]
        switch error {
        case let error as DiagnosticError: diagnostics = error.diagnostics
        case let diagnostic as Diagnostic: diagnostics = [diagnostic]
        default: return "not a diagnostic: \(type(of: error)) \(error)"
        }
        if diagnostics.isEmpty { return "an error with no diagnostics" }
        for diagnostic in diagnostics {
            if diagnostic.message.isEmpty { return "an empty message" }
            if diagnostic.description.contains("\n") { return "a message over several lines: \(diagnostic.description.prefix(200))" }
            if let location = diagnostic.location, location.line < 1 || location.column < 1 {
                return "a location before the file's start: \(location)"
            }
        }
        return nil
    }

    /// Files under `folder` of the package (relative to the repository root) with `extensions`.
    static func files(in folder: String, extensions: Set<String>) -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var texts: [String] = []
        while let url = enumerator.nextObject() as? URL {
            if extensions.contains(url.pathExtension), let text = try? String(contentsOf: url, encoding: .utf8) { texts.append(text) }
        }
        return texts.sorted()
    }
}
