import Foundation

/// The schema file written beside the generated tables.
enum GenSchema {
  static func schema(scale: Scale) -> Schema {
    let name: String
    switch scale {
    case .sample: name = "康健街道社区党校 (sample)"
    case .district: name = "徐汇区社区党校 (district benchmark)"
    case .city: name = "上海市社区党校 (city benchmark)"
    case .province: name = "全省社区党校 (province benchmark)"
    }
    let category = Dictionary(
      uniqueKeysWithValues: GenCategory.allCases.map { ($0.code, $0.label) })
    let lessons = Dictionary(uniqueKeysWithValues: GenLesson.allCases.map { ($0.code, $0.label) })
    let status = ["done": "已完成", "doing": "进行中", "todo": "未开始"]
    func id() -> ColumnSchema { ColumnSchema(type: .integer, label: "编号") }
    func text(_ label: String) -> ColumnSchema { ColumnSchema(type: .text, label: label) }
    func int(_ label: String) -> ColumnSchema { ColumnSchema(type: .integer, label: label) }
    func date(_ label: String) -> ColumnSchema { ColumnSchema(type: .date, label: label) }
    func ref(_ label: String, _ table: String) -> ColumnSchema {
      ColumnSchema(type: .integer, label: label, references: table)
    }
    func codes(_ label: String, _ codes: [String: String]) -> ColumnSchema {
      ColumnSchema(type: .text, label: label, codes: codes)
    }
    let tables: [String: TableSchema] = [
      "orgs": TableSchema(
        label: "党组织", display: "name",
        columns: [
          "id": id(), "name": text("名称"), "category": codes("类别", category),
          "secretary": text("书记"),
        ]),
      "members": TableSchema(
        label: "党员", time: "joined", display: "name",
        columns: [
          "id": id(), "name": text("姓名"),
          "gender": codes("性别", ["male": "男", "female": "女"]),
          "born": int("出生年份"), "joined": date("入党日期"), "org": ref("所在党组织", "orgs"),
          "category": codes("类别", category),
          "post": codes("职务", ["secretary": "书记", "committee": "委员", "member": "党员"]),
          "in_service": ColumnSchema(type: .boolean, label: "在职党员"),
          "exempt": ColumnSchema(type: .boolean, label: "免于集中学习"),
          "phone": ColumnSchema(type: .text, label: "手机号码", sensitive: true),
        ]),
      "experts": TableSchema(
        label: "专家库", display: "name",
        columns: [
          "id": id(), "name": text("姓名"), "affiliation": text("单位"), "field": text("研究领域"),
          "title": text("职称"),
        ]),
      "bases": TableSchema(
        label: "基地库", display: "name",
        columns: [
          "id": id(), "name": text("名称"),
          "kind": codes("类型", ["red": "红色基地", "practice": "实践基地"]),
          "district": text("所在区"),
        ]),
      "projects": TableSchema(
        label: "项目库", display: "name",
        columns: [
          "id": id(), "name": text("名称"), "org": ref("党组织", "orgs"), "year": int("年份"),
          "status": codes("状态", status),
        ]),
      "cases": TableSchema(
        label: "案例库", display: "title",
        columns: [
          "id": id(), "title": text("标题"), "org": ref("党组织", "orgs"), "year": int("年份"),
          "topic": text("主题"),
        ]),
      "sessions": TableSchema(
        label: "党课", time: "date", display: "title",
        columns: [
          "id": id(), "date": date("日期"), "type": codes("课型", lessons), "title": text("课题"),
          "teacher": ref("授课专家", "experts"), "speaker": ref("主讲党员", "members"),
          "host": ref("主办党组织", "orgs"), "audience": codes("对象类别", category),
          "venue": codes("课堂", ["fixed": "固定课堂", "mobile": "流动课堂"]),
          "mode": codes("形式", ["offline": "线下", "online": "线上"]),
          "hours": ColumnSchema(type: .decimal, label: "学时"), "base": ref("基地", "bases"),
        ]),
      "attendance": TableSchema(
        label: "参学记录",
        columns: [
          "session": ref("党课", "sessions"), "member": ref("党员", "members"),
          "hours": ColumnSchema(type: .decimal, label: "学时"), "score": int("评分"),
        ]),
      "plans": TableSchema(
        label: "推进表", time: "deadline",
        columns: [
          "id": id(), "category": codes("类别", category), "month": text("月份"),
          "task": text("学习任务"), "deadline": date("完成时限"), "status": codes("状态", status),
          "done_on": date("完成日期"),
        ]),
    ]
    return Schema(name: name, encoding: "utf-8", tables: tables)
  }

  /// `schema.json`: pretty-printed, sorted keys, unescaped slashes, trailing newline.
  static func bytes(scale: Scale) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and booleans cannot fail.
    guard let data = try? encoder.encode(schema(scale: scale)) else { return [] }
    return Array(data) + [0x0A]
  }
}
