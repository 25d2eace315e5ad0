extension OrgChart {
    /// Fields `private:` may name: `name`, `title`, a measure, or an attribute of the data.
    public func privatizableFields() -> [String] {
        var known = ["name", "title"] + settings.measures.map(\.key)
        for entry in units + people { for key in entry.attributes.keys where !known.contains(key) { known.append(key) } }
        return known
    }

    /// Removes what `private:` names from every person, once aggregates no longer need it:
    /// a person's name (the box then shows their position title), title, and private
    /// attributes. Private measures stay in the model for roll-ups; outputs show them only
    /// where they sum at least two people (`measureLines`, the change list).
    public mutating func redactPrivateFields() {
        let hidden = settings.privateFields
        guard !hidden.isEmpty else { return }
        func redact(_ person: inout OrgUnit, box: Bool) {
            if hidden.contains("title") { person.title = nil }
            if hidden.contains("name") {
                person.name = box ? (person.title ?? "") : ""
                if box { person.title = nil }
            }
            for key in person.attributes.keys where hidden.contains(key) { person.attributes[key] = nil }
        }
        if subject == .people {
            for index in units.indices { redact(&units[index], box: true) }
        }
        for index in people.indices { redact(&people[index], box: false) }
    }
}
