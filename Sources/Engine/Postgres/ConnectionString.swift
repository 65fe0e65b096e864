import Foundation
import Lang

/// A PostgreSQL connection string as the user wrote it: a `postgresql://` or `postgres://`
/// URL, or a libpq conninfo string (`host=… dbname=…`, `service=…`). libpq itself parses it,
/// so PGHOST, PGDATABASE, ~/.pgpass, service files and sslmode all work as in psql.
public struct ConnectionString: Sendable, Hashable {
  /// The text handed to libpq.
  public let text: String

  public init(_ text: String) { self.text = text }

  /// Whether `text` names a PostgreSQL server rather than a file or folder.
  public static func isPostgres(_ text: String) -> Bool {
    let lower = text.lowercased()
    if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") { return true }
    // A conninfo string: keyword=value pairs with a libpq keyword first (`host=/tmp dbname=x`).
    let first = lower.drop { $0 == " " }.prefix { $0 != "=" && $0 != " " }
    return lower.contains("=") && conninfoKeywords.contains(String(first))
  }

  private static let conninfoKeywords: Set<String> = [
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service",
    "sslmode", "connect_timeout", "application_name", "options", "target_session_attrs",
  ]

  /// The text with any password replaced by `***`: `postgresql://u:***@h/db`, `password=***`.
  public var redacted: String { Self.redact(text) }

  /// `text` with the password of a URL or of a conninfo string replaced by `***`.
  public static func redact(_ text: String) -> String {
    var out = text
    let lower = text.lowercased()
    if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") {
      let schemeEnd = out.range(of: "://")!.upperBound
      let authorityEnd = out[schemeEnd...].firstIndex { $0 == "/" || $0 == "?" } ?? out.endIndex
      if let at = out[schemeEnd..<authorityEnd].lastIndex(of: "@"),
        let colon = out[schemeEnd..<at].firstIndex(of: ":")
      {
        out.replaceSubrange(out.index(after: colon)..<at, with: "***")
      }
    }
    return redactKeyword(out)
  }

  /// A line of input (a `.load URL` for the history) with every URL's and conninfo's
  /// password replaced by `***`.
  public static func redactLine(_ line: String) -> String {
    let words = line.split(separator: " ", omittingEmptySubsequences: false).map { word in
      let w = word.drop { $0 == "\"" || $0 == "'" }
      return String(word[..<w.startIndex]) + redact(String(w))
    }
    return redactKeyword(words.joined(separator: " "))
  }

  /// A message for a command that reads data files and was given a server.
  public static func notDataFiles(_ text: String) -> Message {
    postgresMessages.serverNotFiles(redact(text))
  }

  /// `password=…` (conninfo, or a URL's query parameter) replaced by `password=***`.
  private static func redactKeyword(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let range = rest.range(of: "password", options: .caseInsensitive) {
      out += rest[..<range.upperBound]
      rest = rest[range.upperBound...]
      let afterSpaces = rest.drop { $0 == " " }
      guard afterSpaces.first == "=" else { continue }
      out += rest[..<afterSpaces.startIndex] + "="
      var value = afterSpaces.dropFirst().drop { $0 == " " }
      if value.first == "'" {
        value = value.dropFirst()
        var escaped = false
        while let c = value.first {
          value = value.dropFirst()
          if escaped {
            escaped = false
          } else if c == "\\" {
            escaped = true
          } else if c == "'" {
            break
          }
        }
      } else {
        value = value.drop { $0 != " " && $0 != "&" && $0 != "\"" }
      }
      out += "***"
      rest = value
    }
    return out + rest
  }
}
