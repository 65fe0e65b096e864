/// Chinese personal names: a weighted surname mix as found in Shanghai, and given names by
/// gender and generation.
struct GenNames: Sendable {
  let surnames: GenText
  let surnameWeights: GenWeights
  /// Given-name characters: [female old, female young, male old, male young].
  let given: [GenText]

  init() {
    // Weights roughly follow the census share, with Shanghai's own names (沈 顾 陆 钱 施 …) raised.
    let table: [(String, Int)] = [
      ("王", 72), ("李", 62), ("张", 62), ("刘", 46), ("陈", 58), ("杨", 30), ("黄", 22),
      ("赵", 22), ("周", 28), ("吴", 26), ("徐", 30), ("孙", 18), ("朱", 24), ("马", 12),
      ("胡", 16), ("郭", 10), ("林", 10), ("何", 10), ("高", 10), ("梁", 6), ("郑", 10),
      ("罗", 6), ("宋", 8), ("谢", 8), ("唐", 10), ("韩", 6), ("曹", 10), ("许", 10),
      ("邓", 5), ("冯", 7), ("曾", 4), ("程", 8), ("蔡", 8), ("彭", 4), ("潘", 9), ("袁", 7),
      ("于", 4), ("董", 6), ("余", 5), ("苏", 5), ("叶", 7), ("吕", 5), ("魏", 4), ("蒋", 9),
      ("田", 3), ("杜", 4), ("丁", 7), ("沈", 16), ("姜", 4), ("范", 6), ("江", 4), ("傅", 5),
      ("钟", 3), ("卢", 4), ("汪", 6), ("戴", 5), ("任", 3), ("陆", 15), ("姚", 7), ("方", 5),
      ("金", 9), ("邱", 3), ("夏", 5), ("谭", 2), ("贾", 2), ("邹", 3), ("石", 3), ("熊", 2),
      ("孟", 2), ("秦", 3), ("薛", 4), ("侯", 2), ("雷", 2), ("龚", 5), ("顾", 14), ("钱", 9),
      ("施", 8), ("严", 4), ("倪", 4), ("俞", 5), ("庄", 3), ("奚", 2), ("瞿", 2), ("邵", 4),
      ("毛", 3), ("陶", 4), ("孔", 2), ("盛", 3), ("欧阳", 1), ("诸葛", 1),
    ]
    surnames = GenText(table.map(\.0))
    surnameWeights = GenWeights(table.map(\.1))
    given = [
      GenText(words: "秀 英 兰 珍 凤 芳 桂 玉 梅 华 琴 娣 妹 菊 萍 美 月 娟 芬 宝 云 莲 霞 敏 红 惠 丽 爱 金 彩"),
      GenText(words: "静 婷 丽 敏 燕 艳 雯 颖 倩 洁 佳 琳 蕾 晶 慧 雪 莉 怡 婕 瑾 蓉 琪 璐 菁 薇 霞 欣 悦 宁 嘉"),
      GenText(words: "根 福 国 建 德 明 荣 宝 兴 林 海 华 平 祥 生 忠 发 伟 昌 民 龙 金 新 才 庆 志 富 全 贵 良"),
      GenText(words: "伟 强 磊 军 勇 杰 涛 斌 超 鹏 辉 俊 峰 浩 宇 晨 昊 健 刚 毅 飞 亮 凯 彬 文 翔 骏 睿 卫 东"),
    ]
  }

  /// Writes a name: surname, then one or two given-name characters.
  func write(
    female: Bool, born: Int, random: inout GenRandom, to writer: inout GenWriter
  ) {
    surnames.write(random.pick(surnameWeights), to: &writer)
    let pool = given[(female ? 0 : 2) + (born < 1962 ? 0 : 1)]
    pool.write(random.below(pool.count), to: &writer)
    // Two-character given names were the norm for the older generations.
    if random.chance(born < 1962 ? 780 : 560) {
      pool.write(random.below(pool.count), to: &writer)
    }
  }

  /// The same name as a String (for the few places that need one).
  func string(female: Bool, born: Int, random: inout GenRandom) -> String {
    var writer = GenWriter(sink: nil)
    write(female: female, born: born, random: &random, to: &writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}
