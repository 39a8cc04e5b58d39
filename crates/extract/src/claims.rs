//! Claims: sentences in which a report says that a requirement is met.
//!
//! Reports argue in the evaluation's own terms, often without a figure:
//! `实现“不低于”要求`, `做到“两个只增不减”`, `居住区配套园整治“清零”`. The
//! catalog declares each requirement with the phrases that claim it; the
//! one automaton of [`crate::scan`] finds them with the indicator mentions,
//! and this module reads them as mentions are read (a phrase
//! may have a `…` gap within one clause, as aliases do), and records one
//! [`Claim`] per requirement and clause.
//!
//! A phrase that lies inside an indicator mention is not a claim: a user
//! whose phrase `巩固率` is a substring of `九年义务教育巩固率` would
//! otherwise turn every mention of the indicator into a claim.

use dutycheck_catalog::{Catalog, GAP};
use dutycheck_model::{Case, Claim, Quantity, QuantityKind, Text};
use dutycheck_vocab::{changes, plans, search};

use crate::CaseText;
use dutycheck_vocab::plans::{
    DENIAL_REACH, DENIALS, DENIED_AFTER, DENIED_AFTER_REACH, FUTURE, UNDER_WAY_AFTER,
    UNDER_WAY_BEFORE,
};
use dutycheck_vocab::punctuation::{is_clause_end, is_sentence_end};

use crate::indicators::{Context, Mention, MentionFinder, future_year};
use crate::scan::Hit;
use crate::stages::StageNames;
use crate::text::SCAN_LIMIT;

/// Finds the claims of a catalog's requirements.
#[derive(Debug, Clone)]
pub(crate) struct ClaimFinder {
    phrases: MentionFinder,
    /// Requirement ids, by group index.
    ids: Vec<Text>,
    /// The words of each requirement's phrases, by group index: the pieces
    /// around each gap (`课后服务`, `全覆盖`). A plan word among them is the
    /// phrase's own (`“不低于”要求`), not the sentence's.
    pieces: Vec<Vec<String>>,
    /// Each requirement's indicators, by group index: their positions in
    /// the catalog, their ids (for [`Claim::indicator`]), and whether each
    /// is the generic name of the others' stages ([`StageNames::extends`]).
    indicators: Vec<Vec<(usize, Text, bool)>>,
    /// Whether each requirement is a comparison (`不低于`), by group index:
    /// a phrase of it that opens with `低于` states the opposite
    /// (`教师平均工资收入低于当地公务员`), a denial.
    not_below: Vec<bool>,
    /// Whether each requirement is that none is left (`清零`: a
    /// [`dutycheck_catalog::Meets::Value`] of at most 0), by group index:
    /// what a part of the region's own has left (`城关镇超大班额尚未完全消除`)
    /// the region has left.
    none_left: Vec<bool>,
    /// Whether each requirement is a full coverage (a
    /// [`dutycheck_catalog::Meets::Value`] of at least 100), by group
    /// index: a coverage of something else is not it
    /// ([`ClaimFinder::about_another_coverage`]).
    full_coverage: Vec<bool>,
    /// The catalog positions of each requirement's indicators, by group
    /// index (for a comparison too, unlike [`ClaimFinder::indicators`]).
    own: Vec<Vec<usize>>,
}

impl ClaimFinder {
    pub fn new(catalog: &Catalog, stages: &StageNames) -> ClaimFinder {
        let requirements = catalog.requirements();
        ClaimFinder {
            phrases: MentionFinder::from_groups(requirements.iter().map(|r| r.phrases.as_slice())),
            ids: requirements.iter().map(|r| r.id.clone()).collect(),
            own: requirements
                .iter()
                .map(|r| {
                    r.indicators
                        .iter()
                        .filter_map(|id| catalog.position(id))
                        .collect()
                })
                .collect(),
            not_below: requirements
                .iter()
                .map(|r| matches!(r.meets, Some(dutycheck_catalog::Meets::NotBelow)))
                .collect(),
            full_coverage: requirements
                .iter()
                .map(|r| {
                    matches!(
                        r.meets,
                        Some(dutycheck_catalog::Meets::Value { min: Some(min), .. }) if min == 100.0
                    )
                })
                .collect(),
            none_left: requirements
                .iter()
                .map(|r| {
                    matches!(
                        r.meets,
                        Some(dutycheck_catalog::Meets::Value { max: Some(max), .. }) if max == 0.0
                    )
                })
                .collect(),
            pieces: requirements
                .iter()
                .map(|r| {
                    r.phrases
                        .iter()
                        .flat_map(|p| p.split(GAP))
                        .map(str::to_string)
                        .collect()
                })
                .collect(),
            indicators: requirements
                .iter()
                .map(|r| {
                    // A comparison (`不低于`) names both sides, and needs
                    // both: no claim of it is about one.
                    if matches!(r.meets, Some(dutycheck_catalog::Meets::NotBelow)) {
                        return Vec::new();
                    }
                    let positions: Vec<(usize, &String)> = r
                        .indicators
                        .iter()
                        .filter_map(|id| Some((catalog.position(id)?, id)))
                        .collect();
                    positions
                        .iter()
                        .map(|&(i, id)| {
                            let generic = positions
                                .iter()
                                .any(|&(j, _)| j != i && stages.extends(catalog, i, j));
                            (i, Text::from(id.as_str()), generic)
                        })
                        .collect()
                })
                .collect(),
        }
    }

    /// The one indicator of requirement `group` (of several) that the
    /// mentions in characters `from..to` (the claim's clause up to the end
    /// of its phrase) name: `实现了生均一般公共预算教育支出只增不减`. `None`
    /// when they name none of them, or more than one, or the generic name
    /// of the others' stages (`各学段生均公用经费均高于省定标准` is about
    /// every stage).
    fn named_alone(
        &self,
        group: usize,
        mentions: &[Mention],
        from: usize,
        to: usize,
    ) -> Option<Text> {
        let indicators = self.indicators.get(group).filter(|i| i.len() > 1)?;
        let mut named = mentions
            .iter()
            .filter(|n| from <= n.start && n.start < to)
            .filter_map(|n| indicators.iter().find(|(i, _, _)| *i == n.indicator));
        let (first, id, generic) = named.next()?;
        (!generic && named.all(|(i, _, _)| i == first)).then(|| id.clone())
    }

    /// Whether phrase `m` is a bare one (`只增不减`, `“不低于”要求`: it names
    /// no subject) in a sentence about another fund than the requirement's
    /// ([`plans::OTHER_FUNDS`]: `学前教育财政投入…，未实现“只增不减”`, `按照不低于
    /// …的比例安排教师培训经费，落实了“不低于”要求`) that names none of the
    /// requirement's indicators: the fund's, not the requirement's (each
    /// failed or met the requirement for the whole region).
    fn about_another_fund(&self, text: &CaseText<'_>, m: &Mention, mentions: &[Mention]) -> bool {
        /// The most characters of a bare phrase (`“不低于”要求`).
        const BARE: usize = 8;
        if m.end - m.start > BARE || text.slice(m.start, m.end).starts_with(plans::BOTH) {
            return false;
        }
        let lead = text
            .find_backward(0, m.start, is_sentence_end)
            .map_or(m.start.saturating_sub(SCAN_LIMIT), |p| p + 1);
        let own = self.own.get(m.indicator).map_or(&[][..], Vec::as_slice);
        let before = text.slice(lead, m.start);
        let pay_item = || {
            self.not_below.get(m.indicator) != Some(&true)
                && search::contains_any(before, plans::PAY_ITEMS)
        };
        (search::contains_any(before, plans::OTHER_FUNDS) || pay_item())
            && !mentions
                .iter()
                .any(|n| lead <= n.start && n.start < m.end && own.contains(&n.indicator))
    }

    /// Whether phrase `m` (whose text is `phrase`, after the words `before`
    /// it in its clause) ends with a piece that opens with [`plans::BELOW`],
    /// not after a negation: `生均公用经费较上年减少20元，仍低于省定标准` states
    /// the standard not met, as `低于当地公务员` states parity not met (the
    /// shortfall was said nothing of). `不低于省定标准` is the requirement.
    fn ends_below(&self, m: &Mention, phrase: &str, before: &str) -> bool {
        self.pieces.get(m.indicator).is_some_and(|pieces| {
            pieces.iter().any(|p| {
                p.starts_with(plans::BELOW)
                    && phrase.ends_with(p.as_str())
                    && plans::states_below(
                        if phrase.len() == p.len() {
                            before
                        } else {
                            &phrase[..phrase.len() - p.len()]
                        },
                        p,
                    )
            })
        })
    }

    /// Whether full-coverage phrase `m` (a requirement met at 100%) covers
    /// something other than what the requirement counts: a fund or a time
    /// in its gap (`课后服务经费保障实现全覆盖`, `课后服务时间…实现全覆盖`), or the
    /// pupils who need it right before it in its clause (`有需求的学生课后服务
    /// 全覆盖`: the policy's second goal, not the schools'). Each was held to
    /// the schools' coverage, and a figure under 100% made it a false claim.
    fn about_another_coverage(&self, text: &CaseText<'_>, m: &Mention) -> bool {
        if self.full_coverage.get(m.indicator) != Some(&true) {
            return false;
        }
        let gap = self.pieces.get(m.indicator).map_or("", |pieces| {
            let phrase = text.slice(m.start, m.end);
            pieces
                .iter()
                .find(|p| phrase.starts_with(p.as_str()))
                .map_or("", |p| &phrase[p.len()..])
        });
        let from = text
            .find_backward(m.start.saturating_sub(DENIAL_REACH), m.start, is_clause_end)
            .map_or(m.start.saturating_sub(DENIAL_REACH), |p| p + 1);
        search::contains_any(gap, plans::OTHER_COVERAGE)
            || search::contains_any(text.slice(from, m.start), plans::PUPILS_COVERED)
    }

    /// The phrases to look for, as the one automaton takes them.
    pub fn words(&self) -> &[String] {
        self.phrases.words()
    }

    /// The claims of `case` (whose text `text` is), from the
    /// leftmost-longest `hits` of [`ClaimFinder::words`], given its
    /// indicator `mentions` and where the case stands (`cx`: the report's
    /// year, a section of plans).
    pub fn find(
        &self,
        text: &CaseText<'_>,
        hits: &[Hit],
        case: &Case,
        mentions: &[Mention],
        cx: Context<'_>,
    ) -> Vec<Claim> {
        let mut claims: Vec<Claim> = Vec::new();
        for m in self.phrases.find(text, hits) {
            let inside_a_name = mentions
                .iter()
                .any(|n| n.start <= m.start && m.end <= n.end);
            let Some(requirement) = self.ids.get(m.indicator) else {
                continue;
            };
            // `消除66人以上超大班额6个`: a count of what was done, not the
            // requirement met (unless the phrase says all: `全部消除…`).
            if inside_a_name
                || counted(text, &m)
                || self.about_another_fund(text, &m, mentions)
                || self.about_another_coverage(text, &m)
            {
                continue;
            }
            // The clause around the phrase, looked for at most SCAN_LIMIT
            // characters away, as every scan of extraction (linear in the
            // length of a case).
            let from = text
                .find_backward(0, m.start, is_clause_end)
                .map_or(m.start.saturating_sub(SCAN_LIMIT), |p| p + 1);
            let to = text.end_from(m.end, is_clause_end);
            // A question (`课后服务是否全覆盖`, `核查了…是否全覆盖`, `有无超大
            // 班额`) neither claims nor denies: its answer decides
            // ([`plans::answer_after`]), read below. One left to the check
            // (`“两个只增不减”是否落实有待进一步核实`) has none.
            let asked = search::contains_any(text.slice(from, to), plans::WHETHER);
            if asked
                && search::contains_any(
                    text.slice(m.end, text.end_from(m.end, is_sentence_end)),
                    plans::VERIFYING,
                )
            {
                continue;
            }
            let answer = if asked {
                plans::answer_after(text.slice(m.end, m.end + plans::ANSWER_REACH))
            } else {
                None
            };
            // One claim per requirement and clause: `两个只增不减` and
            // `教育支出…只增不减` in one clause are one claim.
            if claims
                .iter()
                .any(|c| c.requirement == *requirement && c.start < to && from < c.end)
            {
                continue;
            }
            // The sentence before the phrase: its plan, condition or
            // exception is the claim's.
            let lead = text
                .find_backward(0, m.start, is_sentence_end)
                .map_or(m.start.saturating_sub(SCAN_LIMIT), |p| p + 1);
            let before = text.slice(lead, m.start);
            // `指标：消除66人以上超大班额` over `评价要点：…` and `自评情况：…`: a
            // form's item names what is assessed, and claims nothing (the
            // answer below it does).
            if plans::labels_an_item(before) {
                continue;
            }
            // `有家长反映全县已实现…全覆盖`, `您在建议中反映…`: another's words,
            // which the reply answers; `应不低于当地公务员…`: the rule an audit
            // states before the fact. The report claims nothing by them.
            if dutycheck_vocab::periods::raised_by_others(before) || plans::states_norm(before) {
                continue;
            }
            // `与公务员平均工资收入的差距由0.52万元缩小到0.34万元`: a gap with
            // its size is for the figures to say; only a gap in words
            // (`仍有差距`) is a claim's denial.
            // (`…相比仍有差距，差距较上年有所缩小`: the bare `差距` of a later
            // clause, a tail with no head of its own, says no more than its
            // head's clause did; it was read as a claim of parity.)
            // (`与公务员倒挂3865元`: an inversion is below, whatever its size.)
            let phrase = text.slice(m.start, m.end);
            if plans::GAP_BELOW
                .iter()
                .any(|w| phrase.ends_with(w) && *w != plans::INVERTED)
                && (!phrase.starts_with(plans::THAN)
                    || text.slice(m.end, to).chars().any(|c| c.is_ascii_digit()))
            {
                continue;
            }
            // `…全覆盖，仅有2个教学点暂未开展`: the places left out are the
            // region's own, a shortfall of the whole.
            let excepted = names_exceptions(text, m.end, to);
            let read = excepted
                || (phrase.starts_with(plans::PRESENT) && !before.ends_with(['不', '无', '没']))
                || (is_denied(text, from, m.start, m.end, to)
                    && !search::contains_any(text.slice(from, m.start), plans::DOUBLE_NEGATIVE)
                    && !(text.chars.get(m.start) == Some(&'未')
                        && plans::NONE_OF.iter().any(|w| before.ends_with(w))))
                || plans::names_exception(before)
                || self.ends_below(&m, phrase, text.slice(from, m.start))
                || (self.not_below.get(m.indicator) == Some(&true)
                    && (plans::states_below(
                        text.slice(from, m.start),
                        text.slice(m.start, m.end),
                    ) || share_under_whole(text, &case.quantities, &m, to)));
            let denied = match (asked, answer) {
                (false, _) => read,
                // `是` says what is asked, `否` the opposite: `超大班额是否全部
                // 消除：否` denies, and so does `是否仍存在超大班额：是` (what
                // is asked is the lack), or `有无超大班额：有`, whose phrase
                // `无超大班额` opens inside the question, which asks whether
                // there are any.
                (true, Some(yes)) => yes == (read != opens_inside_question(text, &m)),
                // A question the clause goes on to doubt (`能否实现“两个只增
                // 不减”存在较大不确定性`) is a denial, by the doubt.
                (true, None)
                    if search::contains_any(text.slice(from, m.start), plans::WHETHER)
                        && denied_after(text, m.end, to) =>
                {
                    true
                }
                (true, None) => continue,
            };
            // `超大班额清零的县达到12个`, `全市有10个县实现了…`, `其他县均已实现…`:
            // other regions' claim, or some regions' only: not the
            // section's whole claim.
            // `石泉县一般公共预算教育支出比上年下降1.6%，未实现“只增不减”` in
            // the city's section: the county's, a part's. So is one whose
            // clause names another region before it (`邻县青溪县课后服务全覆盖
            // 仍有差距`).
            let others = dutycheck_vocab::regions::claims_for_others(
                text.slice(from, m.start),
                text.slice(m.end, m.end + 12),
            ) || cx.region.is_some_and(|own| {
                [before.trim_start(), text.slice(from, m.start)]
                    .into_iter()
                    .map(dutycheck_vocab::regions::without_neighbour)
                    .filter_map(dutycheck_vocab::regions::named_at_start)
                    .any(|named| dutycheck_vocab::regions::names_other(named, own))
            });
            let own_part = || {
                plans::claims_in_part(text.slice(from, to))
                    // `消除超大班额的任务已完成百分之八十`: the task done in part.
                    || done_in_part(text, &case.quantities, m.end, to)
                    // `其中城关镇课后服务实现全覆盖`, `以白石镇为例，…`,
                    // `县实验小学…`: the opening names a part, as a figure's
                    // would (the town's claim was read as the county's).
                    || crate::indicators::opening_names_a_part(text, from, m.start, cx.region)
                    // `城区学校实现课后服务全覆盖，农村学校…仍有差距`: the urban
                    // area's claim set against the countryside's, not the
                    // region's. (`城区学校超大班额已全部消除` is the urban
                    // area's alone too: its opening names the part.)
                    || ((dutycheck_vocab::regions::opens_with_urban_area(text.slice(from, m.start))
                        // (`课后服务实现城区学校全覆盖`: the area in the phrase's gap.)
                        || dutycheck_vocab::regions::URBAN
                            .iter()
                            .any(|w| *w != "城乡" && search::contains(text.slice(m.start, m.end), w)))
                        && search::contains_any(
                            text.slice(lead, text.end_from(m.end, is_sentence_end)),
                            dutycheck_vocab::regions::RURAL,
                        ))
            };
            // A shortfall of the region's own schools or towns is the
            // region's (it was a denial in part, and judged nothing) when
            // the phrase itself says what they lack (`仍有3所学校未开展课后
            // 服务`, `农村学校暂未提供课后服务`, `仍存在超大班额`: a word of
            // [`DENIALS`] in its own words, not in its gap), or the
            // requirement is that none is left (`城关镇超大班额尚未完全消
            // 除`). (`部分学校课后服务尚未实现全覆盖` may speak of the pupils
            // those schools cover: a part.)
            let phrase = text.slice(m.start, m.end);
            let says_lack = self.pieces.get(m.indicator).is_some_and(|pieces| {
                pieces.iter().any(|p| {
                    (phrase.starts_with(p.as_str()) || phrase.ends_with(p.as_str()))
                        && search::contains_any(p, DENIALS)
                })
            });
            // `未开展课后服务特色课程`, `课后服务尚未覆盖全部学生`, `仍有3所
            // 幼儿园未开展课后服务`: the lack of something else (a course,
            // the pupils, kindergartens: [`plans::LACKS_OTHER`]), no
            // shortfall of the requirement.
            if says_lack && plans::lacks_other(text.slice(from, m.start), text.slice(m.end, to)) {
                continue;
            }
            let whole_shortfall =
                denied && (says_lack || excepted || self.none_left.get(m.indicator) == Some(&true));
            let partial = others || (!whole_shortfall && own_part());
            let (line, column) = case.position(m.start);
            let claim = Claim {
                requirement: requirement.clone(),
                text: text.quote(text.original_slice(from, to).trim()),
                phrase: text.original_text(m.start, m.end),
                line,
                column,
                start: m.start,
                end: m.end,
                plan: cx.plan_section
                    // (A later year in the phrase's gap dates it too:
                    // `超大班额于2024年全面消除` in a report on 2023.)
                    || is_plan(text, lead, m.start, text.slice(lead, m.end), cx.year)
                    || plans::names_condition(before)
                    || plans::demanded_before(text.slice(from, m.start))
                    || opens_plans(text, lead, m.start)
                    || planned_in_gap(text, &m, self.pieces.get(m.indicator))
                    || under_way(text, from, m.start, m.end, to)
                    // `整改措施：…，使超大班额全部消除`: what the measures are
                    // for (it was a claim the item's result contradicted);
                    // and any claim of the measures of a plan of remedies
                    // (`整改措施：…实现…全覆盖。整改时限：2024年3月`).
                    || (plans::opens_with_remedy_measures(before.trim_start())
                        && (before.ends_with('使') || plans::remedy_planned(&text.normal)))
                    // `全县仍有超大班额3个，年内全部消除`: a deadline for what
                    // is still left (it was read as met, and the 3 dropped).
                    || (from > lead
                        && dutycheck_vocab::periods::deadline_after_still_left(
                            text.slice(lead, from),
                            text.slice(from, m.start),
                        ))
                    // `围绕课后服务全覆盖目标，…`, `对标“两个只增不减”要求，…`.
                    || plans::names_as_goal(text.slice(from, m.start), text.slice(m.end, to))
                    // `下一步，我县将重点做好以下工作：一是…；二是实现…全覆盖`.
                    || crate::indicators::in_list_of_plans(
                        text,
                        lead + crate::indicators::item_number(text, lead, m.start),
                        m.start,
                        cx.year,
                    ),
                denied,
                partial,
                indicator: self.named_alone(m.indicator, mentions, from, m.end),
            };
            // `…高于当地公务员平均工资收入水平，实现了“不低于”目标`: two
            // phrases of one sentence that say the same of one requirement
            // are one claim, the first.
            let said = |c: &Claim| {
                c.requirement == claim.requirement
                    && c.start >= lead
                    && (c.plan, c.denied, c.partial, &c.indicator)
                        == (claim.plan, claim.denied, claim.partial, &claim.indicator)
            };
            if claim.denied && denies_nothing_now(text, lead, m.start, m.end, answer.is_some(), cx)
            {
                continue;
            }
            // `2022年已实现…不低于当地公务员，2023年…`: a claim of another
            // time, which the year's figures neither back nor contradict (it
            // was held to 2023's, and failed).
            if !claim.denied && dated_earlier(before, cx.year) {
                continue;
            }
            if !claims.iter().any(said) {
                claims.push(claim);
            }
        }
        claims
    }
}

/// Whether phrase `m` states a share of the other side ([`plans::AS_SHARE_OF`]:
/// `相当于当地公务员的98.1%`) and its figure, the first in the clause up to
/// `to`, is a percent under 100: below the other side.
fn share_under_whole(text: &CaseText<'_>, quantities: &[Quantity], m: &Mention, to: usize) -> bool {
    text.slice(m.start, m.end).starts_with(plans::AS_SHARE_OF)
        && quantities[quantities.partition_point(|q| q.start < m.end)..]
            .first()
            .is_some_and(|q| q.end <= to && q.kind == QuantityKind::Percent && q.value < 100.0)
}

/// Whether the words after a claim's phrase, up to `to` (its clause's
/// end), say what share of it is done, below all of it: `消除超大班额的任务已
/// 完成百分之八十`, `…完成率为85%` ([`plans::DONE`] before a percent under
/// 100). The claim is met in part (it was read as met).
fn done_in_part(text: &CaseText<'_>, quantities: &[Quantity], end: usize, to: usize) -> bool {
    quantities[quantities.partition_point(|q| q.start < end)..]
        .iter()
        .take_while(|q| q.end <= to)
        .find(|q| q.kind == QuantityKind::Percent)
        .is_some_and(|q| q.value < 100.0 && search::contains(text.slice(end, q.start), plans::DONE))
}

/// Whether a denial whose phrase is at `start..end`, in the sentence that
/// starts at `lead`, says nothing of the region now (a problem's label in
/// an item that tells its remedy, [`plans::NOT_NOW`]
/// before it, a year before the report's, a question, or
/// [`plans::UNDONE_AFTER`] after it): no denial is recorded, as none is
/// for a claim of another time. A denial by the `answered` question's
/// answer (`是否实现“两个只增不减”？否`) is the region's, whatever the
/// question's words (`是否`, `？`).
fn denies_nothing_now(
    text: &CaseText<'_>,
    lead: usize,
    start: usize,
    end: usize,
    answered: bool,
    cx: Context<'_>,
) -> bool {
    let year = cx.year;
    let before = text.slice(lead, start);
    // `问题：教师平均工资收入低于当地公务员。整改成效：…已整改到位`: the problem
    // an item is labelled by, in an item that tells a result of its remedy,
    // is the state found, as its figures are (it failed the section beside
    // the remedy's figures that pass). Measures alone tell no result: `…，
    // 尚未整改到位。整改措施：…` still denies.
    // So is the problem an item is titled by (`（一）关于教育经费“只增不减”落实不
    // 到位的问题` over `整改成效：…比上年增长7.7%`).
    let titled = || {
        dutycheck_vocab::periods::titles_a_problem(
            before,
            text.slice(end, text.end_from(end, is_clause_end)),
        )
    };
    if (dutycheck_vocab::periods::problem_label(before) || titled())
        && dutycheck_vocab::periods::tells_result(text.slice(0, text.chars.len()))
    {
        return true;
    }
    let stop = text.end_from(end, is_sentence_end);
    let after = text.slice(end, stop);
    // (The nearest year only: `2022年已实现…全覆盖，2024年仍有2所学校未开展…`
    // denies in 2024; the 2022 of its sentence dropped the denial.)
    let earlier_year = dated_earlier(before, year);
    plans::NOT_NOW
        .iter()
        .any(|w| !(answered && plans::WHETHER.contains(w)) && search::contains(before, w))
        // `反馈意见指出，…未实现全覆盖`: the state found before a remedy. The
        // supervisors' own finding (`督导发现`) is that only in a report that
        // answers the feedback or an item that tells its remedy; a 督学
        // summary states the year's state so (`督导发现，城关二小存在超大班额`:
        // it was said nothing of).
        || (search::contains_any(before, dutycheck_vocab::periods::BEFORE_REMEDY)
            && !dutycheck_vocab::periods::found_now(
                before,
                cx.rectification,
                text.slice(0, text.chars.len()),
            ))
        || dutycheck_vocab::periods::holds_earlier_state(before)
        || earlier_year
        || (!answered
            && text
                .chars
                .get(stop)
                .is_some_and(|c| matches!(c, '？' | '?')))
        // (`自评报告称已做到…，经查不属实`: the claim a county made, refuted;
        // not a denial refuted.)
        || (plans::undone_after(after)
            && !(search::contains_any(before, plans::QUOTED_CLAIM)
                && plans::refutes_claim(after)))
}

/// Whether the words of a claim's sentence before its phrase date it in a
/// year before the report's `year`: the nearest year named, not a base
/// (`较2022年`) nor the start of a span that runs to now (`2021年以来`,
/// `2022年起`: [`changes::SPAN_OR_DEADLINE`]), and with no word of the
/// report's year or of now after it (`今年`, `目前`).
fn dated_earlier(before: &str, year: Option<i32>) -> bool {
    year.is_some_and(|y| {
        crate::indicators::years_in(before)
            .last()
            .is_some_and(|(words, earlier, after)| {
                earlier < y
                    && !dutycheck_vocab::periods::names_base(words)
                    // (`72.36亿元（2023年73.05亿元），实现…`: a note that gives
                    // the year before's figure dates nothing after it.)
                    && !in_note(words, after)
                    && !changes::SPAN_OR_DEADLINE
                        .iter()
                        .any(|w| after.starts_with(w))
                    // (`2022年已实现…，今年仍有2所学校未开展…`, `…，目前…`: the
                    // report's year or now, after it.)
                    && !search::contains_any(after, changes::THIS_YEAR)
                    && !search::contains_any(after, dutycheck_vocab::periods::NOW)
            })
    })
}

/// Whether a year, with `words` before it and `after` it, stands in a note
/// in brackets that closes before the claim.
fn in_note(words: &str, after: &str) -> bool {
    crate::indicators::unclosed_note(words).is_some()
        && after.contains(crate::indicators::NOTE_CLOSE)
}

/// Whether the sentence that starts at `lead` opens as one of plans or
/// demands before the phrase at `start`, as a statement's does: with a
/// plan opener or a sentence word of plans in its first clause (`下一步，…`,
/// `建议县政府…`), or a label of them (`意见：教育投入只增不减`,
/// `整改要求：…`). The inspectors' demand was read as the county's claim.
fn opens_plans(text: &CaseText<'_>, lead: usize, start: usize) -> bool {
    let first_end = text
        .find_forward(lead, start, is_clause_end)
        .unwrap_or(start);
    let first = text.slice(lead, first_end);
    plans::opens_with_plan_opener(first)
        || plans::opens_sentence_of_plans(first)
        || plans::opens_with_label_of_plans(text.slice(lead, start))
}

/// Whether a figure right after a claim phrase counts what was done
/// (`消除66人以上超大班额6个`, `化解超大班额12个`): the phrase names the work,
/// and claims nothing met. A phrase that says all (`全部消除`, `全面消除`,
/// `清零`) still claims it.
fn counted(text: &CaseText<'_>, m: &Mention) -> bool {
    let phrase = text.slice(m.start, m.end);
    text.chars
        .get(m.end)
        .is_some_and(|c| dutycheck_vocab::numerals::is_digit_or_numeral(*c))
        && !search::contains_any(phrase, plans::ALL_OF)
        // (`比当地公务员低0.3万元`, `高出当地公务员0.2万元`: the gap below or
        // above, no count.)
        && !plans::states_below("", phrase)
        && !plans::states_above(phrase)
}

/// Whether the words right before a claim phrase (at most
/// [`DENIAL_REACH`] characters, within its clause, from `from`), or in the
/// gap of a phrase with one, deny it: `未落实“两个只增不减”要求`,
/// `尚未实现全覆盖`, `教育支出未做到只增不减` (`教育支出…只增不减`); or the
/// words right after it, up to `to` (the clause's end): `“两个只增不减”未完全
/// 落实`, `全覆盖尚未实现` ([`DENIED_AFTER`]).
fn is_denied(text: &CaseText<'_>, from: usize, start: usize, end: usize, to: usize) -> bool {
    let words = text.slice(start.saturating_sub(DENIAL_REACH).max(from), end);
    if search::contains_any(words, DENIALS) {
        return true;
    }
    if search::contains_any(text.slice(from, start), plans::FAILED_TO) {
        return true;
    }
    // `…全覆盖，但仍有5所学校未开展`: the next clause takes it back; so does
    // the inspectors' verdict on a claim they quote (`自评报告称已实现…，与实际
    // 不符`, `自评称超大班额已全部消除，实地核查仍有2个`).
    if text.chars.get(to).is_some_and(|c| matches!(c, '，' | ',')) {
        let next = text.slice(to + 1, text.end_from(to + 1, is_clause_end));
        if plans::BUT.iter().any(|w| next.starts_with(w))
            && search::contains_any(next, plans::STILL_SOME)
            && search::contains_any(next, DENIALS)
        {
            return true;
        }
        if search::contains_any(text.slice(from, start), plans::QUOTED_CLAIM)
            && plans::refutes_claim(next)
        {
            return true;
        }
    }
    // The inspectors' verdict on a claim they quote in its own clause
    // (`自评报告中“课后服务全覆盖”的表述不实`, `自评报告所称“…”不属实`), or in
    // the sentence after it, opened by their check (`自评报告称已实现…全覆盖。
    // 经核查，仍有4所学校未开展课后服务`). The claim was said unbacked.
    let quoted = || search::contains_any(text.slice(from, start), plans::QUOTED_CLAIM);
    if plans::refutes_claim(text.slice(end, to)) && quoted() {
        return true;
    }
    if text.chars.get(to).is_some_and(|c| is_sentence_end(*c)) {
        let next_end = text.end_from(to + 1, is_sentence_end);
        let next = text.slice(to + 1, next_end).trim_start();
        if plans::CHECKED.iter().any(|w| next.starts_with(w))
            && plans::refutes_claim(next)
            && quoted()
        {
            return true;
        }
    }
    denied_after(text, end, to)
}

/// Whether the words right after a claim phrase that ends at `end` (its
/// clause ends at `to`) name places or schools it leaves out: a note
/// (`全覆盖（2个教学点除外）`, `全覆盖（尚有1所学校未开展）`) or the next clause
/// (`…全覆盖，仅有2个教学点暂未开展`, `…，个别偏远教学点尚未开设`). What is left
/// out is the region's own, so the claim is not met (it was a claim only
/// unbacked). The lack of something else (pupils, a course:
/// [`plans::lacks_other`]) leaves nothing out.
fn names_exceptions(text: &CaseText<'_>, end: usize, to: usize) -> bool {
    let lacks =
        |words: &str| search::contains_any(words, DENIALS) && !plans::lacks_other("", words);
    let close = crate::indicators::skip_note(text, end);
    if close > end + 1 {
        let note = text.slice(end + 1, close - 1);
        if plans::ends_excepting(note) || lacks(note) {
            return true;
        }
    }
    if !text.chars.get(to).is_some_and(|c| matches!(c, '，' | ',')) {
        return false;
    }
    let next = text.slice(to + 1, text.end_from(to + 1, is_clause_end));
    let rest = plans::BUT
        .iter()
        .find_map(|w| next.strip_prefix(w))
        .unwrap_or(next);
    plans::STILL_SOME
        .iter()
        .chain(&plans::ONLY_SOME)
        .any(|w| rest.starts_with(w))
        && lacks(rest)
}

/// Whether the words right after a claim phrase that ends at `end` (at most
/// [`DENIED_AFTER_REACH`] characters, up to `to`, its clause's end) deny it
/// ([`DENIED_AFTER`]): `“两个只增不减”未完全落实`, `课后服务全覆盖尚存差距`.
fn denied_after(text: &CaseText<'_>, end: usize, to: usize) -> bool {
    let after = text.slice(end, (end + DENIED_AFTER_REACH).min(to));
    // (`超大班额清零后严防反弹`, `…防止反弹`: a shortfall guarded against, none
    // that happened.)
    DENIED_AFTER.iter().any(|w| {
        search::starts(after, w).any(|i| {
            !after[i..].starts_with(FUTURE)
                && !plans::GUARDED_AGAINST
                    .iter()
                    .any(|g| after[..i].ends_with(g))
        })
    })
}

/// Whether phrase `m` opens inside a question's word ([`plans::WHETHER`]):
/// `有无超大班额` holds the phrase `无超大班额`, whose `无` is the question's.
fn opens_inside_question(text: &CaseText<'_>, m: &Mention) -> bool {
    m.start > 0 && plans::WHETHER.contains(&text.slice(m.start - 1, m.start + 1))
}

/// Whether the words right before a claim phrase (at most
/// [`DENIAL_REACH`] characters, within its clause from `from`) or after it
/// in its clause (up to `to`) say the work is under way, not done:
/// `正在推进课后服务全覆盖`, `超大班额清零工作仍在推进中`.
fn under_way(text: &CaseText<'_>, from: usize, start: usize, end: usize, to: usize) -> bool {
    let before = text.slice(start.saturating_sub(DENIAL_REACH).max(from), start);
    let after = text.slice(end, (end + DENIED_AFTER_REACH).min(to));
    search::contains_any(before, UNDER_WAY_BEFORE) || search::contains_any(after, UNDER_WAY_AFTER)
}

/// Whether a plan word stands in the gap of phrase `m` (`课后服务有望实现
/// 全覆盖`, `教育支出要确保只增不减`): a word of its span that none of the
/// requirement's phrase `pieces` holds.
fn planned_in_gap(text: &CaseText<'_>, m: &Mention, pieces: Option<&Vec<String>>) -> bool {
    text.plan_words(m.start, m.end)
        .any(|(_, w)| !pieces.is_some_and(|p| p.iter().any(|p| p.contains(w))))
}

/// Whether the claim whose phrase starts at `start` is a plan: between `from`,
/// the start of its sentence, and the phrase (the phrase's own words are not
/// looked at: `实现“不低于”要求` holds `要求`), a plan word (`力争`, `计划`, `确保`…;
/// not `完成目标`, which claims a target met) or a deadline after the
/// report's year (`到2024年秋季学期开学前，…实现全覆盖`), or by the end of the
/// year being written in, with nothing that says it is done
/// (`…覆盖率为92%，年底前实现课后服务全覆盖`: [`plans::year_end_deadline`]; the
/// claim was read as made, and contradicted by the 92%; `年底前已实现…`, and
/// the year told from its start, `年初排查出…，年底前全部完成化解`, are made:
/// [`plans::YEAR_END_DONE`]). `context` is the words between, as cut once
/// by the caller.
fn is_plan(
    text: &CaseText<'_>,
    from: usize,
    start: usize,
    context: &str,
    year: Option<i32>,
) -> bool {
    text.plans_in(from, start)
        || future_year(context, year).is_some()
        || (plans::year_end_deadline(context)
            && !search::contains_any(context, plans::YEAR_END_DONE))
}
