import Lang

/// What Tab says before a long candidate list (the prompt draws the list itself, see
/// CandidateColumns): the question bash and libedit ask, in both languages.
struct CompletionListMessages: MessageCatalog {
  let showAll = MessageSpec(
    en: "Display all {0} possibilities? (y or n) ", zh: "一共 {0} 个候选项，全部列出来吗？(y/n) ")
}

let completionListMessages = CompletionListMessages()
