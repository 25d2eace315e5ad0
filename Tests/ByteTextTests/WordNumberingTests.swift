import Testing

@testable import ByteText

/// A learner that records what it was asked: words are numbered by length (one-letter
/// words are not counted), and non-ASCII runs are split at "·" and lowercased.
private struct RecordingLearner: WordLearner {
    var asked: [String] = []
    var split: [String] = []

    mutating func number(ofNewWord word: String) -> Int {
        asked.append(word)
        return word.count < 2 ? -1 : word.count
    }

    func words(ofNonASCII text: String) -> [String] {
        text.split(separator: "·").map { $0.lowercased() }
    }
}

@Suite struct WordNumberingTests {
    private static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80 }

    @Test func asksOncePerFoldedWordAndRemembersTheAnswer() {
        var numbering = WordNumbering(isWordByte: Self.isLetter, maximumLength: 6)
        var learner = RecordingLearner()
        var out: [Int] = []
        numbering.numbers("Owner, OWNER and owner; a tea-cup.", into: &out, learner: &learner)
        // "a" is asked about once and left out; "tea" and "cup" are separate words.
        #expect(out == [5, 5, 3, 5, 3, 3])
        #expect(learner.asked == ["owner", "and", "a", "tea", "cup"])
        numbering.numbers("TEA for owners", into: &out, learner: &learner)
        #expect(out.suffix(3) == [3, 3, 6])
        #expect(learner.asked.suffix(2) == ["for", "owners"])
    }

    @Test func skipsASCIIWordsLongerThanTheLimitWithoutAsking() {
        var numbering = WordNumbering(isWordByte: Self.isLetter, maximumLength: 6)
        var learner = RecordingLearner()
        var out: [Int] = []
        numbering.numbers("short enormously words", into: &out, learner: &learner)
        #expect(out == [5, 5])
        #expect(learner.asked == ["short", "words"])
    }

    @Test func hasTheLearnerSplitRunsWithNonASCIIBytes() {
        var numbering = WordNumbering(isWordByte: Self.isLetter, maximumLength: 6)
        var learner = RecordingLearner()
        var out: [Int] = []
        numbering.numbers("Café·Crème and café", into: &out, learner: &learner)
        // The run "Café·Crème" is split by the learner; "café" is then known by its bytes.
        #expect(out == [4, 5, 3, 4])
        #expect(learner.asked == ["café", "crème", "and"])
    }
}

@Suite struct PieceNumberingTests {
    private static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80 }

    @Test func cutsAfterTheSeparatorsThatFollowAWordAndCountsEachPiece() {
        var numbering = PieceNumbering(isWordByte: Self.isLetter)
        var out: [Int32] = []
        numbering.numbers("the cat, the cat", into: &out)
        numbering.numbers("  the", into: &out)
        #expect(numbering.pieces == ["the ", "cat, ", "cat", "  ", "the"])
        #expect(out == [0, 1, 0, 2, 3, 4])
        #expect(numbering.counts == [2, 1, 1, 1, 1])
    }

    @Test func joiningTheNumberedPiecesGivesTheTextBack() {
        var numbering = PieceNumbering(isWordByte: Self.isLetter)
        let texts = ["Ré-Organisation — été 2025!", "", "x", "  leading and trailing  "]
        var numbers: [Int32] = []
        var ends: [Int] = []
        for text in texts {
            numbering.numbers(text, into: &numbers)
            ends.append(numbers.count)
        }
        for (t, text) in texts.enumerated() {
            let range = (t == 0 ? 0 : ends[t - 1])..<ends[t]
            #expect(numbers[range].map { numbering.pieces[Int($0)] }.joined() == text)
        }
    }
}
