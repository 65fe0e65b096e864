/// One member's drawn facts. The rest of the row (name, joined, phone) is drawn later from
/// `random`, which continues the member's own stream.
struct GenMember {
  var born: Int
  var female: Bool
  var exempt: Bool
  var never: Bool
  var category: GenCategory
  var random: GenRandom

  /// Member `index` of organisation `org` (category `orgCategory`), in service or not.
  init(index: Int, orgCategory: GenCategory, inService: Bool, seed: UInt64) {
    var random = GenRandom(seed: seed, stream: GenStream.members, index: index)
    let u = random.below(1000)
    let v = random.below(1000)
    let mean = (u + v) / 2
    switch (inService, orgCategory) {
    case (true, _): born = 1956 + u * 36 / 1000
    case (_, .leadership): born = 1962 + u * 21 / 1000
    case (_, .agency): born = 1960 + u * 34 / 1000
    case (_, .residential): born = 1924 + mean * 52 / 1000
    case (_, .twonew): born = 1968 + u * 28 / 1000
    case (_, .retired): born = 1925 + mean * 32 / 1000
    }
    let femalePermille: Int
    switch (inService, orgCategory) {
    case (true, _): femalePermille = 450
    case (_, .leadership): femalePermille = 250
    case (_, .residential): femalePermille = 580
    case (_, .retired): femalePermille = 400
    default: femalePermille = 480
    }
    female = random.chance(femalePermille)
    let exemptPermille = inService ? 0 : born <= 1936 ? 550 : born <= 1941 ? 150 : 10
    exempt = random.chance(exemptPermille)
    let neverPermille = inService ? 250 : orgCategory == .residential ? 80 : 40
    never = !exempt && random.chance(neverPermille)
    // Retired cadres often live, and are registered, in a residential area.
    if !inService && orgCategory == .residential && born <= 1950 && random.chance(120) {
      category = .retired
    } else {
      category = orgCategory
    }
    self.random = random
  }
}

/// Per-member flags that sessions and attendance need: exempt, never attends, in service.
struct GenMemberFlags: Sendable {
  static let exempt: UInt8 = 1
  static let never: UInt8 = 2
  static let inService: UInt8 = 4

  let flags: [UInt8]
  /// Running count of members who can be drawn for attendance (neither exempt nor never).
  let eligiblePrefix: [Int32]

  init(layout: GenLayout, seed: UInt64) {
    var flags = [UInt8](repeating: 0, count: layout.memberCount)
    for org in 0..<layout.orgCount {
      let first = layout.orgFirst[org]
      let community = layout.orgCommunity[org]
      for index in first..<(first + community + layout.orgInService[org]) {
        let inService = index >= first + community
        let member = GenMember(
          index: index, orgCategory: layout.orgCategory[org], inService: inService, seed: seed)
        var flag: UInt8 = inService ? GenMemberFlags.inService : 0
        if member.exempt { flag |= GenMemberFlags.exempt }
        if member.never { flag |= GenMemberFlags.never }
        flags[index] = flag
      }
    }
    var prefix = [Int32](repeating: 0, count: flags.count + 1)
    var running: Int32 = 0
    for index in 0..<flags.count {
      if flags[index] & (GenMemberFlags.exempt | GenMemberFlags.never) == 0 { running += 1 }
      prefix[index + 1] = running
    }
    self.flags = flags
    eligiblePrefix = prefix
  }

  func eligible(_ low: Int, _ high: Int) -> Int {
    Int(eligiblePrefix[high] - eligiblePrefix[low])
  }
}

extension Generator {
  /// `members.csv`.
  func writeMembers(_ writer: inout GenWriter) {
    writer.raw(Array("id,name,gender,born,joined,org,category,post,in_service,exempt,phone\n".utf8))
    let posts = GenText(words: "secretary committee member")
    let genders = GenText(words: "male female")
    let prefixes = [
      139, 138, 137, 136, 135, 134, 159, 158, 157, 152, 151, 150, 188, 187, 186, 189, 180, 133, 153,
      177, 130, 131, 132, 155, 156, 185, 181,
    ]
    let latestJoin = GenCalendar.day(2016, 11, 30)
    for org in 0..<layout.orgCount {
      let first = layout.orgFirst[org]
      let community = layout.orgCommunity[org]
      let committee = layout.committee(org)
      for index in first..<(first + community + layout.orgInService[org]) {
        let inService = index >= first + community
        var member = GenMember(
          index: index, orgCategory: layout.orgCategory[org], inService: inService, seed: seed)
        writer.int(index + 1)
        writer.comma()
        names.write(female: member.female, born: member.born, random: &member.random, to: &writer)
        writer.comma()
        genders.write(member.female ? 1 : 0, to: &writer)
        writer.comma()
        writer.int(member.born)
        writer.comma()
        // Joined at 18 or later, younger ages more likely; never after the report.
        let span = max(1, min(2016 - member.born - 18, 45))
        let age = 18 + min(member.random.below(span + 1), member.random.below(span + 1))
        let start = GenCalendar.day(member.born + age, 1, 1)
        writer.date(min(start + member.random.below(365), latestJoin))
        writer.comma()
        writer.int(org + 1)
        writer.comma()
        GenCategory.codes.write(member.category.rawValue, to: &writer)
        writer.comma()
        let position = index - first
        posts.write(inService ? 2 : position == 0 ? 0 : position <= committee ? 1 : 2, to: &writer)
        writer.comma()
        writer.bool(inService)
        writer.comma()
        writer.bool(member.exempt)
        writer.comma()
        if member.born >= 1940 || member.random.chance(600) {
          writer.int(prefixes[member.random.below(prefixes.count)])
          writer.padded(member.random.below(100_000_000), width: 8)
        }
        writer.newline()
        writer.rowDone()
        if writer.isFull { return }
      }
    }
  }

  /// The name of member `index`, who belongs to organisation `org` (for `orgs.secretary`).
  func memberName(_ index: Int, org: Int) -> String {
    let first = layout.orgFirst[org]
    var member = GenMember(
      index: index, orgCategory: layout.orgCategory[org],
      inService: index >= first + layout.orgCommunity[org], seed: seed)
    return names.string(female: member.female, born: member.born, random: &member.random)
  }
}
