import Lang

/// Messages about a database's keys as Dangke reads them from the server's catalog
/// (E0830–E0839).
struct PostgresKeyMessages: MessageCatalog {
  let compositeForeignKey = MessageSpec(
    "E0830",
    en: "'{0}' is one of the {1} columns ({2}) of a foreign key to '{3}'; a dot follows a "
      + "foreign key of one column only",
    zh: "“{0}”是指向“{3}”的外键的 {1} 列（{2}）之一；点号只能沿单列外键往下取",
    explain: (
      en: "PostgreSQL lets a foreign key hold several columns (`foreign key (a, b) references "
        + "t (x, y)`). Dangke follows a reference with one join on one column, so it reads "
        + "such a key but does not follow it: `member.org.name` needs `org` to be a foreign "
        + "key of its own to a primary key or unique column of `org`'s table.",
      zh: "PostgreSQL 的外键可以由几列组成（`foreign key (a, b) references t (x, y)`）。"
        + "Dangke 沿引用取值时只按一列连接，所以读得到这种外键，但不沿它往下取："
        + "要写 `member.org.name`，`org` 本身得是一个单列外键，指向那张表的主键或唯一列。"
    ),
    example: "count member by org_region.name")
  let oneColumnKey = MessageSpec(
    en: "give '{0}' a primary key or unique column of its own and a one-column foreign key to it",
    zh: "可以给“{0}”加一个单列的主键或唯一列，再建一个指向它的单列外键")
}

let postgresKeyMessages = PostgresKeyMessages()
