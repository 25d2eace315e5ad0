import Diagnostics
import Testing

@testable import OrgData
@testable import OrgModel

@Suite struct DecisionTreeTests {
    @Test func readmeExampleLoadsWithDerivedIDsAndPath() throws {
        let tree = try #require(try OrgDataLoader.load(file: fixture("readme-decision-tree.yaml")).tree)
        #expect(tree.title == "Which organisation model fits?")
        #expect(tree.path == ["Yes", "Journey redesign at scale"])
        guard case .question(let root) = tree.root else {
            Issue.record("root is not a question")
            return
        }
        #expect(root.id == "q")
        #expect(root.answers.map(\.label) == ["Yes", "No"])
        guard case .question(let second) = root.answers[0].next else {
            Issue.record("expected a question")
            return
        }
        #expect(second.id == "q.1")
        #expect(second.location?.line == 5)
        guard case .outcome(let coe) = second.answers[0].next else {
            Issue.record("expected an outcome")
            return
        }
        #expect(coe.id == "q.1.1")
        #expect(coe.archetype == "CX centre of excellence")
        #expect(coe.description == "A central team with a broad mandate.")
        #expect(coe.link == "centre-of-excellence.md")
        guard case .outcome(let enabling) = root.answers[1].next else {
            Issue.record("expected an outcome")
            return
        }
        #expect(enabling.id == "q.2")
        #expect(enabling.description == nil)
    }

    @Test func explicitIDsAreKept() throws {
        let yaml = "id: start\nquestion: Q?\nanswers:\n  - { label: A, id: end, outcome: O }\n"
        let tree = try #require(try loadInline(yaml, kind: .decisionTree).tree)
        guard case .question(let root) = tree.root else {
            Issue.record("root is not a question")
            return
        }
        #expect(root.id == "start")
        #expect(root.answers[0].next.id == "end")
    }

    @Test func questionWithoutAnswers() {
        let yaml = "question: Q?\nanswers:\n  - label: A\n    question: Which one?\n"
        #expect(errors(inline: yaml, kind: .decisionTree, line: 5) == ["page.md:7:5: question 'Which one?' has no answers"])
    }

    @Test func nodeWithBothQuestionAndOutcome() {
        let yaml = "question: Q?\nanswers:\n  - { label: A, question: Why?, outcome: CX factory }\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["page.md:3:5: a node is either a 'question' or an 'outcome', not both"])
    }

    @Test func nodeWithNeitherQuestionNorOutcome() {
        let yaml = "question: Q?\nanswers:\n  - { label: A, link: x.md }\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["page.md:3:5: node has neither a 'question' nor an 'outcome'"])
    }

    @Test func outcomeWithAnswers() {
        let yaml = "question: Q?\nanswers:\n  - label: A\n    outcome: X\n    answers: [{ label: B, outcome: Y }]\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["page.md:3:5: outcome 'X' has answers"])
    }

    @Test func emptyTexts() {
        let yaml = "question: ''\nanswers:\n  - { label: '', outcome: X }\n  - { label: B, outcome: '' }\n"
        #expect(
            errors(inline: yaml, kind: .decisionTree) == [
                "page.md:1:11: question has no text",
                "page.md:3:14: answer has no label",
                "page.md:4:26: outcome has no text",
            ])
    }

    @Test func duplicateAnswerLabels() {
        let yaml = "question: Q?\nanswers:\n  - { label: A, outcome: X }\n  - { label: A, outcome: Y }\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["page.md:4:14: question 'Q?' has two answers labelled 'A'"])
    }

    @Test func duplicateIDs() {
        let yaml = "id: a\nquestion: Q?\nanswers:\n  - { label: A, id: a, outcome: X }\n  - { label: B, id: q.1, outcome: Y }\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["page.md:4:21: duplicate id 'a' (first used on line 1)"])
    }

    @Test func pathThatLeavesTheTreeNamesTheStepAndTheAnswers() throws {
        let yaml = """
            question: Dedicated CX function?
            answers:
              - label: "Yes"
                question: Main job?
                answers:
                  - { label: Measurement, outcome: CX centre of excellence }
                  - { label: Redesign, outcome: CX factory }
              - { label: "No", outcome: Enabling }
            path: ["Yes", Journeys]
            """
        let expected = "page.md:9:15: path step 2 'Journeys' is not an answer of 'Main job?'"
        #expect(errors(inline: yaml, kind: .decisionTree) == [expected])
        do {
            _ = try loadInline(yaml, kind: .decisionTree)
        } catch let error as DiagnosticError {
            #expect(error.diagnostics[0].hint == "available answers: 'Measurement', 'Redesign'")
        }
    }

    @Test func pathThatGoesPastAnOutcome() {
        let yaml = "question: Q?\nanswers:\n  - { label: A, outcome: X }\npath:\n  - A\n  - B\n"
        #expect(errors(inline: yaml, kind: .decisionTree) == ["page.md:6:5: path step 2 'B' goes past outcome 'X'"])
    }

    @Test func pathMustBeAList() {
        let yaml = "question: Q?\nanswers:\n  - { label: A, outcome: X }\npath: { a: b }\n"
        #expect(
            errors(inline: yaml, kind: .decisionTree) == ["page.md:4:7: 'path' must be a list (lines starting with '- '), not a mapping"])
    }

    @Test func aRootOutcomeIsATree() throws {
        let tree = try #require(try loadInline("outcome: Only one way\n", kind: .decisionTree).tree)
        #expect(tree.root.id == "q")
    }
}

extension DecisionTreeTests {
    @Test func malformedAnswersAreReportedOnce() {
        #expect(
            errors(inline: "question: Q?\nanswers: { a: b }\n", kind: .decisionTree)
                == ["page.md:2:10: 'answers' must be a list (lines starting with '- '), not a mapping"])
    }
}
