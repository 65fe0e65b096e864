/// Decides how many members attend each session (adding up exactly to the total asked for)
/// and which range of members each session draws from.
struct GenAttendancePlanner {
  let seed: UInt64
  let layout: GenLayout
  let flags: GenMemberFlags

  func assign(_ sessions: inout [GenSession], total: Int) {
    var wanted = [Int](repeating: 0, count: sessions.count)
    var caps = [Int](repeating: 0, count: sessions.count)
    var rawSum = 0
    for (i, s) in sessions.enumerated() {
      var random = GenRandom(seed: seed, stream: GenStream.attendance, index: -1 - i)
      let base: Int
      switch s.lesson {
      case .lecture: base = 80
      case .training: base = 55
      case .micro: base = s.online ? 90 : 22
      case .open: base = 45
      case .demo: base = 40
      case .practice: base = 25
      case .review: base = 30
      }
      wanted[i] = base * random.within(60, 140)
      rawSum += wanted[i]
      let slot = Int(s.unit) * 5 + s.audience.rawValue
      caps[i] = max(1, flags.eligible(layout.categoryLow[slot], layout.categoryHigh[slot]) * 4 / 5)
    }
    var counts = wanted.indices.map { min(caps[$0], max(1, wanted[$0] * total / max(rawSum, 1))) }
    var left = total - counts.reduce(0, +)
    var i = 0
    var idle = 0
    while left != 0 && idle <= counts.count {
      let step = left > 0 ? 1 : -1
      if (step > 0 && counts[i] < caps[i]) || (step < 0 && counts[i] > 1) {
        counts[i] += step
        left -= step
        idle = 0
      } else {
        idle += 1
      }
      i = (i + 1) % counts.count
    }
    precondition(left == 0, "the audiences are too small for the attendance asked for")
    for i in sessions.indices {
      sessions[i].attendees = Int32(counts[i])
      let (low, high) = pool(for: sessions[i], need: counts[i])
      sessions[i].poolLow = Int32(low)
      sessions[i].poolHigh = Int32(high)
    }
  }

  /// The host's own members, widened within the audience category of the unit until it holds
  /// comfortably more eligible members than the session needs.
  private func pool(for s: GenSession, need: Int) -> (Int, Int) {
    let slot = Int(s.unit) * 5 + s.audience.rawValue
    let categoryLow = layout.categoryLow[slot]
    let categoryHigh = layout.categoryHigh[slot]
    let host = Int(s.host)
    guard layout.orgCategory[host] == s.audience, layout.orgCategory[host] != .leadership else {
      return (categoryLow, categoryHigh)
    }
    var low = layout.orgFirst[host]
    var high = low + layout.orgCommunity[host] + layout.orgInService[host]
    let target = need * 5 / 4 + 1
    while flags.eligible(low, high) < target && (low > categoryLow || high < categoryHigh) {
      let step = max(8, (high - low) / 4)
      low = max(categoryLow, low - step)
      high = min(categoryHigh, high + step)
    }
    return (low, high)
  }
}

extension Generator {
  /// `attendance.csv`: per session, its attendees in member order; unique per (session, member).
  func writeAttendance(_ writer: inout GenWriter) {
    writer.raw(Array("session,member,hours,score\n".utf8))
    let flags = self.flags
    let sessions = self.sessions
    var seen = [Int32](repeating: -1, count: layout.memberCount)
    var chosen: [Int] = []
    let scores = GenWeights([2, 4, 15, 34, 45])
    for (i, s) in sessions.enumerated() {
      var random = GenRandom(seed: seed, stream: GenStream.attendance, index: i)
      let stamp = Int32(i)
      let low = Int(s.poolLow)
      let width = Int(s.poolHigh) - low
      let need = Int(s.attendees)
      chosen.removeAll(keepingCapacity: true)
      var attempts = 0
      var scan = low
      while chosen.count < need {
        attempts += 1
        if attempts > 40 * need + 1_000 {
          // Practically never reached: take the next eligible member in order.
          while seen[scan] == stamp
            || flags.flags[scan] & (GenMemberFlags.never | GenMemberFlags.exempt) != 0
          {
            scan += 1
          }
          seen[scan] = stamp
          chosen.append(scan)
          continue
        }
        let member = low + random.below(width)
        if seen[member] == stamp { continue }
        let flag = flags.flags[member]
        if flag & GenMemberFlags.never != 0 { continue }
        if flag & GenMemberFlags.exempt != 0 && !random.chance(50) { continue }
        if flag & GenMemberFlags.inService != 0 && !random.chance(700) { continue }
        seen[member] = stamp
        chosen.append(member)
      }
      chosen.sort()
      let emptyScore = s.online ? 550 : 120
      for member in chosen {
        writer.int(i + 1)
        writer.comma()
        writer.int(member + 1)
        writer.comma()
        writer.halfHours(Int(s.halfHours))
        writer.comma()
        if !random.chance(emptyScore) { writer.int(random.pick(scores) + 1) }
        writer.newline()
        writer.rowDone()
        if writer.isFull { return }
      }
    }
  }
}
