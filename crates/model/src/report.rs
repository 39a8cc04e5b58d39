//! The parsed report: [`Report`] → [`Section`] → [`Case`], with the figures
//! ([`Quantity`]) and indicator values ([`IndicatorValue`]) extracted from
//! each case.

use serde::{Deserialize, Serialize};

use crate::{CharWalk, Folded, Text};

/// One report file, parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    /// The path as the user gave it (or as found while walking a directory).
    pub path: String,
    /// The title: the first non-empty line that is not a section heading.
    pub title: String,
    /// The first `20xx` (or `19xx`) in the title, if any. Rules choose their
    /// targets by this year.
    pub year: Option<i32>,
    /// Sections in document order; one per region (city or county).
    pub sections: Vec<Section>,
}

/// A section of a report: one region, such as `一、济南市`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    /// The region's name with the numbering removed (`济南市`).
    pub name: Text,
    /// The section number as written (`一、` is 1).
    pub number: u32,
    /// Line of the heading in the original file.
    pub line: u32,
    /// Column of the heading's first character (after leading blanks).
    pub column: u32,
    /// Length of the heading in characters (marker and name), for
    /// underlining it. Not part of the JSON output.
    #[serde(skip)]
    pub heading_length: u32,
    /// The cases, in order: the lead-in (number 0, [`Case::is_lead_in`])
    /// first when the section has text before its first numbered case.
    pub cases: Vec<Case>,
    /// Numbering that looked like a case marker but broke the sequence
    /// (for example `3.` directly after `1.`). The text stays with the case
    /// before it; `structure` rules report these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbering_gaps: Vec<NumberingGap>,
    /// Numbered lines in this section that the parser did **not** read as
    /// a case (or a section heading), each with why. Their text stays with
    /// the case before them. Nothing numbered is dropped silently: `parse`
    /// shows these, and the `structure` rules with `unread_numbering`
    /// report them, so that a reviewer never takes a lost case for a
    /// section without one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread_numbering: Vec<UnreadNumbering>,
    /// The section is one case of a collection of typical cases: its
    /// heading is the case's (`案例一：青溪县：以集团化办学促进城乡均衡`), and
    /// its body is that one case (case 1), whatever it numbers inside. A
    /// collection picks cases, one region's each, so how many a region has
    /// in it measures nothing (`structure` rules on the number of cases do
    /// not judge it). Absent from the JSON when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub collected: bool,
}

impl Section {
    /// Whether this is the report's preamble (number 0): the text between
    /// its title and its first heading, read as a section of the region
    /// the title names when it states figures (`石湾县2023年…典型工作案例` /
    /// `全县学前三年毛入园率为83.6%` / `案例1：…`). Like a case's lead-in, it is
    /// no numbered part of the report: rules on cases do not judge it.
    pub fn is_preamble(&self) -> bool {
        self.number == 0
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A numbered line that was not read as a case or a section heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnreadNumbering {
    /// The marker as written (`3、`, `1.`).
    pub marker: String,
    /// The number it carries.
    pub number: u32,
    /// Position of the marker in the original file.
    pub line: u32,
    pub column: u32,
    pub reason: UnreadReason,
}

/// Why a numbered line was not read as a case or a section heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum UnreadReason {
    /// The number is not the next one, and the line before does not end a
    /// sentence, so the line is read as a wrap of the text before it
    /// (`补充教师` + `3、所学校`).
    OutOfSequence { expected: u32 },
    /// The number was already used (or is lower): a restarted list inside
    /// a case, read as part of that case.
    Behind { expected: u32 },
    /// `1.5万人`: a digit follows the dot, so the line may start with a
    /// figure; it is read as one because the line before does not end a
    /// sentence (or the section is not numbered `1.`).
    Figure {
        /// The figure as it is read instead (`1.5`).
        figure: String,
    },
    /// The section has no case, and this line is numbered in another style
    /// than the report's cases (`（1）` where the cases are `1.`).
    OtherStyle {
        /// The case style of the report, as an example marker (`1.`).
        case_style: String,
    },
    /// A heading of the section style out of sequence, read as text of the
    /// section before.
    SectionOutOfSequence { expected: u32 },
    /// The section has no case, and no case 1 anywhere in the report shows
    /// how cases are numbered.
    NoCaseOne,
}

impl UnreadNumbering {
    /// What happened and why, in one sentence, for `parse` and for
    /// findings. In Chinese, as the findings a reviewer reads are.
    pub fn explain(&self) -> String {
        let m = &self.marker;
        match &self.reason {
            UnreadReason::OutOfSequence { expected } => format!(
                "编号“{m}”未读作案例：此处应为第{expected}条，且上一行没有结束句子，按上一行的续行处理"
            ),
            UnreadReason::Behind { expected } => format!(
                "编号“{m}”未读作案例：此处应为第{expected}条，该编号已经用过，按上一条案例的内容处理"
            ),
            UnreadReason::Figure { figure } => format!(
                "编号“{m}”未读作案例：上一行没有结束句子，本行按以数字{figure}开头的续行处理"
            ),
            UnreadReason::OtherStyle { case_style } => format!(
                "编号“{m}”未读作案例：本报告的案例编号样式为“{case_style}”，本地区没有读到案例"
            ),
            UnreadReason::SectionOutOfSequence { expected } => {
                format!("编号“{m}”未读作地区标题：此处应为第{expected}个地区，且上一行没有结束句子")
            }
            UnreadReason::NoCaseOne => format!(
                "编号“{m}”未读作案例：本地区没有读到案例，报告中也没有编号为1的案例说明案例的编号样式"
            ),
        }
    }

    /// The kebab-case name of the reason, for JSON and rule messages.
    pub fn reason_kind(&self) -> &'static str {
        match self.reason {
            UnreadReason::OutOfSequence { .. } => "out-of-sequence",
            UnreadReason::Behind { .. } => "behind",
            UnreadReason::Figure { .. } => "figure",
            UnreadReason::OtherStyle { .. } => "other-style",
            UnreadReason::SectionOutOfSequence { .. } => "section-out-of-sequence",
            UnreadReason::NoCaseOne => "no-case-one",
        }
    }
}

/// A case marker out of sequence: `found` where `expected` was due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NumberingGap {
    pub expected: u32,
    pub found: u32,
    pub line: u32,
    pub column: u32,
}

/// A numbered typical work case (典型工作案例) inside a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Case {
    /// The case number as written (`1.` is 1).
    pub number: u32,
    /// Line of the case marker in the original file.
    pub line: u32,
    /// Column of the case marker.
    pub column: u32,
    /// The case text without its number, with line wraps repaired. This is the
    /// original text (full-width digits are kept as written); matching happens
    /// on a normalised copy with the same character offsets.
    pub text: Text,
    /// Every figure in the text, in order of appearance.
    pub quantities: Vec<Quantity>,
    /// Every indicator mention bound to the figure that states it: a level,
    /// a from→to (the later value) or a change alone (`value` is `None`);
    /// see [`StatementKind`].
    pub indicators: Vec<IndicatorValue>,
    /// Every requirement the case claims to meet (`实现“不低于”要求`).
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Plans, goals, requirements and standards stated for an indicator
    /// (`力争到2025年学前三年毛入园率达到92%`, `要求…达到90%`). Never levels:
    /// a plan neither passes nor fails a rule about what was achieved. Each
    /// has [`StatementKind::Target`] and, when stated, the year it is for.
    #[serde(default)]
    pub targets: Vec<IndicatorValue>,
    /// Every mention of a catalog name or alias that ended with no
    /// statement, with the reason: a reviewer sees what could not be read
    /// instead of mistaking silence for a missing indicator.
    #[serde(default)]
    pub unread: Vec<UnreadMention>,
    /// How character offsets in `text` map back to the original file: each
    /// segment starts at `offset` and runs on one original line. Not part of
    /// the JSON output; use [`Case::position`].
    #[serde(skip)]
    pub segments: Vec<Segment>,
    /// `text` folded (`dutycheck_read::normalize`: full-width forms as
    /// ASCII, the same characters one for one), as the parser folded it
    /// when it read the document. Extraction reads this instead of folding
    /// the case again, and takes it (it is empty once the case is
    /// extracted). Empty for a case that was not parsed from a document
    /// (built in code, or read from JSON), and never read for a `text` that
    /// was replaced since ([`Folded::of`]): extraction then folds `text`
    /// itself. Not part of the JSON output.
    #[serde(skip)]
    pub normal: Folded,
}

/// A run of [`Case::text`] that sits on a single line of the original file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Character offset in `Case::text` where this run starts.
    pub offset: usize,
    /// Original line of the run.
    pub line: u32,
    /// Original column of the run's first character.
    pub column: u32,
}

impl Case {
    /// Whether this is a section's lead-in: its text before the first
    /// numbered case (or all of it, when it has none), numbered 0. Its
    /// figures are read like any case's; it is not a numbered case, so
    /// structure and detail rules leave it out (see `dutycheck-parse`).
    pub fn is_lead_in(&self) -> bool {
        self.number == 0
    }

    /// Length of the case marker (`1.`, `（1）`, `二是`) in characters: the
    /// distance from the marker to the text that follows it on the marker's
    /// line. (Text before the marker, such as the lead-in `主要做法：` of an
    /// inline `一是`, does not count.)
    pub fn marker_length(&self) -> u32 {
        self.segments
            .iter()
            .find(|s| s.line == self.line && s.column > self.column)
            .map_or(1, |s| s.column - self.column)
    }

    /// The characters `start..end` of [`Case::text`] (offsets are in
    /// characters, as every position in the model), clamped to its length:
    /// a figure or a base as written (`12.6亿元`).
    pub fn slice(&self, start: usize, end: usize) -> String {
        // One walk to the start and on to the end, then one copy: the
        // history quotes every value it keeps, and collecting the quote
        // character by character cost more than the walk.
        CharWalk::new(&self.text)
            .slice(start..end.max(start))
            .to_string()
    }

    /// Maps a character offset in [`Case::text`] back to `(line, column)` in
    /// the original file. Offsets past the end map to the end of the last run;
    /// a case without segments maps to its marker.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let idx = self.segments.partition_point(|s| s.offset <= offset);
        match idx.checked_sub(1).and_then(|i| self.segments.get(i)) {
            Some(seg) => {
                let delta = u32::try_from(offset - seg.offset).unwrap_or(u32::MAX);
                (seg.line, seg.column.saturating_add(delta))
            }
            None => (self.line, self.column),
        }
    }

    /// Figures that count as evidence of results: everything except years,
    /// durations and counts of occurrences (meetings, events).
    pub fn result_figures(&self) -> impl Iterator<Item = &Quantity> {
        self.quantities.iter().filter(|q| q.kind.is_result())
    }
}

/// What a figure measures. Decides which indicators a figure can state and
/// whether it counts as evidence of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QuantityKind {
    /// `93.37%`.
    Percent,
    /// `10个百分点`: a difference of two percentages, not a rate.
    PercentagePoints,
    /// `3‰`.
    Permille,
    /// `68.1亿元`, normalised to 元.
    Money,
    /// `144所`, `2.5万余人`, `2449人次`.
    Count,
    /// Physical measures: `1.2万平方米`, `300亩`.
    Measure,
    /// `连续5年`, `3个月`: how long, not how much.
    Duration,
    /// `2020年`: a calendar year.
    Year,
    /// `17次`, `3场`: how often something happened (meetings, events).
    Occurrence,
}

impl QuantityKind {
    /// Whether a figure of this kind is evidence of a result. Years,
    /// durations and occurrence counts are numbers, but weak evidence.
    pub fn is_result(self) -> bool {
        !matches!(
            self,
            QuantityKind::Duration | QuantityKind::Year | QuantityKind::Occurrence
        )
    }

    /// The kebab-case name used in JSON and in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Percent => "percent",
            QuantityKind::PercentagePoints => "percentage-points",
            QuantityKind::Permille => "permille",
            QuantityKind::Money => "money",
            QuantityKind::Count => "count",
            QuantityKind::Measure => "measure",
            QuantityKind::Duration => "duration",
            QuantityKind::Year => "year",
            QuantityKind::Occurrence => "occurrence",
        }
    }
}

/// How exact a figure is, from the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// As written.
    Exact,
    /// 余, 多, 以上, 超过, 逾: the true value is at least this.
    MoreThan,
    /// 约, 左右: roughly this.
    About,
    /// 近, 接近: a little below this.
    Nearly,
    /// 以下, 不足, 以内: at most this.
    AtMost,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more-than",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::AtMost => "at-most",
        }
    }
}

/// One figure in a case: `2138084万元` is `{value: 21380840000, unit: "元", kind: money}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quantity {
    /// The figure as written in the original, qualifiers included (`2.5万余人`).
    pub text: Text,
    /// The value in the base unit: 元 for money, a plain number for counts,
    /// the number before `%` for percentages.
    pub value: f64,
    /// The base unit: `%`, `个百分点`, `‰`, `元`, or the measure word (`所`, `人`, `年`).
    pub unit: Text,
    pub kind: QuantityKind,
    pub qualifier: Qualifier,
    pub line: u32,
    pub column: u32,
    /// Character offsets of the figure in [`Case::text`].
    pub start: usize,
    pub end: usize,
}

/// What a bound statement says about its indicator.
///
/// `level` is what the indicator reached (`达93.4%`, `：94.6%`, `94.6%` right
/// after the name); `from-to` is a level stated with where it came from
/// (`由86.1%提高到90.2%`: the value is 90.2, and the change, marked
/// `derived`, is the difference unless the text states one); `change` is a
/// difference against the year before with no level (`比上年减少0.8亿元，下降
/// 4.1%`: no value, only the change); `target` is a plan or requirement and
/// only ever stands in [`Case::targets`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    #[default]
    Level,
    Change,
    FromTo,
    Target,
}

impl StatementKind {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Level => "level",
            StatementKind::Change => "change",
            StatementKind::FromTo => "from-to",
            StatementKind::Target => "target",
        }
    }
}

/// Why a mention of an indicator ended with no statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum UnreadMentionReason {
    /// No figure in the mention's clause.
    NoFigure,
    /// Figures, but none of the indicator's kind (a count for a rate).
    WrongKind,
    /// Two candidate figures and no linking word saying which is meant.
    Ambiguous,
    /// The figure is masked in a template (`**%`, `XX%`).
    Masked,
    /// The mention is one side of a comparison of two indicators
    /// (`教师平均工资收入低于当地公务员平均工资收入约1800元`, `A比B高出2300元`):
    /// the figure after them is the difference between the two, the level
    /// of neither.
    Compared,
    /// The change against the year before is stated in words only
    /// (`较上年有所下降`, `略有增长`, `有所减少`): its direction is said, its
    /// size is not. A level in the next clause (`，为93.1%`) is still read;
    /// what a rule on the change would need is not there.
    UnsizedChange,
    /// The figure is for another period than the report's year: a part of
    /// it (`今年1-9月…4.37亿元`, `上半年…`, `截至9月底…`) or an earlier
    /// year (`2021年生均…14210.5元` in a report on 2022), a month
    /// (`…每月9200元`), or the time before a rectification (`整改前，…`,
    /// `反馈意见指出，…`). It is the indicator's figure, but not its level
    /// (or change) for the year the rules judge. A change over several
    /// years or against an earlier year than the one before (`近三年提高
    /// 2.1个百分点`, `较2021年下降2.1%`) is one too: after a level, it stands
    /// beside the level read, for a rule on the year's change.
    OtherPeriod,
    /// The figure is for a part of the region, or for another region,
    /// named right before the name: some of its counties (`东岭县、西河区…
    /// 分别为`, `有8个县区…`), one county or town that is not the section's
    /// own (`其中，柳林县…`, `城关镇…`), the province or city above it
    /// (`全省…` in a city's section), or a stage of schooling (`小学、初中
    /// 专任教师…`). It is not the region's level. (The region's own urban
    /// schools, `城区学校大班额比例`, are read as the region's.)
    Part,
    /// The figure is a sum of money paid under a per-head name
    /// (`拨付生均公用经费3.2亿元`, `生均公用经费总额1.2亿元`), not the amount
    /// per student or per person that the indicator is.
    Total,
    /// The change (or the figure) is stated on an adjusted basis
    /// (`扣除一次性项目后，比上年下降2.1%`, `剔除债券资金因素后…`): it leaves
    /// something out, and is not the indicator's own change against the year
    /// before, which the rules judge. A level stated before the basis
    /// (`A12.3亿元，扣除…后，…`) is still read.
    Adjusted,
    /// The figure is a portion of the amount that the sentence singles out,
    /// as an audit or an inspection finds it: misused, held back,
    /// overstated, unpaid or carried over (`挤占挪用一般公共预算教育支出1860万元`,
    /// `…教育支出中的860万元用于…`, `教育支出结转结余4120万元`). It is not the
    /// amount the indicator is.
    Portion,
    /// The figure is what another says of the region, which the document
    /// quotes to answer it: a deputy's proposal (`您在建议中反映，全县仍有超大
    /// 班额12个`), a parent's complaint or a rumour (`有家长反映…只有85%`,
    /// `网传…`), what the books show before an audit (`账面反映…100%`), or a
    /// figure reported and refuted (`自评报告中…为86.0%，与实际不一致`). It is
    /// not the level the document states.
    Quoted,
}

impl UnreadMentionReason {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            UnreadMentionReason::NoFigure => "no-figure",
            UnreadMentionReason::WrongKind => "wrong-kind",
            UnreadMentionReason::Ambiguous => "ambiguous",
            UnreadMentionReason::Masked => "masked",
            UnreadMentionReason::Compared => "compared",
            UnreadMentionReason::UnsizedChange => "unsized-change",
            UnreadMentionReason::OtherPeriod => "other-period",
            UnreadMentionReason::Part => "part",
            UnreadMentionReason::Total => "total",
            UnreadMentionReason::Adjusted => "adjusted",
            UnreadMentionReason::Portion => "portion",
            UnreadMentionReason::Quoted => "quoted",
        }
    }

    /// Why nothing was read, in words, for findings (in Chinese, as the
    /// findings a reviewer reads are): completes “……，但{explain}”.
    pub fn explain(self) -> &'static str {
        match self {
            UnreadMentionReason::NoFigure => "所在分句中没有数字",
            UnreadMentionReason::WrongKind => "所在分句中的数字与该指标的类型不符",
            UnreadMentionReason::Ambiguous => "所在分句中有两个候选数字，没有连接词说明是哪一个",
            UnreadMentionReason::Masked => "数字被遮盖（如“**%”“XX%”）",
            UnreadMentionReason::UnsizedChange => {
                "与上年相比的变化只用文字写出（如“有所下降”“略有增长”），没有写明幅度"
            }
            UnreadMentionReason::Compared => {
                "所在分句比较两个指标（“低于……”“比……高出”），其后的数字是两者之差，不是它的数值"
            }
            UnreadMentionReason::OtherPeriod => {
                "所在分句的数字是另一时期的（如“1-9月”“上半年”“每月”、整改前、报告年度之前的某一年或“近三年”的变化），不是本报告年度的全年数或与上年相比的变化"
            }
            UnreadMentionReason::Part => {
                "所在分句的数字是另一地区或其中一部分（所辖县区、乡镇，上级的全省、全市，某一学段或城区、农村学校）的，不是本地区整体的"
            }
            UnreadMentionReason::Total => {
                "所在分句的数字是按该名目拨付的资金总额（如“拨付生均公用经费3.2亿元”），不是生均或人均的数值"
            }
            UnreadMentionReason::Adjusted => {
                "与上年相比的变化是按调整后的口径（如“扣除……后”“剔除……因素后”）写的，不是该指标本身的变化"
            }
            UnreadMentionReason::Portion => {
                "所在分句的数字是该项资金中单独列出的一部分（如被挤占挪用、滞留、虚增、未足额拨付或结转结余的金额），不是该指标的全年总额"
            }
            UnreadMentionReason::Quoted => {
                "所在分句的数字是文中引述的他人说法（如代表建议、家长反映、网传、账面反映）或被指出与实际不符的上报数，不是文件自己陈述的数值"
            }
        }
    }
}

/// A mention of an indicator that no statement came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnreadMention {
    /// The canonical indicator id from the catalog.
    pub indicator: Text,
    /// The catalog's canonical name of the indicator.
    pub name: Text,
    /// The words as written in the report (may be an alias).
    pub mention: Text,
    pub reason: UnreadMentionReason,
    /// Which way the change went, when the reason is
    /// [`UnreadMentionReason::UnsizedChange`]: `有所下降` is down, `略有增长`
    /// up. The size is not stated, but the direction alone can decide a
    /// rule on the change (`只增不减` fails on any fall). `None` (and absent
    /// from the JSON) for every other reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The figure a part states, when the reason is
    /// [`UnreadMentionReason::Part`] and it states one exactly, in the
    /// indicator's unit: `白石县仍有超大班额2个` in a city's section is 2. It is
    /// not the region's level, but where every part must meet a bound for
    /// the region to (no super-large class left, coverage of 100%), a part
    /// that misses it is the region's miss. `None` (and absent from the
    /// JSON) otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Position of the *mention* in the original file.
    pub line: u32,
    pub column: u32,
    /// Character offsets of the mention in [`Case::text`].
    pub start: usize,
    pub end: usize,
}

/// The direction of a change said in words only (`有所下降`, `略有增长`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// A rise: `有所增长`, `稳步提高`.
    Up,
    /// A fall: `有所下降`, `略有减少`.
    Down,
}

impl Direction {
    /// The direction of a change of this sign (`None` for 0 or NaN).
    pub fn of_sign(sign: f64) -> Option<Direction> {
        if sign > 0.0 {
            Some(Direction::Up)
        } else if sign < 0.0 {
            Some(Direction::Down)
        } else {
            None
        }
    }

    /// The sign of a change in this direction: 1 or -1.
    pub fn sign(self) -> f64 {
        match self {
            Direction::Up => 1.0,
            Direction::Down => -1.0,
        }
    }

    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// An indicator mention bound to the figure that states it:
/// `普惠性幼儿园覆盖率达93.37%` → `preschool-inclusive-coverage = 93.37`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndicatorValue {
    /// The canonical indicator id from the catalog.
    pub indicator: Text,
    /// The catalog's canonical name of the indicator.
    pub name: Text,
    /// The words as written in the report (may be an alias).
    pub mention: Text,
    /// What the statement says: a level (the default, for documents written
    /// before statements had kinds), a from→to, a change alone, a target.
    #[serde(default)]
    pub statement: StatementKind,
    /// The level stated; `None` for a change stated alone.
    pub value: Option<f64>,
    pub unit: Text,
    pub qualifier: Qualifier,
    /// The upper end when the figure is a range (`在3%到4%之间`,
    /// `介于4%和6%之间`, `4%—6%`): `value` is then its lower end, with the
    /// qualifier `more-than`. A rule holds each end to its own side of a target, so
    /// that a range below a ceiling passes and one that straddles a target
    /// proves nothing (the lower end alone failed a ceiling it kept to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// The change against the year before, when the report states it.
    pub change: Option<Change>,
    /// Position of the *figure* in the original file: findings point here.
    pub line: u32,
    pub column: u32,
    /// Character offsets of the figure in [`Case::text`].
    pub start: usize,
    pub end: usize,
    /// The year the figure is for, when the statement names one that is
    /// not the report's own: a target's deadline (`到2025年`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// A sentence in which a report says that a requirement of the evaluation
/// is met, with or without a figure: `追加义务教育教师奖励性补贴22亿元，实现
/// “不低于”要求` claims `teacher-pay-parity`. Whether a figure backs it, or
/// contradicts it, is for the `claim` rules to judge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Claim {
    /// The catalog id of the requirement claimed.
    pub requirement: Text,
    /// The clause that makes the claim, as written (`全市公办幼儿园实现全覆盖`).
    pub text: Text,
    /// The words that claim it, as written (`“不低于”要求`).
    pub phrase: Text,
    /// Position of the phrase in the original file.
    pub line: u32,
    pub column: u32,
    /// Character offsets of the phrase in [`Case::text`].
    pub start: usize,
    pub end: usize,
    /// The claim is about the future: its sentence is a plan (`力争`,
    /// `计划`, `到2024年…前` with a year after the report's) or it stands in
    /// a section of plans. A plan is recorded but never judged: it claims
    /// nothing yet.
    #[serde(default)]
    pub plan: bool,
    /// The words deny it: the report says the requirement is *not* met
    /// (`未落实“两个只增不减”要求`, `尚未实现全覆盖`). A denial is recorded
    /// but never judged as a claim: it claims nothing, and a figure that
    /// agrees with it is no contradiction.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denied: bool,
    /// The words claim it only in part: nearly (`基本实现全覆盖`), in some
    /// places (`仅在部分乡镇落实`, `18个乡镇中有16个实现…`), or for a part of
    /// the region (`农村学校课后服务实现全覆盖`). Like a denial, it is
    /// recorded but never judged as a claim that the whole requirement is
    /// met: a figure short of it is no contradiction, and the claim is not
    /// the one the rule asks for.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// The one indicator of the requirement that the claim's clause names,
    /// when its requirement has several (`实现了生均一般公共预算教育支出只增不减`
    /// names the per-student spending, not the total): only that
    /// indicator's figures back or contradict it. `None` when the clause
    /// names none of them, or several (`两个只增不减`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Text>,
}

/// A change against the year before: `比2019年增加275709万元，增长14.80%`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    /// The absolute change in the indicator's base unit, signed.
    pub value: Option<f64>,
    pub unit: Option<Text>,
    /// The relative change in percent, signed.
    pub percent: Option<f64>,
    /// Computed from the two values of a from→to, not stated in the text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
    /// The earlier value the change is measured from, when the report states
    /// it: the `from` of `由2021年的86.1%提高到90.2%`, the base of
    /// `比2021年的73.12亿元增长8.2%` or `较上年的97.1%提高0.8个百分点`, the
    /// year before's level of `…为90.2%，上年为86.1%`. A report restating
    /// an earlier year's figure is what `restatement` rules hold against
    /// that year's own report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Base>,
    /// Where the relative change is written, with its verb when the verb
    /// stands right before it (`下降1.8%`, `增长6.3%`): a finding about
    /// the growth rate points here, not at the level. Omitted when
    /// `percent` is not stated in the text (derived, or absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_at: Option<Span>,
    /// Where the absolute change is written (`增加21543.2万元`). Omitted when
    /// `value` is not stated in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_at: Option<Span>,
}

/// Where a piece of a case is written: its line and column in the original
/// file and its character offsets in [`Case::text`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    pub line: u32,
    pub column: u32,
    pub start: usize,
    pub end: usize,
}

/// An earlier value stated as the base of a change (see [`Change::base`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Base {
    /// The value in the indicator's base unit (the unit of the level).
    pub value: f64,
    pub qualifier: Qualifier,
    /// The year the value is for: written (`由2021年的`), or the year before
    /// the report's (`上年为`, `较上年的`); `None` when the text names none
    /// (`由86.1%提高到…`: the from may be any earlier year).
    pub year: Option<i32>,
    /// Position of the base figure in the original file.
    pub line: u32,
    pub column: u32,
    /// Character offsets of the figure in [`Case::text`].
    pub start: usize,
    pub end: usize,
}

impl Base {
    /// The base stated by figure `q`, for `year`.
    pub fn of(q: &Quantity, year: Option<i32>) -> Base {
        Base {
            value: q.value,
            qualifier: q.qualifier,
            year,
            line: q.line,
            column: q.column,
            start: q.start,
            end: q.end,
        }
    }
}

impl UnreadMention {
    /// What was not read and why, in one clause for findings (in Chinese,
    /// as the findings a reviewer reads are): `提到了普惠性幼儿园覆盖率，但
    /// 数字被遮盖（如“**%”“XX%”），没有读出数值`. The words as written
    /// follow the name when they differ from it (`公办园在园幼儿占比（写作
    /// “公办率”）`), so that a reviewer finds them in the text.
    pub fn explain(&self) -> String {
        let named = if self.mention == self.name {
            self.name.to_string()
        } else {
            format!("{}（写作“{}”）", self.name, self.mention)
        };
        format!("提到了{named}，但{}，没有读出数值", self.reason.explain())
    }
}
