//! Words that join a name to its figure, items of a list, and the two ends
//! of a range; and the characters that mask a figure in a template.
//!
//! `普惠性幼儿园覆盖率达93.37%`: `达` links the name to the figure. The
//! extractor binds a figure only when the words say so, so the words that
//! may and may not stand between are named here.

/// Words that open a "from … to …" statement: `由86.1%提高到90.2%`,
/// `从74%提升至81.5%`. The first figure is where the indicator came from.
pub const FROM: [char; 2] = ['由', '从'];

/// Words of removal before a count's name in its clause: `化解大班额1015个、
/// 超大班额291个`, `消除超大班额23个`, `减少超大班额5个`. The count is of what
/// was removed, never of what is left. (`清零`, brought to none: `超大班额56
/// 个，目前已全部清零`.)
pub const REMOVED: [&str; 8] = [
    "化解", "消除", "消化", "解决", "减少", "压减", "清理", "清零",
];

/// Words of what is left, opening the clause after a removal (`已消除超大班额
/// 3个，剩余1个…`, `超大班额已化解4个，尚余1个`): the count after them is the
/// count left, the removal's name's own. (So are the words of some still
/// there, `仍有`, `尚有`: [`crate::plans::STILL_SOME`].)
pub const LEFT: [&str; 5] = ["剩余", "尚余", "还剩", "仍剩", "剩下"];

/// Words between a count's name and a word of removal after it (`超大班额已
/// 消除4个`, `超大班额累计化解4个`, `超大班额均已消除`).
pub const BEFORE_REMOVAL: [&str; 6] = ["均已", "现已", "已", "累计", "共", "全部"];

/// `班`: in the name of a class-size indicator (`大班额比例`, `超大班额`,
/// `56人以上班级占比`), which a region states by its urban schools.
pub const CLASS: char = '班';

/// Words of having right before a count that stands before its name: `仍有2个
/// 超大班额`, `全县有3个66人以上超大班额`, `尚存2个超大班额`, `剩余1个超大班额`.
/// The count is what is left (it was read as no figure, and a claim of
/// clearing the classes went unchallenged). Other words before such a
/// count (`新增2个`, `消除2个`) count something else.
pub const HAVING: [&str; 4] = ["有", "存在", "尚存", "剩余"];

/// Words that open a clause saying what was done is done now: `，已全部消除`,
/// `，均已化解`, `，现已清零` (after `超大班额3个`: the 3 were removed).
pub const DONE_NOW: [&str; 4] = ["已", "均已", "现已", "目前已"];

/// Words that rank a region among others (`在全市排名第2`, `位居全省前列`,
/// `居全省第8位`, `为全省最低`, `排名末位`): a clause of them between a name
/// and its figure states no value, and the level may follow in the next
/// clause (`，达到93.6%`, `，仅82.3%`).
pub const RANKS: [&str; 10] = [
    "排名", "位居", "名列", "位列", "居全", "居于", "最低", "最高", "末位", "首位",
];

/// Words right after a name that narrow it to an item of it: `…教育支出中
/// 学前教育支出`, `…中用于学前教育的`, `…用于学前教育`, `…其中`.
pub const ITEM_OF: [&str; 3] = ["中", "用于", "其中"];

/// Whether the words between a name and its figure open with an item of
/// the name ([`ITEM_OF`]) and name it before the figure: the figure is
/// the item's, not the name's. (`中` alone before a figure, or before a
/// verb of linking, narrows nothing.)
pub fn names_item_of(between: &str) -> bool {
    let words = between.trim_start();
    ITEM_OF.iter().any(|w| {
        words.strip_prefix(w).is_some_and(|rest| {
            rest.chars().take_while(|c| !c.is_ascii_digit()).count() >= 2
                && !rest.starts_with(['为', '达', '是', '占', ',', '，'])
        })
    })
}

/// Groups that a figure may be the threshold of (`达到50%以上的学校有12所`),
/// besides regions by their level (`…的乡镇`, `…的县市区`).
pub const GROUPS: [&str; 3] = ["学校", "幼儿园", "地区"];

/// Arrows between two figures, the from and the to (`83.6%→86.1%`, as
/// tables and lists of results write a change).
pub const ARROWS: [&str; 6] = ["→", "->", "—>", "－>", "⟶", "➔"];

/// `自` opens a "from … to …" only right before its figure: `自82%提高到93%`
/// (`自报86.5%` is a figure reported by the region itself).
pub const FROM_BARE: char = '自';

/// `由于`, a cause, which holds [`FROM`]'s `由` and is no from.
const BECAUSE: &str = "由于";

/// Words that open a cause set between a name and its from→to
/// (`A受民办园减少影响，由82.4%下降到78.6%`, `A因辍学人数减少，由…`).
pub const CAUSES: [&str; 3] = ["受", "因", BECAUSE];

/// Whether `words` open with a cause ([`CAUSES`]): the change its words
/// state (`受民办园减少影响`) is the cause's, not the name's.
#[inline]
pub fn opens_cause(words: &str) -> bool {
    CAUSES.iter().any(|w| words.starts_with(w))
}

/// The word that closes a cause that opens with `受` (`受…影响`).
pub const CAUSE_CLOSE: &str = "影响";

/// `words` past a cause that opens them within their clause (`受土地出让收入
/// 减少影响为11.85亿元`: `为11.85亿元`), closed by [`CAUSE_CLOSE`] within
/// [`CAUSE_LEAD`] characters; `None` when no such cause opens them.
pub fn after_cause(words: &str) -> Option<&str> {
    let rest = words.strip_prefix(CAUSES[0])?;
    let near = rest.get(..rest.floor_char_boundary(3 * CAUSE_LEAD))?;
    let at = crate::search::find(near, CAUSE_CLOSE)?;
    let cause = &near[..at];
    (!cause.chars().any(crate::punctuation::is_clause_end)).then(|| &rest[at + CAUSE_CLOSE.len()..])
}

/// The most characters of a lead before a [`FROM`] word that
/// [`from_after_lead`] steps over: an adverb (`已`, `现已`, `逐步`,
/// `一年内`) or the year (`2023年`).
pub const FROM_LEAD: usize = 6;

/// The most characters of a cause before a [`FROM`] word ([`CAUSES`]).
pub const CAUSE_LEAD: usize = 16;

/// `words` (between a name and its first figure) from their [`FROM`] word
/// on, when a short lead stands before it ([`FROM_LEAD`] characters in one
/// clause: `已由`, `2023年由`, `逐步由`) or a cause in a clause of its own
/// (`受…影响，由`, [`CAUSES`]). `None` when no such `由`/`从` follows; `由于`
/// is no `由`.
pub fn from_after_lead(words: &str) -> Option<&str> {
    let (i, _) = words
        .char_indices()
        .filter(|(_, c)| FROM.contains(c))
        .find(|(i, _)| !words[*i..].starts_with(BECAUSE))?;
    let lead = &words[..i];
    let n = lead.chars().count();
    let clause_ends = lead
        .chars()
        .filter(|c| crate::punctuation::is_clause_end(*c))
        .count();
    let short = n <= FROM_LEAD && clause_ends == 0;
    let cause =
        n <= CAUSE_LEAD && clause_ends == 1 && lead.ends_with(['，', ',']) && opens_cause(lead);
    (n > 0 && (short || cause)).then(|| &words[i..])
}

/// Words that reach the later figure of a from→to statement (`提高到`,
/// `提升至`).
pub const REACH: [char; 2] = ['至', '到'];

/// Words that may separate the items of a list: `A、B`, `A和B`, `X、Y`.
pub(crate) const LIST_SEPARATORS: [&str; 7] = ["、", "和", "及", "与", "以及", ",", "、和"];

/// The one-character words of [`LIST_SEPARATORS`] that join the items of a
/// list, the comma aside (it also ends a clause): what joins the stages of
/// `小学、初中`, `小学和初中`, read a character at a time.
pub const JOINS: [char; 4] = ['、', '和', '及', '与'];

/// The words after a list separator of [`LIST_SEPARATORS`] that opens
/// `words` (the longest one), or `None` when none opens them: `下降0.4%` of
/// `和下降0.4%`.
pub fn after_list_separator(words: &str) -> Option<&str> {
    LIST_SEPARATORS
        .iter()
        .filter_map(|w| words.strip_prefix(w))
        .min_by_key(|rest| rest.len())
}

/// Whether `words` (trimmed) are a list separator of [`LIST_SEPARATORS`].
pub fn is_list_separator(words: &str) -> bool {
    LIST_SEPARATORS.contains(&words.trim())
}

/// `非` right before a name makes it the name of everything else:
/// `非普惠性幼儿园在园幼儿占比` is not the share of inclusive kindergartens.
pub const OTHER_THAN: char = '非';

/// `教育`, the word a name of education as a whole opens with
/// (`教育支出`, `教育支出占比`).
pub const EDUCATION: &str = "教育";

/// Kinds of education that, right before a name opening with
/// [`EDUCATION`], make it that kind's own (`学前教育支出`, `义务教育支出`):
/// a part of the whole the bare name means, not the whole (preschool's fall
/// of 8.1% failed a county's 只增不减).
pub const KINDS_OF_EDUCATION: [&str; 10] = [
    "学前", "义务", "高中", "职业", "特殊", "高等", "成人", "继续", "民族", "社区",
];

/// Words that may end a name the catalog writes shorter, before the `由`
/// of a from→to ([`FROM`]): `义务教育教师年平均工资收入由9.92万元下降到
/// 9.50万元`, `一般公共预算教育支出总额由…`. The figure after them is the
/// name's.
pub const NAME_ENDS: [&str; 5] = ["收入水平", "收入", "水平", "总额", "总量"];

/// Words right before a name that make it a per-head figure of another
/// indicator: `生均一般公共预算教育支出`, `按在校学生人数平均的…教育支出`.
pub const PER_HEAD: [&str; 4] = ["生均", "人均", "平均的", "平均"];

/// Words of a rate per pupil between a stage and its figure (`小学每生每年
/// 650元、初中每生每年850元`): the figure is still the stage's. Longest first.
pub const EACH_PUPIL: [&str; 3] = ["每生每学年", "每生每年", "每生"];

/// Words of a name that make its indicator an amount per head: per student
/// (`生均公用经费`) or per person (`人均…`). A sum of money paid under such a
/// name is not its level ([`TOTALS`], [`PAYMENTS`], [`PER_HEAD_CEILING`]).
pub const PER_HEAD_NAMES: [&str; 2] = [PER_HEAD[0], PER_HEAD[1]];

/// Words right after a per-head name that make its figure the sum paid
/// under it: `生均公用经费总额1.2亿元`, `生均公用经费资金8600万元`.
pub const TOTALS: [&str; 6] = ["总额", "总量", "总计", "合计", "资金", "总数"];

/// Verbs before a per-head name, in its clause, that make its figure the sum
/// paid under it: `全年拨付生均公用经费3.2亿元`, `下达义务教育生均公用经费
/// 8600万元`, `落实生均公用经费拨款4200万元`. The amount per student is a
/// standard the money follows, not what was paid.
pub const PAYMENTS: [&str; 12] = [
    "拨付", "下拨", "划拨", "拨款", "下达", "安排", "投入", "发放", "兑现", "落实", "筹措", "支付",
];

/// The first characters of the [`PAYMENTS`]: a clause with none of them
/// pays nothing, found without a search.
pub fn payment_leads() -> &'static crate::search::Leads {
    static LEADS: std::sync::OnceLock<crate::search::Leads> = std::sync::OnceLock::new();
    LEADS.get_or_init(|| crate::search::Leads::of(PAYMENTS))
}

/// Words between a payment verb ([`PAYMENTS`]) and a per-head name that
/// make the name what the payment serves, not what was paid:
/// `拨付资金保障生均公用经费达到800元` states the amount per student.
pub const PAID_FOR: [&str; 7] = ["资金", "经费", "保障", "确保", "用于", "提高", "使"];

/// How many characters may stand between a payment verb and the per-head
/// name it pays (`拨付农村义务教育学校生均公用经费`).
pub const PAYMENT_REACH: usize = 12;

/// No amount per student or per person in a year reaches a million yuan
/// (the highest per-student spending in China is tens of thousands, a
/// teacher's pay a few hundred thousand): a figure at or above it under a
/// per-head name (`全县生均公用经费3.2亿元`) is a total, whatever the words.
pub const PER_HEAD_CEILING: f64 = 1_000_000.0;

/// Words right before a name that make it about other people than the
/// indicator's: `校长本科以上学历比例` is the principals', not the teachers'
/// (`本科以上学历比例`).
pub const OTHER_SUBJECTS: [&str; 3] = ["校长", "园长", "校(园)长"];

/// Stages of schooling before a name that make its figure one stage's
/// only (`小学、初中专任教师本科及以上学历比例分别为…`, `初中专任教师…`).
pub const SCHOOL_STAGES: [&str; 5] = ["小学", "初中", "高中", "普通高中", "中职"];

/// Stages of schooling that split one name's figure into one per stage:
/// `生均公用经费小学720元、初中920元` states two figures, neither of which
/// is the name's.
pub const STAGES: [&str; 8] = [
    "小学",
    "初中",
    "高中",
    "幼儿园",
    "普通高中",
    "中职",
    "普通小学",
    "普通初中",
];

/// Whose a measure is, where the catalog keeps one indicator per subject of
/// one measure (`义务教育教师年平均工资`, `公务员年平均工资`): after one
/// subject's figure, the other by its word alone states its own, as a stage
/// does (`公务员年平均工资10.06万元，义务教育教师为9.74万元`). Unlike a stage,
/// the measure alone (`年平均工资`) names no indicator.
pub const SUBJECTS: [&str; 4] = ["义务教育教师", "义务教育学校教师", "教师", "公务员"];

/// Words before a stage or a subject that say only where or when it is
/// (`当地公务员为10.06万元`, `全县初中为990元`): the word after them is read
/// as if they were not there.
pub const SUBJECT_QUALIFIERS: [&str; 7] = ["当地", "同期", "同级", "本地", "全县", "全市", "全区"];

/// Words before a name that refer to the place of the clause before
/// (`…桐溪县教师…12.0万元，当地公务员…12.3万元`): the name continues that
/// clause's subject, as one right after its comma does.
pub const SAME_PLACE: [&str; 3] = ["当地", "本地", "同级"];

/// `占`: a share named by its denominator alone, right after the figure of
/// its numerator: `一般公共预算教育支出12.6亿元，占一般公共预算支出的19.8%`.
/// A catalog alias that opens with it (`占一般公共预算支出的比例`) names the
/// share only there (see `dutycheck_extract::indicators`).
pub const SHARE_OF: &str = "占";

/// `所占`: a share named after its numerator's figure as [`SHARE_OF`] is
/// (`大班额20个，所占比例为3.1%`).
pub const SHARE_OF_ITS: &str = "所占";

/// `其中`: what follows is a part of what came before (`其中学前教育支出
/// 1.2亿元，占…`), so a share after it is not the whole's.
pub const PART_OF: &str = "其中";

/// Words that judge a level without stating it, closing the name's clause
/// before the clause that states it: `中职招生比例偏低，仅为38.5%`,
/// `公办园在园幼儿占比较低，只有42.3%`. The figure after them is the
/// name's level (see `dutycheck_extract::indicators`).
pub const JUDGEMENTS: [&str; 7] = ["偏低", "偏高", "较低", "较高", "不高", "过低", "过高"];

/// The words a share, a rate or a ratio ends with (`覆盖率`, `大班额比例`,
/// `公办园在园幼儿占比`, `教育支出比重`): the measure a clause names, whose
/// words before it say what is measured.
pub const MEASURES: [&str; 4] = ["率", "比例", "占比", "比重"];

/// `率` right after a word of doing (`完成率`, `执行率`): the share of a plan
/// done, not the planned indicator's level.
pub const RATE: char = '率';

/// Words of "only" between a name and its figure (`仅为45.6%`, `只有42.3%`,
/// `尚不足40%`): a level judged short, never a goal.
/// Words of how much of a piece of work is done, between a name and a
/// figure: `大班额比例整改任务完成率100%`, `…整改事项完成75%`, `…整改进度80%`.
/// The figure is the work's, not the indicator's.
pub const WORK_DONE: [&str; 6] = ["完成率", "到位率", "执行率", "进度", "任务完成", "事项完成"];

/// Words before an amount's name (at most [`PORTION_REACH`] characters
/// before it, in its clause) or between it and its figure that single out
/// a portion of it, as an audit or an inspection finds it: misused, held
/// back, overstated or unpaid (`挤占挪用一般公共预算教育支出1860万元`,
/// `滞留…教育支出资金2300万元`, `虚增…`, `少列…`, `…教育支出被挤占1200万元`).
/// The figure is that portion, not the amount (it was read as the county's
/// spending, and failed 只增不减). The words of an overstatement are
/// [`OVERSTATED`].
pub const PORTION_WORDS: [&str; 14] = [
    "挤占",
    "挪用",
    "截留",
    "滞留",
    "少列",
    "少拨",
    "欠拨",
    "拖欠",
    "套取",
    "骗取",
    "违规",
    "闲置",
    "未拨付",
    "未足额",
];

/// Words of an amount overstated (`虚增一般公共预算教育支出2650万元`): a
/// portion ([`PORTION_WORDS`]), and what a deduction after them takes out
/// is the overstatement, so the change on that basis is the true one
/// (`，扣除后教育支出比上年减少1.6%`), not an adjusted one.
pub const OVERSTATED: [&str; 4] = ["虚增", "虚列", "多列", "虚报"];

/// Words between an amount's name and its figure, only there, that single
/// out a portion of it: `…教育支出中的860万元用于偿还债务`, `教育支出结转结余
/// 4120万元`.
pub const PORTION_AFTER: [&str; 4] = ["中的", "中有", "结转", "结余"];

/// How many characters before an amount's name [`PORTION_WORDS`] are looked
/// for, and how many may stand between the name and its figure.
pub const PORTION_REACH: usize = 8;

pub const ONLY: [&str; 4] = ["仅", "只有", "尚不足", "不足"];

/// `分别`: the figures after (or before) a list of names go to them in order.
pub const RESPECTIVELY: &str = "分别";

/// Words that open a summary before its count ([`after_summary`]).
const SUMMARY_OPENINGS: [&str; 4] = ["上述", "以上", "前述", "这"];

/// Whether `c` may open a summary ([`after_summary`]): a count (`三项`,
/// `两者`, `几项`) or one of [`SUMMARY_OPENINGS`]. Asked before the summary
/// is looked for.
pub fn may_open_summary(c: char) -> bool {
    is_summary_count(c) || SUMMARY_OPENINGS.iter().any(|w| w.starts_with(c))
}

/// A numeral that counts the levels summed up (`三项`, `两者`), or `几`.
fn is_summary_count(c: char) -> bool {
    crate::numerals::is_figure_numeral(c) || c == '几'
}

/// The words after a run of levels that name them all as the subject of
/// what follows: `三项指标较上年分别提高…`, `上述指标分别…`, `以上两项…`,
/// `两者分别…`. Returns the rest, or `None` when `words` open with none.
pub fn after_summary(words: &str) -> Option<&str> {
    for both in ["三者", "两者", "二者"] {
        if let Some(rest) = words.strip_prefix(both) {
            return Some(rest);
        }
    }
    let rest = SUMMARY_OPENINGS.iter().find_map(|w| words.strip_prefix(w));
    let after = rest.unwrap_or(words);
    let counted = after
        .strip_prefix(is_summary_count)
        .and_then(|r| r.strip_prefix('项'));
    // (`三项工作`, `上述学校`: no summary of indicators.)
    match (rest, counted) {
        (Some(_), Some(r)) => Some(r.strip_prefix("指标").unwrap_or(r)),
        (None, Some(r)) | (Some(r), None) => r.strip_prefix("指标"),
        (None, None) => None,
    }
}

/// Words between a name and its figure that give the figure of the one at
/// an end (`学前三年毛入园率最低的乡镇为79.6%`, `大班额比例最高的学校为18.5%`,
/// `…最低为79.6%，最高为98.2%`): a part of the region, not its level. (The
/// region ranked at an end is its own level: `为全省最低，仅82.3%`. Before a
/// name, `最低的`/`最高的` are among [`crate::regions::SUBGROUPS`].)
pub const EXTREMES: [&str; 6] = ["最低的", "最高的", "最低为", "最高为", "最少的", "最多的"];

/// The character every [`EXTREMES`] word opens with: where it does not
/// stand, none is looked for (a test holds it to the list).
pub const EXTREME_MARK: char = '最';

/// `均`, `都`: one figure stated for every name of a list before it
/// (`A和B均在90%以上`, `A、B均达到92.5%`).
pub const EACH: [&str; 2] = ["均", "都"];

/// The connectors of a range, between its two bounds: `600元至1000元`,
/// `200-300万元`, `3～5所`.
pub const RANGE_CONNECTORS: [char; 6] = ['至', '到', '-', '~', '～', '—'];

/// A range written as two ends joined by `和` or `与` inside `介于…之间`,
/// `在…之间` or `处于…之间`: `大班额比例介于4%和6%之间`. Without the frame,
/// `和` joins two figures of a list (`4%和6%`), no range.
pub const BETWEEN: Between = Between {
    opens: &["介于", "处于", "在"],
    joins: &['和', '与'],
    closes: "之间",
};

/// The words of a range's frame: see [`BETWEEN`].
pub struct Between {
    pub opens: &'static [&'static str],
    pub joins: &'static [char],
    pub closes: &'static str,
}

/// Whether `gap`, the text between two figures, joins them as the ends of a
/// range: one of the [`RANGE_CONNECTORS`], or a join of [`BETWEEN`] when
/// the text `before` the first figure opens the frame and the text `after`
/// the second closes it. After a [`FROM`] word the two figures are where an
/// indicator came from and where it went (`覆盖率从85%到100%`), unless a
/// spread's word closes them (`从78.5%至95.6%不等`, `从…到…之间`).
pub fn joins_range(before: &str, gap: &str, after: &str) -> bool {
    // (Asked of every two figures in a row: the gap of one character first.)
    let mut chars = gap.chars();
    let joined = match (chars.next(), chars.next()) {
        (Some(c), None) if RANGE_CONNECTORS.contains(&c) => true,
        (Some(c), None) if BETWEEN.joins.contains(&c) => {
            after.starts_with(BETWEEN.closes) && BETWEEN.opens.iter().any(|w| before.ends_with(w))
        }
        _ => false,
    };
    joined
        && (!before.ends_with(FROM)
            || [crate::changes::RANGE, BETWEEN.closes]
                .iter()
                .any(|w| after.starts_with(w)))
}

/// Characters that mark a figure as a masked placeholder when they touch it
/// (`*%`, `****个`, `20__年`, `X%`).
pub const MASKS: [char; 8] = ['*', '_', 'X', 'x', '×', '○', '□', '#'];

#[cfg(test)]
mod tests {
    use super::{after_summary, may_open_summary};

    #[test]
    fn a_summary_of_the_levels_before() {
        for (words, rest) in [
            ("三项指标较上年分别提高", Some("较上年分别提高")),
            ("上述指标分别比上年", Some("分别比上年")),
            ("以上两项分别", Some("分别")),
            ("两者分别", Some("分别")),
            ("较上年分别提高", None),
            ("三项工作", None),
            ("上述学校", None),
        ] {
            assert_eq!(after_summary(words), rest, "{words}");
            if rest.is_some() {
                assert!(words.starts_with(may_open_summary), "{words}");
            }
        }
    }

    #[test]
    fn every_extreme_opens_with_its_mark() {
        assert!(EXTREMES.iter().all(|w| w.starts_with(EXTREME_MARK)));
    }

    #[test]
    fn a_cause_that_opens_a_clause_is_stepped_over() {
        assert_eq!(
            after_cause("受土地出让收入减少影响为11.85亿元"),
            Some("为11.85亿元")
        );
        assert_eq!(after_cause("受疫情影响下降"), Some("下降"));
        for words in [
            "为11.85亿元",
            "受理",
            "受疫情，影响",
            "受到多方面因素的综合作用和持续长期的负面影响为",
        ] {
            assert_eq!(after_cause(words), None, "{words}");
        }
    }

    #[test]
    fn a_from_to_is_found_after_a_short_lead_or_a_cause() {
        for (words, rest) in [
            ("已由", "由"),
            ("2023年由", "由"),
            ("逐步从", "从"),
            ("受民办园减少影响，由上年的", "由上年的"),
            ("因辍学人数减少，由", "由"),
        ] {
            assert_eq!(from_after_lead(words), Some(rest), "{words}");
        }
        for words in [
            "由",
            "由于",
            "经过多年持续不断的努力由",
            "比上年，由",
            "受影响由于",
        ] {
            assert_eq!(from_after_lead(words), None, "{words}");
        }
    }

    #[test]
    fn an_item_is_named_after_its_total() {
        for words in [
            "中学前教育支出",
            "中用于学前教育的支出",
            "用于学前教育",
            "其中小学",
        ] {
            assert!(names_item_of(words), "{words}");
        }
        for words in ["为", "中为", "达到", "中,全县为", ""] {
            assert!(!names_item_of(words), "{words}");
        }
    }

    use super::*;

    #[test]
    fn every_join_is_a_list_separator() {
        for c in JOINS {
            assert!(is_list_separator(c.encode_utf8(&mut [0; 4])), "{c}");
        }
    }
}
