/// The size of a generated data set: the Kangjian sample, a district, a whole city, or a
/// province.
public enum Scale: String, CaseIterable, Sendable {
  case sample
  case district
  case city
  case province
}

/// The row counts a scale asks for. One "unit" is one subdistrict with 40 organisations; unit 0
/// is always Kangjian.
struct GenSize: Sendable {
  var units: Int
  var communityMembers: Int
  var inServiceMembers: Int
  var sessions: Int
  var attendance: Int
  var experts: Int
  var bases: Int
  var projectsPerUnit: Int
  var casesPerUnit: Int

  init(_ scale: Scale) {
    switch scale {
    case .sample:
      self.init(
        units: 1, communityMembers: 4_736, inServiceMembers: 3_152, sessions: 485,
        attendance: 24_437, experts: 78, bases: 12, projectsPerUnit: 30, casesPerUnit: 40)
    case .district:
      self.init(
        units: 25, communityMembers: 120_000, inServiceMembers: 80_000, sessions: 20_000,
        attendance: 1_000_000, experts: 600, bases: 60, projectsPerUnit: 30, casesPerUnit: 40)
    case .city:
      self.init(
        units: 250, communityMembers: 1_200_000, inServiceMembers: 800_000, sessions: 200_000,
        attendance: 10_000_000, experts: 3_000, bases: 300, projectsPerUnit: 30, casesPerUnit: 40)
    case .province:
      self.init(
        units: 1_250, communityMembers: 6_000_000, inServiceMembers: 4_000_000,
        sessions: 1_000_000, attendance: 50_000_000, experts: 15_000, bases: 1_500,
        projectsPerUnit: 30, casesPerUnit: 40)
    }
  }

  init(
    units: Int, communityMembers: Int, inServiceMembers: Int, sessions: Int, attendance: Int,
    experts: Int, bases: Int, projectsPerUnit: Int, casesPerUnit: Int
  ) {
    self.units = units
    self.communityMembers = communityMembers
    self.inServiceMembers = inServiceMembers
    self.sessions = sessions
    self.attendance = attendance
    self.experts = experts
    self.bases = bases
    self.projectsPerUnit = projectsPerUnit
    self.casesPerUnit = casesPerUnit
  }
}

/// The five categories of members and organisations (the "five tables").
enum GenCategory: Int, CaseIterable, Sendable {
  case leadership = 0
  case agency
  case residential
  case twonew
  case retired

  var code: String {
    switch self {
    case .leadership: return "leadership"
    case .agency: return "agency"
    case .residential: return "residential"
    case .twonew: return "twonew"
    case .retired: return "retired"
    }
  }

  var label: String {
    switch self {
    case .leadership: return "街道党工委班子"
    case .agency: return "机关事业单位"
    case .residential: return "居民区"
    case .twonew: return "两新组织"
    case .retired: return "离退休干部"
    }
  }

  /// How many organisations of this category one subdistrict has (40 in all).
  var orgsPerUnit: Int {
    switch self {
    case .leadership: return 1
    case .agency: return 6
    case .residential: return 25
    case .twonew: return 5
    case .retired: return 3
    }
  }

  static let codes = GenText(allCases.map(\.code))
  static let orgsPerUnit = 40
}

/// The lesson types of `sessions.type`.
enum GenLesson: Int, CaseIterable, Sendable {
  case micro = 0
  case open
  case demo
  case practice
  case review
  case lecture
  case training

  var code: String {
    switch self {
    case .micro: return "micro"
    case .open: return "open"
    case .demo: return "demo"
    case .practice: return "practice"
    case .review: return "review"
    case .lecture: return "lecture"
    case .training: return "training"
    }
  }

  var label: String {
    switch self {
    case .micro: return "微党课"
    case .open: return "公开课"
    case .demo: return "示范课"
    case .practice: return "实践课"
    case .review: return "讲评课"
    case .lecture: return "专题讲座"
    case .training: return "集中培训"
    }
  }

  /// One of the "five lessons" of the 2016 campaign.
  var isFiveLessons: Bool { rawValue <= GenLesson.review.rawValue }

  static let codes = GenText(allCases.map(\.code))
}

extension Scale {
  /// How many rows its largest table (attendance) has.
  public var attendanceRows: Int { GenSize(self).attendance }
}
