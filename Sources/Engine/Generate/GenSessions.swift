/// One planned session (class). Everything but the title is fixed here; attendance comes from
/// `attendees` members drawn from the member range `poolLow..<poolHigh`.
struct GenSession: Sendable {
  var day: Int32
  var unit: Int32
  var seq: Int32
  var lesson: GenLesson
  var audience: GenCategory
  var online: Bool
  var mobile: Bool
  var halfHours: Int8
  /// 0 ordinary, 1 the law professor's micro lesson, 2 the 2016-11-24 plenum lecture.
  var special: Int8
  var host: Int32
  var teacher: Int32
  var speaker: Int32
  var base: Int32
  var poolLow: Int32 = 0
  var poolHigh: Int32 = 0
  var attendees: Int32 = 0
}

/// Plans the sessions of every unit: counts per year growing from the school's founding in
/// March 2012, fewer in January/February (Spring Festival) and August, the five lessons only
/// from April 2016, online classes only from 2014.
struct GenSessionPlanner {
  let seed: UInt64
  let layout: GenLayout
  let flags: GenMemberFlags
  let experts: Int
  let redBases: [Int]
  let practiceBases: [Int]

  static let yearWeights = [60, 80, 95, 105, 145]
  static let monthWeights = [3, 2, 10, 10, 10, 10, 8, 3, 10, 9, 11, 8]

  func plan(total: Int, attendance: Int) -> [GenSession] {
    let unitWeights = (0..<layout.units).map { unit -> Int in
      var random = GenRandom(seed: seed, stream: GenStream.units, index: unit + 1_000_000)
      return random.within(85, 115)
    }
    let perUnit = genApportion(total, weights: unitWeights)
    var sessions: [GenSession] = []
    sessions.reserveCapacity(total)
    for unit in 0..<layout.units {
      sessions += planUnit(unit, count: perUnit[unit])
    }
    sessions.sort {
      ($0.day, $0.unit, $0.seq) < ($1.day, $1.unit, $1.seq)
    }
    GenAttendancePlanner(seed: seed, layout: layout, flags: flags)
      .assign(&sessions, total: attendance)
    return sessions
  }

  private func planUnit(_ unit: Int, count: Int) -> [GenSession] {
    var sessions: [GenSession] = []
    let perYear = genApportion(count, weights: GenSessionPlanner.yearWeights)
    let campaign = GenCalendar.day(2016, 4, 1)
    let onlineFrom = GenCalendar.day(2014, 1, 1)
    for (offset, yearCount) in perYear.enumerated() {
      let year = 2012 + offset
      var months = GenSessionPlanner.monthWeights
      if year == 2012 {
        months[0] = 0
        months[1] = 0
      }  // the school opened in March 2012
      let monthWeights = GenWeights(months)
      for _ in 0..<yearCount {
        let seq = sessions.count
        var random = GenRandom(seed: seed, stream: GenStream.sessions, index: unit << 24 | seq)
        let month = random.pick(monthWeights) + 1
        let last = year == 2016 && month == 12 ? 21 : GenCalendar.length(year, month)
        let day = GenCalendar.day(year, month, random.within(1, last))
        let lesson: GenLesson
        if day < campaign {
          lesson = random.chance(550) ? .lecture : .training
        } else {
          lesson = GenLesson(rawValue: random.pick(GenSessionPlanner.lessonWeights))!
        }
        var session = GenSession(
          day: Int32(day), unit: Int32(unit), seq: Int32(seq), lesson: lesson,
          audience: .residential, online: false, mobile: false, halfHours: 4, special: 0,
          host: 0, teacher: -1, speaker: -1, base: -1)
        fill(&session, unit: unit, online: day >= onlineFrom, random: &random)
        sessions.append(session)
      }
    }
    if unit == 0 { markReportExamples(&sessions) }
    return sessions
  }

  static let lessonWeights = GenWeights([24, 12, 10, 12, 10, 18, 14])
  static let audienceWeights = GenWeights([10, 18, 40, 18, 14])
  static let hostWeights = GenWeights([0, 10, 70, 12, 8])

  private func fill(_ s: inout GenSession, unit: Int, online: Bool, random: inout GenRandom) {
    let leadership = GenLayout.firstOrg(unit: unit, category: .leadership)
    let hostChance: Int
    switch s.lesson {
    case .lecture: hostChance = 650
    case .training: hostChance = 750
    case .demo: hostChance = 400
    default: hostChance = 0
    }
    var host = leadership
    if !random.chance(hostChance) {
      let category =
        s.lesson == .demo || s.lesson == .lecture || s.lesson == .training
        ? GenCategory.residential
        : GenCategory(rawValue: random.pick(GenSessionPlanner.hostWeights))!
      host = GenLayout.firstOrg(unit: unit, category: category) + random.below(category.orgsPerUnit)
    }
    s.host = Int32(host)
    s.audience =
      host == leadership
      ? GenCategory(rawValue: random.pick(GenSessionPlanner.audienceWeights))!
      : layout.orgCategory[host]
    let onlinePermille: Int
    switch s.lesson {
    case .micro: onlinePermille = 350
    case .lecture: onlinePermille = 120
    case .training: onlinePermille = 50
    default: onlinePermille = 0
    }
    s.online = online && random.chance(onlinePermille)
    if !s.online {
      switch s.lesson {
      case .practice where random.chance(900): s.base = pickBase(practiceBases, &random)
      case .demo where random.chance(650): s.base = pickBase(redBases, &random)
      case .training where random.chance(200): s.base = pickBase(redBases, &random)
      default: break
      }
    }
    s.mobile = !s.online && (s.base >= 0 || random.chance(host == leadership ? 150 : 650))
    let hours: [Int8]
    switch s.lesson {
    case .micro: hours = s.online ? [1] : [1, 2, 2]
    case .open, .demo: hours = [3, 4]
    case .practice: hours = [6, 8]
    case .review: hours = [4, 5]
    case .lecture: hours = [4, 4, 5, 6]
    case .training: hours = [3, 6, 6, 8, 12, 14]
    }
    s.halfHours = hours[random.below(hours.count)]
    let secretary = layout.orgFirst[host]
    switch s.lesson {
    case .lecture:
      if random.chance(900) {
        s.teacher = pickExpert(&random)
      } else {
        s.speaker = Int32(secretary)
      }
    case .training:
      if random.chance(800) { s.teacher = pickExpert(&random) }
    case .micro:
      let inService = layout.orgInService[host]
      if inService > 0 && random.chance(500) {
        s.speaker = Int32(secretary + layout.orgCommunity[host] + random.below(inService))
      } else {
        s.speaker = Int32(secretary + random.below(layout.committee(host) + 1))
      }
    case .open, .review:
      s.speaker = Int32(secretary)
    case .demo:
      if random.chance(500) {
        s.teacher = pickExpert(&random)
      } else {
        s.speaker = Int32(secretary)
      }
    case .practice:
      if random.chance(450) {
        s.speaker = Int32(secretary + 1 + random.below(layout.committee(host)))
      }
    }
  }

  private func pickExpert(_ random: inout GenRandom) -> Int32 {
    experts > 0 ? Int32(random.below(experts)) : -1
  }

  private func pickBase(_ bases: [Int], _ random: inout GenRandom) -> Int32 {
    bases.isEmpty ? -1 : Int32(bases[random.below(bases.count)])
  }

  /// The report's examples in Kangjian: an in-service member of 寿益坊, an associate professor
  /// of law, gives micro lessons to residents; and the plenum lecture of 2016-11-24.
  private func markReportExamples(_ sessions: inout [GenSession]) {
    let shouyi = GenLayout.firstOrg(unit: 0, category: .residential)
    let professor = layout.orgFirst[shouyi] + layout.orgCommunity[shouyi]
    var given = 0
    for i in sessions.indices where sessions[i].lesson == .micro && given < 4 {
      sessions[i].host = Int32(shouyi)
      sessions[i].audience = .residential
      sessions[i].speaker = Int32(professor)
      sessions[i].teacher = -1
      sessions[i].online = false
      sessions[i].mobile = true
      sessions[i].base = -1
      sessions[i].special = 1
      given += 1
    }
    let november = GenCalendar.day(2016, 11, 1)
    if let i = sessions.firstIndex(where: { $0.day >= november && $0.lesson == .lecture }) {
      sessions[i].day = Int32(GenCalendar.day(2016, 11, 24))
      sessions[i].host = Int32(GenLayout.firstOrg(unit: 0, category: .leadership))
      sessions[i].audience = .residential
      sessions[i].online = false
      sessions[i].mobile = false
      sessions[i].halfHours = 5
      sessions[i].special = 2
      if sessions[i].teacher < 0 { sessions[i].teacher = 0 }
      sessions[i].speaker = -1
    }
  }
}
