import Collation
import Lang

/// What could make an answer untrustworthy without stopping the statement that made it,
/// counted before a statement runs: damage found in a snapshot column read on first use
/// (`SnapshotDamage`), and pinyin order or search without ICU, which is loaded on first need
/// (`Pinyin.fallbacks`). Either one turns the statement's answer into an error.
struct TrustMark {
  private let damage = SnapshotDamage.count
  private let fallbacks = Pinyin.fallbacks

  /// Throws when the statement since this mark read a damaged column or did without ICU.
  func refuseUntrusted(at span: Span) throws(Diagnostic) {
    if let error = SnapshotDamage.error(since: damage, at: span) { throw error }
    guard Pinyin.fallbacks != fallbacks else { return }
    let reason = Pinyin.unavailable ?? Pinyin.library
    throw .error(
      libraryMessages.noICU(reason), at: span,
      notes: [libraryMessages.installICU(Pinyin.library)])
  }
}
