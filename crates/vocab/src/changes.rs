//! Words of change: a figure compared with an earlier year.
//!
//! `比上年增长14.80%`, `较2020年提高1.2个百分点`, `同比减少0.8亿元`: a
//! comparison ([`COMPARISONS`]) names what the figure is measured against,
//! and a verb ([`UP`], [`DOWN`]) says which way it went. [`direction`] reads
//! the sign of the words between a comparison and its figure.

use crate::search;

/// Words that compare a figure with an earlier year: `比上年`, `较2020年`,
/// `同比`.
pub const COMPARISONS: [&str; 3] = ["比", "较", "同比"];

/// Words naming the year before as the base of a comparison: `比上年`,
/// `较去年`.
pub const YEAR_BEFORE: [&str; 3] = ["上年", "去年", "上一年"];

/// Words that name the report's own year (`本年度提高到88.1%`, `今年为…`).
pub const THIS_YEAR: [&str; 4] = ["本年度", "今年", "本年", "当年"];

/// Words right after a year that make it a span or a deadline, not the
/// year a figure is for: `2021年以来`, `2022年起`, `2022年至今`,
/// `2024年前`.
pub const SPAN_OR_DEADLINE: [&str; 5] = ["以来", "起", "至", "到", "前"];

/// Words that compare a figure with another value (a target, an average):
/// `高于全省平均`, `超过国家标准`, a gap (`高出`, `落后`, `相差`: `教师…11.8万元，
/// 落后当地公务员平均工资收入0.3万元` gives no one's pay as 3,000元; after a
/// comparison with the year before, `比上年高出2个百分点` is a rise, see
/// [`COMPARED_SHORT`]). With [`COMPARISONS`] and the growth
/// nouns ([`GROWTH_NOUNS`]), they stop a figure from being read as the
/// level of the name before it.
pub const OTHER_COMPARISONS: [&str; 9] = [
    "高于",
    "低于",
    "超过",
    "超出",
    "高出",
    "落后",
    GAP_WORDS[0],
    GAP_WORDS[1],
    GAP_WORDS[2],
];

/// The words of [`OTHER_COMPARISONS`] that name a gap: a figure right
/// after them, or right before the last two (`尚有2730元差距`), is the gap's
/// size, not anyone's level.
pub const GAP_WORDS: [&str; 3] = ["相差", "差距", "差额"];

/// Whether `words`, before a figure, end with a single character of a
/// change or a comparison ([`SHORT`], [`COMPARED_SHORT`]; `出` or `了` may
/// follow): `实际高`, `多出`, `低了`. After a clause that compares with another
/// base (`高于当地公务员，实际高0.3万元`) the figure is the gap's size, not a
/// level (the teachers' pay was read as 3000元).
pub fn ends_with_short_comparison(words: &str) -> bool {
    let words = words.trim_end().trim_end_matches(['出', '了']);
    words
        .chars()
        .next_back()
        .is_some_and(|c| SHORT.iter().chain(&COMPARED_SHORT).any(|(s, _)| *s == c))
}

/// Words that open a clause giving the cause of a change, between a level
/// and its change: `12860元，因在校生增加较多，比上年减少230元`,
/// `11.62亿元，受一次性项目资金到期影响，比上年下降1.7%`. County offices
/// explain a fall there; the change after the cause is the level's (it was
/// lost, and 只增不减 passed).
pub const CAUSES: [&str; 4] = ["因", "受", "由于", "主要是"];

/// Whether clause `words` gives a cause ([`CAUSES`]) and no figure.
pub fn gives_cause(words: &str) -> bool {
    CAUSES.iter().any(|w| words.starts_with(w))
}

/// Characters of degree before a comparison (`略高于`, `均高于`, `明显低于`):
/// the comparison is the same.
pub const DEGREES: [char; 4] = ['略', '均', '明', '显'];

/// Words naming a base that is not the year before: a change against an
/// average, a standard or a target is a difference, not growth
/// (`比全省平均高3.5个百分点`); so is one against the year's budget
/// (`比年初预算增长3%`, `比预算数减少0.3亿元`, `较调整预算增长1%`: the
/// budget is planned spending, and `一般公共预算` in a name is no base).
pub const OTHER_BASES: [&str; 30] = [
    // `比当地公务员低0.4万元`: the teachers' pay against the civil
    // servants', a gap, not a change.
    "公务员",
    // `比“十三五”末增长25.3%`, `比疫情前`: a period long past.
    "十三五",
    "十二五",
    "十四五初",
    "疫情前",
    // `较整改前增加0.3亿元`, `较反馈时增加210元`: the state the inspectors
    // found, at any time before the rectification.
    "整改前",
    "反馈时",
    "评估时",
    "评价时",
    "督导时",
    "检查时",
    // `较自评报告填报数减少0.3亿元`, `比申报数据下降`, `较督导前提高`: the
    // figure the inspectors verified against the one the region reported,
    // or against the state before the inspection: a correction, no growth.
    "自评",
    "填报",
    "申报",
    "上报",
    "评估前",
    "督导前",
    "平均",
    "标准",
    "目标",
    "要求",
    "全国",
    "全省",
    "全市",
    "年初预算",
    "调整预算",
    "年度预算",
    "预算数",
    "比预算",
    "较预算",
];

/// Verbs before a budget whose share of it a figure states (`完成调整预算的
/// 101.3%`, `为预算的99.1%`, `占年初预算的`): [`share_of_budget`].
const OF_BUDGET_VERBS: [&str; 6] = ["完成", "为", "占", "达到", "达", "是"];

/// The first character of the word a budget's share names its budget by
/// (`完成调整预算的`, `为预算的`, `占调整后预算的`): each holds it within its
/// first [`BUDGET_REACH`] characters.
pub const BUDGET: char = '预';

/// How far into a budget's share [`BUDGET`] stands at most: the longest
/// verb of [`OF_BUDGET_VERBS`] and the start of the longest budget
/// (`完成调整后预`).
pub const BUDGET_REACH: usize = 6;

/// The budgets a figure's share is of ([`share_of_budget`]).
const BUDGETS: [&str; 6] = [
    "调整预算",
    "年初预算",
    "年度预算",
    "调整后预算",
    "预算数",
    "预算",
];

/// Whether `words`, before a figure, make it the share of the year's budget
/// spent: `完成调整预算的101.3%`, `为预算的99.1%`, `占年初预算的98.6%`. Budget
/// reports write it between a level and its change (`9.84亿元，完成调整预算的
/// 101.3%，下降1.8%`): the change after it is still the level's (the fall was
/// dropped, unsaid).
pub fn share_of_budget(words: &str) -> bool {
    let words = search::after_any(words, &OF_BUDGET_VERBS).unwrap_or(words);
    search::after_any(words, &BUDGETS).is_some_and(|rest| rest == "的" || rest.is_empty())
}

/// Words of a base that is planned, not an earlier year's figure:
/// `比计划增加0.3亿元`, `较预期提高`. Like a budget ([`OTHER_BASES`]), the
/// change against one is not growth over the year before.
pub const PLANNED_BASES: [&str; 3] = ["计划", "预期", "任务"];

/// The words a comparison names as its base: after the first `比` or `较`
/// of `words`, up to its verb of change or the end (`比白石县高出` gives
/// `白石县高出`'s `白石县`; `较上年增长` gives `上年`). `None` when `words`
/// hold no comparison.
pub fn named_base(words: &str) -> Option<&str> {
    let i = words.find(['比', '较'])?;
    let rest = &words[i + '比'.len_utf8()..];
    let end = base_ends().find_in(rest).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The first characters of every word that ends a comparison's base: the
/// verbs and nouns of change ([`verbs`]), the short ones ([`SHORT`],
/// [`COMPARED_SHORT`]), [`FLAT`] and [`COMPARED`]. (`上` of `上升` also
/// opens `上年`: a base that starts with it is empty, which names no place,
/// as `上年` does not.)
fn base_ends() -> &'static search::Leads {
    static ENDS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    ENDS.get_or_init(|| {
        let words: Vec<String> = verbs()
            .chain([FLAT, COMPARED])
            .map(str::to_string)
            .chain(
                SHORT
                    .iter()
                    .chain(&COMPARED_SHORT)
                    .map(|(c, _)| c.to_string()),
            )
            .collect();
        search::Leads::of(words.iter().map(String::as_str))
    })
}

/// Whether the base a comparison names ([`named_base`]) is a place
/// (`比白石县高出5.1个百分点`, `比邻县少0.8亿元`, `较城区低`), a plan
/// (`比计划增加`) or the other subject of a pay (`比教师高0.5万元`), not an
/// earlier year: the change is a gap between two
/// places or to a plan, never the year's growth. A base that names the
/// year before or a year (`比上年全县`, `较2022年`) is a year's.
pub fn names_other_base(words: &str) -> bool {
    let Some(base) = named_base(words) else {
        return false;
    };
    if search::contains_any(base, YEAR_BEFORE) || base.contains('年') {
        return false;
    }
    base.chars().any(crate::regions::is_level)
        || search::contains_any(base, PLANNED_BASES)
        // `公务员平均工资收入比教师高0.5万元`: a gap to the other subject.
        || search::contains_any(base, crate::links::SUBJECTS)
}

/// Words after a change that state the level it reached: `提高1.2个百分点，
/// 达到93.4%`.
pub const REACHED: [&str; 5] = ["达到", "达", "为", "至", "到"];

/// Words after a change that state the level it is held at: `比上年下降0.8
/// 个百分点，仍保持在84%以上` (the level was lost).
pub const HELD_AT: [&str; 3] = ["保持在", "稳定在", "维持在"];

/// Adverbs that may stand before a word of [`REACHED`] in a clause that
/// gives one region's figure after another's: `石门区为85.2%，青溪县仅为
/// 76.3%`, `…，我县则为…`, `…，全县也达到…`.
pub const REACHED_ADVERBS: [char; 6] = ['仅', '只', '则', '也', '已', '才'];

/// Whether `words` are a word of [`REACHED`], after [`REACHED_ADVERBS`] at
/// most, or nothing, or a form's colon in its place (`国家标准：80%；本县：
/// 78.4%`).
pub fn only_reached(words: &str) -> bool {
    let words = words.trim_start_matches(REACHED_ADVERBS);
    words.is_empty() || words == ":" || REACHED.contains(&words)
}

/// Verbs of a rise (`反弹`: a share that had fallen rising again, `大班额比例
/// 较上年反弹1.3个百分点`; it was no change).
pub(crate) const UP: [&str; 8] = [
    "增加", "增长", "提高", "提升", "上升", "上调", "增支", "反弹",
];

/// Verbs of a fall. `减支` is the finance bureau's (`同比减支800万元`);
/// `收窄` a growth rate's (`增幅由上年的5.6%收窄至-1.2%`); `压减` a budget's
/// (`压减一般性支出10%`).
pub(crate) const DOWN: [&str; 13] = [
    "减少", "下降", "降低", "回落", "下滑", "下浮", "缩减", "下调", "减支", "下跌", "减收", "收窄",
    "压减",
];

/// Words before a verb of change that make it a need, not a change:
/// `亟需增加`, `有待提高`, `亟待提升`, `仍需提高`, `必须增加`.
pub const NEEDS: [&str; 4] = ["需", "有待", "亟待", "须"];

/// `负增长` ("growth below zero"): a fall, though it holds `增长`
/// ([`direction`] asks for it only where a rise was found).
pub const NEGATIVE_GROWTH: &str = "负增长";

/// The word after a from→to that makes it a range over places or schools
/// (`从78.5%至95.6%不等`), not a change.
pub const RANGE: &str = "不等";

/// `增长率为负`, `增速为负`: a fall too, said of the rate.
pub const BELOW_ZERO: &str = "为负";

/// Whole clauses that, right after a level, state its change in words and
/// nothing else: `不增反降`, `出现下降`, `连续两年减少`, `连续三年增长`. Unlike
/// `，有所提高`, which may go on to say anything, none of them has a subject
/// of its own: the change is the level's, against the year before (a run
/// of years ends with it). The sign, or `None`.
pub fn change_said_alone(clause: &str) -> Option<f64> {
    // Asked of the clause after every level: most open with none of the
    // words below (a test holds these characters to them).
    if !clause.starts_with(SAID_ALONE_FIRSTS) {
        return None;
    }
    let clause = clause.trim_end_matches([',', '，', ' ', '。', ';', '；']);
    if REVERSED.contains(&clause) {
        return Some(-1.0);
    }
    // `因在校生增加而有所降低`: a cause, then the change.
    let clause = clause
        .rsplit_once('而')
        .filter(|(cause, _)| crate::links::opens_cause(cause))
        .map_or(clause, |(_, change)| change);
    // `有所下降`, `略有减少`, `小幅回落`: a fall said softly is a fall. (A
    // rise said so, `，有所提高`, is left alone: it is as often the
    // report's praise of itself as a measured change.)
    if let Some(fall) = SOFTLY.iter().find_map(|w| clause.strip_prefix(w)) {
        let fall = fall.trim_end_matches('了');
        return (fall == NEGATIVE_GROWTH || DOWN.contains(&fall)).then_some(-1.0);
    }
    let rest = clause
        .strip_prefix("出现")
        .or_else(|| {
            // `连续两年`, `连续3年`: a run of years, up to this one.
            let run = clause.strip_prefix("连续")?;
            let end = run.char_indices().take(3).find(|(_, c)| *c == '年')?.0;
            Some(&run[end + '年'.len_utf8()..])
        })?
        .trim_end_matches('了');
    // `出现小幅下降`.
    let rest = SOFTLY
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    if rest == NEGATIVE_GROWTH || DOWN.contains(&rest) {
        Some(-1.0)
    } else if UP.contains(&rest) {
        Some(1.0)
    } else {
        None
    }
}

/// Words of degree before a verb of change that say it softly: `有所下降`,
/// `略有减少`, `小幅回落`, `较大幅度下降`.
pub const SOFTLY: [&str; 10] = [
    "有所",
    "略有",
    "稍有",
    "小幅",
    "略微",
    "较大幅度",
    "大幅",
    "明显",
    "一定程度",
    "不同程度",
];

/// The first characters of the clauses [`change_said_alone`] reads: of
/// [`REVERSED`], the causes (`crate::links::CAUSES`), `出现`, `连续` and
/// [`SOFTLY`].
const SAID_ALONE_FIRSTS: [char; 15] = [
    '不', '负', '因', '由', '受', '出', '连', '有', '略', '稍', '小', '较', '大', '明', '一',
];

/// Whole clauses of a fall after a rise was due (`不增反降`), and
/// [`NEGATIVE_GROWTH`] alone.
const REVERSED: [&str; 5] = [
    "不增反降",
    "不升反降",
    "不增反减",
    "不升反减",
    NEGATIVE_GROWTH,
];

/// Words after a word of growth that judge it weak (`增长乏力`, `增速放缓`,
/// `增长受限`, `增幅较上年回落`, `增幅有所下降`): no direction, since weak
/// growth may be a fall (`增长乏力，同比下降0.8%` was read as a rise said in
/// words), and a slower rise is still a rise (`增幅回落` was read as a fall,
/// and failed 只增不减).
pub const WEAKLY: [&str; 14] = [
    "乏力", "缓慢", "放缓", "趋缓", "受限", "疲软", "较慢", "偏慢", "不足", "回落", "收窄", "下滑",
    "下降", "降低",
];

/// Whether `clause` only judges a growth weak: a short clause with a word
/// of growth (`增长`, `增速`, `增幅`) that ends with one of [`WEAKLY`]
/// (`增长乏力`, `增速明显放缓`).
pub fn weak_growth(clause: &str) -> bool {
    let clause = clause.trim_end();
    clause.chars().count() <= 8
        && clause.starts_with('增')
        && WEAKLY.iter().any(|w| clause.ends_with(w))
}

/// Nouns of a relative change: `增幅14.8%`, `增速为4.2%`, `增长率为-1.5%`
/// (up, so a negative figure is a fall), `降幅4.1%` (down).
pub const GROWTH_NOUNS: [(&str, f64); 8] = [
    ("增幅", 1.0),
    ("增速", 1.0),
    ("增长率", 1.0),
    ("增长幅度", 1.0),
    ("降幅", -1.0),
    ("减幅", -1.0),
    ("下降幅度", -1.0),
    ("减少幅度", -1.0),
];

/// Single characters that state a change when they end the words before a
/// figure: `比上年增3%`, `比上年多1200人`, `比上年少0.8亿元`.
/// `同比降3%`, `比上年升0.5个百分点`.
pub const SHORT: [(char, f64); 6] = [
    ('增', 1.0),
    ('多', 1.0),
    ('升', 1.0),
    ('减', -1.0),
    ('少', -1.0),
    ('降', -1.0),
];

/// Single characters that state a change only after a comparison
/// ([`COMPARISONS`]): `比上年低1.2个百分点`, `较上年高0.5个百分点`, `比上年高出2个
/// 百分点`. Alone
/// they state a judgement (`学前三年毛入园率偏低`), no change.
pub const COMPARED_SHORT: [(char, f64); 2] = [('高', 1.0), ('低', -1.0)];

/// Characters that negate the verb of change after them: `只增不减`,
/// `不降低`, `未增长`, `没有减少`. Words holding one state a requirement, a
/// claim or a denial, not a change that was measured.
pub const NEGATIONS: [char; 3] = ['不', '未', '没'];

/// The verb of no change: `与上年持平`, `同比持平`. With a base named
/// (`与上年`, `和去年`, `同比`) and nothing between base and verb, it states
/// a change of zero; `基本持平`, `总体持平` state none that can be judged.
pub const FLAT: &str = "持平";

/// Words that state a sum as a share of another year's before `的`
/// (`为上年的96.5%`, `相当于上年的103.2%`, `占上年的…`): its change is the
/// share's difference from 100%.
pub const AS_SHARE: [&str; 4] = ["为", "是", "相当于", "占"];

/// Words that hedge [`FLAT`] (`基本持平`, `大体持平`): about the same, so a
/// change may follow it (`与上年基本持平（下降0.1%）`).
pub const ROUGHLY: [&str; 3] = ["基本", "大体", "总体"];

/// Words that name what a figure equals: `与上年持平`, `和去年持平`,
/// `同上年持平`, `跟2022年持平` (with [`COMPARISONS`]: `较上年持平`).
pub const EQUAL_TO: [&str; 4] = ["与", "和", "同", "跟"];

/// `与2010年相比，…增长77.3%`: the base a sentence opens with, for the
/// changes stated after it with no comparison of their own.
pub const COMPARED: &str = "相比";

/// Words that make a change one over a span of years rather than against
/// the year before: `2018年以来提高了9.6个百分点`, `五年来`, `“十四五”期间`,
/// `累计增长`. See [`names_span`].
pub const SPANS: [&str; 5] = [SINCE, YEARS_SINCE, DURING, SUM, IN_OFFICE];

/// Words before a verb of change that make it an average over several
/// years (`年均增长5.6%`, `年平均增长…`): never a change against the year
/// before.
pub const AVERAGED: [&str; 2] = ["年均", "年平均"];

/// `以来`: since a year.
pub const SINCE: &str = "以来";
/// `年来`: for some years (`三年来`).
const YEARS_SINCE: &str = "年来";
/// `期间`: during a plan's years (`“十三五”期间`).
const DURING: &str = "期间";
/// `累计`: a sum, over a span of years unless one year is named.
pub const SUM: &str = "累计";
/// `任期`: the years of an office, in a leader's report on their duty
/// (`任期内，A增长了13.8%`, `本届任期…`): a change over the term, not the
/// year's (it passed 只增不减 as the year's rise).
const IN_OFFICE: &str = "任期";

/// Whether `words` name a span of years ([`SPANS`], or `近三年`, `近5年`):
/// a change stated under one, with no comparison of its own, is not the
/// year-on-year change.
pub fn names_span(words: &str) -> bool {
    search::contains_any(words, SPANS) || names_recent_years(words)
}

/// Whether `words` name several years that a figure sums over, not the
/// year's: `近三年`, `三年来`, `“十四五”期间`. Not `以来` alone
/// (`2021年以来，…支出6.9亿元` is read as the year's figure: a sum since a
/// year says [`SUM`]), nor `近年来` and `多年来` (a story's opening). With
/// [`SUM`], see [`names_total_span`].
pub fn names_years_summed(words: &str) -> bool {
    search::contains(words, DURING)
        || search::contains(words, IN_OFFICE)
        || names_recent_years(words)
        || search::starts(words, YEARS_SINCE).any(|i| {
            // `三年来`, `5年来`.
            words[..i]
                .chars()
                .next_back()
                .is_some_and(crate::numerals::is_digit_or_numeral)
        })
}

/// The words that may stand between a name and a span of years before its
/// verb (`A三年提高了…`, `A近三年提高…`, `A过去五年…`), and after the span
/// (`三年来`, `五年间`, `三年内`, `三年以来`): the change is the span's.
pub const SPAN_BEFORE: [&str; 5] = ["", "近", "这", "过去", "近些"];
pub const SPAN_AFTER: [&str; 6] = [SINCE, "来", "间", "内", "中", "里"];

/// Whether `words` may make a figure a sum over several years:
/// [`names_years_summed`], [`SUM`] (`累计投入`), or an [`ADDED_UP`] word, which
/// sums years only after a range of them (`2021至2023年，…合计36.5亿元`: the
/// extractor reads the range from its years) or a count of them
/// ([`sums_counted_years`]).
pub fn names_total_span(words: &str) -> bool {
    search::contains(words, SUM)
        || names_years_summed(words)
        || search::contains_any(words, ADDED_UP)
}

/// Words that add figures up (`合计`, `共计`, `总计`): alone, a total of
/// items in one year (`教育支出合计…`); after a span of years, a sum of
/// several years' figures. (Not [`crate::links::TOTALS`], the words that
/// make a name a total's.)
pub const ADDED_UP: [&str; 3] = ["合计", "共计", "总计"];

/// Whether `words` hold an [`ADDED_UP`] word right after a count of years
/// (`三年合计`, `5年共计`): a sum of several years' figures, read as the
/// year's.
pub fn sums_counted_years(words: &str) -> bool {
    ADDED_UP.iter().any(|w| {
        search::starts(words, w).any(|i| words[..i].strip_suffix('年').is_some_and(counts_years))
    })
}

/// Whether `before` (the words before a `年`) ends with a count of years
/// (`三`, `5`), not a year (`2023`).
fn counts_years(before: &str) -> bool {
    let count = before
        .chars()
        .rev()
        .take_while(|c| crate::numerals::is_digit_or_numeral(*c))
        .count();
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    count > 0 && digits < 4
}

/// Words right before [`SUM`] that make the sum the year's own:
/// `全年累计完成`, `本年度累计投入`, `年内累计`.
const THE_YEAR: [&str; 5] = ["全年", "本年", "年内", "当年", "今年"];

/// Whether every [`SUM`] in `words` sums the year itself
/// (`全年累计完成…`, `本年度累计…`), not a span of years: the figure after
/// it is the year's.
pub fn sums_the_year(words: &str) -> bool {
    let mut sums = search::starts(words, SUM).peekable();
    sums.peek().is_some()
        && sums.all(|i| {
            let before = words[..i].strip_suffix('度').unwrap_or(&words[..i]);
            THE_YEAR.iter().any(|w| before.ends_with(w))
        })
}

/// `近三年`, `近5年`: the last few years.
fn names_recent_years(words: &str) -> bool {
    words.match_indices('近').any(|(i, c)| {
        let rest = &words[i + c.len()..];
        let digits = rest
            .chars()
            .take_while(|c| crate::numerals::is_digit_or_numeral(*c))
            .count();
        digits > 0 && rest.chars().nth(digits) == Some('年')
    })
}

/// Whether `words` (a clause, trimmed) state no change against a named
/// base: `与上年持平`, `同比持平`, `较2022年持平`, `与去年相比持平`.
/// Returns the base's words (`上年`, `2022年`, empty for `同比`) for the
/// caller to check against the report's year.
pub fn flat_against(words: &str) -> Option<&str> {
    let base = words.strip_suffix(FLAT)?;
    if let Some(rest) = base.strip_prefix("同比") {
        return rest.is_empty().then_some(rest);
    }
    let rest = EQUAL_TO
        .iter()
        .chain(COMPARISONS.iter())
        .find_map(|w| base.strip_prefix(w))?;
    let rest = rest.strip_suffix("相比").unwrap_or(rest);
    let named = YEAR_BEFORE.contains(&rest)
        || rest
            .strip_suffix('年')
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    named.then_some(rest)
}

/// Verbs of spending after a short word of change and its comparison:
/// `较上年少支出2300万元`, `比上年多投入4200万元`.
pub const SPENDING: [&str; 5] = ["支出", "投入", "安排", "拨付", "下达"];

/// Every change verb and growth noun, for telling a change (`提高5%`) from a
/// level (`提高至5%`): the word is a change unless a [`TO`] word follows it.
pub fn verbs() -> impl Iterator<Item = &'static str> + Clone {
    UP.iter()
        .chain(DOWN.iter())
        .copied()
        .chain([NEGATIVE_GROWTH])
        .chain(GROWTH_NOUNS.iter().map(|(w, _)| *w))
}

/// Words after a change verb that turn it into a level: `提高至90%`,
/// `提高到90%`, `下降为3%`.
pub const TO: [char; 3] = ['至', '到', '为'];

/// Words that hold a level within a bound rather than move it: `控制在5%以内`.
/// After a negation (`尚未控制在5%以内`) the level is still above the bound,
/// as after a fall that was not made (`尚未降至5%以内`).
pub const HELD_WITHIN: &str = "控制在";

/// The way `words` (between a name and its level) move the level to it, and
/// the words before the verb: a change verb followed by a [`TO`] word
/// (`提高到` is `+1.0`; `减少至`, `降至`, `下降了到` are `-1.0`). `None` when
/// the words end with no such verb. This is the one reading of "moved to a
/// figure"; [`fell_to`] and the shortfalls (`尚未提高到50%`) both ask it.
pub fn moved_to(words: &str) -> Option<(f64, &str)> {
    let verb = words.trim_end().strip_suffix(TO)?.trim_end_matches('了');
    let ends = |list: &[&str]| list.iter().find_map(|v| verb.strip_suffix(v));
    if let Some(before) = ends(&DOWN).or_else(|| verb.strip_suffix('降')) {
        return Some((-1.0, before));
    }
    ends(&UP).map(|before| (1.0, before))
}

/// Whether `words` (between a name and its level) are a fall to it and
/// nothing else: `减少至11860元`, `下降到`, `降至`, `回落为`. The level is
/// read; the fall is a change said in words only, with no size.
pub fn fell_to(words: &str) -> bool {
    moved_unsized(words).is_some_and(|sign| sign < 0.0)
}

/// The sign of a move to a level whose size is not said, in `words`
/// between a name and its level: a fall ([`fell_to`]), or a rise against
/// the year before (`比上年提高到86.5%`, `同比增加到10.3亿元`; `提高到86.5%`
/// alone says no more than the level). `None` for anything else.
pub fn moved_unsized(words: &str) -> Option<f64> {
    let (sign, before) = moved_to(words.trim_start())?;
    let year_before = against_year_before_only(before);
    (year_before || (sign < 0.0 && before.is_empty())).then_some(sign)
}

/// Whether `words` are a comparison with the year before and nothing else:
/// `较上年`, `比去年`, `同比`. Before a verb that moves the level to a figure
/// (`较上年下降到76.5%`, [`moved_to`]), the figure is the level reached, not
/// the size of the change (it was read as a fall of 76.5%).
pub fn against_year_before_only(words: &str) -> bool {
    let words = words.trim();
    words == "同比"
        || COMPARISONS.iter().any(|c| {
            words
                .strip_prefix(c)
                .is_some_and(|rest| YEAR_BEFORE.contains(&rest))
        })
}

/// The sign of the change the words state: `+1.0` for a rise (`增长`,
/// `提高`, `增幅`, a trailing `增`/`多`), `-1.0` for a fall (`减少`,
/// `下降`, `降幅`, a trailing `减`/`少`), `None` when they state no change.
/// A fall wins when both stand (`减少…增长` does not occur; `下降` inside a
/// longer phrase should not be outvoted).
pub fn direction(words: &str) -> Option<f64> {
    let words = words.trim_end();
    // One pass over the characters: where a verb or noun of change may
    // start ([`verb_leads`]; most words hold none), the words of change
    // with that first character are compared. A fall anywhere wins.
    let leads = verb_leads();
    let mut up = false;
    for (i, c) in words.char_indices() {
        if !leads.is_lead(c) {
            continue;
        }
        let rest = &words[i..];
        let verbs = signed_verbs();
        let from = verbs.partition_point(|(_, first, _)| *first < c);
        for (w, _, sign) in verbs[from..].iter().take_while(|(_, first, _)| *first == c) {
            if rest.starts_with(w) {
                if *sign < 0.0 {
                    return Some(-1.0);
                }
                up = true;
            }
        }
    }
    if up {
        return Some(
            if search::contains(words, NEGATIVE_GROWTH) || search::contains(words, BELOW_ZERO) {
                -1.0
            } else {
                1.0
            },
        );
    }
    short_direction(words)
}

/// The sign a short word at the end of `words` states: `比上年增3%`,
/// `比上年少0.8亿元`, `较上年少支出2300万元` (a short word before a verb of
/// spending), `比上年低1.2个百分点` (after a comparison only).
fn short_direction(words: &str) -> Option<f64> {
    // `较上年少支出2300万元`, `比上年多投入`: the short word before a verb of
    // spending.
    let words = SPENDING
        .iter()
        .find_map(|v| words.strip_suffix(v))
        .filter(|head| head.ends_with(['多', '少']) && head.contains(['比', '较']))
        .unwrap_or(words);
    if let Some(sign) = than_the_year_before(words) {
        return Some(sign);
    }
    // `比上年低了0.1亿元`, `较上年少了320元`.
    let words = words.strip_suffix('了').unwrap_or(words);
    // `同比少增0.3亿元`, `多增`: the rise was smaller (larger) than the year
    // before's rise, by that much; the year's own change is not said.
    if ["少增", "多增", "少减", "多减"]
        .iter()
        .any(|w| words.ends_with(w))
    {
        return None;
    }
    let last = words.chars().last()?;
    SHORT
        .iter()
        .find(|(c, _)| *c == last)
        .or_else(|| {
            COMPARED_SHORT.iter().find(|(c, _)| {
                (*c == last || (*c == '高' && search::contains(words, "高出")))
                    && words.contains(['比', '较'])
            })
        })
        .map(|(_, s)| *s)
}

/// Words that put a figure above or below another (`低于上年0.3亿元`,
/// `高于2022年1.2个百分点`): with the year before as the other, a change.
const ABOVE_BELOW: [(&str, f64); 4] =
    [("高于", 1.0), ("低于", -1.0), ("多于", 1.0), ("少于", -1.0)];

/// The sign of `words` that end with a word of [`ABOVE_BELOW`] and the year
/// before or a year (`，低于上年`, `高于2022年`): the figure after them is
/// the change. `低于上年的` names a base, and `低于全省平均` a place.
fn than_the_year_before(words: &str) -> Option<f64> {
    let head = YEAR_BEFORE
        .iter()
        .find_map(|y| words.strip_suffix(y))
        .or_else(|| {
            let head = words.strip_suffix('年')?;
            let digits = head.get(head.len().checked_sub(4)?..)?;
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| &head[..head.len() - 4])
        })?;
    ABOVE_BELOW
        .iter()
        .find(|(w, _)| head.ends_with(w))
        .map(|(_, sign)| *sign)
}

/// Whether a whole clause puts a level above or below the year before's,
/// with no figure (`，低于上年水平`, `，未达到上年水平`, `，不及上年`,
/// `，高于去年水平`): a change said in words only, and its sign.
pub fn beside_the_year_before(clause: &str) -> Option<f64> {
    // The longest such clause is `，没有达到上年的水平。` (34 bytes); most
    // clauses after a level are longer, and are refused unsearched.
    if clause.len() > 40 {
        return None;
    }
    let clause = clause.trim_end_matches([',', '，', ' ', '。', ';', '；']);
    let clause = clause.strip_suffix("水平").unwrap_or(clause);
    let clause = clause.strip_suffix('的').unwrap_or(clause);
    let head = YEAR_BEFORE.iter().find_map(|y| clause.strip_suffix(y))?;
    let head = head.trim_start_matches([',', '，', ' ']);
    let head = head.trim_start_matches(['仍', '均', '略', '明', '显']);
    // `低于`, `高于` (…), `未达到`, `没有达到` (short of it), `不及`, `超过`.
    ABOVE_BELOW
        .iter()
        .find(|(w, _)| head == *w)
        .map(|(_, sign)| *sign)
        .or_else(|| (crate::qualifiers::SHORT_OF.contains(&head) || head == "不及").then_some(-1.0))
        .or_else(|| ["超过", "超出"].contains(&head).then_some(1.0))
}

/// Every verb of [`UP`] and [`DOWN`] and every one of the [`GROWTH_NOUNS`],
/// with the sign of the change it states, by first character (so that
/// [`direction`] compares only the words that start where it stands).
fn signed_verbs() -> &'static [(&'static str, char, f64)] {
    static VERBS: std::sync::OnceLock<Vec<(&'static str, char, f64)>> = std::sync::OnceLock::new();
    VERBS.get_or_init(|| {
        let mut verbs: Vec<(&'static str, char, f64)> = UP
            .iter()
            .map(|w| (*w, 1.0))
            .chain(DOWN.iter().map(|w| (*w, -1.0)))
            .chain(GROWTH_NOUNS.iter().copied())
            .filter_map(|(w, sign)| w.chars().next().map(|c| (w, c, sign)))
            .collect();
        verbs.sort_by_key(|(_, c, _)| *c);
        verbs
    })
}

/// The first characters of [`UP`], [`DOWN`] and the [`GROWTH_NOUNS`].
fn verb_leads() -> &'static search::Leads {
    static LEADS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    LEADS.get_or_init(|| {
        search::Leads::of(
            UP.iter()
                .chain(DOWN.iter())
                .copied()
                .chain(GROWTH_NOUNS.iter().map(|(w, _)| *w)),
        )
    })
}

/// Words that link a growth noun to its figure (`增速为4.2%`, `增幅达到6%`;
/// after the points the rate moved by: `增速较上年回落3.2个百分点，为-1.2%`).
pub const RATE_IS: [&str; 4] = ["为", "是", "达", "达到"];

/// Words that open an adjusted basis for a change (`扣除一次性因素后比上年增长
/// 1.6%`, `剔除上级专项资金后`): the change on that basis is not the
/// indicator's, which the report may state next (`按总量计算比上年下降2.0%`).
pub const ADJUSTED: [&str; 6] = ["扣除", "剔除", "不含", "除去", "不考虑", "排除"];

/// The words of [`ADJUSTED`] that take an amount out of a figure, whose
/// basis may end with its clause as well as with `后`.
pub const DEDUCTED: [&str; 2] = ["扣除", "剔除"];

/// The basis a change is computed on, written before its comparison:
/// `扣除一次性因素后`, `剔除…后` (an adjusted basis: `true`), `按总量计算`,
/// `如按全口径计算则` (the whole: `false`). The flag and the words after the
/// basis, or `None` when `words` open with none.
pub fn strip_basis(words: &str) -> Option<(bool, &str)> {
    // (Asked of the opening of many clauses: nearly all open with none.)
    if !words.starts_with(BASIS_FIRSTS) {
        return None;
    }
    let rest_after = |words: &'_ str, end: &str| -> Option<usize> {
        let i = words.find(end)?;
        (words[..i].chars().count() <= BASIS_CHARS).then_some(i + end.len())
    };
    let trim = |rest: &str| -> usize {
        rest.len() - rest.trim_start_matches([',', '，', '则', ' ']).len()
    };
    if ADJUSTED.iter().any(|w| words.starts_with(w)) {
        // `扣除…后`; or, for the words that take an amount out
        // ([`DEDUCTED`]), a basis its clause ends (`剔除绩效工资补发因素，`,
        // `扣除中央专项资金，`).
        let at = rest_after(words, "后").or_else(|| {
            DEDUCTED
                .iter()
                .any(|w| words.starts_with(w))
                .then(|| rest_after(words, "，").or_else(|| rest_after(words, ",")))
                .flatten()
        })?;
        return Some((true, &words[at + trim(&words[at..])..]));
    }
    let by = WHOLE_BASES.iter().find_map(|w| words.strip_prefix(w))?;
    // (`按可比口径比上年下降2.9%`: the comparable basis, the whole's change.)
    let at = rest_after(by, "计算").or_else(|| rest_after(by, "口径"))?;
    Some((false, &by[at + trim(&by[at..])..]))
}

/// The first characters of the words that open a basis, adjusted
/// ([`ADJUSTED`]) or of the whole ([`WHOLE_BASES`]): [`strip_basis`] looks
/// no further into words that open with none (a test holds it to them).
const BASIS_FIRSTS: [char; 8] = ['扣', '剔', '不', '除', '排', '按', '如', '若'];

/// The words that open a basis of the whole in [`strip_basis`]: `按总量计算`,
/// `如按全口径计算`, `若按…口径`.
pub const WHOLE_BASES: [&str; 3] = ["按", "如按", "若按"];

/// Where (in bytes) a basis of the whole ([`strip_basis`]: `按总量计算`,
/// `如按全口径计算则`) opens in `words`, after an adjusted one: the change
/// after it is the indicator's again.
pub fn whole_basis_in(words: &str) -> Option<usize> {
    words
        .char_indices()
        .filter(|(i, _)| WHOLE_BASES.iter().any(|w| words[*i..].starts_with(w)))
        .map(|(i, _)| i)
        .find(|&i| matches!(strip_basis(&words[i..]), Some((false, _))))
}

/// The longest basis [`strip_basis`] reads, in characters before its `后`
/// or `计算`.
const BASIS_CHARS: usize = 16;

/// Whether `words` open with a comparison against an earlier year, after
/// any commas, spaces and a `but` (`，比上年`, `同比`, `较2020年`, `，但比上年`:
/// `比全省高1个百分点，但比上年低1.2个百分点`).
pub fn opens_comparison(words: &str) -> bool {
    // `，仍比上年减少132元`, `却`, `依然`, `还`, `也`: an adverb before it.
    // `，虽比上年下降4.6%，但…`, `尽管较上年减少320元`: a report admits a
    // fall in a clause of concession, and the fall is the change all the same.
    let words = words.trim_start_matches([',', '，', ' ', '但', '而', '仍', '却', '还', '也']);
    let words = CONCESSIONS
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words)
        .trim_start_matches(['仍', '还', '也', ' ']);
    // (`strip_prefix`: a string pattern to `trim_start_matches` sets up a
    // searcher on every call, and this is asked of every figure's words.)
    let words = words.strip_prefix("依然").unwrap_or(words);
    // `，当年比上年下降2.3%`, `，全年较上年…`: the year the report is about,
    // named again before its comparison (the fall was lost).
    let words = THIS_YEAR
        .iter()
        .chain([&crate::periods::WHOLE_YEAR])
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    COMPARISONS.iter().any(|w| words.starts_with(w))
        || compared_with(words)
        || ABOVE_BELOW.iter().any(|(w, _)| {
            words.strip_prefix(w).is_some_and(|rest| {
                YEAR_BEFORE.iter().any(|y| rest.starts_with(y))
                    || rest
                        .get(..4)
                        .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
                        && rest[4..].starts_with('年')
            })
        })
}

/// Whether `words` open with `相比`, `相较` (`相比上年下降1.7%`, `相较于上年
/// 减少`) or with a base between `与` and `相比` (`与上年相比减少0.3亿元`,
/// `和2022年相比`): a comparison as much as `比上年` is. (The base a
/// sentence opens with, `与2010年相比，…`, is [`COMPARED`]'s.)
pub fn compared_with(words: &str) -> bool {
    if words.starts_with(COMPARED) || words.starts_with("相较") {
        return true;
    }
    let Some(rest) = EQUAL_TO.iter().find_map(|w| words.strip_prefix(w)) else {
        return false;
    };
    rest.char_indices()
        .take(8)
        .take_while(|(_, c)| !matches!(c, '，' | ',' | '。'))
        .any(|(i, _)| rest[i..].starts_with(COMPARED))
}

/// Words that open a clause of concession before a comparison
/// (`虽比上年下降`, `尽管较上年减少`).
pub const CONCESSIONS: [&str; 5] = ["虽然", "虽", "尽管", "即使", "即便"];

/// Words of a change that may go either way: a table's column headed
/// `同比增减` or `升降` holds each row's change, signed by its figure
/// (`-2.0%`) or its verb (`减少0.13亿元`).
pub const EITHER_WAY: [&str; 5] = ["增减", "升降", "增降", "变化", "变动"];

/// Nouns after a word of change in a column's heading (`增减额`, `增长率`,
/// `增减幅度`, `变化情况`): the column holds the change all the same.
const HEADING_NOUNS: [&str; 7] = ["额", "率", "幅度", "值", "量", "数", "情况"];

/// Whether a table's header cell names the column of each row's change
/// against an earlier year: a comparison alone (`同比`, `比上年`,
/// `较2022年`), a word of change after one or alone (`同比增减`,
/// `较上年增长`, `增减`, `增幅`, `降幅`, `增长率`), with a unit in brackets
/// (`同比（%）`). Returns the sign an unsigned figure in the column has
/// (−1 under `降幅` or `下降`; +1 otherwise, the figure's own sign deciding),
/// and the base the heading names (`上年`, `2022年`; empty for `同比` and
/// for none) for the caller to check against the report's year. A heading
/// naming another base (`比全省平均`) names no such column.
pub fn change_heading(cell: &str) -> Option<(f64, &str)> {
    let head = cell.split(['(', '（']).next().unwrap_or(cell).trim_end();
    let (base, said) = match COMPARISONS
        .iter()
        .find_map(|w| Some((*w, head.strip_prefix(w)?)))
    {
        Some(("同比", rest)) => ("", rest),
        Some((_, rest)) => {
            let after = YEAR_BEFORE
                .iter()
                .find_map(|y| rest.strip_prefix(y))
                .or_else(|| {
                    let digits = rest.get(..4)?;
                    digits
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                        .then(|| rest[4..].strip_prefix('年'))
                        .flatten()
                })?;
            let base = &rest[..rest.len() - after.len()];
            (base, after.strip_prefix('度').unwrap_or(after))
        }
        None => ("", head),
    };
    if said.is_empty() {
        // `同比`, `比上年`: a comparison alone; not an empty cell.
        return (said.len() < head.len()).then_some((1.0, base));
    }
    // `增幅`, `增长率`, `降幅`: a noun of growth, by its own sign.
    if let Some((_, sign)) = GROWTH_NOUNS.iter().find(|(n, _)| *n == said) {
        return Some((*sign, base));
    }
    let word = HEADING_NOUNS
        .iter()
        .find_map(|n| said.strip_suffix(n).filter(|w| !w.is_empty()))
        .unwrap_or(said);
    if EITHER_WAY.contains(&word) {
        return Some((1.0, base));
    }
    let sign = if UP.contains(&word) {
        1.0
    } else if DOWN.contains(&word) {
        -1.0
    } else {
        return None;
    };
    Some((sign, base))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_basis_opens_with_one_of_the_first_characters() {
        for w in ADJUSTED.iter().chain(&WHOLE_BASES) {
            assert!(w.starts_with(BASIS_FIRSTS), "{w}");
        }
    }

    /// Every budget's share names its budget's first character within
    /// [`super::BUDGET_REACH`] characters, as the reader that asks it first
    /// needs.
    #[test]
    fn a_budgets_share_names_its_budget_within_reach() {
        for verb in super::OF_BUDGET_VERBS {
            for budget in super::BUDGETS {
                let words = format!("{verb}{budget}");
                let at = words.chars().position(|c| c == super::BUDGET);
                assert!(at.is_some_and(|at| at < super::BUDGET_REACH), "{words}");
            }
        }
    }

    use super::*;

    /// A clause of the region's own figure opens with a word of reaching,
    /// an adverb before it, nothing, or a form's colon (`本县：78.4%`).
    #[test]
    fn only_a_word_of_reaching() {
        for words in ["", "为", "仅为", "则为", "达到", ":"] {
            assert!(only_reached(words), "{words}");
        }
        for words in ["新建幼儿园3所", "为:", "::", "高于"] {
            assert!(!only_reached(words), "{words}");
        }
    }

    #[test]
    fn bases_of_a_change() {
        assert_eq!(
            strip_basis("扣除一次性因素后比上年增长"),
            Some((true, "比上年增长"))
        );
        assert_eq!(
            strip_basis("剔除上级专项资金后，比上年增长"),
            Some((true, "比上年增长"))
        );
        assert_eq!(
            strip_basis("按总量计算比上年下降"),
            Some((false, "比上年下降"))
        );
        assert_eq!(
            strip_basis("如按全口径计算则比上年下降"),
            Some((false, "比上年下降"))
        );
        assert_eq!(strip_basis("比上年增长"), None);
        assert_eq!(strip_basis("按照要求"), None);
        assert_eq!(strip_basis("扣除"), None);
    }

    #[test]
    fn a_comparison_may_open_a_clause_of_concession() {
        for words in [
            "，虽比上年下降",
            "尽管较上年减少",
            "，虽然同比下降",
            "，但仍比上年",
            "依然比上年",
        ] {
            assert!(opens_comparison(words), "{words}");
        }
        for words in [
            "与上年相比减少",
            "相比上年下降",
            "相较于上年减少",
            "和2022年相比",
            "，与去年相比下降",
        ] {
            assert!(opens_comparison(words), "{words}");
        }
        for words in ["，低于上年", "高于2022年", "少于去年"] {
            assert!(opens_comparison(words), "{words}");
        }
        assert_eq!(direction("，低于上年"), Some(-1.0));
        assert_eq!(direction("高于2022年"), Some(1.0));
        assert_eq!(direction("比上年低了"), Some(-1.0));
        assert_eq!(direction("同比少增"), None);
        assert_eq!(direction("比上年多增"), None);
        assert_eq!(direction("比上年增"), Some(1.0));
        assert_eq!(direction("低于上年的"), None);
        assert_eq!(direction("低于全省平均"), None);
        for clause in [
            "，低于上年水平",
            "未达到上年水平。",
            "，不及上年",
            "，仍低于去年的水平",
        ] {
            assert_eq!(beside_the_year_before(clause), Some(-1.0), "{clause}");
        }
        assert_eq!(beside_the_year_before("，高于上年水平"), Some(1.0));
        for clause in ["，低于全省平均水平", "，低于上年0.3亿元", "，达到上年水平"]
        {
            assert_eq!(beside_the_year_before(clause), None, "{clause}");
        }
        for words in [
            "，虽然",
            "尽管如此",
            "，虽有下降",
            "与全市平均水平相当",
            "相关",
            "与省定标准，相比",
        ] {
            assert!(!opens_comparison(words), "{words}");
        }
    }

    #[test]
    fn a_base_ends_at_a_word_of_change() {
        assert_eq!(named_base("比白石县高出"), Some("白石县"));
        assert_eq!(named_base("较上年增长"), Some(""));
        assert!(names_other_base("比邻县白石县少"));
        assert!(names_other_base("，比计划增加"));
        assert!(!names_other_base("比上年增加"));
        assert!(!names_other_base("较2022年提高"));
        assert!(!names_other_base("增幅"));
    }

    #[test]
    fn a_basis_of_the_whole_is_found_after_an_adjusted_one() {
        let words = "比上年增长1.6%，按总量计算比上年下降2.0%";
        assert_eq!(whole_basis_in(words), words.find("按"));
        let words = "增长1.6%，如按全口径计算则下降2.0%";
        assert_eq!(whole_basis_in(words), words.find("如按"));
        assert_eq!(whole_basis_in("比上年增长1.6%，按要求落实"), None);
    }

    #[test]
    fn a_fall_to_a_level_is_only_the_verb_and_its_to() {
        // A comparison with the year before may stand before the verb
        // (`比上年减少至`: the figure is still the level fallen to).
        for words in [
            "减少至",
            "下降到",
            "降至",
            "回落为",
            "降低到",
            "下降了至",
            "比上年减少至",
            "较上年下降到",
            "同比降至",
        ] {
            assert!(fell_to(words), "{words}");
        }
        for words in [
            "提高到",
            "比计划减少至",
            "比全省下降到",
            "至",
            "为",
            "减少",
            "控制在",
        ] {
            assert!(!fell_to(words), "{words}");
        }
    }

    #[test]
    fn a_total_right_after_a_count_of_years_sums_them() {
        for words in [
            "全县一般公共预算教育支出三年合计",
            "全县一般公共预算教育支出5年共计",
        ] {
            assert!(sums_counted_years(words), "{words}");
        }
        for words in [
            "全县一般公共预算教育支出合计",
            "2023年全县一般公共预算教育支出合计",
            "2021至2023年,全县一般公共预算教育支出",
        ] {
            assert!(!sums_counted_years(words), "{words}");
        }
    }

    #[test]
    fn a_move_to_a_level_has_a_way_and_the_words_before_it() {
        for (words, want) in [
            ("尚未提高到", Some((1.0, "尚未"))),
            ("没有增加至", Some((1.0, "没有"))),
            ("未降至", Some((-1.0, "未"))),
            ("仍未压减到", Some((-1.0, "仍未"))),
            ("未减少到", Some((-1.0, "未"))),
            ("下降了到", Some((-1.0, ""))),
            ("提高", None),
            ("达到", None),
            ("控制在", None),
        ] {
            assert_eq!(moved_to(words), want, "{words}");
        }
    }

    #[test]
    fn headings_of_a_change_column() {
        for (cell, want) in [
            ("同比", (1.0, "")),
            ("同比增减", (1.0, "")),
            ("比上年增减", (1.0, "上年")),
            ("较上年增减", (1.0, "上年")),
            ("较上年度增减", (1.0, "上年")),
            ("比2022年增减", (1.0, "2022年")),
            ("比上年", (1.0, "上年")),
            ("增减", (1.0, "")),
            ("增减额", (1.0, "")),
            ("增减幅度（%）", (1.0, "")),
            ("增幅", (1.0, "")),
            ("增长率(%)", (1.0, "")),
            ("同比增长", (1.0, "")),
            ("降幅", (-1.0, "")),
            ("比上年下降", (-1.0, "上年")),
        ] {
            assert_eq!(change_heading(cell), Some(want), "{cell}");
        }
        for cell in [
            "比全省平均",
            "较省定标准",
            "比例",
            "比重",
            "占比",
            "指标",
            "2023年",
            "",
            "率",
        ] {
            assert_eq!(change_heading(cell), None, "{cell}");
        }
    }

    #[test]
    fn total_spans() {
        for words in [
            "近三年累计投入",
            "近5年",
            "三年来",
            "10年来共",
            "“十三五”期间",
            "累计",
            "任期内",
        ] {
            assert!(names_total_span(words), "{words}");
        }
        for words in ["近年来", "多年来", "2021年以来", "全县", "年来"] {
            assert!(!names_total_span(words), "{words}");
        }
    }

    #[test]
    fn sums_of_the_year() {
        for words in ["全年累计完成", "本年度累计投入", "全县年内累计", "当年累计"]
        {
            assert!(sums_the_year(words), "{words}");
        }
        for words in ["累计投入", "近三年累计", "全年投入，累计", "", "全年"] {
            assert!(!sums_the_year(words), "{words}");
        }
    }

    /// The one pass of [`direction`] answers what searching for each list
    /// answers, on every stretch of texts built from the words of change,
    /// their first characters and other words around them.
    #[test]
    fn direction_is_what_searching_each_list_finds() {
        fn searched(words: &str) -> Option<f64> {
            let words = words.trim_end();
            let has = |w: &str| words.contains(w);
            if DOWN.iter().any(|w| has(w)) || GROWTH_NOUNS.iter().any(|(w, s)| *s < 0.0 && has(w)) {
                return Some(-1.0);
            }
            if UP.iter().any(|w| has(w)) || GROWTH_NOUNS.iter().any(|(w, s)| *s > 0.0 && has(w)) {
                return Some(if has(NEGATIVE_GROWTH) { -1.0 } else { 1.0 });
            }
            None
        }
        let pieces: Vec<&str> = signed_verbs()
            .iter()
            .map(|(w, _, _)| *w)
            .chain([
                "比上年",
                "，",
                "负",
                "增",
                "下",
                "减",
                "降",
                "率",
                "幅",
                "少支出",
                "高",
            ])
            .collect();
        for a in &pieces {
            for b in &pieces {
                for c in ["", "上年", "增"] {
                    let text = format!("{a}{c}{b}");
                    let chars: Vec<(usize, char)> = text.char_indices().collect();
                    for (i, _) in &chars {
                        let words = &text[*i..];
                        let want = searched(words).or_else(|| short_direction(words.trim_end()));
                        assert_eq!(direction(words), want, "{words}");
                    }
                }
            }
        }
    }

    #[test]
    fn directions() {
        assert_eq!(direction("比上年增长"), Some(1.0));
        assert_eq!(direction("较上年提高"), Some(1.0));
        assert_eq!(direction("增幅"), Some(1.0));
        assert_eq!(direction("比上年减少"), Some(-1.0));
        assert_eq!(direction("，下降"), Some(-1.0));
        assert_eq!(direction("出现负增长"), Some(-1.0));
        assert_eq!(direction("增速为"), Some(1.0));
        assert_eq!(direction("降幅"), Some(-1.0));
        assert_eq!(direction("比上年多"), Some(1.0));
        assert_eq!(direction("比上年少"), Some(-1.0));
        assert_eq!(direction("比2019年增"), Some(1.0));
        // `大班额比例…较上年反弹1.3个百分点`: a rebound is a rise.
        assert_eq!(direction("较上年反弹"), Some(1.0));
        assert_eq!(direction("比上年"), None);
        assert_eq!(direction(""), None);
        assert!(opens_comparison("，比上年"));
        assert!(opens_comparison("同比增长"));
        assert!(!opens_comparison("增长"));
        assert!(verbs().any(|w| w == "降幅"));
    }

    #[test]
    fn spans_and_flat() {
        for w in [
            "2018年以来",
            "五年来",
            "近三年",
            "近5年",
            "“十四五”期间",
            "累计",
        ] {
            assert!(names_span(w), "{w}");
        }
        for w in ["2023年", "附近", "近期", "比上年"] {
            assert!(!names_span(w), "{w}");
        }
        assert_eq!(flat_against("与上年持平"), Some("上年"));
        assert_eq!(flat_against("和去年持平"), Some("去年"));
        assert_eq!(flat_against("同比持平"), Some(""));
        assert_eq!(flat_against("较2022年持平"), Some("2022年"));
        assert_eq!(flat_against("与上年相比持平"), Some("上年"));
        assert_eq!(flat_against("与上年基本持平"), None);
        assert_eq!(flat_against("基本持平"), None);
        assert_eq!(flat_against("与全省平均持平"), None);
    }

    /// A clause that is a change and nothing else: its sign. Others say
    /// more than a change, or none.
    #[test]
    fn a_change_said_alone() {
        for (clause, sign) in [
            ("不增反降", Some(-1.0)),
            ("出现下降", Some(-1.0)),
            ("出现负增长。", Some(-1.0)),
            ("连续两年减少", Some(-1.0)),
            ("连续3年下降了", Some(-1.0)),
            ("连续三年增长", Some(1.0)),
            ("有所提高", None),
            ("有所降低", Some(-1.0)),
            ("略有下降。", Some(-1.0)),
            ("小幅回落了", Some(-1.0)),
            ("出现小幅下降", Some(-1.0)),
            ("负增长", Some(-1.0)),
            ("因在校生增加而有所降低", Some(-1.0)),
            ("因在校生增加而有所提高", None),
            ("有所下降的学校3所", None),
            ("而有所降低", None),
            ("出现下降趋势明显的学校3所", None),
            ("连续两年获评先进县", None),
        ] {
            assert_eq!(change_said_alone(clause), sign, "{clause}");
        }
        for word in SOFTLY
            .iter()
            .chain(&REVERSED)
            .chain(&crate::links::CAUSES)
            .chain(&["出现", "连续"])
        {
            assert!(word.starts_with(SAID_ALONE_FIRSTS), "{word}");
        }
        for clause in ["增长乏力", "增速明显放缓", "增长受限 ", "增幅趋缓"] {
            assert!(weak_growth(clause), "{clause}");
        }
        for clause in ["增长较快", "稳步增长", "增长乏力的问题仍较突出", "投入不足"]
        {
            assert!(!weak_growth(clause), "{clause}");
        }
        assert_eq!(direction("一般公共预算教育支出增长率为负"), Some(-1.0));
    }
}
