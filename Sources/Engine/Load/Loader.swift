import Foundation
import Lang

/// Loads data files into a columnar `Store`: every file a table, files in parallel, then the
/// schema checked and the references resolved. Never writes anything.
public enum Loader {
  /// Loads `source`; the first problem found is thrown, naming file, line and column.
  public static func load(
    _ source: DataSource, options: LoadOptions = .init()
  ) throws(LoadError) -> Store {
    var plan = try SourcePlan.make(source, options: options)
    let cancel = options.cancellation
    for i in plan.jobs.indices { plan.jobs[i].cancel = cancel }
    func stopIfCancelled() throws(LoadError) {
      if cancel?.isCancelled == true { throw LoadError.cancelled(plan.name) }
    }
    // Noted before reading, so a file changed while loading makes a later snapshot stale.
    var paths: [String] = []
    for job in plan.jobs where job.bytes.isDisk && !paths.contains(job.path) {
      paths.append(job.path)
    }
    if let schema = plan.schema { paths.append(schema.path) }
    let sources = paths.compactMap(SourceFile.current)
    var schema: Schema?
    if let (path, bytes) = plan.schema { schema = try SchemaFile.decode(bytes, file: path) }
    let schemaFile = plan.schema?.path ?? "schema.json"
    let schemaEncoding = schema?.encoding.flatMap(TextDecoding.canonical)
    if let encoding = schema?.encoding, schemaEncoding == nil {
      throw LoadError(
        file: schemaFile, loadMessages.unknownEncoding(encoding),
        hint: loadMessages.useKnownEncoding())
    }
    try stopIfCancelled()
    var loaded = try loadTables(
      plan.jobs, schema: schema, schemaEncoding: schemaEncoding,
      schemaFile: plan.schema?.path)
    try stopIfCancelled()
    MemoryTrim.now()
    try stopIfCancelled()
    if let schema {
      var columns: [String: [String]] = [:]
      for t in loaded { columns[t.table.name] = t.table.columns.map(\.name) }
      try SchemaFile.validate(schema, file: schemaFile, tables: columns)
      try TimeColumnCheck.check(
        schema, tables: loaded.map(\.table), file: schemaFile, bytes: plan.schema?.bytes)
    }
    let referenceWarnings = ReferenceLinker.link(&loaded, schema: schema)
    try stopIfCancelled()
    var report = LoadReport()
    report.warnings += plan.warnings
    for t in loaded {
      report.encodings[t.table.origin] = t.encoding
      let written = t.written
      if written != t.table.name {
        report.warnings.append(
          LoadReport.Warning(
            file: t.table.origin,
            loadMessages.nameNotWritable(written, t.table.name)))
      }
      report.warnings += t.warnings
    }
    let fileOrder = Dictionary(
      uniqueKeysWithValues: loaded.enumerated().map { ($1.table.origin, $0) })
    report.warnings += referenceWarnings.sorted {
      (fileOrder[$0.file] ?? 0, $0.line ?? 0) < (fileOrder[$1.file] ?? 0, $1.line ?? 0)
    }
    report.warnings += Labels.warnings(loaded.map(\.table))
    report.warnings += NameClashes.warnings(loaded.map(\.table))
    var store = Store(name: schema?.name ?? plan.name, tables: loaded.map(\.table), report: report)
    store.sources = sources
    return store
  }

  /// Loads every job's file, in parallel, largest first; throws the first error in job order.
  private static func loadTables(
    _ jobs: [TableLoader.Job], schema: Schema?, schemaEncoding: String?, schemaFile: String?
  ) throws(LoadError) -> [TableLoader.Loaded] {
    let schemaMissing = schema?.missing
    var tableSchemas: [TableSchema?] = []
    for job in jobs {
      let key = job.name.lowercased()
      tableSchemas.append(schema?.tables.first { $0.key.lowercased() == key }?.value)
    }
    // Largest files first, so the two cores finish together.
    let order = jobs.indices.sorted { jobs[$0].size > jobs[$1].size }
    // A file that starts with less than half its size left to load after it would leave
    // the other core idle at the end: it is read in two halves at once.
    var planned = jobs
    var after = 0
    for i in order.reversed() {
      planned[i].halve = after * 2 < jobs[i].size
      after += jobs[i].size
    }
    let jobs = planned
    let frozenSchemas = tableSchemas
    var results = LoadParallel.map(order) { i -> Result<TableLoader.Loaded, LoadError> in
      do throws(LoadError) {
        let table = try TableLoader.load(
          jobs[i], table: frozenSchemas[i], schemaEncoding: schemaEncoding,
          schemaMissing: schemaMissing)
        // Its dictionaries are put in byte order at once, while the other core still loads
        // (moved, not copied: the codes are renumbered in place). What the reading freed is
        // handed back first, and what sorting freed after, so the peak is not raised.
        var one = [consume table]
        MemoryTrim.now()
        DictionaryOrder.sortAll(&one)
        MemoryTrim.now()
        return .success(one.removeLast())
      } catch {
        return .failure(error)
      }
    }
    var byJob = [Result<TableLoader.Loaded, LoadError>?](repeating: nil, count: jobs.count)
    for (k, i) in order.enumerated() { byJob[i] = results[k] }
    results = []
    var loaded: [TableLoader.Loaded] = []
    for i in byJob.indices {
      switch byJob[i]! {
      case .success(let table): loaded.append(table)
      case .failure(let error): throw error
      }
      byJob[i] = nil
    }
    return loaded
  }
}
