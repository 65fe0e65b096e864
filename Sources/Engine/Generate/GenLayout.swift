/// Stream tags: each table (and each derived quantity) draws from its own random streams.
enum GenStream {
  static let units: UInt64 = 1
  static let members: UInt64 = 2
  static let orgs: UInt64 = 3
  static let sessions: UInt64 = 4
  static let titles: UInt64 = 5
  static let attendance: UInt64 = 6
  static let experts: UInt64 = 7
  static let projects: UInt64 = 8
  static let cases: UInt64 = 9
  static let plans: UInt64 = 10
}

/// Where every organisation and member sits: organisations in unit order (40 per unit, by
/// category), members in blocks per organisation (community members first, then in-service
/// members registered there), so each category of a unit is one contiguous range of members.
struct GenLayout: Sendable {
  let units: Int
  /// Per organisation index: category, first member index, community and in-service counts.
  let orgCategory: [GenCategory]
  let orgFirst: [Int]
  let orgCommunity: [Int]
  let orgInService: [Int]
  /// Per unit and category (unit * 5 + category): the member index range.
  let categoryLow: [Int]
  let categoryHigh: [Int]
  var memberCount: Int { orgFirst.last.map { $0 + orgCommunity.last! + orgInService.last! } ?? 0 }
  var orgCount: Int { orgCategory.count }

  /// The category and position within that category of organisation position `k` (0..<40).
  static func slot(_ k: Int) -> (GenCategory, Int) {
    var rest = k
    for category in GenCategory.allCases {
      if rest < category.orgsPerUnit { return (category, rest) }
      rest -= category.orgsPerUnit
    }
    preconditionFailure("organisation position out of range")
  }

  init(size: GenSize, seed: UInt64) {
    units = size.units
    let unitWeights = (0..<size.units).map { unit -> Int in
      var random = GenRandom(seed: seed, stream: GenStream.units, index: unit)
      return random.within(80, 120)
    }
    let communityPerUnit = genApportion(size.communityMembers, weights: unitWeights)
    let inServicePerUnit = genApportion(size.inServiceMembers, weights: unitWeights)
    var categories: [GenCategory] = []
    var community: [Int] = []
    var inService: [Int] = []
    for unit in 0..<size.units {
      var communityWeights: [Int] = []
      var inServiceWeights: [Int] = []
      for k in 0..<GenCategory.orgsPerUnit {
        var random = GenRandom(seed: seed, stream: GenStream.orgs, index: unit * 64 + k)
        let category = GenLayout.slot(k).0
        categories.append(category)
        switch category {
        case .leadership: communityWeights.append(9)
        case .agency: communityWeights.append(random.within(30, 60))
        case .residential: communityWeights.append(random.within(120, 220))
        case .twonew: communityWeights.append(random.within(30, 90))
        case .retired: communityWeights.append(random.within(50, 110))
        }
        inServiceWeights.append(category == .residential ? random.within(60, 190) : 0)
      }
      community += genApportion(communityPerUnit[unit], weights: communityWeights)
      inService += genApportion(inServicePerUnit[unit], weights: inServiceWeights)
    }
    var first: [Int] = []
    var next = 0
    var low = [Int](repeating: 0, count: size.units * 5)
    var high = [Int](repeating: 0, count: size.units * 5)
    for org in 0..<categories.count {
      let slot = org / GenCategory.orgsPerUnit * 5 + categories[org].rawValue
      if org % GenCategory.orgsPerUnit == 0 || categories[org] != categories[org - 1] {
        low[slot] = next
      }
      first.append(next)
      next += community[org] + inService[org]
      high[slot] = next
    }
    orgCategory = categories
    orgFirst = first
    orgCommunity = community
    orgInService = inService
    categoryLow = low
    categoryHigh = high
  }

  /// How many committee members (besides the secretary) an organisation has.
  func committee(_ org: Int) -> Int {
    let size = orgCommunity[org]
    if orgCategory[org] == .leadership { return size - 1 }
    return min(size - 1, 2 + size / 60)
  }

  /// The organisation index of the first organisation of `category` in `unit`.
  static func firstOrg(unit: Int, category: GenCategory) -> Int {
    var k = 0
    for other in GenCategory.allCases where other.rawValue < category.rawValue {
      k += other.orgsPerUnit
    }
    return unit * GenCategory.orgsPerUnit + k
  }
}
