/// The k-th largest of many numbers without sorting them: the search index cuts each
/// entry's terms at its k-th best score. One of the loops that run on a raw buffer, so it
/// lives here with the byte loops.
package enum Selection {
    /// The `k`-th largest of `values` (1 ≤ k ≤ count), by Hoare's selection; `values` is
    /// left reordered. Inlinable: the search index calls it for most entries.
    @inlinable
    package static func largest(_ k: Int, in values: inout [Double]) -> Double {
        values.withUnsafeMutableBufferPointer { v in
            var low = 0
            var high = v.count - 1
            let target = k - 1
            while low < high {
                // Hoare's partition around the middle value, largest first.
                let pivot = v[low + (high - low) / 2]
                var i = low
                var j = high
                while i <= j {
                    while v[i] > pivot { i += 1 }
                    while v[j] < pivot { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if target <= j { high = j } else if target >= i { low = i } else { break }
            }
            return v[target]
        }
    }
}
