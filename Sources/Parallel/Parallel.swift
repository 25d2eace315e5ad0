import Foundation

/// Runs independent work across cores. Each task writes only its own slot, so the tasks
/// share no mutable state.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.takeValues()
    }

    /// `transform` over runs of consecutive `items`, in parallel, results in run order:
    /// about `perCore` runs per core (more runs than cores, so the last ones do not leave
    /// a core idle), none shorter than `minimumLength` unless there are few items.
    public static func mapRuns<T: Sendable, R: Sendable>(
        _ items: [T], perCore: Int, minimumLength: Int,
        _ transform: @Sendable (ArraySlice<T>) -> R
    ) -> [R] {
        let runCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount * perCore, items.count / minimumLength))
        let bounds = (0...runCount).map { items.count * $0 / runCount }
        return map(Array(0..<runCount)) { run in transform(items[bounds[run]..<bounds[run + 1]]) }
    }
}

/// A fixed buffer with one slot per task; slots are written once each, from different threads.
private final class Slots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    private var taken = false

    deinit {
        if !taken { buffer.deinitialize(count: count) }
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: R) { buffer[index] = value }

    /// The results, moved out rather than copied: a copy of each (a page, its rendered
    /// HTML) would retain and then release everything it holds.
    func takeValues() -> [R] {
        taken = true
        return (0..<count).map { (buffer + $0).move()! }
    }
}

/// Work started now on a thread of its own, and waited for when its value is read.
///
/// Not a task on the shared pool: Linux's libdispatch sizes that pool to the cores, so
/// with the pool busy (the caller's `Parallel.map`, another `Background`) the work could
/// only start once a thread came free, and the caller waiting for it then left a core
/// idle: 0.77 s of a 3.5 s build pinned to one core, until the pool noticed.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// The work's result, once it has finished; read it once.
    public var value: Value {
        done.wait()
        return result!
    }
}
