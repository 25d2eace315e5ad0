import OrgModel

/// The column names of the common HR systems' people exports, so `preset: workday` reads
/// such an export with no mapping. Names compare without case. A field may take several
/// columns (first and last name), joined with a space.
///
/// Where each name comes from (checked 2026-12-05): BambooHR's field list names
/// "Employee #", "First Name", "Last Name", "Job Title", "Department", "Reporting to" (an
/// employee field: the manager's name) and "Pay Rate" (a plain amount). SAP
/// SuccessFactors' user data file has the system keys USERID, FIRSTNAME, LASTNAME, MANAGER
/// (a USERID, `NO_MGR` at the top), TITLE and DEPARTMENT in row 1 and their labels in row 2.
/// The ADP names follow Workforce Now's custom report fields; no public document listing
/// them was found, so `columns:` may be needed there.
public enum ExportPreset: String, Sendable, CaseIterable {
    /// A Workday worker report (Employee ID, Worker, Manager ID, Business Title,
    /// Supervisory Organization, FTE).
    case workday
    /// A BambooHR custom report: managers are given by name ("Reporting to").
    case bamboohr
    /// SAP SuccessFactors' user data file (USERID, MANAGER, FIRSTNAME, LASTNAME, TITLE,
    /// DEPARTMENT), with or without its label row.
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
                "title": ["Job Title"], "unit": ["Department"], "fte": ["FTE"], "cost": ["Pay Rate"],
            ]
        case .successfactors:
            [
                "id": ["USERID"], "name": ["FIRSTNAME", "LASTNAME"], "manager": ["MANAGER"], "title": ["TITLE"],
                "unit": ["DEPARTMENT"], "dotted": ["MATRIX_MANAGER"],
            ]
        case .adp:
            [
                "id": ["Associate ID"], "name": ["Legal First Name", "Legal Last Name"],
                "manager": ["Reports To Associate ID"], "title": ["Job Title Description"],
                "unit": ["Home Department Description"], "fte": ["FTE"], "cost": ["Annual Salary"],
            ]
        }
    }

    /// Manager cells that mean "no manager": SuccessFactors writes `NO_MGR` for the top.
    public var noManagerMarkers: Set<String> {
        self == .successfactors ? ["NO_MGR"] : []
    }

    /// Fields a preset needs in the header; its other columns are used when present.
    public static let requiredFields: Set<String> = ["id", "name", "manager"]
}
