//! The benchmark corpus: N reports that look like
//! `tests/fixtures/reports/shandong-2020-city-cases.txt`, written from a
//! fixed seed.
//!
//! Why generate rather than collect: real reports are few, uneven in size and
//! not ours to redistribute, and a benchmark needs a corpus that anyone can
//! rebuild byte for byte (`cargo run -p xtask -- gen-corpus --n 10000 --out
//! DIR`) and that exercises every path of the pipeline. Each report therefore
//! mixes:
//!
//! - **structure** as in real reports: a title with the year (sometimes
//!   none), 8–20 regions (sections) in one of three numbering styles, 2–5
//!   numbered cases each (a region with 2 trips the `structure` rule), and
//!   now and then a case number that skips one;
//! - **every figure style** of `domain.md`'s table: `2138084万元`, `68.1亿元`,
//!   `9.02万个`, `2.5万余人`, `7500多名`, `近10万名`, `70%以上`, `约69.97亿元`,
//!   Chinese numerals (`两所`, `三连冠`, `十条规定`), full-width digits
//!   (`８５％`), a space as thousands separator (`1 122个`), masked
//!   placeholders (`*%`, `****个`, `20__年`), percentage points, changes
//!   against the year before, `A、B分别达X、Y`, values before names, and
//!   years, durations and meeting counts;
//! - **wrapped lines**, cut where a PDF export cuts them: inside a sentence,
//!   never before a character that could read as a numbering marker;
//! - **failing and passing values**: every indicator is drawn from a range
//!   that straddles its national target, so the default rules both pass and
//!   fail, and some cases carry no figures at all (the `detail` rule).
//!
//! Report *i* depends only on the seed and *i* ([`crate::rng::Rng::for_report`]),
//! so the first 1,000 reports of a 10,000-report corpus are the 1,000-report
//! corpus, which is what makes the memory comparison of the two sizes fair.

use std::fmt::Write as _;

use crate::rng::Rng;

/// The seed used when `--seed` is not given.
pub const DEFAULT_SEED: u64 = 20_201_231;

const PROVINCES: &[&str] = &[
    "山东省",
    "河南省",
    "江苏省",
    "四川省",
    "湖南省",
    "河北省",
    "浙江省",
    "广东省",
];

const SYLLABLES: &[&str] = &[
    "东", "西", "南", "北", "河", "山", "平", "安", "阳", "宁", "清", "泉", "临", "昌", "兴", "和",
    "丰", "城", "林", "湖", "青", "云", "泰", "沂", "莱", "滨", "德", "聊", "菏", "枣", "潍", "烟",
    "威", "日", "济", "淄", "营", "水", "石", "川",
];

const SUFFIXES: &[&str] = &["市", "县", "区", "市", "县"];

/// Sentences without any figure: what inspectors call saying little.
const FILLERS: &[&str] = &[
    "加强组织领导，压实工作责任，形成工作合力",
    "坚持把教育摆在优先发展的战略位置，健全党委统一领导、党政齐抓共管的工作机制",
    "深化教育评价改革，扭转不科学的教育评价导向，推动各学段教育高质量发展",
    "健全县域内义务教育教师轮岗交流机制，有效提升了乡村教师整体素质",
    "打造产教融合新模式，建立高职院校与行业企业经常性交流协商机制",
    "完善食堂建设和配餐方案，解除了家长的后顾之忧",
    "构建政府主导、部门协同、学校主体、社会参与的工作格局，营造良好育人环境",
    "持续推进问题整改，逐项建立台账，明确责任单位和完成时限",
    "积极推进集团化办学，均衡配置优质资源，缩小校际差距",
    "强化督导问责，将履行教育职责情况纳入对下级政府的综合考核",
];

/// Openings of a case: what was done.
const OPENINGS: &[&str] = &[
    "认真落实教育投入保障政策，教育经费持续增长",
    "学前教育普及普惠水平持续提升",
    "扎实推进义务教育优质均衡发展",
    "加强教师队伍建设，提高教师素质",
    "职业教育融合创新发展，形成区域统筹的大职教格局",
    "全力做好学生食、宿、行等后勤保障工作",
    "加强学生体质管理，开齐开足上好体育课",
    "实施德育三大行动，涌现出一大批优秀青少年",
    "积极化解大班额，新建改扩建中小学校和幼儿园",
    "全面推行课后服务，切实减轻学生过重作业负担",
];

/// A percent indicator: its aliases, the range its values are drawn from,
/// and whether high is good (a target `min`) or bad (a `max`).
struct PercentIndicator {
    aliases: &'static [&'static str],
    lo: f64,
    hi: f64,
}

const PERCENT_INDICATORS: &[PercentIndicator] = &[
    PercentIndicator {
        aliases: &["学前三年毛入园率", "学前教育毛入园率", "毛入园率"],
        lo: 78.0,
        hi: 99.0,
    },
    PercentIndicator {
        aliases: &["普惠性幼儿园覆盖率", "普惠性资源覆盖率", "学前教育普惠率"],
        lo: 72.0,
        hi: 96.0,
    },
    PercentIndicator {
        aliases: &[
            "公办园在园幼儿占比",
            "学前教育公办率",
            "公办幼儿园在园幼儿比例",
        ],
        lo: 40.0,
        hi: 80.0,
    },
    PercentIndicator {
        aliases: &["九年义务教育巩固率", "义务教育巩固率"],
        lo: 93.0,
        hi: 99.9,
    },
    PercentIndicator {
        aliases: &["高中阶段毛入学率", "高中阶段教育毛入学率"],
        lo: 86.0,
        hi: 99.0,
    },
    PercentIndicator {
        aliases: &["残疾儿童义务教育入学率", "适龄残疾儿童少年入学率"],
        lo: 92.0,
        hi: 99.0,
    },
    PercentIndicator {
        aliases: &["大班额比例", "大班额占比"],
        lo: 0.0,
        hi: 9.0,
    },
    PercentIndicator {
        aliases: &["中职招生比例", "职普比"],
        lo: 35.0,
        hi: 62.0,
    },
    PercentIndicator {
        aliases: &["本科以上学历教师占比", "本科及以上学历教师比例"],
        lo: 70.0,
        hi: 98.0,
    },
    PercentIndicator {
        aliases: &["课后服务覆盖率", "课后服务学校覆盖率"],
        lo: 88.0,
        hi: 100.0,
    },
];

/// The range the corpus draws a percent indicator's values from, for the
/// indicator that `is_alias` recognises one of the corpus's names of.
pub fn percent_range(is_alias: impl Fn(&str) -> bool) -> Option<(f64, f64)> {
    PERCENT_INDICATORS
        .iter()
        .find(|ind| ind.aliases.iter().any(|a| is_alias(a)))
        .map(|ind| (ind.lo, ind.hi))
}

/// The Chinese numeral for 1..=99, as section markers write it (`十一`).
pub fn chinese_number(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[(n % 10) as usize]),
        _ => {
            let tens = DIGITS[((n / 10) % 10) as usize];
            let ones = n % 10;
            if ones == 0 {
                format!("{tens}十")
            } else {
                format!("{tens}十{}", DIGITS[ones as usize])
            }
        }
    }
}

/// Folds ASCII digits, `.` and `%` to their full-width forms (`８５％`).
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
            '.' => '．',
            '%' => '％',
            _ => c,
        })
        .collect()
}

/// One generated report: its text.
pub fn report(seed: u64, index: u64) -> String {
    let mut rng = Rng::for_report(seed, index);
    let year = rng.range(2019, 2025) as u32;
    let mut out = String::with_capacity(14_000);
    let province = *rng.pick(PROVINCES);
    // Now and then a title without a year (the engine then says so).
    if rng.chance(2) {
        let _ = writeln!(out, "{province}各市履行教育职责典型工作案例");
    } else if rng.chance(50) {
        let _ = writeln!(out, "{year}年各市履行教育职责典型工作案例");
    } else {
        let _ = writeln!(
            out,
            "{year}年{province}各县（市、区）履行教育职责典型工作案例"
        );
    }
    if rng.chance(30) {
        out.push('\n');
    }
    // Section and case numbering styles, as in real reports.
    let style = rng.range(0, 2);
    let sections = rng.range(8, 20) as u32;
    for s in 1..=sections {
        let name = region(&mut rng);
        let numeral = chinese_number(s);
        match style {
            0 | 2 => {
                let _ = writeln!(out, "{numeral}、{name}");
            }
            _ => {
                let _ = writeln!(out, "（{numeral}）{name}");
            }
        }
        let cases = rng.range(2, 5) as u32;
        let mut number = 1;
        for _ in 0..cases {
            let marker = match style {
                0 => format!("{number}."),
                1 => format!("{number}、"),
                _ => format!("（{number}）"),
            };
            // A region says `全县` of itself, `全市` of its city: the
            // case names the whole of its own region.
            let text = own_level(case_text(&mut rng, year, &name), &name);
            out.push_str(&marker);
            out.push_str(&wrap(&mut rng, &text));
            out.push('\n');
            // A rare skipped number: the structure rule's numbering gap.
            number += if rng.chance(2) { 2 } else { 1 };
        }
        if rng.chance(10) {
            out.push('\n');
        }
    }
    out
}

/// `text` with `全市` said at the section's own level (`全县` in `东河县`).
fn own_level(text: String, name: &str) -> String {
    match name.chars().last() {
        Some(level) if level != '市' => text.replace("全市", &format!("全{level}")),
        _ => text,
    }
}

fn region(rng: &mut Rng) -> String {
    format!(
        "{}{}{}",
        rng.pick(SYLLABLES),
        rng.pick(SYLLABLES),
        rng.pick(SUFFIXES)
    )
}

/// A percent value drawn from the indicator's range, written as reports
/// write it: usually two or one decimals, sometimes whole.
fn percent(rng: &mut Rng, ind: &PercentIndicator) -> String {
    let places = *rng.pick(&[0, 1, 1, 2, 2]);
    rng.decimal(ind.lo, ind.hi, places)
}

/// One case: an opening, then 2–6 sentences of facts and filler. About one
/// case in twelve has no figure at all.
fn case_text(rng: &mut Rng, year: u32, region: &str) -> String {
    let mut parts: Vec<String> = vec![rng.pick(OPENINGS).to_string()];
    if rng.chance(8) {
        parts.push(rng.pick(FILLERS).to_string());
        return finish(parts);
    }
    let facts = rng.range(2, 6);
    for _ in 0..facts {
        let fact = match rng.range(0, 17) {
            0 | 1 => expenditure(rng, year),
            2..=5 => level(rng, year),
            6 => list(rng),
            7 => values_before_names(rng),
            8 => counts(rng),
            9 => chinese_numerals(rng),
            10 => full_width_figures(rng),
            11 => masked(rng, year),
            12 => points(rng),
            13 => weak(rng, year, region),
            14 => money(rng),
            _ => rng.pick(FILLERS).to_string(),
        };
        parts.push(fact);
    }
    finish(parts)
}

/// Joins clauses into sentences: mostly `，`, with a full stop now and then
/// and always at the end.
fn finish(parts: Vec<String>) -> String {
    let mut text = String::new();
    let n = parts.len();
    for (i, p) in parts.into_iter().enumerate() {
        text.push_str(&p);
        if i + 1 == n || i % 2 == 1 {
            text.push('。');
        } else {
            text.push('，');
        }
    }
    text
}

/// `一般公共预算教育支出2138084万元，比2019年增加275709万元，增长14.80%`, or a
/// decrease (fails `finance.expenditure-growth`), in 万元 or 亿元.
fn expenditure(rng: &mut Rng, year: u32) -> String {
    let alias = *rng.pick(&[
        "一般公共预算教育支出",
        "一般公共预算教育经费",
        "财政教育支出",
    ]);
    let grow = rng.chance(85);
    let pct = rng.decimal(0.5, 18.0, 2);
    if rng.chance(50) {
        let total = rng.range(200_000, 3_000_000);
        let delta = rng.range(5_000, 300_000);
        if grow {
            format!(
                "全市{year}年度{alias}{total}万元，比{}年增加{delta}万元，增长{pct}%",
                year - 1
            )
        } else {
            format!(
                "全市{year}年度{alias}{total}万元，比{}年减少{delta}万元，下降{pct}%",
                year - 1
            )
        }
    } else {
        let total = rng.decimal(8.0, 260.0, 1);
        if grow {
            format!("{alias}{total}亿元，比上年增长{pct}%")
        } else {
            format!("{alias}{total}亿元，比上年下降{pct}%")
        }
    }
}

/// `A达93.37%`, `A为…`, `A提高至90%`, with `以上`, `左右` or `近` now and then.
fn level(rng: &mut Rng, year: u32) -> String {
    let ind = rng.pick(PERCENT_INDICATORS);
    let alias = *rng.pick(ind.aliases);
    let value = percent(rng, ind);
    let link = *rng.pick(&["达", "达到", "为", "提高至", "提升到", "稳定在"]);
    match rng.range(0, 9) {
        0 => format!("全市{alias}{link}{value}%以上"),
        1 => format!("{year}年{alias}{link}{value}%左右"),
        2 => format!("{alias}{link}近{value}%"),
        3 => format!("课后服务参与学生比例达{value}%"),
        _ => format!("全市{alias}{link}{value}%"),
    }
}

/// `A、B分别达X、Y`.
fn list(rng: &mut Rng) -> String {
    let a = &PERCENT_INDICATORS[2];
    let b = &PERCENT_INDICATORS[1];
    let (x, y) = (percent(rng, a), percent(rng, b));
    format!(
        "全市{}、{}分别达{x}%、{y}%，有关经验做法在全省推广",
        rng.pick(a.aliases),
        rng.pick(b.aliases)
    )
}

/// `分别达到86.5%和37.5%的A、B`: values before names.
fn values_before_names(rng: &mut Rng) -> String {
    let a = &PERCENT_INDICATORS[0];
    let b = &PERCENT_INDICATORS[4];
    let (x, y) = (percent(rng, a), percent(rng, b));
    format!(
        "实现了分别达到{x}%和{y}%的{}、{}",
        rng.pick(a.aliases),
        rng.pick(b.aliases)
    )
}

/// Counts with multipliers and qualifiers: `9.02万个`, `2.5万余人`,
/// `7500多名`, `近10万名`, `1 122个`, `70%以上`.
fn counts(rng: &mut Rng) -> String {
    match rng.range(0, 6) {
        0 => format!("新增学位{}万个", rng.decimal(0.5, 12.0, 2)),
        1 => format!("惠及学生{}万余人", rng.decimal(0.5, 9.0, 1)),
        2 => format!("培训教师{}多名", rng.range(300, 9000)),
        3 => format!("受益学生近{}万名", rng.range(2, 30)),
        4 => format!("新增学位{} {:03}个", rng.range(1, 9), rng.range(0, 999)),
        5 => format!("优质学校覆盖面{}%以上", rng.range(50, 95)),
        _ => format!("全年补充教师{}余人", rng.range(100, 3000)),
    }
}

/// Chinese numerals: `两所`, `三连冠`, `十条规定`.
fn chinese_numerals(rng: &mut Rng) -> String {
    match rng.range(0, 2) {
        0 => format!("新建{}所学校", rng.pick(&["两", "三", "四", "五", "六"])),
        1 => "获得全省青少年足球联赛三连冠".to_string(),
        _ => "制定出台加强中小学生体质健康管理的十条规定".to_string(),
    }
}

/// Full-width digits: `普惠性幼儿园覆盖率达８５％`, `６９．９７亿元`.
fn full_width_figures(rng: &mut Rng) -> String {
    if rng.chance(50) {
        let ind = rng.pick(PERCENT_INDICATORS);
        let value = percent(rng, ind);
        format!(
            "{}达{}",
            rng.pick(ind.aliases),
            full_width(&format!("{value}%"))
        )
    } else {
        format!("投入资金{}亿元", full_width(&rng.decimal(1.0, 90.0, 2)))
    }
}

/// Masked template placeholders, which are not figures: `增长*%`,
/// `学位****个`, `20__年`.
fn masked(rng: &mut Rng, year: u32) -> String {
    match rng.range(0, 2) {
        0 => format!("{year}年教育经费增长*%"),
        1 => "新增学位****个".to_string(),
        _ => "20__年完成全部建设任务".to_string(),
    }
}

/// Percentage points: `提高了39.6个百分点`, `超国家、省规定目标10个百分点`.
fn points(rng: &mut Rng) -> String {
    let ind = &PERCENT_INDICATORS[1];
    if rng.chance(50) {
        format!(
            "{}提高至{}%，超国家、省规定目标{}个百分点",
            rng.pick(ind.aliases),
            rng.range(80, 96),
            rng.range(1, 15)
        )
    } else {
        format!("优质均衡覆盖面提高了{}个百分点", rng.decimal(0.5, 40.0, 1))
    }
}

/// Years, durations and meeting counts: numbers, but weak evidence.
fn weak(rng: &mut Rng, year: u32, region: &str) -> String {
    match rng.range(0, 2) {
        0 => format!("{region}政府研究教育有关议题{}次", rng.range(3, 30)),
        1 => format!("连续{}年位居全省前列", rng.range(2, 9)),
        _ => format!("{year}年完成市政府为民办实事任务"),
    }
}

/// Money without an indicator: `约69.97亿元`, `1200万元`, `355万元`.
fn money(rng: &mut Rng) -> String {
    match rng.range(0, 2) {
        0 => format!("累计投入约{}亿元", rng.decimal(1.0, 80.0, 2)),
        1 => format!(
            "投资{}万元购置{}辆新国标校车",
            rng.range(100, 5000),
            rng.range(5, 60)
        ),
        _ => format!(
            "追加义务教育教师奖励性补贴{}亿元",
            rng.decimal(0.5, 30.0, 1)
        ),
    }
}

/// Characters that must not start a wrapped line: they could read as a
/// numbering marker (`一、`, `（1）`, `第一部分`, `1.`) or belong to a figure.
fn may_start_line(c: char) -> bool {
    let cjk = ('\u{4E00}'..='\u{9FFF}').contains(&c);
    cjk && !"一二三四五六七八九十两零第".contains(c)
}

/// Cuts a case's text the way a PDF export does: at most every 38–60
/// characters, about one case in three, inside a sentence and before a
/// Chinese character that cannot read as a marker. The parser must join the
/// pieces back.
fn wrap(rng: &mut Rng, text: &str) -> String {
    if !rng.chance(35) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut since = 0usize;
    let mut limit = rng.range(38, 60) as usize;
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        since += 1;
        let next = chars.get(i + 1).copied();
        let ends_sentence = "。；！？：".contains(c);
        // Never between a number and its unit (`2021` + `年`): only after
        // a Chinese character.
        if since >= limit
            && !ends_sentence
            && ('\u{4E00}'..='\u{9FFF}').contains(&c)
            && next.is_some_and(may_start_line)
            && i + 2 < chars.len()
        {
            out.push('\n');
            since = 0;
            limit = rng.range(38, 60) as usize;
        }
    }
    out
}

/// The file name of report `index`: zero-padded so that the sorted
/// directory listing is the generation order.
pub fn file_name(index: u64) -> String {
    format!("report-{index:06}.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers_as_section_markers_write_them() {
        let got: Vec<String> = [1, 10, 11, 19, 20, 21].map(chinese_number).to_vec();
        assert_eq!(got, ["一", "十", "十一", "十九", "二十", "二十一"]);
    }

    #[test]
    fn full_width_folds_digits_dot_and_percent() {
        assert_eq!(full_width("85.5%"), "８５．５％");
    }

    #[test]
    fn wrapped_lines_never_start_with_a_marker_character() {
        for i in 0..200 {
            let text = report(DEFAULT_SEED, i);
            for line in text.lines().skip(1) {
                let Some(first) = line.chars().next() else {
                    continue;
                };
                // Every line is a heading, a case or a continuation; a
                // continuation starts with a plain Chinese character.
                let heading = "一二三四五六七八九十（".contains(first);
                let case = first.is_ascii_digit();
                assert!(
                    heading || case || may_start_line(first),
                    "report {i}: line starts badly: {line}"
                );
            }
        }
    }
}
