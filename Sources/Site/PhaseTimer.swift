import Foundation

/// Times the phases of a build and, when `ORGBOOK_TIMINGS` is set in the environment,
/// prints them to standard error (one line per build), so the cost of each step of a
/// full or incremental build can be read off without a profiler.
struct PhaseTimer {
    static let isEnabled = ProcessInfo.processInfo.environment["ORGBOOK_TIMINGS"].map { !$0.isEmpty && $0 != "0" } ?? false

    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Double
    /// Each phase's wall time and the process's CPU time (all threads) during it.
    private var phases: [(name: String, wall: Duration, cpu: Double)] = []
    let label: String

    init(_ label: String) {
        self.label = label
        last = clock.now
        lastCPU = Self.isEnabled ? Self.processCPUSeconds() : 0
    }

    /// Ends the phase running since the previous mark (or the start) under `name`.
    mutating func mark(_ name: String) {
        guard Self.isEnabled else { return }
        let now = clock.now
        let cpu = Self.processCPUSeconds()
        phases.append((name, now - last, cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    /// User and system time of all the process's threads so far.
    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func report() {
        guard Self.isEnabled else { return }
        let parts = phases.map { name, duration, cpu in
            let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            return "\(name) \((ms * 10).rounded() / 10) ms (CPU \(Int((cpu * 1000).rounded())) ms)"
        }
        FileHandle.standardError.write(Data("timings (\(label)): \(parts.joined(separator: ", "))\(Self.memory())\n".utf8))
    }

    /// `; RSS now/peak N/M MB` from /proc (Linux), or nothing.
    private static func memory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        func megabytes(_ key: String) -> String? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }),
                let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
            else { return nil }
            return String(kilobytes / 1024)
        }
        guard let now = megabytes("VmRSS"), let peak = megabytes("VmHWM") else { return "" }
        return "; RSS now/peak \(now)/\(peak) MB"
    }
}
