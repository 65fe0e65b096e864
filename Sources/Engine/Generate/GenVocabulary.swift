/// Words for the text columns: experts' affiliations, fields and titles, and the topics
/// that session titles are made of, each topic valid only in its own period.
enum GenVocabulary {
  /// Affiliation, weight, and the kind of titles it gives (0 school, 1 institute, 2 museum).
  static let affiliations: [(String, Int, Int)] = [
    ("徐汇区委党校", 26, 0), ("上海市委党校", 15, 0), ("市委党校三分校", 11, 0), ("上海师范大学", 14, 0),
    ("华东理工大学", 5, 0), ("上海交通大学", 4, 0), ("复旦大学", 3, 0), ("华东师范大学", 3, 0),
    ("华东政法大学", 3, 0), ("上海社会科学院", 4, 1), ("徐汇区社会科学界联合会", 2, 1),
    ("龙华烈士纪念馆", 2, 2),
  ]
  static let affiliationWeights = GenWeights(affiliations.map(\.1))

  static let titles: [[(String, Int)]] = [
    [("教授", 22), ("副教授", 38), ("讲师", 30), ("高级讲师", 10)],
    [("研究员", 30), ("副研究员", 45), ("助理研究员", 25)],
    [("研究馆员", 30), ("副研究馆员", 50), ("馆员", 20)],
  ]

  static let fields = [
    "党史党建", "马克思主义理论", "中国特色社会主义理论", "法学", "政治学", "社会学", "公共管理",
    "经济学", "哲学", "基层社会治理", "廉政建设", "中共党史", "社会工作", "城市管理",
  ]

  /// A topic with the days it can be taught on (`from` inclusive, `until` exclusive).
  struct Topic {
    let text: String
    let from: Int
    let until: Int

    init(_ text: String, _ from: (Int, Int), _ until: (Int, Int) = (2017, 1)) {
      self.text = text
      self.from = GenCalendar.day(from.0, from.1, 1)
      self.until = GenCalendar.day(until.0, until.1, 1)
    }
  }

  /// Topics of lectures and concentrated training, by period.
  static let topics: [Topic] = [
    Topic("社区党校开学第一课", (2012, 1), (2012, 7)),
    Topic("迎接党的十八大", (2012, 1), (2012, 11)),
    Topic("创先争优活动总结", (2012, 1), (2012, 10)),
    Topic("社区党建与社会管理创新", (2012, 1), (2014, 1)),
    Topic("学习贯彻党的十八大精神", (2012, 11), (2014, 1)),
    Topic("党的群众路线教育实践活动", (2013, 6), (2014, 11)),
    Topic("实现中国梦的社区实践", (2013, 3), (2015, 1)),
    Topic("落实中央八项规定 改进工作作风", (2013, 1)),
    Topic("十八届三中全会：全面深化改革", (2013, 11), (2015, 1)),
    Topic("创新社会治理 加强基层建设", (2014, 6)),
    Topic("培育和践行社会主义核心价值观", (2014, 1)),
    Topic("十八届四中全会：全面推进依法治国", (2014, 11), (2016, 1)),
    Topic("“三严三实”专题教育", (2015, 5), (2016, 3)),
    Topic("纪念中国人民抗日战争胜利70周年", (2015, 7), (2015, 11)),
    Topic("《中国共产党廉洁自律准则》解读", (2015, 11)),
    Topic("十八届五中全会：五大发展理念", (2015, 11)),
    Topic("“两学一做”学习教育动员", (2016, 3), (2016, 6)),
    Topic("学党章党规 做合格党员", (2016, 3)),
    Topic("学习习近平总书记系列重要讲话", (2016, 4)),
    Topic("纪念建党95周年", (2016, 6), (2016, 9)),
    Topic("纪念红军长征胜利80周年", (2016, 9), (2016, 12)),
    Topic("十八届六中全会精神", (2016, 11)),
    Topic("党员发展与党员管理实务", (2012, 1)),
    Topic("社区自治与居民区工作方法", (2012, 1)),
    Topic("网格化管理与社区服务", (2013, 1)),
    Topic("党风廉政建设", (2012, 1)),
  ]

  static let micro = [
    "我身边的共产党员", "党员身份亮出来", "学党章 守规矩", "一名老党员的入党故事", "红色家风代代传",
    "楼组里的党员责任", "为人民服务的新内涵", "小区停车难 党员怎么办", "做群众的贴心人", "初心与使命",
    "一张老照片背后的故事", "党员志愿者的一天",
  ]
  /// Micro lessons of the report's example: a law professor talking to residents.
  static let microLaw = [
    "宪法与社区自治", "学法用法 依法维权", "《物权法》与小区治理", "法治思维与邻里调解", "依法治国与百姓生活",
  ]
  static let open = [
    "老书记谈群众工作方法", "从一件小事看服务群众", "楼组自治的“金点子”", "化解邻里矛盾的经验",
    "居民区党建这些年", "如何开好居民议事会", "为老服务的小窍门",
  ]
  static let demo = [
    "重温入党誓词", "规范“三会一课”", "新党员入党宣誓仪式", "重温红色记忆", "如何开好组织生活会",
    "严肃党内政治生活", "党员组织关系转接实务",
  ]
  static let practice = [
    "党员志愿服务日", "为独居老人上门服务", "楼道环境整治", "网格巡查体验", "旧小区综合整治一线",
    "社区事务受理窗口体验", "文明交通劝导",
  ]
  static let review = [
    "学习教育阶段讲评", "组织生活会点评", "学习讨论会讲评", "“两学一做”阶段讲评", "党员承诺践诺讲评",
  ]

  /// What each of the five categories emphasises in the 2016 campaign.
  static let emphasis = [
    "带头学 带头做", "爱岗敬业 创先争优", "参与自治 服务奉献", "强党性 重言行", "力所能及 发挥作用",
  ]
  /// The plan's content by month (April … December 2016), several items each.
  static let monthly: [[String]] = [
    ["动员部署“两学一做”学习教育", "制定学习计划", "发放学习资料"],
    ["学党章：逐章学习《中国共产党章程》", "学《中国共产党廉洁自律准则》", "专题学习讨论"],
    ["学系列讲话：专题一", "学系列讲话：专题二", "开展“微党课”"],
    ["纪念建党95周年主题党日", "学习“七一”重要讲话", "表彰优秀共产党员"],
    ["暑期分散自学", "学习交流心得", "走访困难党员"],
    ["做合格党员专题讨论", "学系列讲话：专题三", "开展“公开课”"],
    ["专题组织生活会", "党员民主评议", "开展“示范课”"],
    ["学习十八届六中全会精神", "学习《关于新形势下党内政治生活的若干准则》", "开展“实践课”"],
    ["学习教育总结", "开展“讲评课”", "制定下年度学习计划"],
  ]

  /// Practice projects of residential areas, and of the other organisations.
  static let residentialProjects = [
    "楼组党建微家园", "老党员帮困结对", "睦邻点建设", "党员志愿服务队", "在职党员进社区", "美丽家园改造",
    "平安楼组创建", "居民自治金项目", "为老服务助餐点", "加装电梯协调",
  ]
  static let otherProjects = [
    "党员先锋岗", "白领午间课堂", "银发讲师团", "党员服务窗口", "青年党员读书会", "党建联建结对",
  ]

  /// Cases with their topic, for residential areas and for the other organisations.
  static let residentialCases: [(String, String)] = [
    ("党员带头化解加装电梯难题", "基层治理"), ("楼组长队伍建设的做法", "基层治理"),
    ("“微党课”进楼道", "党员教育"), ("老党员讲传统 新党员接力", "红色传承"),
    ("在职党员报到服务的经验", "服务群众"), ("居民议事会推动小区自治", "基层治理"),
    ("网格化管理中的党员作用", "基层治理"), ("独居老人结对关爱", "志愿服务"),
  ]
  static let otherCases: [(String, String)] = [
    ("两新组织党建的“双覆盖”", "两新党建"), ("组织生活会的新形式", "组织生活"),
    ("离退休干部发挥余热", "志愿服务"), ("窗口服务中的党员先锋岗", "服务群众"),
    ("“三会一课”规范化的做法", "组织生活"), ("青年党员学习小组", "党员教育"),
  ]
}
