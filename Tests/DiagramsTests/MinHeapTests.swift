import Testing

@testable import Layout

/// The router's heap gives entries back cheapest first, each with its value.
@Suite struct MinHeapTests {
    @Test func popsInPriorityOrder() {
        var heap = MinHeap()
        var generator = SeededGenerator(seed: 7)
        var pushed: [Double] = []
        for value in 0..<500 {
            let priority = Double(generator.next() % 50)
            pushed.append(priority)
            heap.push(priority, value)
        }
        var popped: [Double] = []
        while let (priority, value) = heap.pop() {
            #expect(pushed[value] == priority)
            popped.append(priority)
        }
        #expect(popped == pushed.sorted())
    }
}
