/// A data file held in memory: its path (or a virtual path such as `<sample>/sessions.csv`)
/// and its raw bytes. The generator produces these; the loader reads them.
public struct DataFile: Sendable, Hashable {
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// The file name without folders: `sessions.csv`.
  public var fileName: String {
    path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  }
}
