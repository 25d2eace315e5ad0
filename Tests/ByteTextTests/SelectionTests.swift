import Testing

@testable import ByteText

@Suite struct SelectionTests {
    @Test func findsTheKthLargestAmongTies() {
        var generator = SystemRandomNumberGenerator()
        for count in [1, 2, 3, 7, 33, 100, 257] {
            for _ in 0..<20 {
                // Few distinct values, so ties are common.
                let values = (0..<count).map { _ in Double(Int.random(in: 0..<max(2, count / 3), using: &generator)) / 4 }
                let sorted = values.sorted(by: >)
                for k in Set([1, count, (count + 1) / 2, min(count, 32)]) {
                    var scratch = values
                    #expect(Selection.largest(k, in: &scratch) == sorted[k - 1], "k \(k) of \(values)")
                    #expect(scratch.sorted(by: >) == sorted, "the values are only reordered")
                }
            }
        }
    }
}
