import Lang

/// The questions of `.example`, each answered by a statement in `Examples.all`.
struct ExampleMessages: MessageCatalog {
  let classesOpened = MessageSpec(
    en: "How many classes has the school opened?", zh: "党校一共开了多少次课？")
  let microPerMonth = MessageSpec(
    en: "Micro-classes (微党课) per month", zh: "每个月的微党课次数")
  let personTimesByCategory = MessageSpec(
    en: "Person-times by member category", zh: "按党员类别统计参学人次")
  let hoursByCategory = MessageSpec(
    en: "Study hours by member category", zh: "按党员类别统计学时")
  let scoreByType = MessageSpec(
    en: "Average score by lesson type", zh: "按课型统计平均评分")
  let topOrgs = MessageSpec(
    en: "The ten organisations with the most attendances", zh: "参学人次最多的十个党组织")
  let namedWang = MessageSpec(en: "Members named 王…", zh: "姓王的党员有多少")
  let latestPractice = MessageSpec(
    en: "The latest practice classes and where they were held", zh: "最近的实践课及其举办地点")
  let underHours = MessageSpec(
    en:
      "Members under the 32 hours a year the regulation asks for, in 2016, by category (those who never came count; exempt members do not)",
    zh: "2016 年学时不足规定的 32 学时的党员，按类别统计（一次没来的也算，免学的不算）")
  let openPlans = MessageSpec(
    en: "Plan tasks still open before December, by category", zh: "12 月前仍未完成的推进任务，按类别统计")
  let plansDone = MessageSpec(
    en: "Share of plan tasks done, by category", zh: "各类推进任务的完成比例")
  let classesChart = MessageSpec(
    en: "Classes per month, as a chart", zh: "每月开课次数，画成图表")
  let runOne = MessageSpec(en: "Run one with .example N.", zh: "用 .example 编号 运行其中一个。")
}

let exampleMessages = ExampleMessages()
