/// Place names: subdistricts, residential areas, the organisations of a subdistrict, and the
/// teaching bases. Unit 0 is Kangjian with its own residential areas; other units get real
/// Shanghai subdistrict names first and then made-up street names, all distinct.
struct GenPlaces: Sendable {
  private let subdistricts: [String]
  private let residentialA: [String]
  private let residentialB: [String]
  private static let residentialSuffixes = ["坊", "苑", "小区", "新村", "花园", "公寓"]
  private static let companyA = Array("恒信达通华博远创锦泰瑞星宏安联和誉中汇腾嘉鼎润卓智")
    .map(String.init)
  private static let companyB = Array("科网源美康盛丰光景新邦合运舟辰晟洋")
    .map(String.init)
  private static let industries = [
    "信息科技", "物业管理", "餐饮管理", "文化传播", "建设工程", "商务咨询", "医药科技", "电子商务",
  ]

  /// Kangjian's residential areas: 寿益坊 first (the report's example lives there).
  static let kangjianAreas = [
    "寿益坊", "康健坊", "茶花园", "康乐小区", "长虹坊", "星光坊", "罗城坊", "园南一村", "园南二村",
    "桂林苑", "康宁坊", "寿昌坊", "银杏苑", "康华苑", "虹梅新村", "紫薇苑", "玉兰苑", "长兴坊",
    "康泰坊", "丹桂苑", "松柏新村", "康城公寓", "田园新村", "星辰苑", "东兰新村",
  ]

  init(units: Int) {
    residentialA = Array("永和安平嘉祥瑞丰华兴吉福兰梅竹枫柳樱金银宝翠锦绿清春秋明光云新东南西北龙凤鹤荣泰德仁逸悦馨怡")
      .map(String.init)
    residentialB = Array("园景庭阳林城湾都泉晖盛乐益宁欣佳丽雅美源泽庆岚苑汇茂滨溪庐苓蔚")
      .map(String.init)
    let real = [
      "康健", "徐家汇", "湖南路", "天平路", "枫林路", "斜土路", "长桥", "田林", "虹梅路", "凌云路",
      "龙华", "漕河泾", "华泾", "外滩", "南京东路", "瑞金二路", "打浦桥", "淮海中路", "老西门",
      "豫园", "小东门", "半淞园路", "五里桥", "江宁路", "石门二路", "南京西路", "静安寺", "曹家渡",
      "天目西路", "北站", "宝山路", "共和新路", "大宁路", "彭浦新村", "临汾路", "芷江西路",
      "华阳路", "江苏路", "新华路", "天山路", "周家桥", "虹桥", "仙霞新村", "程家桥", "北新泾",
      "曹杨新村", "长风新村", "长寿路", "甘泉路", "石泉路", "宜川路", "万里", "真如", "四川北路",
      "欧阳路", "曲阳路", "广中路", "嘉兴路", "凉城新村", "江湾镇", "提篮桥", "平凉路", "江浦路",
      "四平路", "控江路", "长白新村", "延吉新村", "殷行", "大桥", "五角场", "新江湾城", "潍坊新村",
      "陆家嘴", "周家渡", "塘桥", "上钢新村", "南码头路", "沪东新村", "金杨新村", "洋泾",
      "浦兴路", "东明路", "花木", "吴淞", "张庙", "友谊路", "江川路", "古美", "新虹", "浦锦",
      "莘庄", "新城路", "真新", "菊园新区", "方松", "中山", "岳阳", "永丰", "广富林", "九里亭",
      "石化", "夏阳", "盈浦", "香花桥", "城桥", "堡镇",
    ]
    var names = real
    let known = Set(real)
    var j = 0
    let space = residentialA.count * residentialB.count
    while names.count < units {
      let p = (j * 613 + 17) % space
      let name = residentialA[p / residentialB.count] + residentialB[p % residentialB.count] + "路"
      if !known.contains(name) { names.append(name) }
      j += 1
    }
    subdistricts = names
  }

  func subdistrict(_ unit: Int) -> String {
    subdistricts[unit]
  }

  /// The short name of residential area `index` (0..<25) of `unit`: `寿益坊`.
  func area(unit: Int, index: Int) -> String {
    if unit == 0 { return GenPlaces.kangjianAreas[index] }
    let j = (unit - 1) * GenCategory.residential.orgsPerUnit + index
    let suffixes = GenPlaces.residentialSuffixes
    let space = residentialA.count * residentialB.count * suffixes.count
    let p = (j * 7_919 + 101) % space
    let a = p / (residentialB.count * suffixes.count)
    let b = p / suffixes.count % residentialB.count
    return residentialA[a] + residentialB[b] + suffixes[p % suffixes.count]
  }

  /// The full name of the organisation at `position` (0..<40) of `unit`, and a short form used
  /// in project and case titles.
  func org(unit: Int, category: GenCategory, index: Int) -> (name: String, short: String) {
    let sub = subdistrict(unit)
    switch category {
    case .leadership:
      return ("\(sub)街道党工委", "\(sub)街道")
    case .agency:
      let names = [
        "街道机关", "社区事务受理服务中心", "社区卫生服务中心", "社区文化活动中心", "城市管理执法中队",
        "社区党建服务中心",
      ]
      let prefix = index == 0 || index == 4 ? "\(sub)街道" : sub
      let body = index == 0 ? "机关" : names[index]
      return ("\(prefix)\(body)党支部", "\(prefix)\(body)")
    case .residential:
      let area = self.area(unit: unit, index: index)
      return ("\(area)居民区党总支", area)
    case .twonew:
      if index == 0 { return ("\(sub)街道两新组织联合党支部", "\(sub)两新组织") }
      if index == 1 { return ("\(sub)街道社会组织联合党支部", "\(sub)社会组织") }
      let j = unit * 3 + index - 2
      let space = GenPlaces.companyA.count * GenPlaces.companyB.count * GenPlaces.industries.count
      let p = (j * 1_009 + 7) % space
      let a = p / (GenPlaces.companyB.count * GenPlaces.industries.count)
      let b = p / GenPlaces.industries.count % GenPlaces.companyB.count
      let company =
        "上海\(GenPlaces.companyA[a])\(GenPlaces.companyB[b])"
        + GenPlaces.industries[p % GenPlaces.industries.count]
      return ("\(company)有限公司党支部", company)
    case .retired:
      let ordinal = ["第一", "第二", "第三"][index % 3]
      return ("\(sub)街道离退休干部\(ordinal)党支部", "\(sub)离退休干部")
    }
  }

  /// Teaching base `index`: name, kind (`red` / `practice`) and the district it lies in. The
  /// first twelve are the sample's: seven red sites and five practice bases of Kangjian.
  func base(_ index: Int) -> (name: String, red: Bool, district: String) {
    let fixed: [(String, Bool, String)] = [
      ("龙华烈士陵园", true, "徐汇区"), ("中共一大会址纪念馆", true, "黄浦区"),
      ("中共二大会址纪念馆", true, "静安区"), ("中共四大纪念馆", true, "虹口区"),
      ("宋庆龄故居纪念馆", true, "徐汇区"), ("中共代表团驻沪办事处纪念馆", true, "黄浦区"),
      ("陈云纪念馆", true, "青浦区"), ("康健街道社区事务受理服务中心", false, "徐汇区"),
      ("康健街道社区卫生服务中心", false, "徐汇区"), ("康健园志愿服务站", false, "徐汇区"),
      ("徐汇区城市网格化综合管理中心", false, "徐汇区"), ("漕河泾开发区党群服务中心", false, "徐汇区"),
      ("上海淞沪抗战纪念馆", true, "宝山区"), ("鲁迅纪念馆", true, "虹口区"),
      ("中国劳动组合书记部旧址陈列馆", true, "静安区"), ("毛泽东旧居陈列馆", true, "静安区"),
      ("上海解放纪念馆", true, "宝山区"), ("四行仓库抗战纪念馆", true, "静安区"),
      ("中共中央特科机关旧址", true, "黄浦区"), ("中国社会主义青年团中央机关旧址纪念馆", true, "黄浦区"),
      ("邹韬奋纪念馆", true, "黄浦区"), ("张闻天故居", true, "浦东新区"),
      ("左联会址纪念馆", true, "虹口区"), ("陈望道旧居", true, "虹口区"),
    ]
    if index < fixed.count { return fixed[index] }
    let rest = index - fixed.count
    let sub = subdistrict(rest / 2 % subdistricts.count)
    let districts = ["徐汇区", "黄浦区", "静安区", "长宁区", "普陀区", "虹口区", "杨浦区", "浦东新区"]
    let district = districts[rest / 2 % districts.count]
    if rest % 2 == 0 { return ("\(sub)社区党群服务站", false, district) }
    return ("\(sub)红色文化教育点", true, district)
  }
}
