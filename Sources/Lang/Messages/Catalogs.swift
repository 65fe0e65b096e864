/// Every message catalog of Lang, for `.help CODE` and the test that checks each entry has
/// both texts. A new catalog adds one line here.
public let langCatalogs: [any MessageCatalog] = [
  commonMessages, lexerMessages, parserMessages, chineseSyntaxMessages, compareSyntaxMessages,
  queryHabitMessages,
]
