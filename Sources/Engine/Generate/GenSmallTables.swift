extension Generator {
  /// `orgs.csv`: name, category and the secretary's name (the member whose post is secretary).
  func writeOrgs(_ writer: inout GenWriter) {
    writer.raw(Array("id,name,category,secretary\n".utf8))
    for org in 0..<layout.orgCount {
      let (unit, k) = org.quotientAndRemainder(dividingBy: GenCategory.orgsPerUnit)
      let (category, index) = GenLayout.slot(k)
      writer.int(org + 1)
      writer.comma()
      writer.text(places.org(unit: unit, category: category, index: index).name)
      writer.comma()
      GenCategory.codes.write(category.rawValue, to: &writer)
      writer.comma()
      writer.text(memberName(layout.orgFirst[org], org: org))
      writer.newline()
      writer.rowDone()
      if writer.isFull { return }
    }
  }

  /// `experts.csv`: the expert pool of scholars from Party schools and universities.
  func writeExperts(_ writer: inout GenWriter) {
    writer.raw(Array("id,name,affiliation,field,title\n".utf8))
    for index in 0..<size.experts {
      var random = GenRandom(seed: seed, stream: GenStream.experts, index: index)
      let born = random.within(1950, 1985)
      let female = random.chance(380)
      let affiliation = GenVocabulary.affiliations[random.pick(GenVocabulary.affiliationWeights)]
      let titles = GenVocabulary.titles[affiliation.2]
      let title = titles[random.pick(GenWeights(titles.map(\.1)))].0
      writer.int(index + 1)
      writer.comma()
      names.write(female: female, born: born, random: &random, to: &writer)
      writer.comma()
      writer.text(affiliation.0)
      writer.comma()
      writer.text(GenVocabulary.fields[random.below(GenVocabulary.fields.count)])
      writer.comma()
      writer.text(title)
      writer.newline()
      writer.rowDone()
      if writer.isFull { return }
    }
  }

  /// `bases.csv`: red-education sites and practice bases.
  func writeBases(_ writer: inout GenWriter) {
    writer.raw(Array("id,name,kind,district\n".utf8))
    for index in 0..<size.bases {
      let base = places.base(index)
      writer.int(index + 1)
      writer.comma()
      writer.text(base.name)
      writer.comma()
      writer.text(base.red ? "red" : "practice")
      writer.comma()
      writer.text(base.district)
      writer.newline()
      writer.rowDone()
      if writer.isFull { return }
    }
  }

  /// `projects.csv`: practice projects of the organisations, 2012–2016.
  func writeProjects(_ writer: inout GenWriter) {
    writer.raw(Array("id,name,org,year,status\n".utf8))
    var id = 0
    for unit in 0..<layout.units {
      for _ in 0..<size.projectsPerUnit {
        id += 1
        var random = GenRandom(seed: seed, stream: GenStream.projects, index: id)
        let org = orgForStory(unit: unit, random: &random)
        let year = 2012 + random.below(5)
        let list =
          org.residential ? GenVocabulary.residentialProjects : GenVocabulary.otherProjects
        let project = list[random.below(list.count)]
        writer.int(id)
        writer.comma()
        writer.text("\(org.short)“\(project)”项目")
        writer.comma()
        writer.int(org.index + 1)
        writer.comma()
        writer.int(year)
        writer.comma()
        let status =
          year < 2015 || random.chance(year == 2015 ? 800 : 300)
          ? "done" : random.chance(750) ? "doing" : "todo"
        writer.text(status)
        writer.newline()
        writer.rowDone()
        if writer.isFull { return }
      }
    }
  }

  /// `cases.csv`: the case pool; Kangjian's first case is the report's 寿益坊 example.
  func writeCases(_ writer: inout GenWriter) {
    writer.raw(Array("id,title,org,year,topic\n".utf8))
    var id = 0
    for unit in 0..<layout.units {
      for n in 0..<size.casesPerUnit {
        id += 1
        var random = GenRandom(seed: seed, stream: GenStream.cases, index: id)
        let org = orgForStory(unit: unit, random: &random)
        writer.int(id)
        writer.comma()
        if unit == 0 && n == 0 {
          writer.text("在职党员高校副教授为小区居民上党课")
          writer.comma()
          writer.int(GenLayout.firstOrg(unit: 0, category: .residential) + 1)
          writer.comma()
          writer.int(2016)
          writer.comma()
          writer.text("党员教育")
        } else {
          let list = org.residential ? GenVocabulary.residentialCases : GenVocabulary.otherCases
          let story = list[random.below(list.count)]
          writer.text("\(org.short)：\(story.0)")
          writer.comma()
          writer.int(org.index + 1)
          writer.comma()
          writer.int(2012 + random.below(5))
          writer.comma()
          writer.text(story.1)
        }
        writer.newline()
        writer.rowDone()
        if writer.isFull { return }
      }
    }
  }

  /// An organisation of `unit` for a project or case, residential areas most often.
  private func orgForStory(
    unit: Int, random: inout GenRandom
  ) -> (index: Int, short: String, residential: Bool) {
    let category: GenCategory =
      random.chance(700) ? .residential : [.agency, .twonew, .retired][random.below(3)]
    let index = random.below(category.orgsPerUnit)
    let org = GenLayout.firstOrg(unit: unit, category: category) + index
    return (
      org, places.org(unit: unit, category: category, index: index).short, category == .residential
    )
  }

  /// `plans.csv`: the "five tables", one per category, for April to December 2016.
  func writePlans(_ writer: inout GenWriter) {
    writer.raw(Array("id,category,month,task,deadline,status,done_on\n".utf8))
    var id = 0
    for unit in 0..<layout.units {
      for category in GenCategory.allCases {
        for (m, items) in GenVocabulary.monthly.enumerated() {
          let month = 4 + m
          var random = GenRandom(
            seed: seed, stream: GenStream.plans, index: (unit * 5 + category.rawValue) * 16 + m)
          let count = random.within(2, items.count)
          let start = random.below(items.count)
          for t in 0..<count {
            id += 1
            let task = items[(start + t) % items.count]
            let deadline = GenCalendar.day(2016, month, random.chance(500) ? 25 : 15)
            let done = deadline < GenCalendar.reportDay && random.chance(920)
            writer.int(id)
            writer.comma()
            GenCategory.codes.write(category.rawValue, to: &writer)
            writer.comma()
            writer.text("2016-\(month < 10 ? "0" : "")\(month)")
            writer.comma()
            writer.text(task + "（" + GenVocabulary.emphasis[category.rawValue] + "）")
            writer.comma()
            writer.date(deadline)
            writer.comma()
            let open = deadline < GenCalendar.reportDay || random.chance(500) ? "doing" : "todo"
            writer.text(done ? "done" : open)
            writer.comma()
            if done { writer.date(deadline - random.below(12)) }
            writer.newline()
            writer.rowDone()
            if writer.isFull { return }
          }
        }
      }
    }
  }
}
