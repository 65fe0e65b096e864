import Engine
import Foundation
import XCTest

/// The sample looks like the real thing and is internally consistent.
final class GeneratorContentTests: XCTestCase {
  func testEveryRowHasTheHeadersFieldCountAndColumnsMatchDatasetMd() {
    let expected = [
      "orgs": "id,name,category,secretary",
      "members": "id,name,gender,born,joined,org,category,post,in_service,exempt,phone",
      "experts": "id,name,affiliation,field,title",
      "bases": "id,name,kind,district",
      "projects": "id,name,org,year,status",
      "cases": "id,title,org,year,topic",
      "sessions": "id,date,type,title,teacher,speaker,host,audience,venue,mode,hours,base",
      "attendance": "session,member,hours,score",
      "plans": "id,category,month,task,deadline,status,done_on",
    ]
    for (name, header) in expected {
      let bytes = GenSample.bytes("\(name).csv")
      XCTAssertFalse(bytes.contains(0x0D), "\(name): LF only")
      XCTAssertFalse(bytes.contains(0x22), "\(name): nothing needs quoting")
      XCTAssertEqual(bytes.last, 0x0A)
      let table = GenSample.table(name)
      XCTAssertEqual(table.header.joined(separator: ","), header)
      for row in table.rows { XCTAssertEqual(row.count, table.header.count, "\(name): \(row)") }
    }
  }

  func testIdsStartAtOneAndReferencesPointAtRows() {
    let references = [
      ("members", "org", "orgs"), ("sessions", "teacher", "experts"),
      ("sessions", "speaker", "members"), ("sessions", "host", "orgs"),
      ("sessions", "base", "bases"), ("projects", "org", "orgs"), ("cases", "org", "orgs"),
      ("attendance", "session", "sessions"), ("attendance", "member", "members"),
    ]
    for name in ["orgs", "members", "experts", "bases", "projects", "cases", "sessions", "plans"] {
      let table = GenSample.table(name)
      XCTAssertEqual(table.ints("id"), (1...table.rows.count).map { $0 }, name)
    }
    for (table, column, target) in references {
      let count = GenSample.table(target).rows.count
      let values = GenSample.table(table).column(column).filter { !$0.isEmpty }
      XCTAssertFalse(values.isEmpty, "\(table).\(column)")
      for value in values {
        guard let id = Int(value), (1...count).contains(id) else {
          return XCTFail("\(table).\(column) = \(value) is not an id of \(target)")
        }
      }
    }
  }

  func testAttendanceIsUniqueAndTakesTheSessionsHours() {
    let sessions = GenSample.table("sessions")
    let hours = sessions.column("hours")
    let attendance = GenSample.table("attendance")
    var pairs = Set<String>()
    for row in attendance.rows {
      XCTAssertTrue(pairs.insert("\(row[0])/\(row[1])").inserted, "duplicate \(row)")
      XCTAssertEqual(row[2], hours[Int(row[0])! - 1])
    }
    XCTAssertTrue(hours.contains("0.5") && hours.contains("1.5") && hours.contains("2"))
    XCTAssertTrue(
      hours.allSatisfy { $0.range(of: #"^\d+(\.5)?$"#, options: .regularExpression) != nil })
  }

  func testScoresAreOneToFiveAndSometimesEmpty() {
    let scores = GenSample.table("attendance").column("score")
    XCTAssertEqual(Set(scores), ["", "1", "2", "3", "4", "5"])
    let empty = scores.filter(\.isEmpty).count
    XCTAssertGreaterThan(empty, scores.count / 20)
    XCTAssertLessThan(empty, scores.count / 3)
  }

  func testSomeMembersNeverAttendAndExemptMembersRarelyDo() {
    let members = GenSample.table("members")
    let attended = Set(GenSample.table("attendance").ints("member").compactMap { $0 })
    let never = members.rows.count - attended.count
    XCTAssertGreaterThan(never, members.rows.count / 20)
    XCTAssertLessThan(never, members.rows.count / 2)
    let exempt = members.rows.filter { $0[9] == "true" }.map { Int($0[0])! }
    XCTAssertGreaterThan(exempt.count, 100)
    let exemptAttending = exempt.filter { attended.contains($0) }.count
    XCTAssertLessThan(exemptAttending * 2, exempt.count)
    // Exempt members are elderly (or, a few, ill).
    let old = members.rows.filter { $0[9] == "true" && Int($0[3])! <= 1941 }.count
    XCTAssertGreaterThan(old * 10, exempt.count * 8)
  }

  func testEveryOrganisationHasOneSecretaryAndCommitteeMembers() {
    let orgs = GenSample.table("orgs")
    let members = GenSample.table("members")
    for org in orgs.rows {
      let own = members.rows.filter { $0[5] == org[0] }
      let secretaries = own.filter { $0[7] == "secretary" }
      XCTAssertEqual(secretaries.count, 1, org[1])
      XCTAssertEqual(secretaries.first?[1], org[3], "orgs.secretary names the secretary")
      XCTAssertGreaterThanOrEqual(own.filter { $0[7] == "committee" }.count, 2, org[1])
    }
    XCTAssertEqual(
      Set(orgs.column("category")), ["leadership", "agency", "residential", "twonew", "retired"])
    XCTAssertTrue(orgs.column("name").contains("寿益坊居民区党总支"))
  }

  func testInServiceMembersAreRegisteredInResidentialAreas() {
    let orgCategory = GenSample.table("orgs").column("category")
    for row in GenSample.table("members").rows where row[8] == "true" {
      XCTAssertEqual(orgCategory[Int(row[5])! - 1], "residential")
      XCTAssertEqual(row[7], "member")
    }
  }

  func testNamesHaveAPlausibleSurnameMix() {
    let names = GenSample.table("members").column("name")
    XCTAssertTrue(names.allSatisfy { (2...4).contains($0.count) })
    var surnames: [String: Int] = [:]
    for name in names { surnames[String(name.prefix(1)), default: 0] += 1 }
    let top = surnames.sorted { $0.value > $1.value }.prefix(5).map(\.key)
    XCTAssertTrue(Set(top).isSubset(of: ["王", "李", "张", "陈", "刘", "徐", "周", "吴"]), "\(top)")
    XCTAssertGreaterThan(surnames.count, 60)
    XCTAssertLessThan(surnames["王"]! * 6, names.count)
  }

  func testPhonesLookLikeMobileNumbersAndAreSensitive() {
    let phones = GenSample.table("members").column("phone").filter { !$0.isEmpty }
    XCTAssertGreaterThan(phones.count, 7_000)
    XCTAssertTrue(
      phones.allSatisfy { $0.range(of: #"^1[3578]\d{9}$"#, options: .regularExpression) != nil })
    let schema = try? JSONDecoder().decode(Schema.self, from: Data(GenSample.bytes("schema.json")))
    XCTAssertEqual(schema?.tables["members"]?.columns["phone"]?.sensitive, true)
  }

  func testExpertsComeFromThePartySchoolsAndUniversities() {
    let experts = GenSample.table("experts")
    let affiliations = Set(experts.column("affiliation"))
    for school in ["徐汇区委党校", "上海市委党校", "市委党校三分校", "上海师范大学"] {
      XCTAssertTrue(affiliations.contains(school), school)
    }
    XCTAssertTrue(Set(experts.column("title")).isSuperset(of: ["教授", "副教授", "讲师"]))
  }

  func testSessionsFollowTheCalendar() {
    let sessions = GenSample.table("sessions")
    let dates = sessions.column("date")
    XCTAssertEqual(dates, dates.sorted())
    XCTAssertGreaterThanOrEqual(dates.first!, "2012-01-01")
    XCTAssertLessThan(dates.last!, "2016-12-22")
    XCTAssertTrue(dates.last!.hasPrefix("2016-12"))
    for year in 2012...2016 { XCTAssertTrue(dates.contains { $0.hasPrefix("\(year)") }) }
    // Fewer classes around Spring Festival and in August than in a busy month.
    func month(_ m: String) -> Int { dates.filter { $0.dropFirst(5).hasPrefix(m) }.count }
    XCTAssertLessThan(month("01") + month("02"), month("11"))
    XCTAssertLessThan(month("08") * 2, month("11"))
    // Online classes only from 2014; both modes and both venues occur.
    for row in sessions.rows where row[9] == "online" {
      XCTAssertGreaterThanOrEqual(row[1], "2014")
    }
    XCTAssertEqual(Set(sessions.column("mode")), ["offline", "online"])
    XCTAssertEqual(Set(sessions.column("venue")), ["fixed", "mobile"])
    // Before 2016 only lectures and training.
    let early = Set(sessions.rows.filter { $0[1] < "2016" }.map { $0[2] })
    XCTAssertEqual(early, ["lecture", "training"])
  }

  func testTitlesFitTheirType() {
    let prefixes = [
      "micro": "微", "open": "公开课：", "demo": "示范课：", "practice": "实践课：", "review": "讲评课：",
    ]
    for row in GenSample.table("sessions").rows {
      if let prefix = prefixes[row[2]] { XCTAssertTrue(row[3].hasPrefix(prefix), "\(row)") }
      if row[1] < "2012-11" { XCTAssertFalse(row[3].contains("十八大精神"), "\(row)") }
    }
  }

  func testTheReportsExamples() {
    let sessions = GenSample.table("sessions")
    let members = GenSample.table("members")
    // An in-service member of 寿益坊 gives micro lessons there.
    let shouyi = GenSample.table("orgs").rows.first { $0[1] == "寿益坊居民区党总支" }![0]
    let talks = sessions.rows.filter { $0[2] == "micro" && $0[6] == shouyi && !$0[5].isEmpty }
    let speakers = talks.map { members.rows[Int($0[5])! - 1] }
    XCTAssertTrue(speakers.contains { $0[8] == "true" && $0[5] == shouyi })
    XCTAssertTrue(
      GenSample.table("cases").rows.contains { $0[2] == shouyi && $0[1].contains("副教授") })
    // The plenum lecture of 24 November 2016.
    XCTAssertTrue(sessions.rows.contains { $0[1] == "2016-11-24" && $0[3].contains("六中全会") })
  }

  func testSchemaDescribesEveryTableAndColumn() throws {
    let schema = try JSONDecoder().decode(Schema.self, from: Data(GenSample.bytes("schema.json")))
    XCTAssertEqual(schema.name, "康健街道社区党校 (sample)")
    for name in Generator.tableNames {
      let table = try XCTUnwrap(schema.tables[name], name)
      XCTAssertNotNil(table.label, name)
      XCTAssertEqual(Set(table.columns.keys), Set(GenSample.table(name).header), name)
      for (column, spec) in table.columns {
        XCTAssertNotNil(spec.type, "\(name).\(column)")
        XCTAssertNotNil(spec.label, "\(name).\(column)")
      }
    }
    XCTAssertEqual(schema.tables["sessions"]?.time, "date")
    XCTAssertEqual(schema.tables["sessions"]?.display, "title")
    XCTAssertEqual(schema.tables["attendance"]?.columns["member"]?.references, "members")
    XCTAssertEqual(schema.tables["sessions"]?.columns["type"]?.codes?["micro"], "微党课")
    XCTAssertEqual(schema.tables["sessions"]?.columns["hours"]?.type, .decimal)
    let text = String(decoding: GenSample.bytes("schema.json"), as: UTF8.self)
    XCTAssertTrue(text.hasSuffix("}\n"))
    XCTAssertTrue(text.contains("\"康健街道社区党校 (sample)\""))
  }
}
