//! Words of plans, goals, requirements and standards.
//!
//! `力争到2025年学前三年毛入园率达到92%` reads like a level (`…达到92%`) but
//! states an intention. A plan must never pass or fail a rule about what was
//! achieved, so the extractor keeps every statement whose sentence carries
//! one of these words apart, as a target.

use crate::search;

/// Words that make the statements of their sentence plans or requirements.
/// `目标` counts unless it is a claim about it ([`CLAIMED`]). Some say what
/// is expected or possible, not what was done: `有望达到92%`, `预期…`,
/// `待绩效考核奖发放后可实现不低于…`, `年底将实现全覆盖`, `将于2024年…`,
/// `明年…提高到92%`, `届时…`, `可提高到92%`, `“十四五”末…`; the last few
/// what must be (`要达到55%`, `需达到95%以上`, `应达到90%以上`, `应为11.5万元`), and
/// the year's budget (`年初预算安排一般公共预算教育支出7.5亿元`, `预算安排…`: planned
/// spending; `比年初预算增长3%` after a figure compares with it).
pub const PLAN_WORDS: [&str; 122] = [
    // `将进一步落实…不低于…的要求`, `将继续保持…`: what the region will do
    // (a claim of it was read as met, and contradicted). `须按照“不低于”要求
    // 核定…`: a rule to follow, no claim.
    "将进一步",
    "将继续",
    "将持续",
    "须按照",
    "需按照",
    "应按照",
    "要按照",
    "力争",
    "计划",
    "目标",
    "要求",
    "确保",
    ESTIMATE,
    "预期",
    "拟",
    "争取",
    "规划",
    "努力",
    "力促",
    "有望",
    "可望",
    "可实现",
    "可达",
    "将实现",
    "将达到",
    "将于",
    // `今年我们将新建幼儿园3所，A达到88%`, `将再建公办幼儿园3所，…`: the work the
    // region will do, in the lead of the figure's sentence (a 政府工作报告's
    // programme for the year: it was read as achieved, and passed).
    "将新建",
    "将再建",
    "将建成",
    "将扩建",
    "将改扩建",
    "将新增",
    "明年",
    "要达到",
    "要提高",
    // What must be raised, and what a county is urged or promised to do:
    // `覆盖率需提高至80%`, `务必提高到80%`, `督促该县…达到80%`, `县政府承诺…达到85%`,
    // `在整改期内达到80%`, `…下阶段达到85%`.
    "需提高",
    "须提高",
    "应提高",
    "需提升",
    "须提升",
    "应提升",
    "务必",
    URGE,
    "承诺",
    "整改期内",
    "整改期限内",
    "下阶段",
    // `各地要实现课后服务全覆盖`: a demand, not a claim.
    "要实现",
    "应实现",
    "需实现",
    "须实现",
    // `应达55%，我县为46.1%`, `须达到…`: what is required.
    "需达",
    "应达",
    "须达",
    // `县政府须保证“两个只增不减”`, `限期实现超大班额清零`, `抓紧落实…`.
    "须保证",
    "要保证",
    "应保证",
    "需保证",
    "限期",
    "抓紧",
    "力求",
    "应为",
    "届时",
    "可提高",
    "可提升",
    "将在",
    "“十四五”末",
    "\"十四五\"末",
    "十四五末",
    // What a policy document sets: `出台《…攻坚方案》，明确普惠性幼儿园覆盖率
    // 达到85%以上` (read as reached, it passed with no figure of the
    // county's own), `《实施方案》明确…`, `提出…达到90%以上`.
    "明确",
    "提出",
    "年初预算",
    "预算数",
    // `2023年预算安排教育支出3.5亿元`: the budget, not what was spent.
    "预算安排",
    "调整预算",
    "必须",
    // A rectification's task or goal: `整改任务：…达到85%`.
    "整改任务",
    "整改目标",
    // `城东幼儿园投用后…达到55%，目前为47.3%`: a figure that waits on a
    // building (each of these ends with `后`, `is_building`, and opens a
    // sentence of plans wherever it stands in its first clause, when the
    // sentence waits on it: `waits`).
    "投用后",
    "建成后",
    "投入使用后",
    "竣工后",
    // What must come down, or be done, or is aimed or readied for:
    // `大班额比例应降至5%以下`, `须于年内实现“两个只增不减”`, `应做到…不低于…`,
    // `毛入园率争创95%`, `准备提高到93%`, `能够实现100%`, `下达我县的任务是…`.
    "应降",
    "须降",
    "需降",
    "要降",
    "须于",
    "应于",
    "应做到",
    "须做到",
    "要做到",
    "争创",
    "准备",
    "能够实现",
    "能够达到",
    "任务是",
    // A quota set from above (`市里下达我县的A任务为55%`, `考核指标为…`), and
    // a level to be held (`A要保持在96%以上`, `要稳定在…`).
    "任务为",
    "任务指标",
    "考核指标",
    "要保持",
    "应保持",
    "须保持",
    "需保持",
    "要稳定",
    "应稳定",
    // The inspectors' demands (整改要求): `请切实落实“两个只增不减”要求`,
    // `请青溪县于2024年底前…`, `要切实落实…`, `县政府应当…`, `须落实…` (each
    // was read as the county's claim, and a fall beside it as the claim
    // contradicted). `请` only where it opens its clause ([`stands_alone`]).
    REQUEST,
    "要切实",
    "须切实",
    "应切实",
    "需切实",
    "要落实",
    "须落实",
    "应落实",
    "需落实",
    "要进一步",
    "应当",
    // `县政府要全面消除超大班额`, `要严格落实“两个只增不减”要求` (each was the
    // county's claim, and the classes still there contradicted it).
    "要全面",
    "应全面",
    "须全面",
    "要严格",
    "应严格",
    "须严格",
];

/// Words right before a claim phrase that state the rule, not that it is
/// met: `教师平均工资应不低于当地公务员的11.2万元，实际为10.46万元`,
/// `按规定教师平均工资不应低于当地公务员`, `应达到当地公务员平均工资…的水平`.
/// An audit states the norm, then the fact; the norm claims nothing (it
/// was read as the county's claim of parity). (`不应` and `必须` end with
/// them.)
pub const NORM: [&str; 3] = ["应", "应该", "须"];

/// Whether `before`, a sentence's words before a claim phrase, end with a
/// word of the rule ([`NORM`]), not the end of another word (`相应`,
/// `响应`, `供应`).
pub fn states_norm(before: &str) -> bool {
    NORM.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| !rest.ends_with(['相', '响', '供', '对', '适']))
    })
}

/// Words that may open a clause before a claim's tail, its subject left to
/// the clause before: `超大班额已化解5个，实现清零`, `…，实现动态清零`, `…，
/// 已全部清零`, `…，均已全部消除`; and a shortfall's `仍` (`生均公用经费较上年
/// 减少20元，仍低于省定标准`).
pub const CLAIM_LEADS: [&str; 8] = ["实现", "已经", "已", "均", "全部", "全面", "动态", "仍"];

/// `请`: a request, as the inspectors put a demand (`请切实落实…`,
/// `请青溪县…`). A plan word only where it opens its clause: inside a word
/// it asks nothing of the region (`申请`, `聘请`, `邀请`, `敬请批评指正`).
pub const REQUEST: &str = "请";

/// The characters before `要` that make it the end of another word
/// (`主要`, `重要`): `主要落实了以下措施` is no demand.
const NOT_A_DEMAND_BEFORE_YAO: [char; 2] = ['主', '重'];

/// Whether plan word `word`, found right after the character `before`
/// (`None` at the start of the text), stands as that word and not as the
/// end of another: [`REQUEST`] opens its clause (no letter or ideograph
/// before it), and a word that opens with `要` is not the end of `主要` or
/// `重要`. The one pass keeps only the plan words that do, so that every
/// question about them agrees.
pub fn stands_alone(word: &str, before: Option<char>) -> bool {
    if word == REQUEST {
        return !before.is_some_and(char::is_alphanumeric);
    }
    !(word.starts_with('要') && before.is_some_and(|c| NOT_A_DEMAND_BEFORE_YAO.contains(&c)))
}

/// Words of a demand's time after `要`: `要在年内全面消除超大班额`, `要于2024年底
/// 前…`.
const DEMAND_TIMES: [&str; 2] = ["要在", "要于"];

/// Whether `before`, a claim's clause before its phrase, ends with a
/// standing `要` (not `主要`, `重要`) or holds one before a time
/// ([`DEMAND_TIMES`]): a demand, not a claim (`县政府要全面消除超大班额`,
/// whose phrase opens with `全面`, was the county's claim, contradicted by
/// the classes still there).
pub fn demanded_before(before: &str) -> bool {
    let stands = |i: usize| !before[..i].ends_with(&NOT_A_DEMAND_BEFORE_YAO[..]);
    before
        .strip_suffix('要')
        .is_some_and(|head| stands(head.len()))
        || DEMAND_TIMES
            .iter()
            .any(|w| search::starts(before, w).any(stands))
}

/// Words right before a later year that aim at it: `着眼2025年，…提高到90%`,
/// `面向2027年`. Like `到2025年`, the year is a plan's deadline.
pub const AIMS: [&str; 4] = ["着眼", "面向", "瞄准", "对标"];

/// Words that, opening a sentence (`下一步，…`, `今后，…`), make every
/// statement of it a plan. Inside a clause they do not (`为下一步工作奠定了
/// 基础，…达到90%` states a level).
pub const PLAN_OPENERS: [&str; 5] = ["下一步", "下步", "今后", "下一阶段", "未来"];

/// Words that open a clause setting a deadline for what the clause before
/// it states (`A达到85%，计划于2025年6月底前完成`): [`deadline_for_the_above`].
const DEADLINE_OPENERS: [&str; 6] = ["计划", "预计", "力争", "拟", "争取", "预期"];

/// Whether `c` is the first character of a word of [`DEADLINE_OPENERS`]: a
/// clause that opens with none sets no deadline.
pub fn opens_deadline(c: char) -> bool {
    DEADLINE_OPENERS.iter().any(|w| w.starts_with(c))
}

/// Verbs that end a clause of a deadline with no object of their own: what
/// is to be done is the clause before (`，计划于2025年6月底前完成`, `，预计2025年
/// 秋季学期实现`). With an object (`，预计2025年实现全覆盖`) the clause plans
/// that, and the figure before it stands.
const DONE_BY: [&str; 9] = [
    "完成",
    "实现",
    "到位",
    "达成",
    "达标",
    "完成整改",
    "整改到位",
    "实现目标",
    "完成目标",
];

/// Whether `clause`, right after a figure, sets the deadline by which the
/// figure is to be reached: it opens with a word of planning and ends with
/// a bare verb of completion (`计划于2025年6月底前完成`, `预计2025年秋季学期
/// 实现`). The figure is then a target, not a level reached (in a
/// rectification report the task and its deadline; 85% passed). The time
/// is the caller's to judge.
pub fn deadline_for_the_above(clause: &str) -> bool {
    let clause = clause.trim_end_matches(['。', ')', '）', ' ']);
    DEADLINE_OPENERS.iter().any(|w| clause.starts_with(w))
        && DONE_BY.iter().any(|w| clause.ends_with(w))
}

/// Words before an indicator's name that say what will be done to it
/// (`将把A提高到90%`, `要把A控制在5%以内`): a plan. `把` alone may tell what
/// was done (`全县把A提高到了90%`), and `将` alone is read where it stands.
pub const WILL_DISPOSE: [&str; 5] = ["将把", "要把", "需把", "须把", "应把"];

/// Whether the words `before` an indicator's name, in its clause, hold a
/// word of [`WILL_DISPOSE`] with no figure after it: right before the name,
/// or before the names listed ahead of it (`将把A、B分别提高到90%、55%`).
pub fn will_dispose(before: &str) -> bool {
    // (One byte search rules out nearly every clause.)
    if !search::contains(before, "把") {
        return false;
    }
    before.rmatch_indices('把').any(|(i, _)| {
        WILL_DISPOSE
            .iter()
            .any(|w| before[..i + '把'.len_utf8()].ends_with(w))
            && !before[i..].bytes().any(|b| b.is_ascii_digit())
    })
}

/// Whether `lead`, a sentence's first clause however long, opens with a
/// word of [`PLAN_OPENERS`] (`下一步重点把A、B分别提高到90%、55%`): every
/// statement of the sentence is a plan.
pub fn opens_with_plan_opener(lead: &str) -> bool {
    PLAN_OPENERS.iter().any(|w| lead.starts_with(w))
        || (IF.iter().any(|w| lead.starts_with(w)) && !lead.starts_with("若干"))
}

/// Words that ask whether a requirement is met (`是否落实`, `能否实现`,
/// `有无…`). A question in a claim's clause neither makes the claim nor
/// denies it: a self-evaluation form asks it (`课后服务是否全覆盖`), and so
/// does an inspector's check (`核查了…是否全覆盖`); each was read as a
/// denial, and failed its section. The answer after it decides
/// ([`answer_after`]: `：是`, `自评情况：否`, `☑是 □否`); with none, or
/// with the check still to come (`…有待进一步核实`, [`VERIFYING`]), there
/// is no claim.
pub const WHETHER: [&str; 3] = ["是否", "能否", "有无"];

/// The words that answer a question ([`WHETHER`]) on a form, each with
/// whether it says yes: `是`, `有` (`有无超大班额：有`), `否`, `无`.
pub const ANSWERS: [(char, bool); 4] = [('是', true), ('有', true), ('否', false), ('无', false)];

/// Marks that tick an option of a form's answer: `☑是 □否`, `√是`,
/// `是（√）否（ ）` (folded: `是(√)否( )`).
pub const TICKS: [char; 5] = ['☑', '√', '✓', '✔', '■'];

/// The boundary of a table's cells (Markdown, or a table flattened to
/// text): a form's question and its answer stand in cells side by side
/// (`| 是否逐年只增不减 | 是，比上年增长2.4% |`).
pub const CELL: char = '|';

/// How many characters after a question's phrase its answer is looked for:
/// the rest of the question (`…全覆盖（含教学点）`), a label (`自评情况：`)
/// and the options (`☑是 □否`).
pub const ANSWER_REACH: usize = 40;

/// The answer to a question on a form, given `rest`, the (folded) words
/// after the phrase it asks about: past the rest of the question, up to
/// its first colon, question mark, clause end or cell boundary ([`CELL`])
/// (`是否全覆盖：是`, `是否清零？否`, `…是否全覆盖。自评情况：是`), and past a
/// label there (`自评情况：`, [`after_label`]), an answer of [`ANSWERS`]
/// ([`answer`]).
/// `None` when the words there answer nothing (`核查了…是否全覆盖，全县覆盖率
/// 为100%`: the inspectors' figure may answer it, but no word does).
pub fn answer_after(rest: &str) -> Option<bool> {
    answered(rest).map(|(yes, _)| yes)
}

/// [`answer_after`], with the words after the answer's own clause or cell:
/// where a form states the value that answers it (`:否,为94.2%` gives
/// `为94.2%`, `。自评情况:否,全县为46.8%。` gives `全县为46.8%。`, ` | 否 |
/// 77.9% |` gives ` 77.9% |`). Empty when the answer ends `rest`.
pub fn answered(rest: &str) -> Option<(bool, &str)> {
    let ends = |c: char| c == CELL || crate::punctuation::is_clause_end(c);
    let stop = rest.find(|c: char| c == ':' || ends(c))?;
    let next = rest.get(stop..)?.chars().next()?;
    let after = rest.get(stop + next.len_utf8()..)?.trim_start();
    let (yes, at) = match answer(after) {
        Some(yes) => (yes, after),
        None => {
            let labelled = after_label(after).trim_start();
            (answer(labelled)?, labelled)
        }
    };
    let words = at
        .char_indices()
        .find(|(_, c)| ends(*c))
        .map_or("", |(i, c)| &at[i + c.len_utf8()..]);
    Some((yes, words))
}

/// Whether `words`, right where a question's answer stands, say yes
/// (`Some(true)`) or no (`Some(false)`): an answer of [`ANSWERS`] alone
/// before a clause end or the cell's end (`是，…`, `否。`, `是 | 达标 |`;
/// not `是否…`, `是全县…`, nor the options `是 □否`), or the
/// option a [`TICKS`] mark ticks, before it when the options open with
/// marks (`☑是 □否`, `□是☑否`), else after it (`是(√)否( )`, `是☑否□`).
/// Options with none ticked (`□是 □否`, `是( )否( )`) answer nothing.
pub fn answer(words: &str) -> Option<bool> {
    let said = |c: char| ANSWERS.iter().find(|(a, _)| *a == c).map(|(_, yes)| *yes);
    let ends = |rest: &str| {
        rest.trim_start()
            .chars()
            .next()
            .is_none_or(|c| c == CELL || crate::punctuation::is_clause_end(c))
    };
    let options: Vec<char> = words
        .chars()
        .take_while(|c| !crate::punctuation::is_clause_end(*c))
        .take(ANSWER_REACH)
        .collect();
    if !options.iter().any(|c| TICKS.contains(c)) {
        let mut chars = words.chars();
        let first = said(chars.next()?)?;
        return ends(chars.as_str()).then_some(first);
    }
    let marks_first = options.first().is_some_and(|c| said(*c).is_none());
    options.iter().enumerate().find_map(|(i, &c)| {
        let yes = said(c)?;
        let ticked = if marks_first {
            i.checked_sub(1)
                .and_then(|p| options.get(p))
                .is_some_and(|m| TICKS.contains(m))
        } else {
            options
                .get(i + 1..)
                .and_then(|next| next.iter().find(|n| !matches!(n, '(' | ' ')))
                .is_some_and(|m| TICKS.contains(m))
        };
        ticked.then_some(yes)
    })
}

/// Words of a condition that open a sentence (`若新园全部开园，A达到58%`,
/// `如果…`, `一旦…`): what follows is what would be, a plan. (`若干` is
/// "several", no condition.)
pub const IF: [&str; 5] = ["若", "如果", "假如", "倘若", "一旦"];

/// Words right after `将` in the head of a list that say what will be done:
/// `我县将重点做好以下工作：一是…；二是…`, `今后将从以下几个方面着力：`. Only
/// these: `将` alone may dispose of something done (`全县将教育经费纳入预算，
/// 主要做法如下：`).
pub const WILL_DO: [&str; 20] = [
    "重点",
    "着力",
    "继续",
    "进一步",
    "采取",
    "从",
    "围绕",
    "抓好",
    "做好",
    "加快",
    "坚持",
    "聚焦",
    "着重",
    "全力",
    "持续",
    "大力",
    "切实",
    "努力",
    "强化",
    "统筹",
];

/// Whether `lead`, the first clause of a sentence, is the head of a list
/// of plans and its colon (`2025年全县教育工作的主要预期目标是：A达到95%以上`):
/// the words before the colon [`announces_plans`], and say no goal met
/// (`年初确定的目标任务全面完成：A达到90%，…` states what was done:
/// [`goal_met`]).
pub fn heads_a_list_of_plans(lead: &str) -> bool {
    // (Asked of every sentence of more than one clause: one byte search. A
    // colon within a label's reach is a label's, which
    // [`opens_with_label_of_plans`] reads.)
    memchr::memchr(b':', lead.as_bytes()).is_some_and(|i| {
        let head = &lead[..i];
        i >= LABEL_REACH
            && announces_plans(head)
            && !GOALS
                .iter()
                .any(|g| search::starts(head, g).any(|at| goal_met(g, &head[at + g.len()..])))
    })
}

/// Whether `head`, the words of a list's head before its colon (`下一步打算`,
/// `针对上述问题，我县将重点做好以下工作`), announces plans, so that every item
/// of the list states one (`…：一是…力争…88%；二是…覆盖率达到90%`: only the
/// first item was read as a plan, by its own `力争`). It does when it opens
/// as a sentence of plans ([`opens_with_plan_opener`],
/// [`opens_sentence_of_plans`]), names plans as a title would (`下一步工作
/// 打算如下`, `督导组提出以下建议`: [`PLAN_TITLES`], not a title of what was
/// done), or says what the region will do (`将` then a word of [`WILL_DO`],
/// not `已将`).
pub fn announces_plans(head: &str) -> bool {
    let head = head.trim();
    opens_with_plan_opener(head)
        || opens_sentence_of_plans(head)
        || names_plans(head)
        || head.match_indices('将').any(|(i, _)| {
            let after = &head[i + '将'.len_utf8()..];
            !head[..i].ends_with('已') && WILL_DO.iter().any(|w| after.starts_with(w))
        })
}

/// The plan words that name a goal, which [`goal_met`] may find met.
pub const GOALS: [&str; 3] = ["目标", "整改任务", "整改目标"];

/// Whether a goal (`目标`, `整改任务`, `整改目标`) is said met by the words
/// `after` it (`目标任务全面完成`, `目标如期实现`, `整改任务已全部完成`, up to
/// the clause's end): the sentence states what was done, not a plan.
pub fn goal_met(word: &str, after: &str) -> bool {
    const MET: [&str; 3] = ["完成", "实现", "达成"];
    let after = after
        .split(['，', ',', '。', ';', '；'])
        .next()
        .unwrap_or(after);
    GOALS.contains(&word)
        && MET.iter().any(|w| search::contains(after, w))
        && !search::contains_any(after, DENIALS)
        // (`目标是否完成`: asked, not said.)
        && !search::contains_any(after, WHETHER)
}

/// Words of a claim phrase that say the whole was done (`全部消除`, `全面消除`,
/// `清零`): a count after such a phrase (`全部消除超大班额23个`) counts
/// what the claim covers.
pub const ALL_OF: [&str; 3] = ["全部", "全面", "清零"];

/// Words that, opening a sentence however long its first clause, make every
/// statement of it a plan (`力争A提高到55%，B提高到88%`, `建议县政府将A提高到
/// 55%，B提高到88%`: the later clauses were read as levels reached), as the
/// [`PLAN_OPENERS`] do; a clause dated in the report's year or earlier
/// still states a level. (Not `目标` or `规划`: `目标任务全面完成，…达到90%`
/// and `规划建设的5所学校已投用，…` state what was done. `确保了` is done.)
/// The inspectors' request ([`REQUEST`]: `请青溪县将A提高到80%，B提高到50%`)
/// is one, as `建议…` is.
pub const SENTENCE_PLANS: [&str; 10] = [
    "力争", "计划", "拟", "争取", ESTIMATE, "力求", "努力", "确保", "建议", REQUEST,
];

/// Whether `lead`, the first clause of a sentence, opens it as a plan
/// ([`SENTENCE_PLANS`], not `确保了`), or is a label of plans: of goals
/// (`整改目标：`, `工作目标：`, `整改任务：` before the figures) or one that
/// would title a section of plans (`下一步打算：`, `【下一步】`, `【工作计划】`,
/// `下步工作：`; [`is_plan_title`], so that a label, a case's title and a
/// section's title are read by one list of words).
pub fn opens_sentence_of_plans(lead: &str) -> bool {
    let Some(first) = lead.chars().next() else {
        return false;
    };
    let worded = || {
        SENTENCE_PLANS.iter().any(|w| {
            w.starts_with(first)
                && lead.strip_prefix(w).is_some_and(|rest| {
                    !rest.starts_with('了') && !estimates_this_year(w, "", rest)
                })
        })
    };
    worded() || opens_with_label_of_plans(lead) || opens_with_demand(lead)
}

/// `要`, after a short subject or none, opening a sentence of demands
/// ([`opens_with_demand`]).
const DEMAND: &str = "要";

/// Words after [`DEMAND`] that make it a demand of what is to be done, as
/// 人大's opinions and the inspectors' requirements put them (`要切实`,
/// `要加大投入`), besides the words that open a sentence of plans
/// ([`SENTENCE_PLANS`]: `要确保`, `要力争`).
const DEMANDING: [&str; 10] = [
    "进一步",
    "切实",
    "继续",
    "加大",
    "加快",
    "持续",
    "着力",
    "全力",
    "尽快",
    "把",
];

/// How many characters the subject of a demand may hold before [`DEMAND`]
/// (`县教育和体育局`: 7).
const DEMAND_SUBJECT: usize = 8;

/// Whether `lead`, the first clause of a sentence, opens it as a demand: a
/// short subject or none, then `要` and a word of what is to be done
/// ([`SENTENCE_PLANS`], [`DEMANDING`]): `县政府要确保A稳定在85%以上，B达到50%`,
/// `要加大投入，确保…`.
/// Every clause of it is demanded, as after `确保` (the later clauses were
/// read as levels reached, and passed). `主要`, `重要` and `需要` are no
/// demand ([`stands_alone`]).
pub fn opens_with_demand(lead: &str) -> bool {
    // (Asked of every sentence's lead: only its first bytes are searched,
    // for the word's; a match of all of them is a whole character.)
    let reach = lead.len().min((DEMAND_SUBJECT + 1) * DEMAND.len());
    let bytes = &lead.as_bytes()[..reach];
    let last = DEMAND.as_bytes()[DEMAND.len() - 1];
    let Some(at) = memchr::memchr_iter(last, bytes)
        .filter_map(|end| (end + 1).checked_sub(DEMAND.len()))
        .find(|&at| bytes[at..].starts_with(DEMAND.as_bytes()))
    else {
        return false;
    };
    let subject = &lead[..at];
    subject.chars().all(crate::regions::is_ideograph)
        && stands_alone(DEMAND, subject.chars().last())
        && !subject.ends_with(NEED)
        && SENTENCE_PLANS
            .iter()
            .chain(&DEMANDING)
            .any(|w| lead[at + DEMAND.len()..].starts_with(w))
}

/// `需`, before `要`: a need (`需要说明的是`), not a demand.
const NEED: char = '需';

/// Whether `words` open with a label of plans (`【下一步】`, `工作目标：`):
/// the label alone, for a first clause whose words go on to a figure.
pub fn opens_with_label_of_plans(words: &str) -> bool {
    label(words).is_some_and(is_plan_label)
}

/// How far into a lead, in bytes, a label's colon may stand (`工作目标：`):
/// see [`label`].
const LABEL_REACH: usize = 22;

/// The label that opens `lead`: its words in the brackets it opens with
/// (`【下一步】…`), or before a colon (folded to ASCII) among its first
/// seven characters, 21 bytes (`工作目标：…`): a label is short.
fn label(lead: &str) -> Option<&str> {
    const REACH: usize = LABEL_REACH;
    if let Some(rest) = lead.strip_prefix(LABEL_BRACKETS.0) {
        let end = rest.find(LABEL_BRACKETS.1).filter(|&i| i < REACH)?;
        return rest.get(..end);
    }
    // (Asked of every lead: one search of its first bytes.)
    let i = memchr::memchr(b':', &lead.as_bytes()[..lead.len().min(REACH)])?;
    lead.get(..i)
}

/// `lead` past the label that opens it (`取得成效：2021年，…`, `【成效】2021年…`,
/// `（成效）…`, folded to `(成效)`), or `lead` itself when none does. A
/// label holds no figure: `2021年：…` opens with a year, not a label.
pub fn after_label(lead: &str) -> &str {
    const REACH: usize = 22;
    // (Asked of every dated statement: a byte or two says most leads open
    // with no label.)
    let near = &lead.as_bytes()[..lead.len().min(REACH)];
    let closed = |open: char, close: char| {
        let rest = lead.strip_prefix(open)?;
        let reach = rest.floor_char_boundary(REACH);
        let end = rest[..reach].find(close)?;
        Some((&rest[..end], &rest[end + close.len_utf8()..]))
    };
    let found = match near.first() {
        Some(b'(') => closed('(', ')'),
        Some(b'[') => closed('[', ']'),
        // (`【`, `〔` and `〖` all open with the byte 0xE3.)
        Some(0xE3) => OTHER_LABEL_BRACKETS
            .iter()
            .find(|(open, _)| lead.starts_with(*open))
            .and_then(|(open, close)| closed(*open, *close)),
        _ => memchr::memchr(b':', near).map(|i| (&lead[..i], &lead[i + 1..])),
    };
    match found {
        Some((label, rest)) if !label.is_empty() && !label.bytes().any(|b| b.is_ascii_digit()) => {
            rest
        }
        _ => lead,
    }
}

/// The brackets a label stands in at the start of a paragraph (`【下一步】`).
const LABEL_BRACKETS: (char, char) = ('【', '】');

/// The brackets of a label that are not folded to ASCII: `【背景】`,
/// `〔背景〕`, `〖背景〗` (`［背景］` folds to `[背景]`).
const OTHER_LABEL_BRACKETS: [(char, char); 3] = [LABEL_BRACKETS, ('〔', '〕'), ('〖', '〗')];

/// Whether a label (`工作目标`, `下一步打算`) announces plans: a goal, a
/// task or a demand (ends with `目标`, `任务`, `要求`; `意见`), or what
/// titles a section of plans ([`is_plan_title`], but for the work ahead:
/// `重点工作：` may head what was done).
fn is_plan_label(label: &str) -> bool {
    label.ends_with("目标")
        || label.ends_with("任务")
        // The inspectors' demands: `要求：`, `整改要求：`, `意见：`.
        || label.ends_with("要求")
        || label == "意见"
        || (names_plans(label) && !search::contains_any(label, PROBLEM_TITLES))
}

/// Labels of a remedy's measures (`整改措施：…`). In a plan of remedies,
/// which sets each item its deadline ([`DEADLINES`]) and tells no result
/// yet, they are what will be done: `整改措施：新建幼儿园5所，使A达到52%以上`
/// was read as a level reached. In a report on the remedies they tell
/// what was done.
pub const REMEDY_MEASURES: [&str; 4] = ["整改措施", "具体措施", "工作措施", "主要措施"];

/// Labels of a deadline (folded: ASCII colon): `整改时限：2024年6月底`,
/// `完成时限：`, `整改期限：`, `时间节点：`, `整改时间：`, `时限要求：`.
pub const DEADLINES: [&str; 6] = [
    "时限:",
    "期限:",
    "完成时间:",
    "时间节点:",
    "整改时间:",
    "时限要求:",
];

/// Whether `words` open with a label of a remedy's measures
/// ([`REMEDY_MEASURES`]).
pub fn opens_with_remedy_measures(words: &str) -> bool {
    label(words).is_some_and(|l| REMEDY_MEASURES.contains(&l))
}

/// Whether the folded text of an item is one of a plan of remedies: it
/// sets a deadline ([`DEADLINES`]) and tells no result
/// ([`crate::periods::tells_result`]). Its measures are to come.
pub fn remedy_planned(text: &str) -> bool {
    sets_deadline(text) && !crate::periods::tells_result(text)
}

/// Whether the folded text of an item sets a deadline ([`DEADLINES`]).
pub fn sets_deadline(text: &str) -> bool {
    search::contains_any(text, DEADLINES)
}

/// Items of teachers' pay (`义务教育教师绩效工资只增不减`): another fund than
/// the spending a requirement of growth is about, and part of the pay that
/// `不低于` compares (`追加教师绩效工资2亿元，实现“不低于”要求` still claims it).
pub const PAY_ITEMS: [&str; 2] = ["绩效工资", "津补贴"];

/// Words that open a clause aimed at a requirement, beside the words of
/// aim ([`AIMS`]: `对标`, `瞄准`…), which name it as a goal (`围绕课后服务全覆盖
/// 目标，…`, `对标“两个只增不减”要求，…`, `以实现…全覆盖为目标`): the phrase
/// claims nothing (each was read as a claim, and a figure short of it as
/// the claim contradicted).
pub const AIMED_AT: [&str; 5] = ["围绕", "按照", "根据", "依据", "以"];

/// Words right after a requirement's phrase that name it as what is
/// aimed at (`…全覆盖目标`, `“两个只增不减”要求`, `以…为目标`).
pub const GOAL_AFTER: [&str; 3] = ["目标", "要求", "任务"];

/// Whether a claim phrase, with `before` the words of its clause before it
/// and `after` those after it, names the requirement as a goal aimed at
/// ([`AIMS`] or [`AIMED_AT`] opens the clause, a word of [`GOAL_AFTER`] follows the
/// phrase, past its quotes, `的` or `为`). `落实“两个只增不减”要求` and
/// `实现“不低于”目标` still claim it: they say it was met.
pub fn names_as_goal(before: &str, after: &str) -> bool {
    let before = before.trim_start();
    let after = after.trim_start_matches(crate::punctuation::CLOSING_QUOTES);
    let after = after
        .strip_prefix('的')
        .or_else(|| after.strip_prefix('为'))
        .unwrap_or(after);
    AIMS.iter().chain(&AIMED_AT).any(|w| before.starts_with(w))
        && GOAL_AFTER.iter().any(|w| after.starts_with(w))
}

/// Words that follow a requirement (`认真落实省定要求，…实现只增不减`,
/// `按照国家要求`): a `要求` after one of them in its clause is a rule the
/// region kept, not a plan of the sentence.
pub const FOLLOWED: [&str; 7] = ["落实", "按照", "根据", "执行", "贯彻", "遵照", "依照"];

/// Whether the plan word `word`, after `before` (the words of its clause
/// before it), names a requirement followed ([`FOLLOWED`]).
pub fn requirement_followed(word: &str, before: &str) -> bool {
    word == "要求" && search::contains_any(before, FOLLOWED)
}

/// `经过两年努力`, `通过不懈努力`, `在全县上下的共同努力下`: the effort made, the
/// means by which a figure was reached, not one still to make. `努力` is an
/// effort made when its clause opens with one of [`EFFORT_MADE`], or when
/// `下` follows it.
pub const EFFORT: &str = "努力";

/// `预计`: a plan word (`预计2025年…达到90%`), or, right before the whole
/// of the report's year (`预计全年`, `预计今年`, `预计年底`), the office's
/// estimate of the year it reports on, written before the year closed: a
/// report to the 人大 in November gives the year so (`预计全年一般公共预算教育
/// 支出10.2亿元，同比下降3.5%`: it was a target, and the fall said nothing of).
pub const ESTIMATE: &str = "预计";

/// Whether the plan word `word`, after `before` (the words of its sentence
/// before it) and before `after`, estimates the report's own year
/// ([`ESTIMATE`]: `预计全年…`, or `全年…预计10.2亿元` in a clause that opens
/// with the year): no plan.
pub fn estimates_this_year(word: &str, before: &str, after: &str) -> bool {
    let this_year = || {
        crate::changes::THIS_YEAR
            .iter()
            .chain(&[crate::periods::WHOLE_YEAR, "年底", "年末"])
    };
    word == ESTIMATE && {
        let clause = clause_before(before);
        this_year().any(|w| after.starts_with(w) || clause.starts_with(w))
    }
}

/// The clause a plan word stands in, up to it: the last clause of
/// `before`, the words before the word.
fn clause_before(before: &str) -> &str {
    before
        .rsplit(crate::punctuation::is_clause_end)
        .next()
        .unwrap_or(before)
        .trim_start()
}

/// `督促`: a plan word (`督促该县…达到80%`), or the urging done after
/// [`URGED_BY`] (`经督促整改，…均已开展`), an effort made.
pub const URGE: &str = "督促";

/// `经`, right before a plan word that names an effort: the effort done.
pub const URGED_BY: char = '经';

/// The words that open a clause of an effort made: see [`EFFORT`].
pub const EFFORT_MADE: [&str; 2] = ["经过", "通过"];

/// Whether the plan word `word`, after `before` (the words before it, from
/// where plans are looked for) and before `after`, is an effort made
/// ([`EFFORT`]).
pub fn effort_made(word: &str, before: &str, after: &str) -> bool {
    // `经督促整改，…均已开展课后服务`: the urging done, by which the work was
    // (the remedy was read as a plan).
    if word == URGE {
        return before.ends_with(URGED_BY);
    }
    word == EFFORT && {
        let clause = clause_before(before);
        after.starts_with('下') || EFFORT_MADE.iter().any(|w| clause.starts_with(w))
    }
}

/// Words after a building a figure waits on (a plan word ending with `后`:
/// `投用后`, `建成后`) that make the rest of its sentence wait too:
/// `新校投用后，可新增学位1200个`, `…投用后将全部消除`, `…投用后…达到55%，
/// 目前为47.3%` (the state now beside it). Without one the building is up
/// and its sentence tells what followed: `城东小学建成投用后，全县超大班额全部
/// 消除` in a report of the year's work.
pub const AWAITED: [&str; 12] = [
    "将", "可", "预计", "有望", "届时", "能够", "目前", "现为", "当前", "现有", "力争", "计划",
];

/// `将`: a plan word that opens with it says what the region will do, and
/// plans a sentence wherever it stands in the sentence's lead (`今年我们将新建
/// …，`), not only at its start.
pub const WILL: char = '将';

/// Whether plan word `word` names a building that what follows waits on
/// (`投用后`, `建成后`, `投入使用后`, `竣工后`: each ends with `后`).
pub fn is_building(word: &str) -> bool {
    word.ends_with('后')
}

/// Whether `rest`, the words of its sentence after a building
/// ([`is_building`]), waits on it ([`AWAITED`]). (A building opened by
/// `待` or `等` is waited on whatever follows: [`names_condition`].)
pub fn waits(rest: &str) -> bool {
    search::contains_any(rest, AWAITED)
}

/// Words before `目标`/`要求`/`计划` that make the sentence a claim of what
/// was achieved, not a plan: `完成目标`, `实现目标`, `超目标`, `达到要求`,
/// `兑现承诺`, `履行承诺`.
pub const CLAIMED: [&str; 10] = [
    "完成", "实现", "超", "达到", "达", "提前", "按", "高于", "兑现", "履行",
];

/// Words that deny what follows them in a clause: `未落实“两个只增不减”要求`,
/// `尚未实现全覆盖`, `没有做到只增不减`, `无法保障`. A claim phrase right
/// after one ([`DENIAL_REACH`] characters at most) is a denial, not a claim.
/// `距离“不低于”要求仍有差距`: a gap to the requirement claims nothing. (A
/// question is no denial: [`WHETHER`].)
pub const DENIALS: [&str; 10] = [
    "未",
    "没有",
    "没能",
    "无法",
    "不能",
    "距离",
    "距实现",
    "距达到",
    "难以",
    "仍存在",
];

/// Words in the gap of a full-coverage phrase that make it cover something
/// other than what the requirement counts: a fund or a time
/// (`课后服务经费保障实现全覆盖`, `课后服务时间与下班时间衔接实现全覆盖`).
pub const OTHER_COVERAGE: [&str; 5] = ["经费", "资金", "补助", "补贴", "时间"];

/// Words right before a full-coverage phrase, in its clause, that name the
/// pupils covered, not the schools: `有需求的学生课后服务全覆盖`.
pub const PUPILS_COVERED: [&str; 2] = ["学生", "需求"];

/// Words right before a phrase that opens with a denial (`未开展课后服务`)
/// that deny it in turn: `全县无未开展课后服务的学校`, `不存在未提供课后服务的
/// 学校` claim the requirement met.
pub const NONE_OF: [&str; 4] = ["无", "没有", "不存在", "杜绝"];

/// Verbs of failing to do, anywhere in a claim phrase's clause before it:
/// `未能实现一般公共预算教育支出只增不减`, `未能做到教育经费“两个只增不减”`,
/// `难以保证…只增不减` (the subject between puts the phrase further than
/// [`DENIAL_REACH`] from the denial).
pub const FAILED_TO: [&str; 7] = [
    "未能",
    "没能",
    "难以",
    "无法",
    "未实现",
    "未做到",
    "没有做到",
];

/// Words right after a claim phrase, in its clause, that deny it:
/// `“两个只增不减”未完全落实`, `全覆盖尚未实现`, `“不低于”要求落实不到位`;
/// or that claim a part of it only, which says the whole was not met:
/// `实现了“两个只增不减”中的一项`.
/// (`未来` is no denial: `实现全覆盖，未来…` stands in the next clause
/// anyway, and `…未来三年` is a plan's span. `之一` is none either:
/// `实现全覆盖的县之一` claims it.)
/// A gap or a doubt said after it denies it too: `课后服务全覆盖尚存差距`,
/// `超大班额清零任务艰巨`, `…是否落实有待核实`, `…存在较大不确定性`,
/// `…要求落实不够到位`, `…全覆盖工作推进缓慢`; so does a shortfall:
/// `“两个只增不减”缺口资金约2100万元`, `…仍有欠账`, `…执行有偏差`.
pub const DENIED_AFTER: [&str; 30] = [
    "未",
    "没有",
    "没能",
    "不到位",
    "中的一项",
    "中的一个",
    "其中一项",
    "差距",
    "有待",
    "艰巨",
    "不确定",
    "难以",
    "不够",
    "缓慢",
    "缺口",
    "欠账",
    "偏差",
    // `“两个只增不减”打了折扣`, `…落空`, `在落实…方面存在短板`, and the
    // inspectors' verdict on a claim they quote: `…，与实际不符`.
    "折扣",
    "落空",
    "短板",
    "不符",
    "不属实",
    // The inspectors' verdicts on how it is kept: `“两个只增不减”执行不严`,
    // `…落实不力`, `超大班额清零进展迟缓`, `…工作滞后`, `…存在反弹`,
    // `…不彻底`.
    "不严",
    "不力",
    "迟缓",
    "滞后",
    "反弹",
    "不彻底",
    // `课后服务全覆盖工作推进不平衡`, `…不充分`: met in some places only (it
    // was a claim met).
    "不平衡",
    "不充分",
];

/// Funds other than a requirement's own, named before a bare claim phrase
/// in its sentence (`学前教育财政投入…，未实现“只增不减”`, `特殊教育生均公用经费
/// 6000元，实现“只增不减”`, `…安排教师培训经费，落实了“不低于”要求`): the
/// phrase is the fund's.
pub const OTHER_FUNDS: [&str; 11] = [
    "学前教育财政",
    "学前教育经费",
    "学前教育投入",
    "特殊教育",
    "职业教育经费",
    "培训经费",
    "资助资金",
    "专项资金",
    // `教育费附加只增不减`: a levy, not the spending the requirement is
    // about.
    "教育费附加",
    "教育附加",
    "土地出让收益",
];

/// `两个只增不减`: the phrase that names both of its subjects.
pub const BOTH: &str = "两个";

/// Words right before a word of [`DENIED_AFTER`] that guard against it
/// rather than say it happened: `严防反弹`, `防止反弹`, `杜绝…滞后`, `避免…`.
pub const GUARDED_AGAINST: [&str; 4] = ["防", "防止", "杜绝", "避免"];

/// Words before a claim phrase, in its clause, that quote another's claim:
/// `自评报告称已实现…`, `该县自评称…`, `声称…`, `在自评中表示已做到…`,
/// `该区上报…实现全覆盖`, `县政府称…`. What follows in the next clause may
/// refute it ([`refutes_claim`]: `，督导核实未达到`, `，但督导组抽查发现与实际不符`).
pub const QUOTED_CLAIM: [&str; 14] = [
    "声称",
    "宣称",
    "自称",
    "评称",
    "告称",
    "报称",
    "表示",
    "上报",
    "府称",
    "县称",
    "区称",
    "市称",
    // `自评报告所称“…”不属实`, `自评报告中“…”的表述不实`.
    "所称",
    "报告中",
];

/// Words that open the inspectors' check of a claim they quote, in the
/// sentence after it: `自评报告称已实现课后服务全覆盖。经核查，仍有4所学校未开展`.
/// With words that refute it ([`refutes_claim`]) the check refutes the claim.
pub const CHECKED: [&str; 5] = ["经核查", "经查", "经核实", "实地核查", "核查发现"];

/// Words of the clause after a quoted claim ([`QUOTED_CLAIM`]) that refute
/// it: `，与实际不符`, `，经核查并非如此`, `，实地核查仍有2个`, `，核查认定未达到`
/// (not the check alone: `，经核实情况属实` confirms it), `，督导组不予认可`,
/// `，经核实不实`, `，此说法不成立`; and the words that say it is untrue
/// ([`UNTRUE`]: see [`refutes_claim`]).
pub const REFUTED: [&str; 9] = [
    "不符",
    "并非",
    "仍有",
    "未",
    "没有",
    "不予认可",
    "不认可",
    "不予采信",
    "不成立",
];

/// Words that say what was reported is untrue: `，经核查不属实`, `，此说法
/// 不实`, `，数据失实`, `，数据有误`. They refute a quoted claim
/// ([`refutes_claim`]) and a figure ([`refutes_figure`]). Each holds `不`,
/// `失` or `误`.
pub const UNTRUE: [&str; 4] = ["不属实", "不实", "失实", "有误"];

/// Whether `words`, after a quoted claim, refute it ([`REFUTED`], [`UNTRUE`]).
pub fn refutes_claim(words: &str) -> bool {
    search::contains_any(words, REFUTED) || search::contains_any(words, UNTRUE)
}

/// Words right after a figure that refute it besides [`UNTRUE`]: `自评报告中
/// A为86.0%，与实际不一致`. (`不符` alone may judge the level against a
/// standard: `与省定标准不符`.) Each holds `不`.
pub const REFUTES_FIGURE: [&str; 2] = ["与实际不符", "与实际不一致"];

/// Whether `words`, right after a figure, refute it ([`REFUTES_FIGURE`],
/// [`UNTRUE`]): the figure is what was reported, not the level (it passed).
pub fn refutes_figure(words: &str) -> bool {
    search::contains_any(words, REFUTES_FIGURE) || search::contains_any(words, UNTRUE)
}

/// Words before a denial, in its sentence, that make it say nothing of
/// the region now: a time before (`去年评价时…仍有差距`, `2022年我县曾未实现…`,
/// `上年反馈意见指出…`; with [`crate::periods::BEFORE_REMEDY`] and
/// [`crate::periods::EARLIER_STATE`]), a condition (`如未实现…，将予以通报`), a
/// question (`是否存在…`), or a denial denied (`未发现…低于当地公务员…的情况`,
/// `不存在…仍有差距的问题`). A rectification report names the problem it
/// fixed this way, and a feedback the failures it warns of: none fails the
/// section (each did, as the section's own admission).
pub const NOT_NOW: [&str; 14] = [
    "去年",
    "上年度",
    "上一年度",
    "曾",
    "如未",
    "若未",
    "如果",
    "一旦",
    "是否",
    "未发现",
    "没有发现",
    "不存在",
    "未出现",
    "反映",
];

/// The word that opens a claim phrase of what is still there, a shortfall by
/// itself: `督导发现，城关二小、城关三小存在66人以上超大班额` (it was said
/// nothing of). Not after `不` (`全县不存在超大班额`, whose phrase of none
/// left is its own).
pub const PRESENT: &str = "存在";

/// Words before a denial that deny it in turn, a double negative that
/// claims the requirement met: `没有一年未实现“两个只增不减”`, `并非未实现…`
/// (each was read as the section's denial, and failed it).
pub const DOUBLE_NEGATIVE: [&str; 4] = ["没有一年未", "无一年未", "并非未", "并非没有"];

/// Words after a denial, in its sentence, that refute it (`有群众反映…低于…，经
/// 核查不属实`) or say it was remedied (`…，现已全部整改`, `…，已整改到位`).
pub const UNDONE_AFTER: [&str; 8] = [
    "不属实",
    "并非如此",
    "已整改",
    "现已",
    "整改到位",
    "已全部整改",
    "整改完毕",
    "完成整改",
];

/// Words around a phrase that says a lack in its own words
/// (`未开展课后服务`, `课后服务…未覆盖`) that make it the lack of something
/// else than the requirement: after it, a course or the pupils
/// (`…特色课程`, `…全部学生`, `参与率`); before it, kindergartens, which the
/// after-school requirement does not cover.
pub const LACKS_OTHER: ([&str; 2], [&str; 6]) = (
    ["幼儿园", "幼儿"],
    ["学生", "幼儿", "课程", "项目", "特色", "参与"],
);

/// Whether the words `before` a phrase of a lack (in its clause) and
/// `after` it name something else that lacks ([`LACKS_OTHER`]).
pub fn lacks_other(before: &str, after: &str) -> bool {
    search::contains_any(before, LACKS_OTHER.0) || search::contains_any(after, LACKS_OTHER.1)
}

/// Words right before a remedy's word that say it is not made: `尚未整改到位`,
/// `至今仍未整改到位`, `未能按期整改到位`, `没有完成整改`.
pub const NOT_YET: [&str; 4] = ["未", "未能按期", "没有", "不"];

/// Words that make a remedy after a denial a demand, not a remedy made:
/// `尚未落实“不低于”要求，须于2025年6月底前整改到位`, `责令限期整改到位`. The
/// denial stands (it was dropped as remedied, and its section passed).
pub const DEMANDED: [&str; 15] = [
    "须", "需于", "需在", "应于", "应在", "应当", "要求", "责令", "限期", "务必", "尽快", "督促",
    "底前", "月前", "年前",
];

/// Whether `after`, the words after a denial in its sentence, say the
/// denial was refuted or remedied ([`UNDONE_AFTER`]): a word of them that
/// no demand ([`DEMANDED`]) stands before in its clause, or that `已`
/// opens (`责令整改，现已整改到位`), and that no word of not yet stands
/// right before ([`NOT_YET`]: `尚未整改到位` is the denial standing).
pub fn undone_after(after: &str) -> bool {
    said_unguarded(after, &UNDONE_AFTER)
}

/// Words that say a remedy was made: `已整改`, `整改到位`, `整改完毕`.
pub const REMEDIES: [&str; 5] = ["已整改", "整改到位", "已全部整改", "整改完毕", "完成整改"];

/// Whether `text` says a remedy was made ([`REMEDIES`]), guarded as
/// [`undone_after`] is: not `尚未整改到位`, not `须于…前整改到位`.
pub fn remedy_made(text: &str) -> bool {
    said_unguarded(text, &REMEDIES)
}

/// Whether one of `words` stands in `text` with no word of not yet right
/// before it ([`NOT_YET`]) and, unless `已` opens it, no demand
/// ([`DEMANDED`]) before it in its clause.
fn said_unguarded(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        search::starts(text, w).any(|i| {
            let before = &text[..i];
            let clause = before
                .rfind(|c: char| crate::punctuation::is_clause_end(c))
                .map_or(before, |p| &before[p..]);
            let not_yet = NOT_YET.iter().any(|n| before.ends_with(n));
            !not_yet
                && (w.starts_with('已')
                    || w.starts_with("现已")
                    || before.ends_with('已')
                    || !search::contains_any(clause, DEMANDED))
        })
    })
}

/// How many characters after a claim phrase, in its clause, a
/// [`DENIED_AFTER`] word may stand: `不低于当地公务员平均工资收入的要求尚未
/// 落实` (the phrase `不低于当地公务员` ends before the rest of the name).
pub const DENIED_AFTER_REACH: usize = 16;

/// Words right before a claim phrase that make it work under way, not a
/// requirement met: `正在推进课后服务全覆盖`, `逐步实现…全覆盖`,
/// `加快推进…`. (Only next to the phrase: `通过推进集团化办学，实现课后服务
/// 全覆盖` claims it.)
pub const UNDER_WAY_BEFORE: [&str; 6] = ["正在", "推进", "推动", "逐步", "加快", "着力"];

/// Words after a claim phrase, in its clause, that make it work under way:
/// `超大班额清零工作仍在推进中`, `…全覆盖正在推进`; or a task still hard, a
/// problem a report admits (`保障“两个只增不减”难度加大`, `落实…面临较大压力`,
/// `落实“不低于”要求还需持续发力`): neither met nor failed (each was a claim
/// met).
pub const UNDER_WAY_AFTER: [&str; 10] = [
    "推进中",
    "正在推进",
    "仍在推进",
    "进行中",
    "难度",
    "压力",
    "挑战",
    "还需",
    "仍需",
    "尚需",
];

/// `全县除2个乡镇外，公办中心幼儿园实现全覆盖`: an exception before a claim
/// in its sentence says the requirement is met everywhere but there, so
/// not met. `除` opens its clause, or follows a region of at most
/// [`EXCEPT_REACH`] characters (`全县除`, `我市除`) or `其中`, and
/// [`EXCEPT_END`] closes it; `除此之外` is no exception, nor is `除…外，还…`
/// (besides), nor `除` in a word (`全面消除校外培训乱象`).
pub const EXCEPT: char = '除';

/// The words that close an exception opened by [`EXCEPT`] (`以外` and
/// `之外` end with `外`).
pub const EXCEPT_END: char = '外';

/// How many characters may stand before [`EXCEPT`] in its clause.
pub const EXCEPT_REACH: usize = 4;

/// Words after `除…外` that make it "besides", not "except": `除落实经费外，
/// 还实现了课后服务全覆盖`.
pub const BESIDES: [&str; 4] = ["还", "也", "同时", "另外"];

/// Whether `lead`, a sentence's words before a claim phrase, names an
/// exception to it (see [`EXCEPT`]).
pub fn names_exception(lead: &str) -> bool {
    let mut clause_start = 0;
    for (i, c) in lead.char_indices() {
        if crate::punctuation::is_clause_end(c) {
            clause_start = i + c.len_utf8();
            continue;
        }
        let subject = &lead[clause_start..i];
        // `全县除`, `其中除`, or the clause's start: not `消除`, `排除`.
        let opens = subject.is_empty()
            || subject == "其中"
            || subject.ends_with(crate::regions::REGION_ENDS);
        if c != EXCEPT || !opens || subject.chars().count() > EXCEPT_REACH {
            continue;
        }
        let rest = &lead[i + c.len_utf8()..];
        if let Some(end) = rest.find(EXCEPT_END)
            && end > 0
            && !rest.starts_with('此')
            && !search::contains_any(&rest[end..], BESIDES)
        {
            return true;
        }
    }
    false
}

/// `待新校投用后，超大班额可全部消除`, `等新园投用后，A达到51%`: a clause
/// opening with `待` or `等` and closing with `后`, or with a building done
/// ([`COMPLETIONS`]: `待城南幼儿园建成投用，A达到51.2%`), before a claim or a
/// figure in its sentence, makes it wait on that event: a plan. (`待` opens
/// it: `教师待遇` and `有待` are other words.)
pub const CONDITION: ([char; 2], char) = (['待', '等'], '后');

/// A building done, closing a clause of [`CONDITION`] with no `后`.
pub const COMPLETIONS: [&str; 5] = ["建成", "投用", "投入使用", "竣工", "完工"];

/// Whether `lead`, a sentence's words before a claim phrase or a figure,
/// holds a clause of [`CONDITION`].
pub fn names_condition(lead: &str) -> bool {
    let (open, close) = CONDITION;
    lead.split(crate::punctuation::is_clause_end).any(|clause| {
        let clause = clause.trim();
        clause.starts_with(open)
            && !clause.starts_with("待遇")
            && !clause.starts_with("等级")
            && (clause.contains(close) || COMPLETIONS.iter().any(|w| clause.ends_with(w)))
    })
}

/// `基本实现课后服务全覆盖，但仍有5所学校未开展`: a clause right after the
/// claim that opens with one of these and holds [`STILL_SOME`] and a denial
/// ([`DENIALS`]) takes the claim back. (`超大班额已全部消除，但仍有大班额23个`
/// is about other classes: it takes nothing back.)
pub const BUT: [&str; 3] = ["但", "然而", "不过"];

/// Words in a claim's clause that claim it only in part: nearly
/// (`基本实现全覆盖`, `超大班额基本消除`), in some places or schools only
/// (`仅在部分乡镇落实`, `大多数学校实现…`, `个别学校…`), or a count of some
/// out of all (`18个乡镇中有16个…`). See [`claims_in_part`].
pub const IN_PART: [&str; 15] = [
    "基本实现",
    "基本消除",
    // `66人以上超大班额基本清零` as `基本消除` (it was a claim in full).
    "基本清零",
    "基本化解",
    "基本覆盖",
    "基本无",
    "基本落实",
    "基本做到",
    "基本达到",
    "基本完成",
    "基本全覆盖",
    "部分",
    "个别",
    "多数",
    "中有",
];

/// Whether `clause`, the clause around a claim phrase, claims it only in
/// part ([`IN_PART`]), or for a part of the region
/// ([`crate::regions::SUBGROUPS`]: `农村学校课后服务实现全覆盖`).
pub fn claims_in_part(clause: &str) -> bool {
    if search::contains_any(clause, IN_PART) {
        return true;
    }
    // (`义务教育教师（含特岗教师）…`: a note of what the whole includes
    // narrows nothing; the claim was read as the subgroup's.)
    let whole;
    let clause = if search::contains(clause, INCLUDING) {
        whole = without_inclusions(clause);
        whole.as_str()
    } else {
        clause
    };
    crate::regions::subgroup_leads().in_text(clause)
        && search::contains_any(clause, crate::regions::SUBGROUPS)
}

/// A note of what a name includes, as folded text opens it: `（含特岗教师）`.
pub const INCLUDING: &str = "(含";

/// `clause` without its notes of what a name includes ([`INCLUDING`]): what
/// they name is part of the whole, not a subgroup the words narrow to.
pub fn without_inclusions(clause: &str) -> String {
    let mut out = String::with_capacity(clause.len());
    let mut rest = clause;
    while let Some(at) = rest.find(INCLUDING) {
        out.push_str(&rest[..at]);
        rest = match rest[at..].find(')') {
            Some(close) => &rest[at + close + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// `完成`: before a share under all of it, after a claim's phrase
/// (`…的任务已完成百分之八十`, `完成率为85%`), the claim is met in part.
pub const DONE: &str = "完成";

/// `仍有`, `尚有`, `还有`: what is left undone, after [`BUT`].
pub const STILL_SOME: [&str; 3] = ["仍有", "尚有", "还有"];

/// `…实现全覆盖，仅有2个教学点暂未开展`: a clause right after a claim that
/// opens with one of these (or [`STILL_SOME`]) and holds a denial
/// ([`DENIALS`]) names the places left out, and the claim is not met.
/// (`仅有` opens with `仅`.)
pub const ONLY_SOME: [&str; 4] = ["仅", "只有", "个别", "少数"];

/// Whether a note ends with the words of an exception, [`EXCEPT`] then
/// [`EXCEPT_END`]: `实现全覆盖（2个教学点除外）` leaves them out.
pub fn ends_excepting(note: &str) -> bool {
    note.strip_suffix(EXCEPT_END)
        .is_some_and(|rest| rest.ends_with(EXCEPT))
}

/// `未来`: the future, which holds `未` and denies nothing.
pub const FUTURE: &str = "未来";

/// The word that, opening a phrase of a comparison's requirement, states the
/// opposite of it: `教师平均工资收入低于当地公务员`. Not after a negation
/// ([`NOT_BELOW`]: `不低于`, `不得低于`), which is the requirement itself.
pub const BELOW: &str = "低于";

/// Words that make [`BELOW`] after them the requirement, not its denial.
pub const NOT_BELOW: [&str; 5] = ["不", "不得", "不应", "不能", "不会"];

/// Whether `phrase`, a phrase of a comparison's requirement after `before`
/// (the words of its clause before it), opens with [`BELOW`] not after a
/// negation ([`NOT_BELOW`]):
/// it states the first side below the second.
pub fn states_below(before: &str, phrase: &str) -> bool {
    (phrase.starts_with(BELOW) || (phrase.starts_with(THAN) && phrase.ends_with(BELOW_THAN)))
        && !NOT_BELOW.iter().any(|w| before.ends_with(w))
        || states_gap_below(before, phrase)
}

/// Words that end a comparison opened by [`THAN`] with a gap said in words
/// (`与当地公务员相比仍有差距`, `与当地公务员平均工资收入水平存在倒挂`): the
/// first side stands below the second, as [`BELOW_THAN`] says.
pub const GAP_BELOW: [&str; 2] = ["差距", INVERTED];

/// `倒挂`: the first side below the second, whatever the size said after it
/// (`与公务员倒挂3865元`); a bare `差距` with a size may be any gap's.
pub const INVERTED: &str = "倒挂";

/// Words before such a gap, in its clause, that say it is gone (`消除了
/// 教师平均工资与当地公务员的差距`): no shortfall then.
const GAP_CLOSED: [&str; 4] = ["消除", "弥合", "填平", "没有"];

/// Whether `phrase`, after `before` (its clause's words before it), states
/// a gap below in words ([`GAP_BELOW`]) that is not said to be gone
/// ([`GAP_CLOSED`]).
fn states_gap_below(before: &str, phrase: &str) -> bool {
    phrase.starts_with(THAN)
        && GAP_BELOW.iter().any(|w| phrase.ends_with(w))
        && !crate::search::contains_any(before, GAP_CLOSED)
        && !phrase.contains("没有")
        && !phrase.contains('无')
}

/// The words that open a comparison written the other way round, with the
/// other side after them: `比当地公务员低0.3万元`, `较当地公务员低…`, `与当地公务员
/// 相比低0.42万元`. A phrase that opens with one and ends with [`BELOW_THAN`]
/// states [`BELOW`]; with [`ABOVE_THAN`], [`ABOVE`].
pub const THAN: [char; 3] = ['比', '较', '与'];

/// `低`: ends a comparison opened by [`THAN`] that states the first side below.
pub const BELOW_THAN: char = '低';

/// Words that, opening a phrase of a comparison's requirement, state the
/// first side above the second (`高出当地公务员0.2万元`, `高于当地公务员`,
/// `超过当地公务员0.3万元`), as
/// `比当地公务员高0.2万元` does ([`ABOVE_THAN`]): the figure after is the gap.
/// The mirror of [`BELOW`] for claims; `crate::changes::OTHER_COMPARISONS`
/// holds both among the words that stop a figure being a level.
pub const ABOVE: [&str; 4] = ["高出", "高于", "超过", "超出"];

/// `高`: ends a comparison opened by [`THAN`] that states the first side
/// above (`比当地公务员高0.2万元`).
pub const ABOVE_THAN: char = '高';

/// Whether `phrase` states the first side of a comparison above the second
/// ([`ABOVE`], [`THAN`]…[`ABOVE_THAN`]): a figure after it is the gap, no count.
pub fn states_above(phrase: &str) -> bool {
    ABOVE.iter().any(|w| phrase.starts_with(w))
        || (phrase.starts_with(THAN) && phrase.ends_with(ABOVE_THAN))
}

/// `相当于当地公务员的98.1%`: a phrase of a comparison's requirement that
/// opens with it states the first side as a share of the second; a share
/// under 100% is below it (a denial), and 100% or more meets it.
pub const AS_SHARE_OF: &str = "相当于";

/// How many characters before a claim phrase a [`DENIALS`] word may stand:
/// `未` + a verb of two (`未落实`, `尚未实现`), `没有完全做到`, or
/// `没有完全实现“` before a quoted phrase.
pub const DENIAL_REACH: usize = 8;

/// Words after a figure that make it a standard or requirement stated for
/// comparison: `未达到80%的国家标准`, `超出国家5%的要求`.
pub const STANDARDS: [&str; 3] = ["标准", "要求", "目标"];

/// Whether `words`, between a name and its figure, end with a word of
/// [`STANDARDS`] before the figure (`距离国家要求的`, `离省定标准`): the
/// figure after them is the standard's.
pub fn names_a_standard(words: &str) -> bool {
    let words = words.trim_end();
    let words = words.strip_suffix('的').unwrap_or(words);
    STANDARDS.iter().any(|w| words.ends_with(w))
}

/// Labels a self-evaluation form sets before a standard's figure, or before
/// the item that states it: `A：标准值80%，实际值77.9%`, `A底线95%`, `评价要点：A
/// 是否达到50%。自评情况：…`, `指标：A达到95%。`. What follows is the standard
/// the value is held to, never the value (each was read as the level, and
/// passed the rule it states). A label stands whole: `主要指标：A达到86%`
/// states the level. (After a separator, a word of [`STANDARDS`] is one
/// too: `A【标准】80%`, `A 标准：80%`; right after the name it may be the
/// region's own, `生均公用经费标准为800元`.)
///
/// A form's item label ([`ITEM_LABELS`]: `指标：`, `评估指标：`) is one too, and
/// so is one numbered (`指标3：`, `指标三：`): [`labels_a_standard`].
pub const STANDARD_LABELS: [&str; 7] = [
    "标准值",
    "规定值",
    "达标值",
    "达标线",
    "底线",
    "评价要点",
    "评估要点",
];

/// Whether `label` (its brackets and colon trimmed) opens a standard's
/// figure: one of [`STANDARD_LABELS`] or [`ITEM_LABELS`], after any number
/// of the item is cut from its end (`指标3`, `指标三`, `评估指标(一)`: 50% was
/// read as the level of `指标3：A达到50%。自评情况：48.7%`, and passed).
pub fn labels_a_standard(label: &str) -> bool {
    let listed = |l: &str| STANDARD_LABELS.contains(&l) || ITEM_LABELS.contains(&l);
    let numbered = |c: char| {
        c.is_ascii_digit()
            || crate::numerals::is_numeral_char(c)
            || matches!(c, '.' | '(' | ')' | '、')
    };
    // (Only a label that ends with a number is cut.)
    listed(label)
        || (label.chars().next_back().is_some_and(numbered)
            && listed(label.trim_end_matches(numbered)))
}

/// Labels of a form's item, before the name of what is assessed
/// (`指标：消除66人以上超大班额`, `评价内容：…`).
const ITEM_LABELS: [&str; 7] = [
    "指标",
    "评价指标",
    "评估指标",
    "考核指标",
    "指标名称",
    "评价内容",
    "评价项目",
];

/// Whether `lead` (a sentence's words before a claim's phrase) opens with
/// the label of a form's item ([`ITEM_LABELS`]): the item names what is
/// assessed, and claims nothing.
pub fn labels_an_item(lead: &str) -> bool {
    label(lead.trim_start()).is_some_and(|l| ITEM_LABELS.contains(&l.trim()))
}

/// Nouns of a task or a promise after a figure and `的`, which make the
/// figure what was set or promised, as [`STANDARDS`] do: `达到80%的整改任务
/// 尚未完成`, `…的承诺未兑现`, `…的计划未能完成` (the figure was read as the
/// level reached).
pub const PLEDGES: [&str; 4] = ["整改任务", "任务", "承诺", "计划"];

/// Whether `note`, the words in brackets right after a figure, label it as
/// a goal (`85%（2024年目标）`, `52%（计划数）`, `100%（目标值）`, `（任务数）`): the
/// figure is set, not reached (85% passed, and the 78.4% reached after it
/// was lost). A short note only: a longer one says something else of it.
/// A note with a figure of its own (`86%（省定标准80%）`) gives the goal
/// beside the figure, and labels nothing: only a year may stand in it.
pub fn labels_a_goal(note: &str) -> bool {
    // Every digit in a year (`2024年`).
    let only_years = note
        .split(|c: char| !c.is_ascii_digit())
        .all(|run| run.is_empty() || (run.len() == 4 && note.contains(&format!("{run}年"))));
    note.chars().count() <= GOAL_NOTE_CHARS
        && only_years
        && (search::contains_any(note, STANDARDS) || search::contains_any(note, PLEDGES))
}

/// How many characters a note that labels a figure as a goal holds at most
/// ([`labels_a_goal`]): `2024年目标值` is 9.
const GOAL_NOTE_CHARS: usize = 10;

/// `在92.3%的基础上再提高1个百分点`: the figure before it is where a plan
/// starts from, the level now, not the plan's target.
pub const ON_THE_BASIS: &str = "基础上";

/// The national base quota of per-student public funds (`基准定额`): a
/// standard like [`STANDARDS`], owned by the state.
pub const BASE_QUOTA: &str = "基准定额";

/// Words before a standard's noun that name whose it is (`的国家标准`,
/// `省定目标`); skipped when looking for [`STANDARDS`].
pub const STANDARD_OWNERS: [&str; 16] = [
    "的", "国家", "全国", "省级", "省定", "省", "市级", "市定", "县定", "市", "规定", "基本",
    "控制", "评估", "评价", "督导",
];

/// Words that state a required bound rather than a level: `不低于40%`,
/// `控制在5%以内`. A figure they introduce is a requirement (a target), and
/// the figure is a bound, not an exact value (its qualifier is
/// [`crate::qualifiers::meaning`] of the word: `不低于650元` is at least 650).
pub const BOUNDS: [&str; 8] = [
    "不低于",
    "不少于",
    "不小于",
    "不高于",
    "不超过",
    "不多于",
    "不大于",
    "控制在",
];

/// The most characters a [`BOUNDS`] word has (a test holds it to the list).
pub const BOUND_CHARS: usize = 3;

/// Words right before a bound ([`BOUNDS`]) that make it a level reached, not
/// a requirement: `大班额比例已控制在5%以内`, `均控制在`, `全部控制在`,
/// `始终不超过`. The figure is then the level, known from above or below
/// by its qualifier (`以内`: at most). A plan word in the sentence
/// (`确保…控制在`, `力争控制在`) still makes it a target, and a bound with
/// none of these words before it (`要控制在`, `控制在`) stays one.
pub const ACHIEVED: [&str; 10] = [
    ALREADY, "已经", "均", "全部", "全面", "实现", "始终", "一直", "稳定", "有效",
];

/// `已`: what follows was done (`已达到78.2%`), whatever goal frames the
/// sentence (`对标2025年目标，…已达到78.2%`).
pub const ALREADY: &str = "已";

/// A deadline at the end of the year with no year before it (`年底前`,
/// `今年年底前`): the year being written in, so a plan (`正在整改，年底前…
/// 达到52%`); `2023年底前` is dated, and read by its year.
pub const YEAR_END: [&str; 2] = ["年底前", "年末前"];

/// Words beside a [`YEAR_END`] deadline that say the work was done by
/// then, not planned: `年底前已实现…`, `实现了`, `年底前全部完成化解`, and a
/// year told from its start (`年初排查出超大班额12个，年底前…`).
pub const YEAR_END_DONE: [&str; 4] = ["已", "了", "完成", "年初"];

/// Whether `words` hold a [`YEAR_END`] deadline with no year's digits
/// right before it.
pub fn year_end_deadline(words: &str) -> bool {
    // One byte search per word rules most sentences out.
    YEAR_END.iter().any(|w| {
        search::contains(words, w)
            && search::starts(words, w).any(|i| !words[..i].ends_with(|c: char| c.is_ascii_digit()))
    })
}

/// Whether the words `before` a bound (or before `将` in `已将A控制在…`)
/// end with a word of [`ACHIEVED`].
pub fn achieved(before: &str) -> bool {
    let before = before.trim_end();
    ACHIEVED.iter().any(|w| before.ends_with(w))
}

/// Words that open the figure actually reached after a plan or a reported
/// figure: `目标任务是…达到85%，实际完成86.4%`, `填报为92.5%，核查结果为90.2%`,
/// `计划到2025年…达到55%，目前为51.3%`.
pub const ACTUAL: [&str; 41] = [
    IN_FACT,
    "目前",
    "当前",
    "现为",
    "现已",
    "核查结果为",
    "核查结果",
    "核实为",
    "经核查",
    "经核实",
    "核实后",
    // `自评为83.5%，核查认定为78.9%`, `…，实地核查发现为6.1%`, `按核查口径为79.0%`.
    "核查认定",
    "实地核查",
    "按核查口径",
    // `自评为51.3%，核查为47.6%`, `复核为…`, `经复核认定为…`, `评估组认定为…`,
    // `核定为…`, `核减后为…`, `督导核查为…`: what the inspectors found (a
    // clause opens with the word).
    "核查为",
    // `按省定口径重新核算为78.6%`: a sum done again by the inspectors.
    "重新核算",
    "复核",
    "经复核",
    "评估组",
    "督导核查",
    "抽查核实",
    "认定为",
    "核定为",
    "核减后",
    // `评估核减后为79.4%`, `评估核定为…`: the evaluators' check, named.
    "评估核减",
    "评估核定",
    // `实为46.1%`, `查实为…`, `经查为…`, `经查，仅为…`, `据核实为…`, `核查发现为…`,
    // `抽查核定为…`: the short forms of a feedback letter.
    "实为",
    "查实",
    "经查",
    "据核实",
    "核查发现",
    "抽查",
    // `年初预算7.1亿元，决算数6.6亿元`: what was spent, after the budget.
    "决算数",
    "决算",
    // `预算数8.9亿元，执行数8.6亿元`, `调整预算14200元，实际完成13650元`.
    "执行数",
    "实际执行",
    "实际支出",
    "实际完成",
    // A self-evaluation form's value beside its standard: `标准值80%，自评值
    // 78.4%`, `【标准】80%【自评】78.4%`, `规定值95%，现状值94.1%`, `达标值5%以内，
    // 完成值6.3%` (a form's column: `| 标准 | 自评值 |`).
    "自评",
    "现状值",
    "完成值",
];

/// Words of a table's column of the figure a check found (`评估核定值`,
/// `核查值`, `核实数`, `核减后`): the level, before the region's own report.
pub const CHECKED_FIGURE: [&str; 4] = ["核定", "核实", "核查", "核减"];

/// `实际`: what is so, after what was reported or planned. Between a level
/// and the figure an [`ACTUAL`] clause states (`…达到51.4%，剔除未移交的小区
/// 配套园后实际为47.9%`), it says the level was not so: the figure after it
/// replaces it, as a check's does ([`VERIFYING`]).
pub const IN_FACT: &str = "实际";

/// Who checks, named before the words of their check (`督导组核实为78.9%`,
/// `经省督导组实地核查为…`, `核查组核定为…`): the clause still opens with what
/// they found ([`after_inspectors`]).
const INSPECTORS: [&str; 6] = ["督导组", "核查组", "评估组", "专家组", "检查组", "复核组"];

/// The level of government an inspecting body belongs to (`省督导组`).
const INSPECTOR_LEVELS: [&str; 4] = ["国家", "省", "市", "县"];

/// `opening` after the inspecting body that opens it (`经督导组`, `省督导组`,
/// `督导组`: [`INSPECTORS`]), or all of it: the words of the check come after
/// them (the self-reported 86% passed where `督导组核实为78.9%` followed).
pub fn after_inspectors(opening: &str) -> &str {
    let body = opening.strip_prefix("经").unwrap_or(opening);
    let body = search::after_any(body, &INSPECTOR_LEVELS).unwrap_or(body);
    search::after_any(body, &INSPECTORS).unwrap_or(opening)
}

/// Words that, after a plan or a budget, state what was done (`调整预算14200元，
/// 完成13650元`, `计划投入3亿元，执行2.8亿元`). Only there: elsewhere `完成`
/// opens any work done (`完成投资1亿元`), and [`ACTUAL`] words say more.
pub const DONE_AFTER_PLAN: [&str; 2] = ["完成", "执行"];

/// Words that make a figure one the inspectors did not accept as stated:
/// `填报为92.5%`, `自评为83.5%`, `自评报告称…为52.3%`, `按自评口径为…`,
/// `县政府报告称…达到51.4%` (a 人大's check of the government's report). The
/// value an [`ACTUAL`] figure gives replaces it.
pub const REPORTED: [&str; 5] = ["填报", "上报", "自报", "自评", "报告称"];

/// Words of the inspectors' check, in an [`ACTUAL`] clause after a level:
/// `…为52.3%，经核查实际为47.6%`, `…88.0%，但核实后仅为84.3%`. What they found
/// replaces the level stated before it, reported or not.
pub const VERIFYING: [&str; 2] = ["核查", "核实"];

/// Words that state what a check found, as [`VERIFYING`] words do, though
/// they do not name a check to come: `…，复核为…`, `…，核定为…`, `…，查实为…`,
/// `…，经查，仅为…`, `…，实为…`, `…，抽查核定为…` (the stated 86% passed);
/// `县报数据为86.7%，核减后为79.4%` (what the check took off: the figure
/// reported was kept).
pub const FOUND: [&str; 7] = ["复核", "核定", "认定", "查实", "经查", "实为", "核减"];

/// Words that name a check being made, not only what it found: `但检查组
/// 抽查发现，…`, `经实地检查，…`.
const CHECKING: [&str; 2] = ["抽查", "检查"];

/// Whether a clause names a check of what was stated ([`VERIFYING`],
/// [`FOUND`], [`CHECKING`]): `但检查组抽查发现`, `经省督导组实地核查`. A clause
/// after it then says what the check found.
pub fn names_check(clause: &str) -> bool {
    search::contains_any(clause, VERIFYING)
        || search::contains_any(clause, FOUND)
        || search::contains_any(clause, CHECKING)
}

/// Section titles whose figures are plans: `下一步工作打算`, `2023年工作计划`,
/// `今后工作思路`, `2024年工作重点`, `2024年工作目标`, `工作展望`, and the
/// inspectors' demands (`整改建议`, `几点建议`, `督导意见`). A title that also
/// names problems (`存在问题和下一步打算`) mixes current levels with plans and
/// is not one ([`PROBLEM_TITLES`]); nor is one that says the plans or the
/// advice were carried out ([`DONE_TITLES`]: `整改建议落实情况`), nor a
/// region's whole part of a document (`对槐荫县的督导意见`: see
/// [`is_plan_title`]).
pub(crate) const PLAN_TITLES: [&str; 25] = [
    "下一步",
    "下步",
    "下一阶段",
    "下阶段",
    "打算",
    "工作计划",
    "工作思路",
    "工作重点",
    "工作安排",
    "工作目标",
    // `二、2024年主要目标` in a 工作要点 (its goals were read as levels
    // reached, and passed).
    "主要目标",
    "发展目标",
    "预期目标",
    "目标任务",
    // `一、2025年主要任务` in a 政府工作报告: the year's tasks (its items
    // were read as levels reached, and passed).
    "主要任务",
    "重点任务",
    "工作要点",
    "展望",
    "今后",
    "努力方向",
    "整改要求",
    "整改意见",
    "督导意见",
    "建议",
    "工作要求",
];

/// Section titles about problems: their figures are current levels.
pub(crate) const PROBLEM_TITLES: [&str; 4] = ["问题", "不足", "困难", "短板"];

/// Words of a title that say what was done, however it names the plans or
/// the advice it answers: `对照督导意见逐项整改落实情况`, `整改建议落实情况`,
/// `2023年工作计划完成情况`, `主要成效和下一步打算`. Its figures are levels
/// reached (each sentence of plans is still read as one).
pub(crate) const DONE_TITLES: [&str; 10] = [
    // (`重点工作推进情况`, `重点工作开展情况`.)
    "推进情况",
    "开展情况",
    "落实情况",
    "整改情况",
    "完成情况",
    "进展情况",
    "执行情况",
    "逐项整改",
    "整改落实",
    "成效",
];

/// Whether a section titled `title` holds plans only: it names plans
/// ([`PLAN_TITLES`]), and neither problems ([`PROBLEM_TITLES`]) nor what
/// was done ([`DONE_TITLES`]). A heading that is a region's whole part of
/// the document (`对槐荫县的督导意见`, `槐荫县督导意见`:
/// [`crate::regions::is_part_of_region`]) is not: a 督导意见书 states each
/// county's levels under it, then what the county should do (those
/// sentences are plans by their own words: `建议…`, `确保…`). A bare
/// `督导意见` heading after `存在问题` holds the demands only, and is one
/// (the problem a demand opens with is still read as a level: `目前…仅为
/// 45.6%，建议…`).
pub fn is_plan_title(title: &str) -> bool {
    (names_plans(title) || names_work_ahead(title)) && !search::contains_any(title, PROBLEM_TITLES)
}

/// Section titles of the work ahead: `2024年重点工作`, `明年重点工作`,
/// `“十四五”后期重点任务` (their figures were read as levels reached). Only
/// as a section's title: in a sentence (`已将学前教育列入重点工作，重点做了以下
/// 工作：`) or a label they name no plans.
const AHEAD_TITLES: [&str; 3] = ["重点工作", "重点任务", "明年"];

/// Whether `title` names the work ahead ([`AHEAD_TITLES`]) and not what
/// was done ([`DONE_TITLES`]: `重点工作推进情况`).
fn names_work_ahead(title: &str) -> bool {
    search::contains_any(title, AHEAD_TITLES)
        && !search::contains_any(title, DONE_TITLES)
        && !crate::regions::is_part_of_region(title)
}

/// Whether `title` names plans or demands and not what was done, nor a
/// region's whole part (see [`is_plan_title`]).
fn names_plans(title: &str) -> bool {
    search::contains_any(title, PLAN_TITLES)
        && !search::contains_any(title, DONE_TITLES)
        && !crate::regions::is_part_of_region(title)
}

/// Section titles that name a report's problems (`存在问题`, `问题与不足`),
/// as opposed to work that solved one (`着力解决大班额问题`). Whole
/// phrases, unlike [`PROBLEM_TITLES`]: a single word such as `困难` marks a
/// plan title as mixed (safe: its figures stay levels), but would take a
/// section of work such as `资助困难学生` out of the case rules.
pub(crate) const PROBLEM_SECTION_TITLES: [&str; 13] = [
    "存在问题",
    "存在的问题",
    "存在的主要问题",
    "存在不足",
    "存在的不足",
    "主要问题",
    "问题与不足",
    "问题和不足",
    "困难和问题",
    "困难与问题",
    "不足之处",
    "薄弱环节",
    "短板",
];

/// Whether a section titled `title` reports no work done: its problems
/// (`存在问题和下一步打算`), its plans (`下一步工作`), the background
/// before the work (`基本情况`), or the inspectors'
/// requirements (`整改要求`). Such a section is not written up as cases of
/// work, so rules on the number and detail of cases do not judge it; its
/// figures are still read (a problem is stated as a current level).
pub fn holds_no_work(title: &str) -> bool {
    let title = unnumbered(title);
    holds_problems_or_plans(title)
        || (search::contains_any(title, BACKGROUND_TITLES)
            && !search::contains_any(title, WORK_TITLES))
}

/// Whether a section titled `title` lists problems, plans or requirements
/// (`存在的问题`, `下一步工作打算`, `整改要求`): the part of
/// [`holds_no_work`] that is about no region's work even when its items
/// name regions (`三、存在的问题` + `（一）河东区`), unlike the background
/// (`各县（市、区）基本情况`).
pub fn holds_problems_or_plans(title: &str) -> bool {
    let title = unnumbered(title);
    names_plans(title)
        || search::contains_any(title, PROBLEM_SECTION_TITLES)
        || title.starts_with("问题")
}

/// A section title without the numbering it may still carry (`3.`, `（三）`).
fn unnumbered(title: &str) -> &str {
    title.trim_start_matches(|c: char| c.is_ascii_digit() || "（）()、.． ".contains(c))
}

/// Section titles that describe the region before its work (`一、基本情况`,
/// `县情概况`): no cases of work in them ([`holds_no_work`]), unless the
/// title names the work too ([`WORK_TITLES`]: `基本情况和主要成效`).
pub(crate) const BACKGROUND_TITLES: [&str; 5] = ["基本情况", "县情", "区情", "市情", "概况"];

/// Words of a section title that name work done: `主要做法`, `工作成效`.
pub(crate) const WORK_TITLES: [&str; 4] = ["做法", "成效", "成绩", "举措"];

#[cfg(test)]
mod tests {
    #[test]
    fn demands_open_sentences_of_plans() {
        for lead in [
            "县政府要确保A稳定在85%以上",
            "要确保A达到90%",
            "县教育和体育局要加大投入",
            "各乡镇要切实",
        ] {
            assert!(opens_with_demand(lead), "{lead}");
        }
        for lead in [
            "全县主要抓了三件事",
            "需要说明的是",
            "这是重要确保",
            "县政府要求各校",
            "2023年县政府要确保",
            "青溪县教育和体育局党组要确保",
        ] {
            assert!(!opens_with_demand(lead), "{lead}");
        }
    }

    use super::*;

    /// `努力` is an effort made after `经过`/`通过` in its clause or before
    /// `下`, and a plan otherwise.
    #[test]
    fn an_effort_made_is_no_plan() {
        for (before, after) in [
            ("大班额比例为8%，经过两年", "，目前降至3.2%"),
            ("通过不懈", "，公办园在园幼儿占比达到52%"),
            ("在全县上下的共同", "下，覆盖率达到86%"),
        ] {
            assert!(effort_made(EFFORT, before, after), "{before}…{after}");
        }
        for (before, after) in [
            ("全县将继续", "，确保大班额比例控制在5%以内"),
            ("经过调研，下一步将", "提高覆盖率"),
        ] {
            assert!(!effort_made(EFFORT, before, after), "{before}…{after}");
        }
        assert!(!effort_made("力争", "经过", ""));
        // The urging done, and the urging to do.
        assert!(effort_made(URGE, "经", "整"));
        assert!(!effort_made(URGE, "", "该"));
    }

    /// A remedy is made only when said so unguarded: not after a word of
    /// not yet, not after a demand in its clause (unless `已` opens it).
    #[test]
    fn a_remedy_made_is_said_unguarded() {
        for made in [
            "已整改到位",
            "经督促,现已整改到位",
            "问题已于2024年3月整改完毕",
            "已完成整改",
        ] {
            assert!(remedy_made(made), "{made}");
        }
        for not_made in [
            "尚未整改到位",
            "至今仍未整改到位",
            "未能按期整改到位",
            "须于2025年6月底前整改到位",
            "责令限期整改到位",
        ] {
            assert!(!remedy_made(not_made), "{not_made}");
        }
    }

    #[test]
    fn a_note_of_what_the_whole_includes_is_no_part() {
        assert!(!claims_in_part(
            "义务教育教师(含特岗教师)平均工资收入水平与当地公务员相比仍有差距"
        ));
        assert!(claims_in_part(
            "特岗教师平均工资收入水平与当地公务员相比仍有差距"
        ));
        assert_eq!(without_inclusions("甲(含乙)丙(含丁"), "甲丙");
    }

    #[test]
    fn an_items_label_claims_nothing() {
        assert!(labels_an_item("指标:"));
        assert!(labels_an_item("评价内容:全面"));
        for lead in ["主要成效:", "全县", "指标完成情况良好,"] {
            assert!(!labels_an_item(lead), "{lead}");
        }
    }

    #[test]
    fn a_label_is_stepped_over_but_a_year_is_no_label() {
        assert_eq!(after_label("取得成效:2021年,全县"), "2021年,全县");
        assert_eq!(after_label("【成效】2021年全县"), "2021年全县");
        assert_eq!(after_label("(成效)2021年全县"), "2021年全县");
        assert_eq!(after_label("〔背景〕2022年,全县"), "2022年,全县");
        assert_eq!(after_label("〖成效〗2021年全县"), "2021年全县");
        assert_eq!(after_label("[成效]2021年全县"), "2021年全县");
        assert_eq!(after_label("〔2022〕2号"), "〔2022〕2号");
        assert_eq!(after_label("2021年:全县"), "2021年:全县");
        assert_eq!(after_label("全县"), "全县");
    }

    #[test]
    fn heads_of_lists_of_plans() {
        for head in [
            "下一步打算",
            "下一步，我县将重点做好以下工作",
            "针对上述问题，我县将采取以下措施",
            "今后，将从以下几个方面着力",
            "督导组提出以下建议",
            "2024年工作计划如下",
            "力争在以下方面取得突破",
        ] {
            assert!(announces_plans(head), "{head}");
        }
        for head in [
            "主要做法如下",
            "我县将教育经费纳入预算，主要做法如下",
            "我县已将重点放在以下工作",
            "主要成效和下一步打算",
            "2023年工作计划完成情况如下",
        ] {
            assert!(!announces_plans(head), "{head}");
        }
    }

    #[test]
    fn sections_without_work() {
        for t in [
            "存在问题",
            "存在的主要问题及原因",
            "问题与不足",
            "存在的不足",
            "存在不足及改进措施",
            "存在问题和下一步打算",
            "下一步工作",
            "整改要求",
            "问题和建议",
            "困难和问题",
            "基本情况",
            "县情概况",
        ] {
            assert!(holds_no_work(t), "{t}");
        }
        for t in [
            "着力解决大班额问题",
            "主要做法和成效",
            "教育投入保障",
            "济南市",
            "基本情况和主要成效",
            "弥补不足、提升办学质量",
        ] {
            assert!(!holds_no_work(t), "{t}");
        }
        assert!(holds_problems_or_plans("存在的主要问题"));
        assert!(holds_problems_or_plans("整改要求"));
        assert!(!holds_problems_or_plans("各县（市、区）基本情况"));
        assert!(!holds_problems_or_plans("各县（市、区）情况"));
    }

    #[test]
    fn achieved_bounds() {
        for w in ["已", "大班额比例均", "已经", "全部", "始终"] {
            assert!(achieved(w), "{w}");
        }
        for w in ["要", "力争", "确保", "", "将"] {
            assert!(!achieved(w), "{w}");
        }
    }

    #[test]
    fn plan_titles() {
        assert!(is_plan_title("下一步工作打算"));
        assert!(is_plan_title("2023年工作计划"));
        assert!(is_plan_title("2024年主要目标"));
        assert!(!is_plan_title("主要目标完成情况"));
        assert!(is_plan_title("2025年主要任务"));
        assert!(is_plan_title("2025年重点任务"));
        assert!(!is_plan_title("2024年主要任务完成情况"));
        for title in [
            "2024年工作重点",
            "2024年工作安排",
            "整改建议",
            "几点建议",
            "下一阶段工作",
            // The work ahead (each was read as levels reached).
            "2024年重点工作",
            "明年重点工作",
            "“十四五”后期重点任务",
            "明年工作安排",
        ] {
            assert!(is_plan_title(title), "{title}");
        }
        assert!(!is_plan_title("存在问题和下一步打算"));
        assert!(!is_plan_title("主要成效"));
        assert!(!is_plan_title("2023年重点工作推进情况"));
        assert!(!is_plan_title("重点工作开展情况"));
        for title in [
            "今后工作思路",
            "努力方向",
            "下一步工作计划",
            "2024年工作目标",
            "工作展望",
            "2024年工作重点",
            "工作安排",
            "督导意见",
        ] {
            assert!(is_plan_title(title), "{title}");
        }
    }

    /// Titles that say the advice was carried out, and a region's part of
    /// an inspectors' document: their levels were read as targets, and the
    /// sections passed.
    #[test]
    fn titles_of_work_done_are_no_plans() {
        for title in [
            "对照督导意见逐项整改落实情况",
            "整改建议落实情况",
            "2023年工作计划完成情况",
            "督导意见整改情况",
            "主要成效和下一步打算",
            "对槐荫县的督导意见",
            "槐荫县督导意见",
        ] {
            assert!(!is_plan_title(title), "{title}");
        }
        assert!(is_plan_title("芦洲区：下一步工作打算"));
        assert!(!holds_problems_or_plans("整改建议落实情况"));
    }

    /// Labels of plans before the figures: only the first clause of
    /// `【工作计划】…` was a plan (by the word), and none of `【下一步】…`.
    #[test]
    fn labels_of_plans_open_sentences_of_plans() {
        for lead in [
            "工作目标:全县公办园在园幼儿占比达到55%",
            "整改任务:A达到85%",
            "【下一步】全县公办园在园幼儿占比达到55%",
            "【工作计划】全县公办园在园幼儿占比达到55%",
            "下一步打算:全县公办园在园幼儿占比达到55%",
            "下步工作:全县公办园在园幼儿占比达到55%",
            "【今后工作思路】全县公办园在园幼儿占比达到55%",
        ] {
            assert!(opens_sentence_of_plans(lead), "{lead}");
        }
        for lead in [
            "整改情况:全县公办园在园幼儿占比达到55%",
            "【主要成效】全县公办园在园幼儿占比达到55%",
            "全县公办园在园幼儿占比达到55%",
            "经核查:全县下一步",
        ] {
            assert!(!opens_sentence_of_plans(lead), "{lead}");
        }
    }

    /// A form's answer after its question: a bare `是`/`否` before a clause
    /// or cell end, past a label, or the option a mark ticks, on either
    /// side of it. Blank options, a `是` that opens a word, and words that
    /// answer nothing give none.
    #[test]
    fn answers_on_forms() {
        for (rest, yes) in [
            (":是。", true),
            (":否", false),
            ("。自评情况:是,全县义务教育学校课后服务覆盖率为100%。", true),
            ("。自评情况:否,全县仍有超大班额2个。", false),
            ("?是。", true),
            ("?否。", false),
            (":☑是 □否", true),
            (":□是 ☑否", false),
            (":□是☑否", false),
            (":√是 否", true),
            (":是(√)否( )", true),
            (":是( )否(√)", false),
            (":是☑否□", true),
            (":无", false),
            (":有,2个", true),
            (" | 是 | 达标 |", true),
            (" | 是,比上年增长2.4% | 达标 |", true),
            ("(含教学点):☑是 □否", true),
            ("。\n自评情况:是。", true),
        ] {
            assert_eq!(answer_after(rest), Some(yes), "{rest}");
        }
        for rest in [
            ",全县课后服务覆盖率为100%。",
            "。",
            "",
            ":□是 □否",
            ":是( )否( )",
            ":是 □否",
            ":是否建立联动机制",
            ":是全县的重点工作",
            " | 2024年为38.62亿元,2023年为39.05亿元 | 未达标 |",
            "有待进一步核实。",
        ] {
            assert_eq!(answer_after(rest), None, "{rest}");
        }
        // The words after the answer's clause: where its value stands.
        for (rest, after) in [
            (":否,为94.2%。", "为94.2%。"),
            ("。自评情况:否,全县为46.8%。", "全县为46.8%。"),
            (":□是 ☑否,全县为77.9%", "全县为77.9%"),
            (" | 否 | 77.9% |", " 77.9% |"),
            (":是。", ""),
            (":是", ""),
        ] {
            assert_eq!(answered(rest).map(|(_, w)| w), Some(after), "{rest}");
        }
    }

    /// `请` asks only where it opens its clause (not `申请`, `聘请`, `敬请`),
    /// and a demand that opens with `要` is not the end of `主要` or `重要`.
    #[test]
    fn plan_words_that_stand_alone() {
        for before in [None, Some(','), Some(':'), Some(' '), Some(')')] {
            assert!(stands_alone(REQUEST, before), "{before:?}");
        }
        for before in ['申', '聘', '邀', '敬', '县'] {
            assert!(!stands_alone(REQUEST, Some(before)), "{before}");
        }
        assert!(stands_alone("要落实", Some('县')));
        assert!(stands_alone("要落实", Some('需')));
        assert!(!stands_alone("要落实", Some('主')));
        assert!(!stands_alone("要实现", Some('重')));
        assert!(stands_alone("须落实", Some('主')));
        assert!(stands_alone("力争", Some('县')));
        assert!(PLAN_WORDS.contains(&REQUEST) && SENTENCE_PLANS.contains(&REQUEST));
    }

    /// A goal asked about (`目标是否完成`) is not said met.
    #[test]
    fn a_goal_asked_about_is_not_met() {
        assert!(goal_met("目标", "任务全面完成"));
        assert!(!goal_met("目标", "任务是否完成"));
        assert!(!goal_met("目标", "任务能否完成"));
    }

    #[test]
    fn bound_chars_is_the_longest_bound() {
        let longest = BOUNDS.iter().map(|w| w.chars().count()).max();
        assert_eq!(longest, Some(BOUND_CHARS));
    }
}
