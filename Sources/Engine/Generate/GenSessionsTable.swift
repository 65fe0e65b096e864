extension Generator {
  /// `sessions.csv`, with titles that fit each session's type and date.
  func writeSessions(_ writer: inout GenWriter) {
    writer.raw(
      Array("id,date,type,title,teacher,speaker,host,audience,venue,mode,hours,base\n".utf8))
    let venues = GenText(words: "fixed mobile")
    let modes = GenText(words: "offline online")
    for (i, s) in sessions.enumerated() {
      writer.int(i + 1)
      writer.comma()
      writer.date(Int(s.day))
      writer.comma()
      GenLesson.codes.write(s.lesson.rawValue, to: &writer)
      writer.comma()
      writer.text(title(s, index: i))
      writer.comma()
      if s.teacher >= 0 { writer.int(Int(s.teacher) + 1) }
      writer.comma()
      if s.speaker >= 0 { writer.int(Int(s.speaker) + 1) }
      writer.comma()
      writer.int(Int(s.host) + 1)
      writer.comma()
      GenCategory.codes.write(s.audience.rawValue, to: &writer)
      writer.comma()
      venues.write(s.mobile ? 1 : 0, to: &writer)
      writer.comma()
      modes.write(s.online ? 1 : 0, to: &writer)
      writer.comma()
      writer.halfHours(Int(s.halfHours))
      writer.comma()
      if s.base >= 0 { writer.int(Int(s.base) + 1) }
      writer.newline()
      writer.rowDone()
      if writer.isFull { return }
    }
  }

  /// The title of session `index`: `微党课：学党章 守规矩`, `十八届六中全会精神专题讲座` …
  func title(_ s: GenSession, index: Int) -> String {
    var random = GenRandom(seed: seed, stream: GenStream.titles, index: index)
    func any(_ list: [String]) -> String { list[random.below(list.count)] }
    let day = Int(s.day)
    switch (s.special, s.lesson) {
    case (1, _):
      return "微党课：" + any(GenVocabulary.microLaw)
    case (2, _):
      return "十八届六中全会精神辅导讲座"
    case (_, .micro):
      return (s.online ? "微信微党课：" : "微党课：") + any(GenVocabulary.micro)
    case (_, .open):
      return "公开课：" + any(GenVocabulary.open)
    case (_, .demo):
      if s.base >= 0 && random.chance(500) { return "示范课：走进\(places.base(Int(s.base)).name)" }
      return "示范课：" + any(GenVocabulary.demo)
    case (_, .practice):
      if s.base >= 0 && random.chance(500) { return "实践课：在\(places.base(Int(s.base)).name)" }
      return "实践课：" + any(GenVocabulary.practice)
    case (_, .review):
      if random.chance(400) {
        return "讲评课：\(GenCalendar.civil(day).month)月学习教育讲评"
      }
      return "讲评课：" + any(GenVocabulary.review)
    case (_, .lecture):
      let topic = self.topic(day, &random)
      return random.chance(500) ? "\(topic)专题讲座" : "专题辅导：\(topic)"
    case (_, .training):
      let topic = self.topic(day, &random)
      if random.chance(400) {
        return "\(s.audience.label)党员骨干培训班（第\(random.within(1, 6))期）"
      }
      return "\(s.audience.label)党员集中培训：\(topic)"
    }
  }

  /// A topic taught on `day`; topics of the moment (valid for under three years) are
  /// preferred to the perennial ones.
  private func topic(_ day: Int, _ random: inout GenRandom) -> String {
    let topics = GenVocabulary.topics
    let timely = random.chance(700)
    func fits(_ topic: GenVocabulary.Topic) -> Bool {
      topic.from <= day && day < topic.until && (!timely || topic.until - topic.from < 3 * 365)
    }
    var fitting = 0
    for topic in topics where fits(topic) { fitting += 1 }
    if fitting == 0 { return topics[topics.count - 1].text }
    var pick = random.below(fitting)
    for topic in topics where fits(topic) {
      if pick == 0 { return topic.text }
      pick -= 1
    }
    return topics[topics.count - 1].text
  }
}
