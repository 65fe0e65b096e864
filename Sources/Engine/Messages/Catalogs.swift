import Lang

/// Every message catalog of Engine, for `.help CODE` and the test that checks each entry has
/// both texts. A new catalog adds one line here.
public let engineCatalogs: [any MessageCatalog] = [
  loadMessages, jsonRowMessages, schemaMessages, reportMessages, snapshotMessages,
  generateMessages, renderMessages, planMessages, postgresMessages, officeMessages,
  labelMessages, letMessages, windowMessages, habitMessages, exactNumberMessages,
  loadSafetyMessages, unknownValueMessages, limitMessages,
  privacyMessages, quotedNameMessages,
  libraryMessages, snapshotDamageMessages, postgresKeyMessages,
]
