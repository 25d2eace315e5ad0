/// Writes HR-system exports of a made-up organisation, the same for the same seed, so
/// tests read realistic files without committing any. The CEO's reports head departments;
/// their reports with teams head team units; about 3% of leaf positions are vacant
/// (Workday-style only, as BambooHR lists people, not positions). Names are unique.
struct ExportGenerator {
    struct Person {
        var id: String
        var first: String
        var last: String
        var manager: Int?
        var title: String
        var unit: String
        var fte: Double
        var cost: Double
        var location: String
        var vacant: Bool
        var name: String { vacant ? "" : "\(first) \(last)" }
    }

    private(set) var people: [Person] = []

    init(count: Int, seed: UInt64) {
        var random = SplitMix(seed: seed)
        let firsts = [
            "Ana", "Ben", "Chloé", "Dev", "Eva", "Finn", "Gia", "Hugo", "Ines", "Jon", "Kai", "Lea", "Max", "Nia",
            "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wen", "Xan", "Yara", "Zoe", "Aron", "Bea",
            "Cyd", "Dana",
        ]
        let lasts = [
            "Ruiz", "Okafor", "Lam", "Novak", "Berg", "Costa", "Dahl", "Eze", "Fox", "Gray", "Haas", "Ito", "Jung",
            "Kerr", "Lund", "Moss", "Nair", "Ortiz", "Park", "Quist", "Roth", "Sato", "Tan", "Ueda", "Vega", "Wolf",
            "Xu", "Yoon", "Zorn", "Abel",
        ]
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let departments = ["Sales", "Operations", "Customer Care", "Finance", "Technology", "People", "Marketing", "Legal"]
        let locations = ["Paris", "Lyon", "Berlin", "Madrid", "Lisbon"]
        // Managers are filled breadth-first, each with 3 to 10 reports.
        var depth = [0]
        var remaining: [Int: Int] = [:]
        var head = 0
        for index in 0..<count {
            let first = "\(firsts[index % 30]) \(letters[(index / 900) % 26])."
            let last = lasts[(index / 30) % 30]
            var person = Person(
                id: "E\(10_000 + index)", first: first, last: last, manager: nil, title: "Chief Executive",
                unit: "Executive", fte: 1, cost: 250_000, location: locations[random.next(5)], vacant: false)
            if index > 0 {
                let manager = head
                person.manager = manager
                depth.append(depth[manager] + 1)
                switch depth[index] {
                case 1:
                    let k = index - 1
                    person.unit = departments[k % departments.count] + (k >= departments.count ? " \(k / departments.count + 1)" : "")
                    person.title = "Head of \(person.unit)"
                case 2:
                    person.unit = "\(people[manager].unit) / Team \(index)"
                    person.title = "Team Lead"
                default:
                    person.unit = people[manager].unit
                    person.title = "Specialist"
                }
                person.fte = random.next(10) == 0 ? 0.8 : 1
                person.cost = Double(40_000 + random.next(80) * 1_000)
                if remaining[manager] == nil { remaining[manager] = 3 + random.next(8) }
                remaining[manager]! -= 1
                if remaining[manager]! == 0 { head += 1 }
            }
            people.append(person)
        }
        var managers = Set<Int>()
        for person in people { if let m = person.manager { managers.insert(m) } }
        for index in people.indices where index > 0 && !managers.contains(index) {
            // A team lead with no team stays in the department's unit.
            if depth[index] == 2 { people[index].unit = people[people[index].manager!].unit }
            // Some leaf positions are vacant.
            if random.next(33) == 0 {
                people[index].vacant = true
                people[index].id = "P\(20_000 + index)"
            }
        }
    }

    /// The same organisation after a reorganisation: `removed` leaves gone, `moved` leaves
    /// under a manager in another unit, `raised` people paid 5,000 more, `added` new hires.
    func reorganised(seed: UInt64, removed: Int = 20, moved: Int = 15, raised: Int = 30, added: Int = 10) -> ExportGenerator {
        var random = SplitMix(seed: seed)
        var copy = self
        var managers = Set<Int>()
        for person in people { if let m = person.manager { managers.insert(m) } }
        let leaves = people.indices.filter { $0 > 0 && !managers.contains($0) && !people[$0].vacant }
        let teamLeads = Array(managers.filter { people[$0].title == "Team Lead" }).sorted()
        var taken = Set<Int>()
        func pick(_ from: [Int]) -> Int {
            while true {
                let i = from[random.next(from.count)]
                if taken.insert(i).inserted { return i }
            }
        }
        for _ in 0..<moved {
            let person = pick(leaves)
            let target = teamLeads.first { people[$0].unit != people[person].unit && random.next(4) == 0 } ?? teamLeads[0]
            copy.people[person].manager = target
            copy.people[person].unit = people[target].unit
        }
        for _ in 0..<raised { copy.people[pick(leaves)].cost += 5_000 }
        var gone = Set<Int>()
        for _ in 0..<removed { gone.insert(pick(leaves)) }
        for n in 0..<added {
            let manager = teamLeads[random.next(teamLeads.count)]
            copy.people.append(
                Person(
                    id: "N\(n)", first: "New \(n)", last: "Hire", manager: manager, title: "Specialist",
                    unit: people[manager].unit, fte: 1, cost: 50_000, location: "Paris", vacant: false))
        }
        // Removing people shifts indices: map managers by id.
        let ids = copy.people.map(\.id)
        let kept = copy.people.indices.filter { !gone.contains($0) }
        var newIndex: [String: Int] = [:]
        for (i, old) in kept.enumerated() { newIndex[ids[old]] = i }
        copy.people = kept.map { old in
            var person = copy.people[old]
            person.manager = person.manager.flatMap { newIndex[ids[$0]] }
            return person
        }
        return copy
    }

    /// A Workday worker report: BOM, CRLF, commas, quoted fields, position ids for vacancies.
    func workdayCSV() -> String {
        var lines = ["\u{FEFF}Employee ID,Worker,Manager ID,Business Title,Supervisory Organization,FTE,Total Base Pay Annualized,Location"]
        for person in people {
            let manager = person.manager.map { people[$0].id } ?? ""
            lines.append(
                [
                    person.id, person.name, manager, person.title, quote(person.unit), "\(Int(person.fte * 100))%",
                    person.vacant ? "" : String(format2(person.cost)), person.location,
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A BambooHR report: semicolons, decimal commas, managers by name, no vacancies.
    func bambooCSV() -> String {
        var lines = ["Employee #;First Name;Last Name;Job Title;Department;Reporting to;Location;Pay Rate"]
        for person in people where !person.vacant {
            let manager = person.manager.map { people[$0].name } ?? ""
            lines.append(
                [
                    person.id, person.first, person.last, person.title, person.unit, manager, person.location,
                    format2(person.cost).replacingOccurrences(of: ".", with: ","),
                ].joined(separator: ";"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// SAP SuccessFactors' user data file: system keys, then the label row, `NO_MGR` at
    /// the top, an HR column, no vacancies.
    func successFactorsCSV() -> String {
        var lines = ["STATUS,USERID,USERNAME,FIRSTNAME,LASTNAME,MANAGER,HR,DEPARTMENT,TITLE,LOCATION"]
        lines.append("STATUS,USERID,Username,First Name,Last Name,Manager,Human Resource,Department,Title,Location")
        for person in people where !person.vacant {
            let manager = person.manager.map { people[$0].id } ?? "NO_MGR"
            lines.append(
                [
                    "active", person.id, person.id.lowercased(), person.first, person.last, manager, "NO_HR",
                    quote(person.unit), person.title, person.location,
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quote(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private func format2(_ value: Double) -> String { "\(Int(value)).00" }
}

/// A small seeded generator (SplitMix64): the same numbers on every platform.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(nextUInt64() % UInt64(bound)) }
}
