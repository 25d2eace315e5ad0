/// Fans build events out to every open `/_orgbook/events` stream.
final class EventHub: Sendable {
    /// What a stream receives: an event to send, or a keep-alive comment.
    enum Message: Sendable, Equatable {
        case build(BuildEvent)
        case heartbeat
    }

    private struct State {
        var subscribers: [Int: AsyncStream<Message>.Continuation] = [:]
        var nextID = 0
        var closed = false
    }

    private let state = Locked(State())

    /// Opens a stream of messages; it ends when `close()` is called or the caller stops
    /// listening (which removes it).
    func subscribe() -> AsyncStream<Message> {
        let (stream, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(32))
        let id: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            defer { state.nextID += 1 }
            state.subscribers[state.nextID] = continuation
            return state.nextID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `message` to every open stream.
    func publish(_ message: Message) {
        let continuations = state.withLock { Array($0.subscribers.values) }
        for continuation in continuations {
            continuation.yield(message)
        }
    }

    /// How many streams are open (for tests and the status line).
    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Ends every stream and refuses new ones, so that a graceful shutdown does not wait on
    /// browsers that would keep their event streams open forever.
    func close() {
        let continuations = state.withLock { state in
            state.closed = true
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        for continuation in continuations {
            continuation.finish()
        }
    }
}
