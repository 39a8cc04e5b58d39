//! Parts of a year: the period a figure is for, when it is not the whole
//! year the report is about.
//!
//! Reports, and the finance bureaus' notices they quote, state running
//! figures: `今年1-9月，全县财政教育支出4.37亿元，同比增长8.6%`,
//! `上半年…`, `一季度…`, `截至9月底…`. Such a figure is real, but it is not
//! the indicator's level for the year (nor its change against the year
//! before): read as one, a running total that is low because the year is
//! not over fails a threshold, and a strong first quarter passes a rule
//! that the year as a whole fails. The extractor leaves the mention unread
//! (`other-period`), so that it is said, not judged.

use crate::numerals;
use crate::search;

/// Words that name a part of a year on their own (`第一季度` and
/// `前三季度` hold `一季度` and `三季度`). `年初以来` and `截至目前` are not
/// among them: written at the end of the year, they mean all of it.
pub const PARTS: [&str; 6] = ["上半年", "下半年", "一季度", "二季度", "三季度", "四季度"];

/// The word that says a figure is for the whole year again, after a part of
/// it was named earlier in the sentence (`上半年…，全年…`).
pub const WHOLE_YEAR: &str = "全年";

/// Words that open a sentence about the state before a rectification: the
/// problem the inspectors found (`反馈意见指出，全县普惠性幼儿园覆盖率仅为
/// 76.2%`, `督导组指出我县…`) or what was before the work (`整改前，…`). Its
/// figures are not the level the report now states. (`存在问题` is not one:
/// a report's own problems are stated as current levels.)
pub const BEFORE_REMEDY: [&str; 16] = [
    REMEDY_BEFORE,
    // `督导反馈我县一般公共预算教育支出同比下降2.6%，经整改，…`.
    "督导反馈",
    // `原反馈“…下降2.6%”`, `反馈的“大班额比例偏高（6.3%）”问题`.
    "原反馈",
    "反馈的",
    // `市督导组反馈我县…为76.5%`.
    "督导组反馈",
    "反馈意见指出",
    "反馈指出",
    "督导组指出",
    "督导反馈指出",
    FOUND,
    "评估组指出",
    "反馈问题",
    // The evaluation's own report, quoted in the answer to it: `评价报告指出，
    // A比上年下降1.9%。整改后，…` (the fall was the year's, and failed). (Not
    // `评价发现`: a bulletin states the year's findings so.)
    "评价报告指出",
    "评估报告指出",
    "督导报告指出",
    "评价中发现",
];

/// Words of a section heading that review a year's work: `一、2024年工作回顾`,
/// `充分肯定2024年教育工作取得的成绩`, `2024年主要成效`.
pub const REVIEWS: [&str; 4] = ["回顾", "成绩", "成效", "总结"];

/// The earlier year whose work a section `heading` reviews, in a report on
/// `year`: one year before the report's, written `2024年`, not a span or a
/// deadline (`2021年以来`, `2021—2023年`) nor a remedy's (`整改`), beside a
/// word of [`REVIEWS`]. A 政府工作报告 or a meeting's speech is titled by the
/// year it is given in and reviews the year before: that section's figures
/// are the earlier year's (each was judged as the report's year's level).
pub fn reviews_earlier_year(heading: &str, year: i32) -> Option<i32> {
    if !search::contains_any(heading, REVIEWS) || search::contains(heading, "整改") {
        return None;
    }
    let bytes = heading.as_bytes();
    let mut found = None;
    for (i, w) in bytes.windows(4).enumerate() {
        if !w.iter().all(u8::is_ascii_digit) || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            continue;
        }
        if bytes.get(i + 4).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let rest = &heading[i + 4..];
        let y: i32 = heading[i..i + 4].parse().ok()?;
        let after = rest.strip_prefix('年')?;
        let after = after.strip_prefix('度').unwrap_or(after);
        if found.is_some()
            || crate::changes::SPAN_OR_DEADLINE
                .iter()
                .chain(&["-", "—", "、", "和"])
                .any(|w| after.starts_with(w))
        {
            return None;
        }
        found = Some(y);
    }
    found.filter(|y| *y < year)
}

/// The supervisors' finding: a [`BEFORE_REMEDY`] word that a 督学 summary
/// also opens the year's own findings with (`督导发现，城关二小存在超大班额`).
pub const FOUND: &str = "督导发现";

/// Whether `lead` (a sentence's words before a figure or a claim) opens
/// with what the supervisors found ([`found_only`]) in a case whose text
/// (`case`) tells no remedy ([`tells_result`]), of a report that answers no
/// feedback (`rectification`): the state now, as a 督学 summary states the
/// year's findings (`督导发现，城关二小存在超大班额`, `督导发现，A为6.2%`), not
/// the state before a remedy.
pub fn found_now(lead: &str, rectification: bool, case: &str) -> bool {
    !rectification && found_only(lead) && !tells_result(case)
}

/// Whether the only [`BEFORE_REMEDY`] word in `lead` is [`FOUND`], which
/// dates nothing by itself: what the supervisors found is the state before
/// a remedy only where one is told.
pub fn found_only(lead: &str) -> bool {
    search::contains(lead, FOUND)
        && !BEFORE_REMEDY
            .iter()
            .any(|w| *w != FOUND && search::contains(lead, w))
}

/// Words that open a clause of the state now: after an earlier year's
/// figure (`2021年A为9.6%，现已降至6.3%`, `A2021年为9.6%，目前为6.3%`), the
/// level the rules judge.
pub const NOW: [&str; 7] = ["现已", "目前", "当前", "现为", "现在", "如今", "截至目前"];

/// The words after a [`NOW`] word that opens `opening`, if one does.
pub fn after_now(opening: &str) -> Option<&str> {
    NOW.iter().find_map(|w| opening.strip_prefix(w))
}

/// Words of the state after a typical case's work, or of now, that state
/// the level after a figure of the [`EARLIER_STATE`]: `改革前，A为93.1%；改革后，
/// 提高到97.2%`, `…，现在达到91.2%`.
pub const LATER_STATE: [&str; 8] = [
    "现在",
    "如今",
    "实施后",
    "改革后",
    "启动后",
    "改造后",
    "建成后",
    "此后",
];

/// Labels that open a typical case's background (`【背景】全县公办园在园幼儿
/// 占比仅为36.4%`, `案例背景：…`): the state before the work the case tells
/// of, not what it reached. A label is a word ending in `背景` (or `背景情况`),
/// at most [`BACKGROUND_WORDS`] characters, in `【】` or before a colon.
pub const BACKGROUND: &str = "背景";

/// How many characters a background label may hold before [`BACKGROUND`]
/// (`改革背景`, `案例实施背景`).
pub const BACKGROUND_WORDS: usize = 4;

/// Whether `lead`, a sentence's words before a name, opens with a
/// background label ([`BACKGROUND`]): `【背景】`, `【案例背景】`, `背景：`,
/// `工作背景：`, `背景情况：`. Folded text writes `：` as `:`.
pub fn background_label(lead: &str) -> bool {
    // Most leads hold no `背景` near their start: one byte search says so.
    let near = &lead[..lead.floor_char_boundary(3 * (BACKGROUND_WORDS + 4))];
    if !search::contains(near, BACKGROUND) {
        return false;
    }
    let opening = lead.trim_start();
    // (`〔背景〕`, `〖背景〗` and `［背景］`, folded to `[背景]`, too.)
    let (opening, close) = match [('【', '】'), ('〔', '〕'), ('〖', '〗'), ('[', ']')]
        .into_iter()
        .find_map(|(open, close)| Some((opening.strip_prefix(open)?, close)))
    {
        Some((rest, close)) => (rest, close),
        None => (opening, ':'),
    };
    // Within the label's reach (a character is three bytes at most here).
    let reach = opening.floor_char_boundary(3 * (BACKGROUND_WORDS + 2));
    let Some(at) = search::find(&opening[..reach], BACKGROUND) else {
        return false;
    };
    let words = &opening[..at];
    let after = &opening[at + BACKGROUND.len()..];
    let after = after.strip_prefix("情况").unwrap_or(after);
    words.chars().count() <= BACKGROUND_WORDS
        && !words.contains([':', '，', ',', '。'])
        && after.starts_with(close)
}

/// The word of results a typical case reports under (`成效：`, `取得成效`,
/// `【工作成效】`): after a problem's label (`问题：…为36.4%。成效：…`), what the
/// work reached.
pub const RESULTS: &str = "成效";

/// Whether a case's `text` tells what its work reached after a problem's
/// label: a result ([`tells_result`]), or the measures taken
/// ([`crate::plans::REMEDY_MEASURES`]: `整改措施：…`) in an item that sets
/// no deadline. In a bulletin, `问题：…为42.3%` is the problem now; so it is
/// in a plan of remedies (`整改措施：…。整改时限：2024年8月底`), whose measures
/// are to come.
pub fn tells_what_was_done(text: &str) -> bool {
    tells_result(text)
        || (search::contains_any(text, crate::plans::REMEDY_MEASURES)
            && !crate::plans::sets_deadline(text))
}

/// Whether a rectification item's `text` tells a result of its remedy: a
/// word of the state after it ([`AFTER_REMEDY`]), of results ([`RESULTS`]),
/// `整改情况`, or a remedy said made ([`crate::plans::remedy_made`]:
/// `已整改到位`, not `尚未整改到位` nor `须于…前整改到位`).
pub fn tells_result(text: &str) -> bool {
    search::contains_any(text, AFTER_REMEDY)
        || search::contains(text, RESULTS)
        || search::contains(text, REMEDY_STATE)
        || crate::plans::remedy_made(text)
}

/// The label of a remedy's state: `整改情况：已整改到位`.
pub const REMEDY_STATE: &str = "整改情况";

/// Words right after a figure (past the brackets and quotes that close
/// around it) that make it a problem's: `…仅为44.6%的问题`, `…偏高（6.3%）”问题已
/// 整改`, `…8%等问题`. The figure is the state the problem names, before its
/// remedy, not the level now.
pub const PROBLEM_AFTER: [&str; 3] = ["的问题", "问题", "等问题"];

/// The word that opens a rectification item titled by its problem
/// (`关于课后服务覆盖率偏低（83%）的问题`).
pub const ITEM_ABOUT: &str = "关于";

/// A character every [`PROBLEM_AFTER`] word holds: where it does not stand
/// right after a figure, no word is looked for (a test holds it to the
/// list).
pub const PROBLEM_MARK: char = '问';

/// Whether the words `after` a figure name it a problem's
/// ([`PROBLEM_AFTER`]).
pub fn names_problem_after(after: &str) -> bool {
    let after = after.trim_start_matches([')', '）', '”', '"', '’', '\'']);
    PROBLEM_AFTER.iter().any(|w| after.starts_with(w))
}

/// Whether `words` name a problem anywhere ([`PROBLEM_AFTER`]):
/// `下降”的问题`.
pub fn names_problem_in(words: &str) -> bool {
    PROBLEM_AFTER.iter().any(|w| words.contains(w))
}

/// Whether the words of a sentence before a phrase (`lead`) and of its
/// clause after it (`rest`) make the phrase an item's title by a problem:
/// `关于“A下降”的问题`, `（一）关于教育经费“只增不减”落实不到位的问题` ([`ITEM_ABOUT`]
/// opens the sentence, a problem's word follows in the clause). Over a case
/// that tells its remedy, what it names is the state found.
pub fn titles_a_problem(lead: &str, rest: &str) -> bool {
    lead.trim_start().starts_with(ITEM_ABOUT)
        && rest.contains(PROBLEM_MARK)
        && names_problem_in(rest)
}

/// The word of the inspectors' feedback (`针对反馈指出的…问题`): a problem
/// named after it is the one they found, before its remedy. Without it, a
/// problem named in a recommendation (`针对全县大班额比例为6.2%的问题，要加快
/// 学校建设`) is the problem now.
pub const FEEDBACK: &str = "反馈";

/// The word every [`AFTER_REMEDY`] word holds: a text without it opens no
/// sentence with one.
pub const REMEDY: &str = "整改";

/// `整改前`, `整改后`: the times before and after the work, as a label
/// (`5.8%（整改前）、1.2%（整改后）`) or an opening.
pub const REMEDY_BEFORE: &str = "整改前";
pub const REMEDY_AFTER: &str = "整改后";

/// Words that open the state after a rectification: `整改后为51.3%`,
/// `经整改，已达到82.5%`, `整改成效：`.
pub const AFTER_REMEDY: [&str; 6] = [
    REMEDY_AFTER,
    "经整改",
    "经过整改",
    "整改成效",
    "整改结果",
    "整改以来",
];

/// Labels that open a rectification item's problem, as the inspectors found
/// it (`问题：大班额比例为6.8%。整改成效：…降至3.1%`): only at the start of the
/// sentence (`着力解决大班额问题：全县…降至1.2%` states the result), and only
/// in an item that states its remedy ([`AFTER_REMEDY`]): in a bulletin,
/// `问题：…为42.3%` is the problem now. Folded text writes `：` as `:`.
/// A numbered label (`问题一：`, `问题1:`, `问题（二）：`) is one too.
pub const PROBLEM_LABELS: [&str; 14] = [
    "问题:",
    "问题表现",
    "问题表述",
    "问题描述",
    "问题现状",
    "问题清单:",
    "【问题】",
    "主要问题:",
    "具体问题:",
    "反馈情况:",
    "反馈意见:",
    "评价发现:",
    // `原问题：…`, `核查发现，…` in an item that tells its remedy.
    "原问题",
    "核查发现",
];

/// Whether `lead`, a sentence's words before a name, opens with a label of
/// [`PROBLEM_LABELS`] (or `存在` and one), or with `问题` and its number
/// (`问题一：`, `问题2:`, `问题（三）：`).
pub fn problem_label(lead: &str) -> bool {
    let opening = lead.trim_start();
    let opening = opening.strip_prefix("存在").unwrap_or(opening);
    if PROBLEM_LABELS.iter().any(|w| opening.starts_with(w)) {
        return true;
    }
    opening.strip_prefix("问题").is_some_and(|rest| {
        let number = rest.trim_start_matches(|c: char| {
            crate::numerals::is_digit_or_numeral(c) || "（）()".contains(c)
        });
        number.starts_with(':')
            && rest[..rest.len() - number.len()]
                .chars()
                .any(crate::numerals::is_digit_or_numeral)
    })
}

/// Words of how much before a word of having ([`crate::links::HAVING`]):
/// `全县共有幼儿园86所`, `拥有…`, `尚有…`, `仍有…`.
const HOW_MUCH_HAD: [char; 4] = ['共', '拥', '尚', '仍'];

/// Whether a clause states a stock, a count of what the place held
/// (`全县有大班额412个`, `全县共有幼儿园86所`, `我县尚有…`): after a year that
/// opens the sentence (`2019年，全县共有幼儿园86所，A为71.2%`), it is that
/// year's state, as the clauses after it are; not an event of the year whose
/// result the sentence tells as of the report (the 71.2 was the report's
/// year's level, and failed).
pub fn states_stock(clause: &str) -> bool {
    let mut chars = clause.chars();
    let place = match chars.next() {
        Some('全' | '我') => chars.next().map_or(0, |c| '全'.len_utf8() + c.len_utf8()),
        _ => 0,
    };
    let rest = clause.get(place..).unwrap_or_default();
    let rest = rest.strip_prefix(HOW_MUCH_HAD).unwrap_or(rest);
    crate::links::HAVING.iter().any(|w| rest.starts_with(w))
        && rest.bytes().any(|b| b.is_ascii_digit())
}

/// Words of a time before the work, between a name and its figure or in
/// the clause before the name: `A整改前为44.6%`, `A原为44.2%`, `A原来只有
/// 86.3%`, `督导评价时，…为44.2%`. The figure is the state then, and the level
/// is the one the sentence states after it (`，整改后为51.2%`, `，现已达到
/// 51.0%`), or none. (After `较`, `比`, `与`, `由`, `从` the time is a base:
/// see [`names_earlier_state`].)
pub const EARLIER_STATE: [&str; 40] = [
    "整改前",
    "原为",
    "原来",
    "原先",
    "原有",
    "反馈时",
    "督导时",
    "评价时",
    "评估时",
    "检查时",
    // A typical case's state before its work: `实施前，A为7.4%`, `改革前，…`,
    // `项目启动前`, `改革之初`. (Not `之前`: `2025年之前` is a deadline. `以前`
    // and `从前` are the story's past where no time stands before them:
    // `以前全县有超大班额5个，现在全部消除了`, as features and quotes tell it.)
    "实施前",
    "改革前",
    "启动前",
    "改造前",
    "建设前",
    "此前",
    "以前",
    "从前",
    "改革之初",
    "实施之初",
    "起步时",
    // A time counted back from the report's (`五年前，A为94.2%，如今达到
    // 98.1%`, `前年全县…`), or the start of the story (`当初`, `创建前`,
    // `往年`). (A year written in digits before `前` is a deadline:
    // `2025年前`.)
    "前年",
    "一年前",
    "两年前",
    "三年前",
    "四年前",
    "五年前",
    "十年前",
    "几年前",
    "多年前",
    "数年前",
    "当初",
    "创建前",
    "往年",
    // What once was, in a case's background: `A曾长期徘徊在四成左右`,
    // `A曾一度高达12.4%`, `A一度达到13.7%`.
    "曾经",
    "一度",
    "曾长期",
    "曾高达",
    "曾达到",
    "曾为",
];

/// The terms of a school year, each with the one after it. A figure of
/// the first (`2023年春季学期，课后服务覆盖率为95.3%`) in a sentence that goes on
/// to the second (`，秋季学期实现全覆盖`, `，至秋季学期全部消除`) is the earlier
/// term's: the later one's gives way to it, or the earlier figure is
/// unread (it failed the year on the spring's figure).
pub const TERMS_IN_ORDER: [(&str, &str); 2] = [("春季", "秋季"), ("上学期", "下学期")];

/// Whether `before` (the words of a sentence before a figure's name)
/// names an earlier term of [`TERMS_IN_ORDER`] and `after` (the rest of the
/// sentence after the figure, cut only when `before` names one) its later
/// one.
pub fn earlier_term<'a>(before: &str, after: impl FnOnce() -> &'a str) -> bool {
    TERMS_IN_ORDER
        .iter()
        .find(|(first, _)| search::contains(before, first))
        .is_some_and(|(_, then)| search::contains(after(), then))
}

/// Whether `words` name a later term of [`TERMS_IN_ORDER`].
pub fn names_later_term(words: &str) -> bool {
    TERMS_IN_ORDER
        .iter()
        .any(|(_, then)| search::contains(words, then))
}

/// Whether `words` name an [`EARLIER_STATE`] that is not the base of a
/// comparison or a from→to (`较整改前`, `与整改前相比`, `由整改前的…`).
pub fn names_earlier_state(words: &str) -> bool {
    // Asked of the words between every name and its figure, mostly `为` or
    // `达到`: every word is two characters at least, and holds one of
    // [`EARLIER_MARKS`] (a test holds this to the list).
    if words.len() < 6 || !words.contains(EARLIER_MARKS) {
        return false;
    }
    earlier_states(words).any(|i| !names_base(&words[..i]))
}

/// Whether `words` hold a word of [`EARLIER_STATE`], a base's too (`由整改
/// 前的…`, `较整改前…`), that no time written before it makes a deadline.
pub fn holds_earlier_state(words: &str) -> bool {
    words.len() >= 6 && words.contains(EARLIER_MARKS) && earlier_states(words).next().is_some()
}

/// Where the words of [`EARLIER_STATE`] start in `words`, but for those
/// after a time ([`AFTER_A_TIME`]: `2025年以前` is a deadline).
fn earlier_states(words: &str) -> impl Iterator<Item = usize> + '_ {
    EARLIER_STATE
        .iter()
        .filter(|w| search::contains(words, w))
        .flat_map(move |w| search::starts(words, w))
        .filter(move |&i| !words[..i].ends_with(AFTER_A_TIME))
}

/// The last characters of a time written before a word of [`EARLIER_STATE`]
/// that make the two a deadline, not the state before: `2025年以前`,
/// `9月以前`, `年底以前`.
const AFTER_A_TIME: [char; 5] = ['年', '月', '日', '底', '末'];

/// A character each [`EARLIER_STATE`] word holds.
const EARLIER_MARKS: [char; 7] = ['原', '时', '前', '初', '往', '曾', '度'];

/// Whether `before` ends with a word that makes what follows it a base
/// (`较`, `比`, `与…相比`, `由…`, `从…`).
pub fn names_base(before: &str) -> bool {
    before.ends_with(['较', '比', '与', '同', '和', '由', '从', '自'])
}

/// Whether `words`, between a figure of the state before and a later
/// figure, say the later is the state after the work: a word of the
/// remedy ([`AFTER_REMEDY`], `经过一年整改`) or of now (`现已`, `目前`,
/// `现在`).
pub fn states_after_remedy(words: &str) -> bool {
    search::contains_any(words, AFTER_REMEDY)
        || search::contains_any(words, crate::plans::ACTUAL)
        || search::contains_any(words, LATER_STATE)
        || search::starts(words, "整改").any(|i| !words[i..].starts_with("整改前"))
}

/// Whether the first clause of a sentence (`lead`: its words up to a
/// figure's name) is about the state before a rectification: it holds a
/// [`BEFORE_REMEDY`] word (`反馈意见指出，…`, `整改前，…`), or an
/// [`EARLIER_STATE`] (`督导评价时，…`), not as the base of a comparison
/// (`与整改前相比，…` states the level now). The clause, not its first
/// words: a case's title may stand before them (`教育投入增长不稳督导组指出
/// 我县…`).
pub fn before_remedy(lead: &str) -> bool {
    // Most sentences hold no first character of any of the words, and a
    // few byte searches say so before the first clause is cut.
    // The first clause is cut first: the words are looked for only there.
    let first = lead.split(crate::is_clause_end).next().unwrap_or(lead);
    static LEADS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    if !LEADS
        .get_or_init(|| search::Leads::of(remedy_words()))
        .in_text(first)
    {
        return false;
    }
    opens_with_any(lead, first, remedy_words())
}

/// Whether a word of `words` stands in `first`, the first clause of `lead`,
/// where it opens the state before the remedy ([`opens_before_remedy`]).
fn opens_with_any<'w>(lead: &str, first: &str, words: impl IntoIterator<Item = &'w str>) -> bool {
    words
        .into_iter()
        .any(|w| search::starts(first, w).any(|i| opens_before_remedy(lead, i, w)))
}

/// The words of a time before the remedy that [`before_remedy`] looks for
/// in a sentence's first clause: [`BEFORE_REMEDY`], [`EARLIER_STATE`], then
/// [`RAISED`].
pub fn remedy_words() -> impl Iterator<Item = &'static str> {
    BEFORE_REMEDY
        .iter()
        .chain(&EARLIER_STATE)
        .chain(&RAISED)
        .copied()
}

/// Words that open what another says of the region, which a reply or a
/// press answer goes on to answer: a deputy's proposal (`您在建议中反映，全县
/// 仍有超大班额12个`, `提案中提到“…仅为85%”`), a parent's complaint or a
/// rumour (`有家长反映…只有85%`, `网传…`, `有人说…`), or what the books show
/// before an audit (`账面反映课后服务覆盖率100%`), or a survey's respondents
/// (`问卷调查显示，…`, `受访教师中，…`). Like the inspectors''
/// finding ([`BEFORE_REMEDY`]), it is the state the answer takes up, not
/// the level the report states: its figures are unread (`quoted`), its
/// claims and denials none of the report's.
pub const RAISED: [&str; 45] = [
    // `您反映的超大班额12个为2022年秋季学期数据`.
    "您反映",
    "您提到",
    "家长反映",
    // `座谈中有园长反映，全县普惠率实际不到八成，经县教育局解释，…`.
    "园长反映",
    "校长反映",
    "教师反映",
    "老师反映",
    "网友反映",
    "网民反映",
    "群众反映",
    "代表反映",
    "委员反映",
    "有人反映",
    "据反映",
    "来信反映",
    "建议中反映",
    "提案中反映",
    "建议中提到",
    "提案中提到",
    "提案中提出",
    // The proposal itself as the speaker, as replies restate it (`您在提案中
    // 指出，我县大班额比例为12.5%`, `提案所述…`, `来信称…`, `据委员调研，…`):
    // each figure was the county's, and failed it.
    "您在提案中",
    "您在建议中",
    "您在来信中",
    "提案中指出",
    "建议中指出",
    "提案指出",
    "提案反映",
    "提案提出",
    "提案所述",
    "提案称",
    "来信称",
    "委员调研",
    "代表调研",
    "委员指出",
    "代表指出",
    "网传",
    "有人说",
    "有人认为",
    "账面反映",
    // A survey's respondents: `问卷调查显示，课后服务覆盖率家长知晓度为88%`,
    // `受访教师中，认为本人工资收入低于当地公务员的占72%` (an awareness rate
    // failed the coverage, and the teachers' view was the county's denial).
    // What it shows, not the survey as a way of checking (`通过问卷调查和实地
    // 核查，全县…为100%` states the county's own figure).
    "问卷调查显示",
    "问卷显示",
    "问卷结果显示",
    "受访",
    "满意度调查显示",
    "满意度测评显示",
];

/// Whether `lead`, a sentence's words before a name, opens with what another
/// says ([`RAISED`]) in its first clause, as [`before_remedy`] reads it: the
/// figure is quoted. (`针对家长反映的问题，…` is the answer to it.)
pub fn raised_by_others(lead: &str) -> bool {
    let first = lead.split(crate::is_clause_end).next().unwrap_or(lead);
    opens_with_any(lead, first, RAISED)
}

/// Whether `word`, found at byte `at` of `lead` (a sentence's words before a
/// name, the word in its first clause), makes the sentence the state before
/// the remedy ([`before_remedy`] asks this of each word it finds; the one
/// pass of extraction finds them itself and asks the same).
pub fn opens_before_remedy(lead: &str, at: usize, word: &str) -> bool {
    let before = &lead[..at];
    // `针对反馈问题，…`, `对照督导发现…`: the remedy for the problem, not the
    // problem; also with the inspectors named between (`针对督导反馈指出的
    // 问题`, `对照省督导组指出的…`), where a shorter word of the list starts
    // after the first.
    let head = before.trim_end_matches(|c| INSPECTORS.contains(c));
    !REMEDYING.iter().any(|r| head.ends_with(r))
        && !names_base(before)
        // (`2025年以前`: a deadline.)
        && !before.ends_with(AFTER_A_TIME)
        // `反馈的“…”问题已整改，A降至2.1%`, `原反馈“…”，经核查，A…`: the words
        // since say what the work reached.
        && !states_after_remedy(&lead[at + word.len()..])
}

/// The characters of the inspectors' names between a [`REMEDYING`] word and
/// a [`BEFORE_REMEDY`] word: `针对(省督导组)指出的…`, `对照(市督导)反馈…`.
const INSPECTORS: &str = "省市县区督导组评估委员会办公室的";

/// Words before a [`BEFORE_REMEDY`] word that make the sentence the remedy
/// of what the inspectors found, not their finding: `针对反馈问题，2023年…`.
pub const REMEDYING: [&str; 5] = ["针对", "对照", "围绕", "按照", "根据"];

/// Words before a time that date what follows it to then: `早在2018年，…`,
/// `在上一年度，…`.
pub const AT_THE_TIME: [&str; 2] = ["早在", "在"];

/// Words before a year that name the source or the basis its figures are
/// taken on (`据2019年统计，…`, `按2019年统计口径，…`): the figures are that
/// year's, as after [`AT_THE_TIME`] (each was the report's year's level).
pub const BY_THE_SOURCE: [&str; 3] = ["据", "按照", "按"];

/// The school year before the report's, opening a sentence (`上一学年全县…`,
/// `上学年…`): that year's figures, as after `上年`.
pub const SCHOOL_YEAR_BEFORE: [&str; 2] = ["上一学年", "上学年"];

/// A year named as a school year (`2019学年`), which ends in the year after.
pub const SCHOOL_YEAR: &str = "学年";

/// Words right after a year that make it about that year, not a deadline
/// (`2018年前后`, `2018年左右`).
pub const AROUND: [&str; 2] = ["前后", "左右"];

/// Words right after a year's `年` that name a part of it no report on the
/// year before has seen: reports are written in the first half of the
/// next year (`2025年秋季学期`, `2025年下半年`, `2025年底` in a report on 2024).
pub const LATE_PARTS: [&str; 4] = ["秋", "下半年", "底", "末"];

/// The first month of the next year that no report on the year before has
/// seen (`2025年9月` in a report on 2024): see [`LATE_PARTS`].
pub const LATE_MONTH: u32 = 7;

/// Words right after a year's `年` that name a part of it a report may
/// already state as done when written early in that year: `2024年春季学期`,
/// `2024年初`, `2024年上半年`, `2024年以来` (with a month, `2024年1月`).
pub const TERMS: [&str; 10] = [
    "春",
    "秋",
    "初",
    "寒",
    "暑",
    "上半",
    "下半",
    "一季",
    "第一季",
    "以来",
];

/// Words between a name and its money figure that make it a month's
/// (`教师平均工资收入每月9200元`, `月均`): the indicators are yearly sums, and
/// a month's pay judged against a year's fails a parity it meets.
pub const MONTHLY: [&str; 4] = ["每月", "月均", "月人均", "月平均"];

/// A unit per month after a money figure: `8650元/月`, `8650元/人·月` (or a
/// word of [`MONTHLY`] after it: `8650元每月`).
pub const PER_MONTH: [&str; 2] = ["/月", "/人·月"];

/// Five-year plans that ended before the years a report may be on, with
/// their last year: `“十三五”末，全县…达到88%` in a report on 2023 is 2020's
/// figure, as `“十三五”期间…` is the plan's span.
pub const ENDED_PLANS: [(&str, i32); 2] = [("十二五", 2015), ("十三五", 2020)];

/// What follows an [`ENDED_PLANS`] name to make it its end or its span
/// (after a closing quote, if any).
const PLAN_PARTS: [&str; 4] = ["末", "期末", "期间", "时期"];

/// Whether `lead` (a sentence's words before a name) dates it in a
/// five-year plan that ended before `year` ([`ENDED_PLANS`]).
pub fn in_ended_plan(lead: &str, year: Option<i32>) -> bool {
    let Some(year) = year else {
        return false;
    };
    // Both plans are `十…五`: one search rules most leads out.
    if !search::contains(lead, "五") {
        return false;
    }
    ENDED_PLANS.iter().any(|(plan, end)| {
        year > *end
            && search::starts(lead, plan).any(|i| {
                let rest =
                    lead[i + plan.len()..].trim_start_matches(crate::punctuation::CLOSING_QUOTES);
                PLAN_PARTS.iter().any(|w| rest.starts_with(w))
            })
    })
}

/// Words that close a span of months when they stand right before its last
/// month (`1-9月`, `1至10月`, `一至九月`).
const SPAN_CONNECTORS: [char; 7] = ['-', '—', '–', '~', '～', '至', '到'];

/// The end of the year being written of, opening a clause that states
/// where the region stood then: `年底实际为48.3%`, `年末为82.6%`.
pub const YEAR_END: [&str; 3] = ["年底", "年末", "全年"];

/// Words that make a month the end of a running figure (`截至9月底`).
/// Longest first, so that a prefix stripped is the whole word.
pub const UP_TO: [&str; 4] = ["截止到", "截至到", "截至", "截止"];

/// Words that may stand before the time by which a thing was done, opening
/// its clause (`到2023年底`, `截至年底`, `于2023年`), after [`UP_TO`].
const BY_A_TIME: [&str; 4] = ["到", "至", "于", "在"];

/// Times without a year that open a clause of work done within the year
/// being written of (`当年全部消除`), besides its end ([`YEAR_END`]:
/// `年底前全部完成化解`).
const WITHIN_THE_YEAR: [&str; 3] = ["年内", "当年", "今年"];

/// The words after the time that opens `words` (folded text at the start
/// of a clause), when it is a time by which a thing was done and it is not
/// after the report's `year`: `2023年底全部消除` → `全部消除`, `到2023年底前
/// 已全部化解` → `已全部化解`, `年底前全部完成化解` → `全部完成化解`. `None`
/// when no time opens them, or it names a later year (`2025年底前全部消除`
/// in a report on 2023 is a plan), or a year and the report's is unknown.
///
/// A clause of removal that opens with its time completes the count of the
/// clause before (`全县有超大班额12个，2023年底全部消除`: the 12 were there
/// before, none is left), and claims for it.
pub fn after_time_done(words: &str, year: Option<i32>) -> Option<&str> {
    let words = UP_TO
        .iter()
        .chain(&BY_A_TIME)
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    if let Some(rest) = YEAR_END
        .iter()
        .chain(&WITHIN_THE_YEAR)
        .find_map(|w| words.strip_prefix(w))
    {
        return Some(rest.strip_prefix('前').unwrap_or(rest));
    }
    let term = after_term(words);
    if term.len() < words.len() {
        return Some(term);
    }
    let digits = words.bytes().take_while(u8::is_ascii_digit).count();
    let named: i32 = words.get(..digits).filter(|_| digits == 4)?.parse().ok()?;
    let rest = words.get(digits..)?.strip_prefix('年')?;
    let rest = ["底", "末"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        // (`2023年秋季学期全部化解`: a term of the year.)
        .unwrap_or_else(|| after_term(rest));
    let rest = rest.strip_prefix('前').unwrap_or(rest);
    year.is_some_and(|y| named <= y).then_some(rest)
}

/// Whether `next`, the words of a clause after `before` (the clause
/// before it), open with a time of the year with no year named
/// ([`YEAR_END`], [`WITHIN_THE_YEAR`]: `年内`, `年底前`) and no word of
/// work done after it (`已`), when `before` says what is still left
/// (`仍有超大班额3个`, [`crate::plans::STILL_SOME`]; `剩余…`,
/// [`crate::links::LEFT`]; `仍存在…`, [`crate::plans::PRESENT`] after `仍` or
/// `尚`; `尚存…`): the time is a deadline, and the removal a plan, not
/// work done within the year (`全县仍有超大班额3个，年内全部消除` was read
/// as the claim met, and the 3 left were dropped). Without a still-left
/// count (`全县有超大班额12个，年底前全部完成化解`), the year's work is
/// done, as [`after_time_done`] reads it.
pub fn deadline_after_still_left(before: &str, next: &str) -> bool {
    let next = UP_TO
        .iter()
        .chain(&BY_A_TIME)
        .find_map(|w| next.strip_prefix(w))
        .unwrap_or(next);
    let Some(rest) = YEAR_END
        .iter()
        .chain(&WITHIN_THE_YEAR)
        .find_map(|w| next.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.strip_prefix('前').unwrap_or(rest);
    !crate::links::DONE_NOW.iter().any(|w| rest.starts_with(w))
        && (search::contains_any(before, crate::plans::STILL_SOME)
            || search::contains_any(before, crate::links::LEFT)
            || search::starts(before, crate::plans::PRESENT)
                .any(|i| before[..i].ends_with(['仍', '尚']))
            // (`尚存…`: the having words of what is still there.)
            || crate::links::HAVING
                .iter()
                .any(|w| w.starts_with('尚') && search::contains(before, w)))
}

/// `rest` past a term of the school year that opens it ([`TERMS_IN_ORDER`],
/// and `学期` after a season: `秋季学期`), by which a thing may be done
/// (`2023年秋季学期全部化解`, `秋季学期全部消除`).
fn after_term(rest: &str) -> &str {
    TERMS_IN_ORDER
        .iter()
        .flat_map(|(first, then)| [first, then])
        .find_map(|w| rest.strip_prefix(w))
        .map_or(rest, |after| after.strip_prefix(TERM).unwrap_or(after))
}

/// `学期`, after a season: `秋季学期`.
const TERM: &str = "学期";

/// Whether `words` (folded text before a figure, from the start of its
/// sentence) say that the figure is for a part of a year: a span of months
/// that ends before December (`1-9月`, `1—11月份`, `前10个月`, `截至9月底`,
/// `截至2022年9月`) or a named part (`上半年`, `前三季度`). `1-12月` and
/// `截至12月底` are the whole year.
pub fn part_of_year(words: &str) -> bool {
    // Every named part holds 季 or 半, every span of months 月; most
    // sentences hold none of the three, and one pass over their last bytes
    // says so (this runs for every level read).
    let (has_month, has_part) = period_chars(words);
    (has_part && PARTS.iter().any(|w| search::contains(words, w)))
        || (has_month
            && words
                .match_indices('月')
                .any(|(at, _)| ends_month_span(&words[..at])))
}

/// Whether `words` hold `月`, and whether they hold `季` or `半`.
fn period_chars(words: &str) -> (bool, bool) {
    const MONTH: [u8; 3] = [0xE6, 0x9C, 0x88]; // 月
    const SEASON: [u8; 3] = [0xE5, 0xAD, 0xA3]; // 季
    const HALF: [u8; 3] = [0xE5, 0x8D, 0x8A]; // 半
    let bytes = words.as_bytes();
    let (mut month, mut part) = (false, false);
    for end in memchr::memchr3_iter(MONTH[2], SEASON[2], HALF[2], bytes) {
        match end.checked_sub(2).and_then(|s| bytes.get(s..=end)) {
            Some(b) if b == MONTH => month = true,
            Some(b) if b == SEASON || b == HALF => part = true,
            _ => {}
        }
    }
    (month, part)
}

/// Whether `before` (the words before a `月`) ends with the last month of a
/// part of a year: a month before December, closing a span (`1-9`), or
/// after `截至` (`截至9`, `截至2022年9`), or counted after `前` (`前10个`).
fn ends_month_span(before: &str) -> bool {
    let (counted, before) = match before.strip_suffix('个') {
        Some(rest) => (true, rest),
        None => (false, before),
    };
    let Some((month, rest)) = month_before(before) else {
        return false;
    };
    if !(1..12).contains(&month) {
        return false;
    }
    if counted {
        return rest.ends_with('前');
    }
    // `截至9`, `截至2022年9`: checked first, as `截至` ends with a connector.
    if UP_TO.iter().any(|w| strip_year(rest).ends_with(w)) {
        return true;
    }
    rest.strip_suffix(SPAN_CONNECTORS).is_some_and(|rest| {
        month_before(rest).is_some_and(|(first, _)| (1..=month).contains(&first))
    })
}

/// The month number (Arabic or Chinese, one or two characters) at the end
/// of `words`, and the words before it.
fn month_before(words: &str) -> Option<(u32, &str)> {
    let digits = words
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || numerals::digit(*c).is_some() || *c == '十')
        .take(3)
        .last()
        .map(|(i, _)| i)?;
    let number = &words[digits..];
    let month = if number.bytes().all(|b| b.is_ascii_digit()) {
        number.parse().ok()?
    } else {
        u32::try_from(numerals::parse_integer(number)?).ok()?
    };
    Some((month, &words[..digits]))
}

/// `words` without a year that ends them (`2022年`, `今年`, `本年`).
fn strip_year(words: &str) -> &str {
    let Some(rest) = words.strip_suffix('年') else {
        return words;
    };
    if let Some(rest) = rest.strip_suffix(['今', '本']) {
        return rest;
    }
    let digits = rest.chars().rev().take_while(char::is_ascii_digit).count();
    if digits == 4 {
        &rest[..rest.len() - 4]
    } else {
        words
    }
}

#[cfg(test)]
mod tests {

    /// A section that reviews the year before the report's: its year;
    /// a span, a remedy, the report's own year or a heading of no review:
    /// none.
    #[test]
    fn a_heading_that_reviews_an_earlier_year() {
        for (heading, year) in [
            ("2024年工作回顾", Some(2024)),
            ("充分肯定2024年教育工作取得的成绩", Some(2024)),
            ("2024年度主要成效", Some(2024)),
            ("2021年以来工作成效", None),
            ("2021—2024年工作回顾", None),
            ("2024年督导反馈问题整改成效", None),
            ("2025年工作回顾", None),
            ("2024年主要任务", None),
            ("扎实做好2025年教育重点工作", None),
        ] {
            assert_eq!(reviews_earlier_year(heading, 2025), year, "{heading}");
        }
    }

    #[test]
    fn times_by_which_a_thing_was_done() {
        for (words, rest) in [
            ("2023年底全部消除", "全部消除"),
            ("到2023年底前已全部化解", "已全部化解"),
            ("截至2022年末全部清零", "全部清零"),
            ("2023年全部消除", "全部消除"),
            ("年底前全部完成化解", "全部完成化解"),
            ("当年全部消除", "全部消除"),
            ("2023年秋季学期全部化解", "全部化解"),
            ("至秋季学期全部消除", "全部消除"),
        ] {
            assert_eq!(after_time_done(words, Some(2023)), Some(rest), "{words}");
        }
        for words in [
            "2024年底全部消除",
            "力争2023年底全部消除",
            "全部消除",
            "202年底",
        ] {
            assert_eq!(after_time_done(words, Some(2023)), None, "{words}");
        }
        // A year, and no report's year to weigh it against.
        assert_eq!(after_time_done("2023年底全部消除", None), None);
        assert_eq!(after_time_done("年底前全部消除", None), Some("全部消除"));
    }

    #[test]
    fn a_stock_is_what_a_place_held() {
        for clause in [
            "全县有大班额412个",
            "全县共有幼儿园86所",
            "我县尚有超大班额3个",
            "共有教学点12个",
            "全县存在大班额412个",
        ] {
            assert!(super::states_stock(clause), "{clause}");
        }
        // An event, a stock with no figure, a level.
        for clause in [
            "县政府出台《学前教育提升方案》",
            "全县新建幼儿园3所",
            "全县有大班额",
            "全县大班额比例为8%",
        ] {
            assert!(!super::states_stock(clause), "{clause}");
        }
    }

    #[test]
    fn every_word_after_a_problem_holds_its_mark() {
        for w in PROBLEM_AFTER {
            assert!(w.contains(PROBLEM_MARK), "{w}");
        }
    }

    #[test]
    fn background_labels() {
        for lead in [
            "【背景】全县",
            "【案例背景】全县",
            "背景:全县",
            "改革背景:",
            "背景情况:全县",
            "〔背景〕全县",
            "〖案例背景〗全县",
            "[背景]全县",
        ] {
            assert!(background_label(lead), "{lead}");
        }
        for lead in [
            "在此背景下,全县",
            "背景",
            "【背景资料】",
            "时代背景下全县",
            "〔背景】全县",
            "【背景:全县",
        ] {
            assert!(!background_label(lead), "{lead}");
        }
    }
    use super::*;

    #[test]
    fn a_sentence_before_a_remedy() {
        assert!(before_remedy("整改前"));
        assert!(before_remedy("教育投入增长不稳督导组指出我县"));
        assert!(!before_remedy("全县,整改前"));
        assert!(!before_remedy("针对反馈问题"));
        // The inspectors named between the two: `反馈指出` inside `督导反馈指出`
        // follows `针对督导`, still the remedy's.
        assert!(!before_remedy("针对督导反馈指出的问题,2023年全县"));
        assert!(!before_remedy("对照省督导组指出的问题,全县"));
        assert!(before_remedy("省督导组指出,全县"));
        assert!(before_remedy("反馈问题:全县"));
    }

    #[test]
    fn labels_of_a_problem() {
        for lead in [
            "问题:",
            "问题一:",
            "问题12:",
            "问题(三):",
            "存在问题:",
            "反馈情况:",
        ] {
            assert!(problem_label(lead), "{lead}");
        }
        for lead in [
            "问题",
            "问题一是",
            "问题导向:",
            "着力解决大班额问题:",
            "问题():",
        ] {
            assert!(!problem_label(lead), "{lead}");
        }
    }

    #[test]
    fn parts_of_a_year_are_found() {
        for words in [
            "今年1-9月，全县财政教育支出",
            "2022年1—11月份全市",
            "1至10月",
            "一至九月，",
            "前10个月全县",
            "截至9月底，",
            "截止到2022年10月，",
            "截至今年6月",
            "上半年，全县",
            "一季度全市财政教育支出",
            "前三季度",
            "第二季度，",
            "下半年",
        ] {
            assert!(part_of_year(words), "{words}");
        }
    }

    #[test]
    fn the_whole_year_and_single_months_are_not_parts() {
        for words in [
            "2022年，全县",
            "1-12月，全县",
            "截至12月底",
            "截至2022年底",
            "9月开学前，全县",
            "2022年9月，新建",
            "前12个月",
            "12个月",
            "全县一般公共预算教育支出",
        ] {
            assert!(!part_of_year(words), "{words}");
        }
    }

    #[test]
    fn every_earlier_state_holds_a_mark() {
        for w in AFTER_REMEDY {
            assert!(w.contains(REMEDY), "{w}");
        }
        for w in EARLIER_STATE {
            assert!(w.contains(EARLIER_MARKS) && w.len() >= 6, "{w}");
        }
    }
}
