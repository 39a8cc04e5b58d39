//! Tables turned into lines: a header row that names its columns, then one
//! row per indicator.
//!
//! ```text
//! 指标 国家标准 2021年 2022年 是否达标
//! 学前三年毛入园率 ≥85% 92.1% 93.6% 达标
//!
//! | 指标 | 2021年 | 2022年 |
//! | --- | --- | --- |
//! | 高中阶段毛入学率 | 98.4% | 98.7% |
//! ```
//!
//! A row holds several figures of its indicator's kind and no word that
//! links any of them to the name: read as running text it is ambiguous,
//! and the nearest figure (the standard, or the year before) is the wrong
//! one. The header says which is which:
//!
//! - the column of the report's year (`2022年` in a report on 2022) holds
//!   the **level**; when the report's year is unknown, the latest year's
//!   column does;
//! - a column named as a standard, requirement or target (`国家标准`,
//!   `省定目标`, words of [`plans::STANDARDS`]) holds a **target**;
//! - the column of the year before holds the **base** of the level's
//!   change (`| 6.3亿元 | 6.1亿元 |` is a fall of 0.2亿元);
//! - a column of the change against the year before (`同比`, `同比增减`,
//!   `比上年增减`, `增幅`: [`changes::change_heading`]) holds the level's
//!   **change**, read as running text reads one (`-2.0%`, `减少0.13亿元`,
//!   `+1.2个百分点`, `持平`); beside the year before's column, it is the
//!   change stated, and that column its base (one change, not two);
//! - other columns (earlier years, `是否达标`) state nothing read here.
//!
//! A row of a table whose header names no column for the report's year
//! states no level: its name stays unread (ambiguous), never guessed. Rows
//! are read only under a header that names a year or a standard; any other
//! table (`指标 数值`) is read as running text.
//!
//! A row that names no indicator (`| 一般公共预算支出 | 33.1亿元 | … |`) or
//! only a group (`| **经费投入** | | |`, `经费投入`) is passed over, and the
//! rows after it are still read by their columns (they were read as
//! running text, their first figure the level); its figures are bound to
//! no name. The table ends at a line that is no row of it: one that does
//! not split into cells the header's way and is more than a group's label
//! (running text after a Markdown table was read as a row, and its name
//! went unread).
//!
//! Cells are separated by `|` (Markdown), tabs (Word), or blanks (a PDF's
//! text); a blank inside a figure (`51.6 %`, `1 380个`) separates nothing.
//! The parser keeps each row on a line of its own (see `dutycheck-parse`).

use dutycheck_model::{Change, Quantity, QuantityKind, Span};
use dutycheck_vocab::{changes, links, periods, plans, punctuation, regions, search};

use crate::CaseText;
use crate::indicators::{ChangePart, Mention, change_span, zero_change};

/// What one row of a table states about the indicator named in its first
/// cell.
#[derive(Debug)]
pub(crate) struct Row<'q> {
    /// Index of the row's name in the case's mentions.
    pub mention: usize,
    /// The figure in the column of the report's year, if the header has one
    /// and the cell holds a figure of the indicator's kind.
    pub level: Option<&'q Quantity>,
    /// The figure in the column of the year before the report's, the base
    /// of the level's change (`| 6.3亿元 | 6.1亿元 |` is a fall).
    pub base: Option<&'q Quantity>,
    /// The figures in the columns of standards and targets.
    pub targets: Vec<&'q Quantity>,
    /// The change against the year before that the cell of a change column
    /// (`同比`) states, when the level is read.
    pub change: Option<Change>,
    /// No level, and a column of a part (`| 项目 | 小学 | 初中 |`, `城区 |
    /// 农村`) holds a figure of the indicator's kind: the row states the
    /// parts' figures, none of them the region's.
    pub parts: bool,
}

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Year(i32),
    Standard,
    /// The region itself (`本县`, `我市`): the level, when no column names
    /// the report's year.
    Own,
    /// A whole region by its level (`全县`, `全省`): the region's own when
    /// it is the only one and no column is [`Column::Own`].
    Whole,
    /// Another region or an average (`全省平均`, `全市`, `全国`): never
    /// the level.
    Compared,
    /// The change against the year before (`同比`, `比上年增减`, `增幅`);
    /// `falls` when an unsigned figure in it is a fall (`降幅`).
    Change {
        falls: bool,
    },
    /// The figure the inspectors or the evaluators found (`评估核定值`,
    /// `核查值`, `核实数`): the level, before the region's own report of it
    /// (`| 县自评值 | 评估核定值 |`: the self-reported figure was read, and
    /// passed where the checked one failed).
    Checked,
    /// A part of the region or of its schools (`小学`, `初中`, `城区`,
    /// `农村`): never the level (the first stage's column was read as the
    /// region's, and passed while the junior schools' failed).
    Part,
    Other,
}

/// How the cells of a line are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Pipes,
    Tabs,
    Blanks,
}

impl Separator {
    fn of(line: &[char]) -> Separator {
        if line.contains(&'|') {
            Separator::Pipes
        } else if line.contains(&'\t') {
            Separator::Tabs
        } else {
            Separator::Blanks
        }
    }
}

/// The rows of every table in the case text, in order. `kind_of` gives the
/// kind of figure a mention's indicator is stated in.
pub(crate) fn rows<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
    year: Option<i32>,
    region: Option<&str>,
) -> Vec<Row<'q>> {
    let mut out = Vec::new();
    // The open table's columns, with the index of its level column.
    let mut header: Option<(Vec<Column>, Option<usize>)> = None;
    // How the open table's header splits its cells.
    let mut separator = Separator::Blanks;
    // The header was the line before: a header right under it is its
    // second row.
    let mut fresh = false;
    // Mentions and figures are in order, and so are lines: one cursor each.
    let mut next_mention = 0;
    for (start, end) in lines(text) {
        while mentions.get(next_mention).is_some_and(|m| m.start < start) {
            next_mention += 1;
        }
        let first_mention = next_mention;
        while mentions.get(next_mention).is_some_and(|m| m.start < end) {
            next_mention += 1;
        }
        let in_line = &mentions[first_mention..next_mention];
        let cells = cells(text, quantities, start, end);
        if cells.iter().all(|&(s, e)| is_rule(text.slice(s, e))) && !cells.is_empty() {
            // `| --- | --- |`: the rule under a Markdown header.
            continue;
        }
        let line = &text.chars[start..end];
        if header.is_some() && !in_table(line, &cells, quantities, separator) {
            header = None;
        }
        // The name is in the first cell, or after a cell naming the region
        // (`| 北塘县 | 普惠性幼儿园覆盖率 | 81.2% | 78.6% |`): in a cell of its
        // own before any figure.
        // (The first cell is the row's label, whatever figure its name
        // holds: `| 66人以上超大班额（个） | 0 | 2 |`.)
        let row_name = in_line.first().filter(|m| {
            cells
                .iter()
                .enumerate()
                .take_while(|&(i, &(s, _))| {
                    let first = quantities.partition_point(|q| q.start < s);
                    i == 0 || quantities.get(first).is_none_or(|q| q.start > m.end)
                })
                .any(|(_, &(s, e))| m.start >= s && m.end <= e)
        });
        match (&header, row_name) {
            (Some((columns, level_column)), Some(mention)) => {
                fresh = false;
                let index = first_mention;
                let kind = kind_of(mention);
                let figure_in = |column: usize| {
                    let (s, e) = *cells.get(column)?;
                    let first = quantities.partition_point(|q| q.start < s);
                    quantities[first..]
                        .iter()
                        .take_while(|q| q.end <= e)
                        .find(|q| Some(q.kind) == kind)
                };
                // A row with other cells than the header has is not read by
                // its columns.
                let aligned = cells.len() == columns.len();
                let base_column =
                    year.and_then(|y| columns.iter().position(|c| *c == Column::Year(y - 1)));
                let level = level_column.filter(|_| aligned).and_then(&figure_in);
                // Every change column's cell (`增减额 | 增幅`: an amount and
                // a rate), into one change.
                let change = level.zip(kind).and_then(|(level, kind)| {
                    let mut change = Change::default();
                    for (i, c) in columns.iter().enumerate() {
                        if let Column::Change { falls } = c
                            && let Some(&cell) = cells.get(i)
                        {
                            let sign = if *falls { -1.0 } else { 1.0 };
                            cell_change(text, quantities, cell, kind, sign, level, &mut change);
                        }
                    }
                    (change.value.is_some() || change.percent.is_some()).then_some(change)
                });
                let parts = level.is_none()
                    && aligned
                    && columns
                        .iter()
                        .enumerate()
                        .any(|(i, c)| *c == Column::Part && figure_in(i).is_some());
                out.push(Row {
                    mention: index,
                    level,
                    parts,
                    base: base_column.filter(|_| level.is_some()).and_then(&figure_in),
                    targets: columns
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| aligned && **c == Column::Standard)
                        .filter_map(|(i, _)| figure_in(i))
                        .collect(),
                    change,
                });
            }
            _ => {
                let next = in_line
                    .is_empty()
                    .then(|| header_of(text, &cells, year, region))
                    .flatten();
                // A row of the open table that names no indicator (it
                // holds a figure or a name out of place), or a group's
                // label: passed over, the table still open. Cells of words
                // alone are another table's header, which ends it.
                let figure = || {
                    let first = quantities.partition_point(|q| q.start < start);
                    quantities.get(first).is_some_and(|q| q.start < end)
                };
                if next.is_none()
                    && header.is_some()
                    && (cells.len() < 2 || !in_line.is_empty() || figure())
                {
                    fresh = false;
                    continue;
                }
                header = match (header.take().filter(|_| fresh), next) {
                    (Some(over), Some(under)) => Some(stacked(over, under, year)),
                    (_, next) => next,
                };
                fresh = header.is_some();
                if fresh {
                    separator = Separator::of(line);
                }
            }
        }
    }
    out
}

/// Whether `line` (split into `cells`), under a table's header split at
/// `separator`, is a row of the table: split the same way (between two
/// cells or more, when at blanks), or a group's label (`经费投入`: one cell
/// of a few words, no figure and no clause mark). Running text after the
/// table is none.
fn in_table(
    line: &[char],
    cells: &[(usize, usize)],
    quantities: &[Quantity],
    separator: Separator,
) -> bool {
    if Separator::of(line) == separator && (separator != Separator::Blanks || cells.len() > 1) {
        return true;
    }
    let &[(s, e)] = cells else {
        return false;
    };
    let first = quantities.partition_point(|q| q.start < s);
    e - s <= LABEL_CHARS
        && quantities.get(first).is_none_or(|q| q.start >= e)
        && !line.iter().any(|&c| punctuation::is_clause_end(c))
}

/// The most characters of a group's label on a line of its own
/// (`三、教师队伍建设`).
const LABEL_CHARS: usize = 16;

/// Adds to `change` the parts of the change against the year before that
/// a cell of a change column states for an indicator of `kind` whose level
/// is `level`, as running text states one: each figure signed by the words
/// of change before it (`减少0.13亿元`, `下降2.0%`), or with none by its own
/// sign and the column's `sign` (`-2.0%`, `+1.2个百分点`; `2.0%` under
/// `降幅`), a part not yet stated (an amount and a rate:
/// `减少0.13亿元（-2.0%）`); `持平`, a change of zero.
fn cell_change(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    (s, e): (usize, usize),
    kind: QuantityKind,
    sign: f64,
    level: &Quantity,
    change: &mut Change,
) {
    let first = quantities.partition_point(|q| q.start < s);
    let figures = quantities[first..].iter().take_while(|q| q.end <= e);
    let mut cursor = s;
    for q in figures {
        let words = text
            .slice(cursor, q.start)
            .trim_start_matches([' ', ',', '，', '、', '(', '（', ')', '）']);
        // `+1.2个百分点`: a plus sign is no part of the figure.
        let sign = if words.is_empty() || words == "+" || words == "＋" {
            sign
        } else {
            match changes::direction(words) {
                Some(sign) => sign,
                None => break,
            }
        };
        let Some(part) = ChangePart::of(q, kind) else {
            break;
        };
        let taken = match part {
            ChangePart::Percent => change.percent.is_some(),
            ChangePart::Value => change.value.is_some(),
        };
        if taken {
            break;
        }
        part.set(change, q, sign, Some(change_span(words, q)));
        cursor = q.end;
    }
    if change.value.is_none() && change.percent.is_none() && text.slice(s, e) == changes::FLAT {
        let at = Span {
            line: 0,
            column: 0,
            start: s,
            end: e,
        };
        *change = zero_change(at, kind, &level.unit);
    }
}

/// The columns of a header row and the index of its level column, when the
/// cells name a year or a standard.
fn header_of(
    text: &CaseText<'_>,
    cells: &[(usize, usize)],
    year: Option<i32>,
    region: Option<&str>,
) -> Option<(Vec<Column>, Option<usize>)> {
    if cells.len() < 2 {
        return None;
    }
    let columns: Vec<Column> = cells
        .iter()
        .map(|&(s, e)| column(text.slice(s, e), year, region))
        .collect();
    // A change column alone (`指标 | 数值 | 同比`) names no level's.
    if columns
        .iter()
        .all(|c| matches!(c, Column::Other | Column::Change { .. }))
    {
        return None;
    }
    let level = level_column(&columns, year);
    Some((columns, level))
}

/// The index of the level's column: the report's year's, or the latest
/// year's when the report's year is unknown.
fn level_column(columns: &[Column], year: Option<i32>) -> Option<usize> {
    let years = columns.iter().enumerate().filter_map(|(i, c)| match c {
        Column::Year(y) => Some((i, *y)),
        _ => None,
    });
    let by_year = match year {
        Some(report) => years.clone().find(|(_, y)| *y == report).map(|(i, _)| i),
        None => years.max_by_key(|(_, y)| *y).map(|(i, _)| i),
    };
    // No year named: the region's own column (`全省平均 | 本县`), or the
    // one whole region (`全省平均 | 全县`; not `全省 | 全县`, either of which
    // may be the report's).
    let any_year = columns.iter().any(|c| matches!(c, Column::Year(_)));
    let whole = || {
        let mut wholes = (0..columns.len()).filter(|&i| columns[i] == Column::Whole);
        wholes.next().filter(|_| wholes.next().is_none())
    };
    by_year.or_else(|| {
        (!any_year)
            .then(|| {
                columns
                    .iter()
                    .position(|c| *c == Column::Checked)
                    .or_else(|| columns.iter().position(|c| *c == Column::Own))
                    .or_else(whole)
            })
            .flatten()
    })
}

/// Two header rows, the second under a merged cell of the first
/// (`指标 | 完成情况 | 目标值` over `| 2022年 | 2023年 |`): the years take the
/// place of the first row's cell after its label, when that cell names no
/// year and no standard; otherwise the second row alone is the header, and
/// rows of more cells than it are not read by their columns.
fn stacked(
    over: (Vec<Column>, Option<usize>),
    under: (Vec<Column>, Option<usize>),
    year: Option<i32>,
) -> (Vec<Column>, Option<usize>) {
    let (top, _) = over;
    let (years, _) = &under;
    if top.len() < 3
        || top[1] != Column::Other
        || years.iter().any(|c| !matches!(c, Column::Year(_)))
    {
        return under;
    }
    let columns: Vec<Column> = top[..1]
        .iter()
        .chain(years)
        .chain(&top[2..])
        .copied()
        .collect();
    let level = level_column(&columns, year);
    (columns, level)
}

/// What a header cell names: `2022年` (`2022年度`, `2022年底`) is a year,
/// `国家标准` a standard. In a report of a known `year`, `本年`, `今年`,
/// `本年度` (`本年数`) are its year and `上年`, `去年` (`上年数`, `上年同期`)
/// the year before: the 上年 column was read as the level. A region named
/// (`溪口县 | 全省`) is the section's `region` itself, or another compared
/// with it (the whole province's column was read as the county's level).
fn column(cell: &str, year: Option<i32>, region: Option<&str>) -> Column {
    // `2023年（万元）`: the year's column, in the unit it declares.
    let head = unit_note(cell).map_or(cell, |(head, _)| head);
    let digits = head.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4
        && let Some(rest) = head[4..].strip_prefix('年')
        && rest.chars().count() <= 1
        && let Ok(y) = head[..4].parse()
    {
        return Column::Year(y);
    }
    if let Some(y) = year {
        let relative = |words: &[&str]| {
            words.iter().any(|w| {
                cell.strip_prefix(w)
                    .is_some_and(|rest| ["", "度", "数", "值", "度数", "同期"].contains(&rest))
            })
        };
        if relative(&changes::THIS_YEAR) {
            return Column::Year(y);
        }
        if relative(&changes::YEAR_BEFORE) {
            return Column::Year(y - 1);
        }
    }
    // `同比`, `比上年增减`, `增幅`; not `比2021年` in a report on 2023.
    if let Some((sign, base)) = changes::change_heading(cell) {
        let base_year = base.strip_suffix('年').and_then(|d| d.parse::<i32>().ok());
        if base_year.zip(year).is_none_or(|(b, y)| b == y - 1) {
            return Column::Change { falls: sign < 0.0 };
        }
        return Column::Other;
    }
    if search::contains_any(cell, plans::STANDARDS) {
        return Column::Standard;
    }
    // `整改前 | 整改后`: the state the inspectors found is never the level
    // (it was read as one, and failed its rule); the state after the work
    // is the region's own.
    if periods::EARLIER_STATE.iter().any(|w| cell.starts_with(w)) {
        return Column::Compared;
    }
    if periods::AFTER_REMEDY.iter().any(|w| cell.starts_with(w)) {
        return Column::Own;
    }
    // `评估核定值`, `核查值`: what the check found.
    if search::contains_any(cell, plans::CHECKED_FIGURE) {
        return Column::Checked;
    }
    // `目标值 | 实际值`, `完成值`, `自评值`: what was reached, beside the goal
    // (both were said ambiguous).
    if plans::ACTUAL.iter().any(|w| cell.starts_with(w)) {
        return Column::Own;
    }
    // `全国`, `全国平均`; `全省平均`, `全市平均值`; `本县`, `我市（数值）`, `全县`.
    if regions::names_nation(cell) {
        return Column::Compared;
    }
    if let Some((by, _, rest)) = regions::opening_by_level(cell) {
        if rest.starts_with("平均") {
            return Column::Compared;
        }
        if rest.is_empty() || rest.starts_with(['(', '（']) {
            return if by == '全' {
                Column::Whole
            } else {
                Column::Own
            };
        }
    }
    // `小学 | 初中`, `城区 | 农村`: the parts' columns.
    let part = head.trim();
    if links::STAGES.contains(&part)
        || regions::URBAN.contains(&part)
        || regions::RURAL.contains(&part)
    {
        return Column::Part;
    }
    if let Some(named) = regions::of_heading(cell).filter(|n| *n == cell.trim()) {
        return if region.is_some_and(|own| regions::key(own) == regions::key(named)) {
            Column::Own
        } else {
            Column::Compared
        };
    }
    Column::Other
}

/// The unit a table declares for the number alone in the cell
/// `start..end` (character offsets), as written: at the end of its row's
/// first cell (`| 生均公用经费（元） | 650 |`, `（单位：万元）`), else in the
/// header of its column (`| 县区 | 覆盖率（%） |`, `2023年（万元）`; first in
/// a column of the change, `增幅（%）`), else at the end of the line before
/// the table (`表1 经费投入情况（单位：万元）`, `单位：万元`). Reports write a table's unit once there, and its cells as
/// bare numbers.
///
/// Only in a row of a table whose cells are split at `|` or tabs, under
/// its header (a header's bare numbers are years or labels), and only for
/// a number that fills its cell. Most bare numbers stand in running text:
/// the characters around the number rule a cell out before any line is
/// looked at.
pub(crate) fn declared_unit<'t>(
    text: &'t CaseText<'_>,
    start: usize,
    end: usize,
) -> Option<&'t str> {
    let cell_edge = |c: Option<&char>| c.is_none_or(|c| matches!(c, '|' | '\t' | '\n'));
    let before = text.chars[..start].iter().rev().find(|c| **c != ' ');
    let after = text.chars[end..].iter().find(|c| **c != ' ');
    if !cell_edge(before) || !cell_edge(after) {
        return None;
    }
    let line_start = text.chars[..start]
        .iter()
        .rposition(|c| *c == '\n')
        .map_or(0, |p| p + 1);
    let line_end = text.chars[end..]
        .iter()
        .position(|c| *c == '\n')
        .map_or(text.chars.len(), |p| end + p);
    let separator = Separator::of(&text.chars[line_start..line_end]);
    if separator == Separator::Blanks {
        return None;
    }
    let row = cells(text, &[], line_start, line_end);
    let column = row.iter().position(|&(s, e)| s == start && e == end)?;
    if column == 0 {
        return None;
    }
    // The table's lines above this one, nearest first; the row must have
    // one (the header) above it.
    let mut above = Vec::new();
    let mut at = line_start;
    while at > 0 {
        let from = text.chars[..at - 1]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |p| p + 1);
        let line = &text.chars[from..at - 1];
        if line.is_empty() || Separator::of(line) != separator {
            break;
        }
        above.push((from, at - 1));
        at = from;
    }
    let &(header_start, header_end) = above.last()?;
    let header = cells(text, &[], header_start, header_end);
    let of_cell = |cells: &[(usize, usize)], i: usize| {
        let &(s, e) = cells.get(i)?;
        unit_note(text.slice(s, e)).map(|(_, unit)| unit)
    };
    let in_header = (header.len() == row.len())
        .then(|| of_cell(&header, column))
        .flatten();
    let in_row = of_cell(&row, 0);
    // Two units for one cell: the row's names its indicator's (`| 超大班额
    // （个） | 2 |` under `2023年（%）` is a count, not 2%), but in a column of
    // the change (`增幅（%）`) the column's names the change's.
    let change_column = header
        .get(column)
        .is_some_and(|&(s, e)| changes::change_heading(text.slice(s, e)).is_some());
    let (first, second) = if change_column {
        (in_header, in_row)
    } else {
        (in_row, in_header)
    };
    first.or(second).or_else(|| {
        // The caption: the line before the header.
        let end = header_start.checked_sub(1)?;
        let from = text.chars[..end]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |p| p + 1);
        // (`如下表（单位：万元）：`: the colon or stop that closes it.)
        let caption = text
            .slice(from, end)
            .trim_end()
            .trim_end_matches([':', '。', '.', ' ']);
        unit_note(caption)
            .map(|(_, unit)| unit)
            .filter(|_| caption.contains("单位"))
            .or_else(|| caption.rsplit_once("单位:").map(|(_, unit)| unit.trim()))
    })
}

/// A cell's note of its unit, after the words it follows: `生均公用经费(元)`
/// is (`生均公用经费`, `元`), `指标(单位:万元)` (`指标`, `万元`). The text is
/// folded (ASCII brackets and colons). Whether the note is a unit is the
/// figure grammar's to say.
fn unit_note(cell: &str) -> Option<(&str, &str)> {
    let inner = cell.trim_end().strip_suffix(')')?;
    let (head, note) = inner.rsplit_once('(')?;
    let note = note.trim();
    let note = note
        .strip_prefix("单位")
        .map_or(note, |n| n.trim_start_matches([':', ' ']));
    (!note.is_empty() && note.chars().count() <= 6).then_some((head.trim_end(), note))
}

/// Whether a cell is part of the rule under a Markdown header (`---`,
/// `:---:`).
fn is_rule(cell: &str) -> bool {
    cell.contains('-') && cell.chars().all(|c| matches!(c, '-' | ':' | ' '))
}

/// The lines of the case text, as character ranges.
fn lines<'t>(text: &'t CaseText<'_>) -> impl Iterator<Item = (usize, usize)> + 't {
    let len = text.chars.len();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start > len {
            return None;
        }
        let end = text.chars[start..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(len, |p| start + p);
        let line = (start, end);
        start = end + 1;
        Some(line)
    })
}

/// The cells of the line `start..end`, as trimmed character ranges: split
/// at `|` when the line has one, else at tabs, else at blanks that stand
/// outside every figure.
fn cells(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    start: usize,
    end: usize,
) -> Vec<(usize, usize)> {
    let line = &text.chars[start..end];
    // Most lines are prose, with no blank, tab or `|`: one cell, the whole
    // line, as the loop below would find it after asking at every character
    // whether a figure covers it.
    if !line.iter().any(|c| c.is_whitespace() || *c == '|') {
        return if start < end {
            vec![(start, end)]
        } else {
            Vec::new()
        };
    }
    let pipes = line.contains(&'|');
    let tabs = !pipes && line.contains(&'\t');
    let mut figure = quantities.partition_point(|q| q.end <= start);
    let mut out = Vec::new();
    let mut cell_start = start;
    let mut push = |from: usize, to: usize| {
        let (mut from, mut to) = (from, to);
        while from < to && text.chars[from].is_whitespace() {
            from += 1;
        }
        while to > from && text.chars[to - 1].is_whitespace() {
            to -= 1;
        }
        if from < to {
            out.push((from, to));
        }
    };
    for (i, &c) in line.iter().enumerate() {
        let at = start + i;
        while quantities.get(figure).is_some_and(|q| q.end <= at) {
            figure += 1;
        }
        let inside_figure = quantities.get(figure).is_some_and(|q| q.start <= at);
        let separates = if pipes {
            c == '|'
        } else if tabs {
            c == '\t'
        } else {
            c.is_whitespace() && !inside_figure
        };
        if separates {
            push(cell_start, at);
            cell_start = at + 1;
        }
    }
    push(cell_start, end);
    out
}
