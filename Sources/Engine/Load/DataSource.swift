/// Where the loader reads the data from.
public enum DataSource: Sendable {
  /// Every data file (`.csv`, `.tsv`, `.jsonl`, `.json`) directly in a folder; `schema.json`
  /// in it is the schema.
  case directory(String)
  /// The given files; a file named `schema.json` among them is the schema.
  case files([String])
  /// Files held in memory (the built-in sample); `name` names the data set.
  case memory(name: String, files: [DataFile])
}

/// Options of a load.
public struct LoadOptions: Sendable {
  /// The schema file to use; by default `schema.json` beside the data, if there is one.
  public var schemaPath: String? = nil
  /// Set (by Ctrl-C) to stop the load: it then throws E1203 and nothing is kept.
  public var cancellation: CancellationFlag? = nil

  public init() {}
}
