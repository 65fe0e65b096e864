import Foundation

/// Reads a database's tables, columns, types, keys and `COMMENT ON` labels into a `Store`
/// that has the schema but no rows: the planner resolves names (`member.org.name`) against
/// it and the rows stay on the server.
struct PostgresCatalog {
  let connection: PostgresConnection

  /// The name of the table Dangke's import writes its schema file into (time and display
  /// columns, code labels, sensitive columns: what PostgreSQL's catalog cannot hold).
  static let schemaTable = "dangke_schema"

  /// One table of the catalog, with the server's qualified name and its estimated rows.
  struct Entry {
    var table: Table
    /// `"schema"."table"`, for SQL.
    var qualified: String
    var estimatedRows: Int64
  }

  func read() throws(PostgresError) -> [Entry] {
    let tables = try connection.execute(
      """
      select c.oid::text, n.nspname, c.relname, obj_description(c.oid, 'pg_class'),
             greatest(c.reltuples, 0)::bigint::text, c.relkind::text
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relispartition
        and n.nspname = any (current_schemas(false)) and c.relname <> $1
      order by array_position(current_schemas(false), n.nspname), c.relname
      """, [Self.schemaTable])
    let columns = try connection.execute(
      """
      select a.attrelid::text, a.attnum::text, a.attname, a.atttypid::text,
             col_description(a.attrelid, a.attnum)
      from pg_attribute a join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
      where a.attnum > 0 and not a.attisdropped
        and n.nspname = any (current_schemas(false))
      order by a.attrelid, a.attnum
      """)
    let keys = try connection.execute(
      """
      select con.conrelid::text, con.contype::text, con.confrelid::text,
             array_to_string(con.conkey, ','), array_to_string(con.confkey, ',')
      from pg_constraint con join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
      where con.contype = 'f' and n.nspname = any (current_schemas(false))
      """)
    let schema = try dangkeSchema()
    return assemble(tables.rows, columns.rows, keys.rows, schema)
  }

  /// The schema file an import stored, if the database has one.
  private func dangkeSchema() throws(PostgresError) -> Schema? {
    let found = try connection.execute(
      "select to_regclass($1) is not null", [Self.schemaTable])
    guard found.rows.first?.first == "t" else { return nil }
    let json = try connection.execute("select schema from \(Self.schemaTable) limit 1")
    guard let text = json.rows.first?.first ?? nil else { return nil }
    return try? JSONDecoder().decode(Schema.self, from: Data(text.utf8))
  }

  private func assemble(
    _ tables: [[String?]], _ columns: [[String?]], _ keys: [[String?]], _ schema: Schema?
  ) -> [Entry] {
    var names: [String: String] = [:]  // oid → table name
    var seen = Set<String>()
    var order: [String] = []
    for t in tables {
      let name = t[2]!
      guard seen.insert(name.lowercased()).inserted else { continue }  // first on the path wins
      names[t[0]!] = name
      order.append(t[0]!)
    }
    var columnsOf: [String: [(attnum: String, name: String, type: UInt32, label: String?)]] = [:]
    for c in columns where names[c[0]!] != nil {
      columnsOf[c[0]!, default: []].append((c[1]!, c[2]!, UInt32(c[3]!) ?? 25, c[4]))
    }
    // Single-column foreign keys: (table oid, attnum) → (target table, target attnum), on
    // the target's primary key or any unique column (`orgs.code`). A key of several columns
    // is not followed: each of its columns keeps it, for the error that says so.
    var foreign: [String: (table: String, attnum: String)] = [:]
    var composite: [String: (table: String, attnums: [String])] = [:]
    for k in keys where k[1] == "f" {
      let from = k[0]!
      guard let target = k[2], names[target] != nil else { continue }
      let cols = (k[3] ?? "").split(separator: ",").map(String.init)
      if cols.count == 1 {
        foreign["\(from):\(cols[0])"] = (target, k[4] ?? "")
      } else {
        for c in cols { composite["\(from):\(c)"] = (target, cols) }
      }
    }
    return tables.compactMap { t in
      let oid = t[0]!
      guard let name = names[oid], order.contains(oid) else { return nil }
      names[oid] = nil  // once
      let tableSchema = schema?.tables[name]
      var built: [Column] = []
      for c in columnsOf[oid] ?? [] {
        let type = Self.columnType(c.type)
        let cs = tableSchema?.columns[c.name]
        let qualified = Self.quote(t[1]!) + "." + Self.quote(name)
        let data =
          type == .text
          ? Self.textValues(connection, c.name, of: qualified) : Deferred { ColumnData.empty(type) }
        var column = Column(
          name: c.name, type: type, data: data,
          label: c.label ?? cs?.label, codeLabels: cs?.codes ?? [:],
          sensitive: cs?.sensitive ?? (PersonalData.kind(ofName: c.name) != nil))
        if cs?.sensitive == nil, let kind = PersonalData.kind(ofName: c.name) {
          column.guessedPersonal = PersonalData.Guess(kind: kind, evidence: .name)
        }
        if let fk = foreign["\(oid):\(c.attnum)"], let target = tableName(fk.table, tables) {
          var reference = Reference(table: target, rows: [], dangling: 0)
          reference.key =
            columnsOf[fk.table]?.first { $0.attnum == fk.attnum }?.name ?? "id"
          column.reference = reference
        } else if let key = composite["\(oid):\(c.attnum)"],
          let target = tableName(key.table, tables)
        {
          let names = key.attnums.compactMap { n in columnsOf[oid]?.first { $0.attnum == n }?.name }
          column.compositeKey = CompositeKey(columns: names, table: target)
        } else if let target = cs?.references,
          let found = tables.first(where: { $0[2]?.lowercased() == target.lowercased() })?[2]
        {
          // Imported with values that match no id: no foreign key, but still a reference.
          column.reference = Reference(table: found, rows: [], dangling: 0)
        }
        built.append(column)
      }
      let dates = built.filter { $0.type == .date }
      let time = tableSchema?.time ?? (dates.count == 1 ? dates[0].name : nil)
      let display =
        tableSchema?.display
        ?? built.first { ["name", "title"].contains($0.name.lowercased()) && $0.type == .text }?
        .name
      let qualified = Self.quote(t[1]!) + "." + Self.quote(name)
      var table = Table(
        name: name, label: t[3] ?? tableSchema?.label, columns: built, rowCount: 0,
        timeColumn: time, displayColumn: display, origin: qualified)
      // A view has no physical rows (no `ctid`): a list of it is in the view's own order.
      table.hasRowOrder = t.count > 5 ? t[5] != "v" : true
      return Entry(table: table, qualified: qualified, estimatedRows: Int64(t[4] ?? "0") ?? 0)
    }
  }

  /// The most distinct values a schema-only text column's dictionary holds: more than the
  /// planner's 200, so that a value not among them gets no "never has the value" warning.
  static let dictionaryLimit = 201

  /// A text column with no rows whose dictionary holds the column's distinct values in byte
  /// order (up to `dictionaryLimit`), read from the server when the planner first looks: the
  /// planner checks `type = mirco` against them and turns labels (`微党课`) into codes.
  static func textValues(_ connection: PostgresConnection, _ column: String, of table: String)
    -> Deferred<ColumnData>
  {
    Deferred {
      let c = quote(column)
      let values =
        (try? connection.execute(
          "select distinct \(c) collate \"C\" from \(table) where \(c) is not null "
            + "order by 1 limit \(dictionaryLimit)"))?.rows.compactMap { $0[0] } ?? []
      var dictionary = StringDictionary()
      for v in values { dictionary.append(utf8: Array(v.utf8)) }
      return .text(codes: [], dictionary: dictionary)
    }
  }

  private func tableName(_ oid: String, _ tables: [[String?]]) -> String? {
    tables.first { $0[0] == oid }?[2] ?? nil
  }

  /// The Dangke type of a PostgreSQL type (by OID); what has no Dangke type is read as text.
  static func columnType(_ oid: UInt32) -> ColumnType {
    switch oid {
    case 20, 21, 23, 26: .integer  // int8, int2, int4, oid
    case 700, 701, 1700, 790: .decimal  // float4, float8, numeric, money
    case 16: .boolean
    case 1082, 1114, 1184: .date  // date, timestamp, timestamptz (read as their day)
    default: .text
    }
  }

  /// An SQL identifier, double-quoted (`"member"`, `"党课"`).
  static func quote(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension ColumnData {
  /// A column of `type` with no values (a schema-only store's columns).
  static func empty(_ type: ColumnType) -> ColumnData {
    switch type {
    case .integer: .integer([])
    case .decimal: .decimal([])
    case .boolean: .boolean([])
    case .date: .date([])
    case .text: .text(codes: [], dictionary: StringDictionary())
    }
  }
}
