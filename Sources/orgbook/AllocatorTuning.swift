#if canImport(Glibc)
    import Glibc

    /// Asks mimalloc, the allocator this binary links on Linux, to back its segments with
    /// transparent huge pages.
    ///
    /// A build touches its whole peak memory once, and on Linux each fresh 4 KiB page costs a
    /// page fault that zeroes it. A 100,000-page build took 1.3 million of them: 16–20 s of
    /// system time on a 2-core virtual machine, more than its Markdown rendering, and the
    /// reason it took 12× the time of a 10,000-page build rather than 10×. With 2 MiB pages
    /// the same build takes 0.18 million faults and 2 s less time per core (23.0 s → 20.9 s
    /// wall), for 15–20 % more peak memory (3.5 → 4.3 GB; 414 → 455 MB at 10,000 pages).
    ///
    /// `madvise` does the asking, so a kernel with transparent huge pages off just keeps 4 KiB
    /// pages. Setting `MIMALLOC_LARGE_OS_PAGES=0` in the environment turns this off. The option
    /// is looked up rather than declared: the binary links `libmimalloc.so.2` without its
    /// headers, and a binary linked against another allocator finds no such symbol and skips it.
    enum AllocatorTuning {
        /// `mi_option_large_os_pages` (renamed `mi_option_allow_large_os_pages` in mimalloc 2.1,
        /// same position in the enum).
        private static let largeOSPagesOption: CInt = 6

        static func preferHugePages() {
            if getenv("MIMALLOC_LARGE_OS_PAGES") != nil { return }
            // nil is RTLD_DEFAULT: every library the process loaded.
            guard let symbol = dlsym(nil, "mi_option_set") else { return }
            typealias OptionSet = @convention(c) (CInt, CLong) -> Void
            unsafeBitCast(symbol, to: OptionSet.self)(largeOSPagesOption, 1)
        }
    }
#else
    enum AllocatorTuning {
        static func preferHugePages() {}
    }
#endif
