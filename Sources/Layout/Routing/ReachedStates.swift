/// The cost and way back of each search state a route's search has reached, by state
/// number: an open-addressing table sized by how many states were reached, not by the
/// grid. A grid has up to millions of states (every crossing of its lines, times four
/// directions) and a search reaches a few thousand of them; tables the size of the grid,
/// filled before each search, cost more than the search and faulted in megabytes of
/// memory for each chart.
struct ReachedStates {
    private struct Slot {
        /// The state held here, or -1 for an empty slot.
        var state = -1
        var cost = 0.0
        var previous = -1
    }

    /// A power of two, at least twice the states held.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var count = 0

    /// The cheapest cost found to `state`, infinity when not reached.
    func cost(of state: Int) -> Double {
        let slot = slots[find(state)]
        return slot.state == state ? slot.cost : .infinity
    }

    /// The state `state` was reached from, -1 for the start or when not reached.
    func previous(of state: Int) -> Int {
        let slot = slots[find(state)]
        return slot.state == state ? slot.previous : -1
    }

    mutating func set(_ state: Int, cost: Double, previous: Int) {
        var index = find(state)
        if slots[index].state != state {
            if (count + 1) * 2 > slots.count {
                grow()
                index = find(state)
            }
            count += 1
        }
        slots[index] = Slot(state: state, cost: cost, previous: previous)
    }

    /// Forgets every state, keeping the storage.
    mutating func removeAll() {
        guard count > 0 else { return }
        for index in slots.indices { slots[index].state = -1 }
        count = 0
    }

    /// The slot holding `state`, or the empty slot where it would go.
    private func find(_ state: Int) -> Int {
        let mask = slots.count - 1
        // Fibonacci hashing: neighbouring states land far apart.
        var index = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: state) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[index].state != state, slots[index].state >= 0 { index = (index + 1) & mask }
        return index
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.state >= 0 { slots[find(slot.state)] = slot }
    }
}
