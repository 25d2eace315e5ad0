/// The column names of the common HR systems' people exports, so `preset: workday` reads
/// such an export with no mapping. Names compare without case. A field may take several
/// columns (first and last name), joined with a space.
public enum ExportPreset: String, Sendable, CaseIterable {
    /// A Workday worker report (Employee ID, Worker, Manager ID, Business Title,
    /// Supervisory Organization, FTE).
    case workday
    /// A BambooHR custom report: managers are given by name ("Reporting to").
    case bamboohr
    /// SAP SuccessFactors' user data file (USERID, MANAGER, FIRSTNAME, LASTNAME, TITLE,
    /// DEPARTMENT).
    case successfactors
    /// An ADP Workforce Now custom report (Associate ID, Reports To Associate ID).
    case adp

    /// Field → column names.
    public var columns: [String: [String]] {
        switch self {
        case .workday:
            [
                "id": ["Employee ID"], "name": ["Worker"], "manager": ["Manager ID"], "title": ["Business Title"],
                "unit": ["Supervisory Organization"], "fte": ["FTE"], "cost": ["Total Base Pay Annualized"],
            ]
        case .bamboohr:
            [
                "id": ["Employee #"], "name": ["First Name", "Last Name"], "manager": ["Reporting to"],
                "title": ["Job Title"], "unit": ["Department"], "fte": ["FTE"], "cost": ["Annual Salary"],
            ]
        case .successfactors:
            [
                "id": ["USERID"], "name": ["FIRSTNAME", "LASTNAME"], "manager": ["MANAGER"], "title": ["TITLE"],
                "unit": ["DEPARTMENT"], "fte": ["FTE"], "cost": ["ANNUAL_SALARY"],
            ]
        case .adp:
            [
                "id": ["Associate ID"], "name": ["Legal First Name", "Legal Last Name"],
                "manager": ["Reports To Associate ID"], "title": ["Job Title Description"],
                "unit": ["Home Department Description"], "fte": ["FTE"], "cost": ["Annual Salary"],
            ]
        }
    }

    /// Fields a preset needs in the header; its other columns are used when present.
    public static let requiredFields: Set<String> = ["id", "name", "manager"]
}
