//! Names of regions: how a region's name is matched across reports, and
//! where a self-evaluation report names its region.
//!
//! `济南市` in one report and `济南` in another are the same region: a
//! history (see `dutycheck_model::History`) matches names without their
//! suffix of administrative level ([`SUFFIXES`]). Only for matching: every
//! output shows the name as written. A region renamed or merged between two
//! years (`东河县` → `东河市`) keeps its key; one given a new name
//! (`西山区` → `新城区`) needs an alias in `dutycheck.yaml`.

use crate::punctuation::fold_width as fold;

/// Suffixes of administrative level, left out when names are matched:
/// `济南市` → `济南`, `东河县` → `东河`.
pub const SUFFIXES: [char; 4] = ['市', '县', '区', '省'];

/// Suffixes that make a section heading the name of a region rather than a
/// topic (`一、东河县`, not `一、教育投入保障`). [`SUFFIXES`] plus the
/// levels of autonomous and pastoral regions.
pub const REGION_ENDS: [char; 7] = ['市', '县', '区', '省', '旗', '州', '盟'];

/// Words after the region's name at the start of a report's title
/// (`云溪县人民政府2021年度…自评报告`, `云溪县2021年…`, `云溪县履行教育职责…`,
/// `云溪县关于…的自评报告`, `栎阳区党政领导干部…`, `青溪县学前教育普及普惠督导评估
/// 报告`): the words the title's region ends before.
pub(crate) const GOVERNMENT: [&str; 11] = [
    "人民政府",
    "政府",
    "教育",
    "履行",
    "关于",
    "党政",
    "督导",
    "学前教育",
    "义务教育",
    "普通高中",
    "职业教育",
];

/// What a collection of cases calls a region's part, after its name in a
/// section heading: `枫林县典型案例`, `枫林县篇`, `桐溪县经验做法`.
const COLLECTION_TAILS: [&str; 7] = [
    "典型案例",
    "工作案例",
    "案例",
    "篇",
    "经验做法",
    "做法",
    "经验",
];

/// The levels of autonomous regions (`龙峰满族自治县`, `察布蒙古族自治旗`):
/// longer names than other regions'.
const AUTONOMOUS: [&str; 3] = ["自治县", "自治旗", "自治州"];

/// A region's government and offices, after its name in a section heading
/// (`一、青山区人民政府`, `（二）白河县教育局`): the region, by its office.
const OFFICES: [&str; 6] = [
    "人民政府",
    "政府",
    "教育局",
    "教体局",
    "教育和体育局",
    "教育体育局",
];

/// The party committee that co-signs a title before the government
/// (`中共青禾市委 青禾市人民政府关于…`): `中共` up to its `委`, then a blank
/// or `、`. The region the title is about follows it.
fn without_party(title: &str) -> &str {
    let Some(rest) = title.strip_prefix("中共") else {
        return title;
    };
    rest.find('委')
        .map(|i| &rest[i + '委'.len_utf8()..])
        .map_or(title, |after| {
            after.trim_start_matches([' ', '\u{3000}', '、', '，', ','])
        })
}

/// The key a region's name is matched by: the name without one suffix of
/// [`SUFFIXES`], when at least two characters remain (`城区` stays `城区`).
pub fn key(name: &str) -> &str {
    let name = name.trim();
    match name.char_indices().last() {
        Some((i, c)) if SUFFIXES.contains(&c) && name[..i].chars().count() >= 2 => &name[..i],
        _ => name,
    }
}

/// Words that make a short heading ending in a level a topic, not a
/// region's name: `创建教育强县`, `建设教育强市`, `国家级示范区`, `优质均衡县`
/// (`优质均衡县创建工作`), `普及普惠县`, `先进县`, `达标县`. No region is
/// named with them.
pub(crate) const TOPIC_WORDS: [&str; 12] = [
    "教育", "强县", "强市", "强区", "建设", "创建", "示范", "试点", "均衡", "普惠", "先进", "达标",
];

/// The most characters of a heading that opens with its region as a title's
/// subject (`临河区推进学前教育普惠发展`, see [`of_heading`]).
const SUBJECT_TITLE_LIMIT: usize = 30;

/// Words of a kind of region, no name (`白石市（县级市）`, `青溪县（省级贫困县）`):
/// a note after the region's own name names no other region.
const KINDS_OF_REGION: [&str; 4] = ["县级", "地级", "省级", "贫困"];

/// Whether a section heading names a region (`东河县`, `济南市`, `城区`):
/// it ends with a level of [`REGION_ENDS`] and is short. Not a topic
/// ([`TOPIC_WORDS`]: `创建教育强县`), nor several regions at once
/// ([`is_collective`]: `各县市区`, `县区`).
pub fn is_region(name: &str) -> bool {
    let name = name.trim().trim_end_matches(['：', ':']);
    // (Asked of every piece of every heading: the last character first, and
    // the topic words only where one of their first characters stands.)
    if !name
        .chars()
        .next_back()
        .is_some_and(|c| REGION_ENDS.contains(&c))
    {
        return false;
    }
    static TOPIC_LEADS: std::sync::OnceLock<crate::search::Leads> = std::sync::OnceLock::new();
    let leads = TOPIC_LEADS.get_or_init(|| crate::search::Leads::of(TOPIC_WORDS));
    let n = name.chars().count();
    (2..=10).contains(&n)
        && !(name.chars().any(|c| leads.is_lead(c))
            && crate::search::contains_any(name, TOPIC_WORDS))
        && !is_collective(name)
}

/// Whether `name` stands for several regions at once: `各县市区`, `各区`,
/// `某市各区县`, `县区`, `市县`, `县（市、区）`: it holds `各`, lists levels
/// with `、`, or is made of levels alone.
pub fn is_collective(name: &str) -> bool {
    let name = name.trim();
    // One pass over the (short) name: a search per character cost more.
    let mut only_levels = !name.is_empty();
    for c in name.chars() {
        if matches!(c, '各' | '、') {
            return true;
        }
        only_levels &= REGION_ENDS.contains(&c);
    }
    only_levels
}

/// The region a section heading names: the whole heading (`东河县`), or
/// the region before a colon, a dash or a quote that opens a titled
/// heading (`白河市：以“两个只增不减”托底教育投入`, `清远县——课后服务全覆盖`,
/// `黑水县“县管校聘”改革`), or after the words that say whom the heading is
/// about (`关于芦洲区`, `对槐荫县的督导意见`), or at its end, in brackets or
/// after a dash (`以“县管校聘”激活教师队伍（黑水县）`, `…——黑水县`, as titles
/// name theirs: [`closing_region`]), or as the subject of a title that
/// follows it with no mark between (`临河区推进学前教育普惠发展`, as a
/// collection's cases are titled: [`subject_of_title`]). `None` when the
/// heading names no region (`基本情况`).
pub fn of_heading(heading: &str) -> Option<&str> {
    // `良好：柳塘县`, `【良好】柳塘县`: a grade before the name is no part of it.
    let heading = without_grade(heading.trim());
    let about = about(heading);
    (about.len() < heading.len())
        .then(|| opening(about))
        .flatten()
        .or_else(|| opening(heading))
        .or_else(|| closing_region(heading))
        .or_else(|| subject_of_title(heading))
}

/// The region a titled heading opens with as its subject, with no mark
/// before the title (`临河区推进学前教育普惠发展`, `青山区多措并举破解入园难`):
/// a region's name at its start ([`named_at_start`]) that is the subject
/// ([`opens_as_subject`]: not `县域内…`), in a heading of at most
/// [`SUBJECT_TITLE_LIMIT`] characters that ends no sentence (a case's first
/// sentence, `临河区新建幼儿园12所。`, is no heading).
fn subject_of_title(heading: &str) -> Option<&str> {
    // (A heading that ends with a level is a name, or a topic: `北川羌族
    // 自治县高新技术产业开发区` is a zone, not the county's title.)
    if heading.chars().count() > SUBJECT_TITLE_LIMIT
        || heading.contains(['。', '；', ';', '，', ','])
        || heading
            .chars()
            .next_back()
            .is_some_and(|c| REGION_ENDS.contains(&c))
    {
        return None;
    }
    let head = named_at_start(heading)?;
    let rest = &heading[head.len()..];
    (opens_as_subject(heading, head) && rest.chars().next().is_some_and(is_ideograph))
        .then_some(head)
}

/// Whether `heading` is a region's whole part of a document: the region's
/// name alone, or with words that say it is the region's part (`石门县整改
/// 情况`, `对槐荫县的督导意见`, `枫林县篇`, `青山区人民政府`: [`PARTS`]), and no
/// topic of its own (`芦洲区：下一步工作打算` has one).
pub fn is_part_of_region(heading: &str) -> bool {
    let heading = heading.trim();
    let about = about(heading);
    is_region(about) || part_of(about).is_some()
}

/// The region `heading` opens with (see [`of_heading`]).
fn opening(heading: &str) -> Option<&str> {
    if is_region(heading) {
        return Some(heading.trim_end_matches(['：', ':']));
    }
    if let Some(name) = part_of(heading) {
        return Some(name);
    }
    // `青溪县（优秀）`, `青溪县【优秀】`, `青溪县（评价等次：优秀）`: a bracketed
    // grade or note after the name, as bulletins write their counties.
    let head = heading
        .split(|c: char| {
            matches!(c, '：' | ':' | '—' | ' ' | '\u{3000}' | '“' | '"') || opens_note(c)
        })
        .next()
        .unwrap_or_default()
        .trim_end_matches(['-', '－']);
    // `黑水县篇：“县管校聘”`: the part, then the title.
    let head = part_of(head).unwrap_or(head);
    // A region's own name is short; a longer head ending in 市 is a
    // slogan (`加快建设教育强市：主要做法`).
    // (`龙峰满族自治县（良好）`: an autonomous county's name is longer.)
    let short = head.chars().count() <= 6
        || head.chars().count() <= 10 && AUTONOMOUS.iter().any(|w| head.ends_with(w));
    // `全县“两个只增不减”…`: the region by its level alone is no region's
    // name (`全州县` is one).
    let by_level = opening_by_level(head).is_some_and(|(_, _, rest)| rest.is_empty());
    (head.len() < heading.len() && short && is_region(head) && !by_level).then_some(head)
}

/// The region named by `heading` and words that make it the region's part
/// ([`PARTS`]): `青山区人民政府`, `青山区教育局` (the region's government or
/// office stands for the region), `枫林县典型案例`, `枫林县篇`, `桐溪县经验做法` (a
/// collection's part for the region), `石门县整改情况`, `槐荫县的督导意见` (a
/// rectification's or the inspectors' part on it).
fn part_of(heading: &str) -> Option<&str> {
    PARTS
        .iter()
        .flat_map(|words| words.iter())
        .find_map(|w| heading.strip_suffix(w))
        .map(|name| name.strip_suffix('的').unwrap_or(name))
        .filter(|name| is_region(name))
}

/// The words after a region's name in a heading that make it the region's
/// part: [`OFFICES`], [`COLLECTION_TAILS`], [`REPORT_PARTS`].
const PARTS: [&[&str]; 3] = [&OFFICES, &COLLECTION_TAILS, &REPORT_PARTS];

/// What a rectification report or the inspectors' document calls a
/// region's part, after its name: `石门县整改情况`, `对槐荫县的督导意见`,
/// `石门县整改落实情况`.
const REPORT_PARTS: [&str; 8] = [
    "整改落实情况",
    "整改情况",
    "整改工作",
    "督导意见",
    "反馈意见",
    "评价意见",
    "评价情况",
    "履职情况",
];

/// The region at the end of a title or a heading: in brackets
/// (`2023年度县级人民政府履行教育职责自评报告（岑江县）`, `（青岚县2023年）`, the
/// year after the region; `以“县管校聘”激活教师队伍（黑水县）`) or after a dash
/// (`以“县管校聘”激活教师队伍——黑水县`).
fn closing_region(title: &str) -> Option<&str> {
    let title = title.trim();
    let closed = title.chars().next_back().is_some_and(closes_note);
    let inner = if closed {
        let inner = closing_note(title)?.1;
        inner
            .find(|c: char| c.is_ascii_digit())
            .map_or(inner, |i| &inner[..i])
    } else {
        title.rsplit_once(['—', '－'])?.1
    };
    let inner = inner.trim();
    is_region(inner).then_some(inner)
}

/// The brackets a note stands in beside a region's name (`青溪县（优秀）`,
/// `柳塘县【良好】`, `【良好】柳塘县`, `鹤山县〔合格〕`), opening and closing.
pub const NOTE_BRACKETS: [(char, char); 5] = [
    ('（', '）'),
    ('(', ')'),
    ('【', '】'),
    ('[', ']'),
    ('〔', '〕'),
];

/// The note in brackets that ends `text`: the text before its opening
/// bracket and the note inside (`青溪县` and `优秀` of `青溪县【优秀】`).
/// (A full-width bracket and its ASCII twin pair with each other:
/// `青溪县(优秀）`, `［优秀］`.)
fn closing_note(text: &str) -> Option<(&str, &str)> {
    let last = text.chars().next_back()?;
    let open = note_bracket(last, |(_, close)| close)?;
    text[..text.len() - last.len_utf8()].rsplit_once(|c: char| fold(c) == open)
}

/// Whether `c` opens a note beside a region's name ([`NOTE_BRACKETS`]).
/// (Asked of every character of a heading: a fold and five comparisons.
/// Every bracket folds to one of the list, which a test holds.)
#[inline]
pub fn opens_note(c: char) -> bool {
    let c = fold(c);
    NOTE_BRACKETS.iter().any(|&(open, _)| open == c)
}

/// Whether `c` closes a note beside a region's name ([`NOTE_BRACKETS`]).
#[inline]
pub fn closes_note(c: char) -> bool {
    let c = fold(c);
    NOTE_BRACKETS.iter().any(|&(_, close)| close == c)
}

/// The bracket pair of [`NOTE_BRACKETS`] that `c` is one side of (`side`
/// picks which), as its folded opening bracket; `None` when `c` is no such
/// bracket.
fn note_bracket(c: char, side: impl Fn((char, char)) -> char) -> Option<char> {
    let c = fold(c);
    NOTE_BRACKETS
        .iter()
        .find(|pair| fold(side(**pair)) == c)
        .map(|(open, _)| fold(*open))
}

/// `name` without its note: a bracketed one at its end (`青溪县` of
/// `青溪县（优秀）`, of `青溪县【优秀】` and of `青溪县（得分95.2分，等次：优秀）`, as
/// bulletins grade their counties), or a grade before it
/// ([`without_grade`]: `【良好】柳塘县`, `良好：柳塘县`).
pub fn without_note(name: &str) -> &str {
    let name = without_grade(name.trim());
    closing_note(name).map_or(name, |(before, _)| before.trim_end())
}

/// The grades an evaluation gives a region, as a bulletin writes them
/// beside its name (`柳塘县（良好）`, `良好：柳塘县`). `合格` after the longer
/// words that end with it.
pub const GRADES: [&str; 5] = ["优秀", "良好", "基本合格", "不合格", "合格"];

/// Words after a grade that name it one (`良好等次：柳塘县`, `优秀等级`).
const GRADE_WORDS: [&str; 3] = ["等次", "等级", "档次"];

/// `name` without a grade written before it, as some bulletins head their
/// counties: `柳塘县` of `【良好】柳塘县`, `（良好）柳塘县`, `良好：柳塘县`, `良好等次：
/// 柳塘县` and `良好 柳塘县` (the grade stayed in the name, and the county
/// was another region in a history). A grade is one of [`GRADES`], maybe
/// with [`GRADE_WORDS`] after it, in brackets or before a colon, a dash
/// or a blank; `name` itself otherwise (`合格率…`).
pub fn without_grade(name: &str) -> &str {
    let Some(first) = name.chars().next() else {
        return name;
    };
    // (Most names open with another character: no word is compared.)
    let bracket = note_bracket(first, |(open, _)| open);
    if bracket.is_none() && !GRADES.iter().any(|g| g.starts_with(first)) {
        return name;
    }
    let inner = bracket.map_or(name, |_| &name[first.len_utf8()..]);
    let Some(rest) = GRADES.iter().find_map(|g| inner.strip_prefix(g)) else {
        return name;
    };
    let rest = GRADE_WORDS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let after = match bracket {
        Some(open) => {
            rest.strip_prefix(|c: char| note_bracket(c, |(_, close)| close) == Some(open))
        }
        None => rest.strip_prefix(GRADE_ENDS),
    };
    after
        .map(|after| after.trim_start_matches(|c: char| GRADE_ENDS.contains(&c)))
        .filter(|after| !after.is_empty())
        .unwrap_or(name)
}

/// What separates a grade written before a region's name from the name
/// (`良好：柳塘县`, `良好——柳塘县`, `良好 柳塘县`).
const GRADE_ENDS: [char; 7] = ['：', ':', '—', '-', '－', ' ', '\u{3000}'];

/// The region a title opens with, after the year it may open with:
/// `云溪县` of `云溪县人民政府2021年度履行教育职责自评报告`, of `2021年度
/// 云溪县人民政府履行…` and of `2021年云溪县履行…`; `东河市` of
/// `东河市2022年…`. `None` when no region opens it (`2021年某市各县…`).
pub fn of_title(title: &str) -> Option<&str> {
    let title = title.trim();
    opening_region(without_year(about(without_party(title))))
        // `省督导评估组对青溪县2023年度…的督导评估意见`: after the `对` that
        // names whom the document is about.
        .or_else(|| {
            let (_, after) = title.split_once('对')?;
            opening_region(without_year(after))
        })
        // `2023年度县级人民政府履行教育职责自评报告（岑江县）`: the region at
        // the end.
        .or_else(|| closing_region(title))
}

/// The region `title` opens with, up to its government, office or topic
/// ([`GOVERNMENT`]: `青溪县人民政府…`, `栎阳区党政领导干部…`, `青溪县学前教育
/// 普及普惠督导评估报告`) or a year.
fn opening_region(title: &str) -> Option<&str> {
    let end = GOVERNMENT
        .iter()
        .filter_map(|w| title.find(w))
        .chain(title.find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
        .min()?;
    let name = &title[..end];
    is_region(name).then_some(name)
}

/// The words of a title after the office that wrote it, where the region
/// it is about starts: `云河区…` of `关于对云河区2023年度…的督导反馈意见` and of
/// `市政府教育督导委员会关于对云河区…`; `…` of `关于…` and of `对…`.
fn about(title: &str) -> &str {
    // (A byte search first: most titles and labels hold no `关于对`, and
    // `rfind` sets up a searcher for every call.)
    if let Some(i) = crate::search::contains(title, ABOUT)
        .then(|| title.rfind(ABOUT))
        .flatten()
    {
        return &title[i + ABOUT.len()..];
    }
    let title = title.strip_prefix("关于").unwrap_or(title);
    title.strip_prefix('对').unwrap_or(title)
}

/// What opens the region a feedback or bulletin title is about, after the
/// office that wrote it.
const ABOUT: &str = "关于对";

/// `title` without the year it opens with (`2021年`, `2021年度`, `２０２１年`).
fn without_year(title: &str) -> &str {
    let digits = title
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || ('０'..='９').contains(c))
        .collect::<Vec<_>>();
    let Some(&(last, c)) = digits.last().filter(|_| digits.len() == 4) else {
        return title;
    };
    let rest = &title[last + c.len_utf8()..];
    rest.strip_prefix("年度")
        .or_else(|| rest.strip_prefix('年'))
        .unwrap_or(title)
}

/// The word that ends the name of a subdistrict of a city or county
/// (`东城街道`): like a town, always a part of its region.
pub const SUBDISTRICT: &str = "街道";

/// Whether `opening` names a subdistrict (`东城街道`, `城关街道办事处`): two
/// ideographs or more, then [`SUBDISTRICT`].
pub fn names_subdistrict(opening: &str) -> bool {
    opening.match_indices(SUBDISTRICT).any(|(i, _)| {
        opening[..i]
            .chars()
            .rev()
            .take_while(|c| is_ideograph(*c))
            .nth(1)
            .is_some()
    })
}

/// Whether `c` is a level that ends a region's name (`市`, `县`, `旗`…), or
/// the name of a town inside one (`东河镇`, `西岭乡`). No report is about a
/// town, so a town named in a report is always a part of its region.
pub fn is_level(c: char) -> bool {
    REGION_ENDS.contains(&c) || TOWNS.contains(&c)
}

/// What a name can count after `的` (`下降的县占比为15.4%`, `未达标的县（市、区）
/// 占23.1%`, `达标的学校有12所`), longest first: regions or schools, not
/// the indicator. Folded text writes `（）` as `()`.
pub const COUNTED: [&str; 11] = [
    "县(市、区)",
    "县(市,区)",
    "县市区",
    "县区",
    "市县",
    "乡镇",
    "学校",
    "幼儿园",
    "地区",
    "县",
    "市",
];

/// Words after a [`COUNTED`] word that state its share or number: `占`,
/// `占比`, `比例`, `数`, `有`, `个数`.
pub const COUNT_OF: [&str; 5] = ["占", "比例", "数", "个数", "有"];

/// What stands between a name and what it counts (`A下降的县…`): where it
/// does not, [`counts_by_name`] is not asked.
pub const COUNT_MARK: char = '的';

/// Whether `between`, the words between a name and its figure, say the
/// figure counts the regions or schools the name sorts (`A下降的县占比为
/// 15.4%`, `A未达标的县占23.1%`): the share of counties, not the
/// indicator's level or change. It was the province's level (23.1%) and
/// change (a fall of 15.4%).
pub fn counts_by_name(between: &str) -> bool {
    // `的`, a counted word and a word of its share: three characters at
    // least (most links are one or two: `为`, `达到`).
    if between.len() < 9 {
        return false;
    }
    between.match_indices(COUNT_MARK).any(|(i, _)| {
        let after = &between[i + COUNT_MARK.len_utf8()..];
        COUNTED.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|rest| COUNT_OF.iter().any(|c| rest.starts_with(c)))
        })
    })
}

/// The [`COUNTED`] words that are regions, not schools.
pub const COUNTED_REGIONS: [&str; 8] = [
    "县(市、区)",
    "县(市,区)",
    "县市区",
    "县区",
    "区县",
    "市县",
    "乡镇",
    "地区",
];

/// Whether `opening`, the words that open a name's clause, make its
/// subject several regions: a count of them (`全市13个县（区）A均达到80%以上`)
/// or each of them (`各县（区）A在94.2%至99.1%之间`, `各乡镇…`). The figure
/// is a floor or a spread over the regions, not the level of the one
/// written about (it was the summary's level, and failed its rule).
pub fn several_regions(opening: &str) -> bool {
    let region_at = |rest: &str| {
        COUNTED_REGIONS.iter().any(|w| rest.starts_with(w))
            || rest
                .chars()
                .next()
                .is_some_and(|c| REGION_ENDS.contains(&c))
    };
    opening.match_indices('个').any(|(i, _)| {
        opening[..i].ends_with(|c: char| crate::numerals::is_digit_or_numeral(c))
            && region_at(&opening[i + '个'.len_utf8()..])
    }) || opening
        .match_indices('各')
        .any(|(i, _)| region_at(&opening[i + '各'.len_utf8()..]))
}

/// Words before a region's level or a [`COUNTED`] word that name the
/// regions other than the one written about: `其他县均已实现…`, `其余县区…`.
pub const OTHERS: [&str; 2] = ["其他", "其余"];

/// Words after a [`COUNTED`] word that say how many reached something:
/// `超大班额清零的县达到12个`, `…的县共8个`.
pub const COUNT_REACHES: [&str; 3] = ["达到", "达", "共"];

/// Whether a claim's phrase, with the words of its clause `before` it and
/// the words `after` it, claims for other regions than the section's: the
/// phrase sorts regions it counts (`超大班额清零的县达到12个`), the clause
/// counts them (`全市有10个县实现了“两个只增不减”`, `18个乡镇中有16个实现…`), or
/// names the others (`其他县均已实现超大班额清零`), or describes a region named
/// right after it (`未落实…要求的西河县`): a claim in part, at most.
/// Each was the section's whole claim, and a county that had not met it
/// was said to claim it.
pub fn claims_for_others(before: &str, after: &str) -> bool {
    // (`未实现“两个只增不减”的县有…`: after the quote that closes the phrase.)
    let after = after.trim_start_matches(crate::punctuation::CLOSING_QUOTES);
    let sorts = after.strip_prefix('的').is_some_and(|rest| {
        COUNTED.iter().any(|w| {
            rest.strip_prefix(w).is_some_and(|count| {
                count.starts_with(|c: char| c.is_ascii_digit())
                    || COUNT_OF
                        .iter()
                        .chain(&COUNT_REACHES)
                        .any(|c| count.starts_with(c))
            })
        })
    });
    // `对未落实“两个只增不减”要求的西河县，予以通报批评`: the phrase describes
    // the region named after it (the notice's measure was the section's
    // own denial).
    let describes = || {
        let rest = crate::plans::GOAL_AFTER
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        rest.strip_prefix('的').and_then(named_at_start).is_some()
    };
    sorts
        || describes()
        || before.match_indices('个').any(|(i, _)| {
            before[..i].ends_with(|c: char| crate::numerals::is_digit_or_numeral(c))
                && COUNTED
                    .iter()
                    .any(|w| before[i + '个'.len_utf8()..].starts_with(w))
        })
        || OTHERS.iter().any(|w| {
            crate::search::starts(before, w).any(|i| {
                let rest = &before[i + w.len()..];
                rest.chars().next().is_some_and(is_level)
                    || COUNTED.iter().any(|c| rest.starts_with(c))
            })
        })
}

/// The countryside of a region, as opposed to its [`URBAN`] area
/// (`城区…100%，农村学校为87%`, `县城…，乡镇…`).
pub const RURAL: [&str; 3] = ["农村", "乡村", "乡镇"];

/// The nation (`全国学前三年毛入园率为91.1%`, `我国`): never the region a
/// report is about, so a figure it is the subject of is another region's.
/// Not a level ([`is_level`]): `国` ends no region's name a report is
/// about, and `国家标准` names no region.
pub const NATION: [&str; 2] = ["全国", "我国"];

/// Whether `words` name the nation ([`NATION`]).
pub fn names_nation(words: &str) -> bool {
    words.contains('国') && crate::search::contains_any(words, NATION)
}

/// The words around an example a sentence sets out before its figures or
/// claims: `以白石镇为例，…`, `以县第二实验小学为例：…`. What follows in the
/// sentence is the example's, a part of the region (a town, a school), not
/// the region's.
pub const EXAMPLE: (&str, &str) = ("以", "为例");

/// The words around a view a sentence takes of other regions before its
/// figures: `从各县（市、区）看，…在74.8%至96.1%之间`, `从石门区来看，…`. When
/// they name a region other than the own, what follows in the sentence is
/// theirs, as an example's is (a spread over the counties was the city's
/// level). Not a view of something else (`从实际情况看`), nor of the own
/// region (`从全市看`).
pub const VIEWPOINT: (&str, &str) = ("从", "看");

/// The other opening of a view of regions: `分县看`, `分县（市、区）看`, `分县区看`
/// (by each county), as [`VIEWPOINT`]'s `从` opens `从各县看`.
const BY_EACH: &str = "分";

/// Whether `before` (a sentence's words before a clause) takes a view of
/// regions other than `own` ([`VIEWPOINT`]).
pub fn views_others(before: &str, own: Option<&str>) -> bool {
    let Some(end) = before.find(VIEWPOINT.1) else {
        return false;
    };
    // (`分县看`, `分县区看`: by each of them.)
    let Some((open, len)) = [VIEWPOINT.0, BY_EACH]
        .iter()
        .filter_map(|w| Some((before[..end].rfind(w)?, w.len())))
        .max()
    else {
        return false;
    };
    // (`从各县区来看`: the `来` of the verb.)
    let named = before[open + len..end].trim_end_matches('来');
    named.chars().count() <= VIEW_REACH
        && named.chars().any(is_level)
        && own.is_none_or(|own| after_own(named, own) != Some(""))
}

/// The most characters a [`VIEWPOINT`] names regions in: `各县（市、区）`.
const VIEW_REACH: usize = 10;

/// The region of a section that names none, in a report whose other
/// sections name theirs (`二、存在问题` after `一、河东区`): no name matches it,
/// so every region named in the section is another's ([`names_other`]), and
/// a region by its level alone (`全县`) is no other.
pub const UNNAMED: &str = "\u{0}";

/// The region of a section that names none (`二、存在问题`, `对照督导意见整改
/// 落实情况`) in a report whose other sections name theirs (`named`), whose
/// title names `title` (or none):
///
/// - one region named, below the title's (`红杉市…督导意见书` / `对槐荫县的
///   督导意见`): that region, whose remedy the section tells;
/// - otherwise the title's (`青川市…通报` / `一、河东区`, `二、西山区`; `石岭县
///   …自评报告` / `二、南岗区`);
/// - with no title's region, the one region named, or [`UNNAMED`] for
///   several.
///
/// Every other region named in the section is then another's: `芦溪县…仅
/// 41.5%` was read as the section's own level.
pub fn of_unnamed_section<'a>(title: Option<&'a str>, named: &[&'a str]) -> Option<&'a str> {
    let (first, rest) = named.split_first()?;
    let one = rest.iter().all(|n| key(n) == key(first));
    let rank = |name: &str| match level_of(name) {
        Some('省') => 3,
        Some('市' | '州' | '盟') => 2,
        Some(_) => 1,
        None => 0,
    };
    Some(match title {
        Some(title) if !(one && rank(title) > rank(first)) => title,
        _ if one => first,
        _ => UNNAMED,
    })
}

/// The levels of towns and townships, below a county.
const TOWNS: [char; 2] = ['镇', '乡'];

/// Words that name a region by its level alone: `全县`, `本市`, `我区`,
/// `该县`, `各县` (several), `此`, and the inspectors' address to the
/// government they evaluate (`你市`, `你县`, `贵区`). The region a report or
/// section is about when the level is its own (`全市` in a report of
/// 青河市); another one when it is not (`全省`, `我省` and `各县` there).
pub const BY_LEVEL: [char; 8] = ['全', '本', '我', '该', '各', '此', '你', '贵'];

/// The region named by its level that opens `words` (`该市`, `全县`, `本区`):
/// the word of [`BY_LEVEL`], the level, and the words after them.
pub fn opening_by_level(words: &str) -> Option<(char, char, &str)> {
    let mut chars = words.chars();
    let (by, level) = (chars.next()?, chars.next()?);
    (BY_LEVEL.contains(&by) && is_level(level)).then_some((by, level, chars.as_str()))
}

/// The first whole region named in `text` by its level alone (`全市`,
/// `全县`, `全省`): what a bulletin whose title names no region says its
/// figures are of (`全市一般公共预算教育支出58.6亿元`). Towns are no level
/// of a report's.
pub fn whole_by_level(text: &str) -> Option<&str> {
    whole_of_level(text, None)
}

/// The first whole region of `level` (any level when `None`) named in
/// `text` by its level alone: `全县` of `…全市9个县…。全县普惠性幼儿园覆盖率…` for
/// `县` ([`whole_by_level`]).
pub fn whole_of_level(text: &str, level: Option<char>) -> Option<&str> {
    by_levels(text)
        .find(|(_, by, next)| *by == '全' && level.is_none_or(|l| l == *next))
        .map(|(i, by, next)| &text[i..i + by.len_utf8() + next.len_utf8()])
}

/// The level a text speaks of as its own (`我县以优秀等次通过…评价`, `本市…`):
/// the level after `我` or `本`.
pub fn own_level(text: &str) -> Option<char> {
    by_levels(text)
        .find(|(_, by, _)| matches!(by, '我' | '本'))
        .map(|(_, _, level)| level)
}

/// Each character of `text` right before a level ([`REGION_ENDS`]), with
/// where it stands and the level: the words that may name a region by its
/// level alone (`全县`, `我市`; [`BY_LEVEL`]).
fn by_levels(text: &str) -> impl Iterator<Item = (usize, char, char)> + '_ {
    text.char_indices().filter_map(|(i, c)| {
        let next = text[i + c.len_utf8()..].chars().next()?;
        REGION_ENDS.contains(&next).then_some((i, c, next))
    })
}

/// `本级` after a level (`市本级`, `县本级`, `南屏市本级`): the region's own
/// budget or the schools it runs itself, not the whole region. A figure
/// for it is a part's.
const OWN_LEVEL_ONLY: [char; 2] = ['本', '级'];

/// Whether `chars` hold a level followed by `本级` ([`OWN_LEVEL_ONLY`]):
/// `其中，南屏市本级生均公用经费…`, `省本级`.
pub fn names_own_level_only(chars: &[char]) -> bool {
    chars
        .windows(3)
        .any(|w| is_level(w[0]) && w[1..] == OWN_LEVEL_ONLY)
}

/// The last region of a name that holds two (`青溪县` of `枫林市青溪县`, a
/// section headed by the city and its county): what the section's text
/// names it by. The name itself when it holds one.
fn innermost(own: &str) -> &str {
    let own = own.trim();
    let inner = own
        .char_indices()
        .rev()
        .skip(1)
        .find(|(_, c)| SUFFIXES.contains(c))
        .map_or(own, |(i, c)| &own[i + c.len_utf8()..]);
    // `中心城区` ends with `区` after `城`: only a name of two or more
    // characters before its level is a region of its own.
    if inner.chars().count() >= 3 {
        inner
    } else {
        own
    }
}

/// The level `own` ends with (`市` of `青河市`), when it ends with one.
fn level_of(own: &str) -> Option<char> {
    own.trim().chars().last().filter(|c| is_level(*c))
}

/// Whether `prev` and the `level` after it may end the name of a region
/// other than `own`: an ideograph that is not a word of [`BY_LEVEL`]
/// (`东平县`, not `全市`), or one of them before a level that is not the
/// own region's (`全省` in a report of 青河市). A quick test that rules out
/// most openings before [`names_other`] reads them.
pub fn may_name_other(prev: char, level: char, own: &str) -> bool {
    is_ideograph(prev) && (!BY_LEVEL.contains(&prev) || level_of(own).is_some_and(|l| l != level))
}

/// The CJK ideographs a region's name is written in.
pub fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether `opening`, the words of a clause before an indicator's name,
/// ends with the name of a region other than `own` (the region of the
/// section or report): `其中，东平县` before `生均…教育支出` in a report of
/// 某某市, `历城区` in the section `一、济南市`. The figure that follows is
/// that region's, not the section's. `全市`, `本县`, `我区`, `今年我县` and
/// `own` itself (`东河县` or `东河市` for `东河县`, matched by [`key`]) are
/// the own region; `全省`, `我省` and `各县` in a report of a city are
/// not ([`BY_LEVEL`]).
///
/// The name ends the opening's last run of CJK characters, with a level
/// ([`is_level`]), and starts after the last level or placing word
/// ([`PLACING`]) before it in the run (`城区` of `东河县城区`). Words before the name in the run (`其中东平县`,
/// `2023年东平县`) are harmless: only what the run ends with is compared
/// with `own`. A topic (`教育强县`, [`TOPIC_WORDS`]) and several regions at once
/// (`县区`, [`is_collective`]) name no other region, and neither does the
/// urban area ([`URBAN`]: reports state the large classes of their urban
/// schools as the region's).
fn ends_with_other(opening: &str, own: &str) -> bool {
    let opening = opening.trim_end();
    let mut chars = opening.chars().rev();
    if !chars.next().is_some_and(is_level) {
        return false;
    }
    // The characters of the name before its level, nearest first: CJK
    // ideographs only, so a digit, a letter or punctuation ends it.
    let stem_len: usize = chars
        .take_while(|c| is_ideograph(*c))
        .take(8)
        .map(char::len_utf8)
        .sum();
    if stem_len == 0 {
        return false;
    }
    let level_len = opening.chars().last().map_or(0, char::len_utf8);
    // The run of characters that ends with the level (`其中东河县城区`), and
    // the name itself: what follows the last level inside the run (`城区`).
    let run = &opening[opening.len() - stem_len - level_len..];
    let run_stem = &run[..stem_len];
    // `县域内城区`: a name starts after a word that places it (`内`, `的`).
    let stem = run_stem
        .char_indices()
        .rev()
        .find(|(_, c)| is_level(*c) || PLACING.contains(c))
        .map_or(run_stem, |(i, c)| &run_stem[i + c.len_utf8()..]);
    // `2023年县财政…`, `2023年底县…`: the `年` of a date is no name's (the
    // county's own spending was another region's).
    let dated =
        opening[..opening.len() - stem_len - level_len].ends_with(|c: char| c.is_ascii_digit());
    let stem = match stem.strip_prefix(['年', '月', '日']) {
        Some(rest) if dated && stem.len() == run_stem.len() => {
            rest.trim_start_matches(['底', '末', '初', '度'])
        }
        _ => stem,
    };
    let name = &run[run.len() - stem.len() - level_len..];
    let own = own.trim();
    let inner = innermost(own);
    let level = opening.chars().last();
    // The stem alone matches at the same level only: in a section of
    // 长沙市, `长沙县` is one of its counties.
    let same_level = |name: &str| level_of(name).is_none_or(|l| Some(l) == level);
    let is_own = (run_stem.ends_with(key(own)) && same_level(own))
        || run.ends_with(own)
        || (run_stem.ends_with(key(inner)) && same_level(inner))
        || run.ends_with(inner)
        || OWN_AREA.iter().any(|w| run.ends_with(w))
        || (same_level(own) && autonomous_short(run_stem, own));
    if stem.ends_with(BY_LEVEL) {
        // `全省`, `我省`, `各县` in a report of 青河市; `全市` is its own.
        return level_of(own).is_some_and(|l| Some(l) != level);
    }
    !stem.is_empty()
        && !TOPIC_WORDS.iter().any(|w| run.contains(w))
        && !KINDS_OF_REGION.iter().any(|w| run.contains(w))
        && !DWELLINGS.iter().any(|w| name.ends_with(w))
        && !is_collective(name)
        && !is_own
        && !URBAN.contains(&name)
}

/// How many characters of an autonomous region's name are its place name,
/// before its peoples (`云岭` of `云岭彝族自治县`): two, as in nearly all.
const PLACE_NAME: usize = 2;

/// Whether `stem` (the characters before a level) is a short name that
/// bulletins give the autonomous region `own`: its place name (`云岭县`),
/// with `自治` (`云岭自治县`), or `自治` after a word of the region's own
/// (`该自治县`, `全自治县`, `本自治县`). Without it the region's own
/// figures were another region's, and lost.
fn autonomous_short(stem: &str, own: &str) -> bool {
    // `自治` of `自治县`: the word before the level.
    let Some(autonomous) = AUTONOMOUS
        .iter()
        .find(|w| own.ends_with(*w))
        .and_then(|w| w.char_indices().last().map(|(i, _)| &w[..i]))
    else {
        return false;
    };
    let place_end = own
        .char_indices()
        .nth(PLACE_NAME)
        .map_or(own.len(), |(i, _)| i);
    let place = &own[..place_end];
    match stem.strip_suffix(autonomous) {
        Some(before) => before.ends_with(place) || before.ends_with(BY_LEVEL),
        None => stem.ends_with(place),
    }
}

/// The words after the own region's name that opens `words`: `达到` of
/// `东川市达到`, `为` of `我市为`, `全市为` or `该市为` (in a report of 东川市).
/// `None` when `words` do not open with it.
pub fn after_own<'w>(words: &'w str, own: &str) -> Option<&'w str> {
    let words = words.trim_start();
    // `白石县A为61%，而我县为47.8%`: the own region set against another's
    // (its figure was the other's part).
    let words = crate::plans::BUT
        .iter()
        .chain(&CONTRASTING)
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    let own = own.trim();
    if let Some(rest) = words
        .strip_prefix(own)
        .or_else(|| words.strip_prefix(innermost(own)))
    {
        return Some(rest);
    }
    let level = level_of(own)?;
    let mut chars = words.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    // `全市`, `我市`, `该市`; `各市` is several.
    (BY_LEVEL.contains(&first) && first != '各' && second == level).then_some(chars.as_str())
}

/// Words that set what follows against what came before, opening a clause
/// before the own region's name (`而我县为47.8%`, `反观我县…`), besides the
/// conjunctions of [`crate::plans::BUT`] (`但我县…`).
const CONTRASTING: [&str; 2] = ["而", "反观"];

/// The rank of a level among regions, from the province down: a name of a
/// greater rank is within one of a smaller (`白石县` within `江陵市`,
/// `城关镇` within `青溪县`).
fn rank(level: char) -> Option<u8> {
    match level {
        '省' => Some(0),
        '市' | '州' | '盟' => Some(1),
        '县' | '区' | '旗' => Some(2),
        '乡' | '镇' => Some(3),
        _ => None,
    }
}

/// The word that opens a clause setting out a place before what is said of
/// it: `在白沙镇，普惠性幼儿园覆盖率达到95%`, `在城关一小，…`.
pub const PLACE_SET_OUT: char = '在';

/// The place a clause sets out (`在白沙镇` gives `白沙镇`, `在城关一小` gives
/// `城关一小`): [`PLACE_SET_OUT`] and a name of two to twelve characters,
/// and nothing else. (`在城关镇新建公办园2所` is the work done there, whose
/// figure may be the region's; `在全县范围内` is the region.)
pub fn place_set_out(clause: &str) -> Option<&str> {
    let place = clause.trim().strip_prefix(PLACE_SET_OUT)?;
    let n = place.chars().count();
    ((2..=12).contains(&n) && place.chars().all(is_ideograph)).then_some(place)
}

/// Whether `opening` (the words of a clause before an indicator's name)
/// name a part that lies within the region `own`: `其中` (`其中白石县…`,
/// [`crate::links::PART_OF`]), a
/// school ([`SCHOOLS`]), or a region of a lower level than `own`'s
/// (`白石县` in a report of a city, `城关镇` in a county's). A region of
/// the same level (a neighbour) or above it (`全省`) is none.
pub fn names_part_within(opening: &str, own: &str) -> bool {
    let own_rank = level_of(own).and_then(rank);
    crate::search::contains(opening, crate::links::PART_OF)
        || crate::search::contains_any(opening, SCHOOLS)
        || opening.char_indices().any(|(i, c)| {
            rank(c).is_some_and(|r| own_rank.is_some_and(|o| r > o))
                && opening[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| is_ideograph(p) && !BY_LEVEL.contains(&p))
        })
}

/// Whether `words` name the own region `own` by its name (`青溪县`, or the
/// county of `枫林市青溪县`): a clause that does is the region's own.
pub fn names_own(words: &str, own: &str) -> bool {
    let own = own.trim();
    !own.is_empty()
        && (crate::search::contains(words, own) || crate::search::contains(words, innermost(own)))
}

#[cfg(test)]
mod own_names {
    use super::*;

    #[test]
    fn a_subject_that_opens_a_clause() {
        assert!(opens_as_subject("白石县投入不足", "白石县"));
        assert!(opens_as_subject("城关镇新建公办园2所", "城关镇"));
        assert!(!opens_as_subject("建成县特殊教育资源中心", "建成县"));
        assert!(!opens_as_subject("低于省定85%", "低于省"));
        assert!(!opens_as_subject("与石门区相比", "与石门区"));
        assert!(!opens_as_subject("白石县域内", "白石县"));
    }

    #[test]
    fn a_town_that_opens_a_clause() {
        assert_eq!(town_at_start("城关镇新建公办园2所"), Some("城关镇"));
        assert_eq!(town_at_start("青石乡中心校"), Some("青石乡"));
        assert_eq!(town_at_start("大河口镇…"), Some("大河口镇"));
        for opening in [
            "乡镇中心校",
            "全镇",
            "新建公办园",
            "白石县城关镇",
            "镇",
            "统筹推进城乡学前教育",
            "推进城乡一体化",
            "加强乡村教师",
            "振兴乡村",
            "统筹推进乡镇",
        ] {
            assert_eq!(town_at_start(opening), None, "{opening}");
        }
    }

    /// An autonomous county's short names are its own; another county's
    /// place name, or a kind of region in a note, is no other region.
    #[test]
    fn short_names_of_an_autonomous_county_are_its_own() {
        let own = "云岭彝族自治县";
        for opening in ["云岭县", "云岭自治县", "该自治县", "全自治县", "本自治县"]
        {
            assert!(!names_other(opening, own), "{opening}");
        }
        for opening in ["石门县", "石门自治县"] {
            assert!(names_other(opening, own), "{opening}");
        }
        // Not autonomous: the place name alone is no short name.
        assert!(names_other("云岭市", "云岭县城关镇"));
        for (opening, own) in [
            ("白石市（县级市）", "白石市"),
            ("青溪县（省级贫困县）", "青溪县"),
        ] {
            assert!(!names_other(opening, own), "{opening}");
        }
    }

    /// Every level a name may end with has its rank among regions.
    #[test]
    fn every_level_has_a_rank() {
        for c in REGION_ENDS.iter().chain(&TOWNS) {
            assert!(rank(*c).is_some(), "{c}");
        }
    }

    /// A part within the region: `其中`, a school, a region of a lower
    /// level; not a neighbour, the province, nor the region by its level.
    #[test]
    fn parts_within_the_region() {
        for (opening, own) in [
            ("白石县", "江陵市"),
            ("其中", "江陵市"),
            ("城关镇", "青溪县"),
            ("县实验小学", "青溪县"),
            ("，石门区", "江陵市"),
        ] {
            assert!(names_part_within(opening, own), "{opening} in {own}");
        }
        for (opening, own) in [
            ("相邻的石门县", "青溪县"),
            ("全省", "青溪县"),
            ("东川市", "江陵市"),
            ("全县", "青溪县"),
            ("各县", "江陵市"),
        ] {
            assert!(!names_part_within(opening, own), "{opening} in {own}");
        }
    }
}

/// Words that place what follows them rather than name it: `县域内城区` is
/// `城区`, the urban area within the county. So does a cause (`因城区学位紧张
/// 新增超大班额2个`: the urban area, not a district `因城区`, whose count was
/// read as another region's).
const PLACING: [char; 6] = ['内', '域', '的', '在', '与', '因'];

/// The urban area of a region (`城区`, `中心城区`, `市区`, `城市`, `城镇`) and its
/// town and country together (`城乡`): not another region. Whole names
/// only: `历城区` and `新城区` are districts.
pub const URBAN: [&str; 9] = [
    "县城",
    "城区",
    "中心城区",
    "主城区",
    "老城区",
    "市区",
    "城市",
    "城镇",
    "城乡",
];

/// Whether `chars` may hold a word of [`URBAN`]: each holds `城`, but for
/// `市区`. Asked of a clause's characters before any string is cut (`市`
/// alone stands in most clauses: `全市`, `我市`).
pub fn may_name_urban_area(chars: &[char]) -> bool {
    chars.contains(&'城') || chars.windows(2).any(|w| w == ['市', '区'])
}

/// Whether `opening` (a clause's words before a claim) opens with the
/// region's urban area (`城区学校`, `县城`, `城镇学校`): set against the
/// countryside, the claim is that area's, a part's. `城乡` is town and
/// country together, the whole.
pub fn opens_with_urban_area(opening: &str) -> bool {
    after_urban_area(opening).is_some()
}

/// The words after the urban area `opening` opens with
/// ([`opens_with_urban_area`]) and its schools: `共有幼儿园86所` of
/// `城区共有幼儿园86所`, `共有班级412个` of `县城学校共有班级412个`.
pub fn after_urban_area(opening: &str) -> Option<&str> {
    // (A table's row, `| 城区A |`, and a part announced, `其中：城区A`.)
    let opening = opening.trim_start_matches(['|', ' ', '\t', '\u{3000}']);
    let opening = opening
        .strip_prefix(crate::links::PART_OF)
        .map_or(opening, |rest| {
            rest.trim_start_matches([':', '：', ',', '，', ' '])
        });
    // (After the region's own word: `全县县城学校`, `我市城区`.)
    let opening = match opening_by_level(opening) {
        Some((by, _, rest)) if by != '各' => rest,
        _ => opening,
    };
    // (Within the region's bounds: `县域内城区学校`.)
    let opening = WITHIN_BOUNDS
        .iter()
        .find_map(|w| opening.strip_prefix(w))
        .unwrap_or(opening);
    let rest = URBAN
        .iter()
        .filter(|w| **w != "城乡")
        .find_map(|w| opening.strip_prefix(w))?;
    // (Past its schools: `县城学校共有班级412个` → `共有班级412个`.)
    let rest = rest.strip_prefix("义务教育").unwrap_or(rest);
    Some(
        ["中小学", "学校"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest),
    )
}

/// Words that put what follows within the region's bounds: `县域内城区学校`.
const WITHIN_BOUNDS: [&str; 3] = ["县域内", "市域内", "区域内"];

/// Words in the opening of a name's clause that make its figure a
/// subgroup's, not the region's: its rural schools or the county's own
/// schools (`农村学校课后服务覆盖率为91.5%`, `农村小学生均公用经费`,
/// `县直学校…`; `乡村` only before schools: `乡村振兴` is a policy), a group of
/// pupils (`脱贫家庭学生义务教育巩固率`, `随迁子女…`, `女童…`), model
/// kindergartens (`示范园…`), private schools
/// (`民办幼儿园普惠率`), the teachers hired this year (`新招聘教师中本科
/// 以上学历比例为65%`), some schools only (`部分学校大班额比例仍达8.2%`,
/// `少数学校…`), or the one at an end (`最低的县…`). (The urban area,
/// [`URBAN`], is a part too: see `indicators::opening_names_a_part`.)
pub const SUBGROUPS: [&str; 51] = [
    "农村",
    // Groups of schools: `寄宿制学校…`, `首批试点学校…`, `集团内乡村成员校…`.
    "寄宿制学校",
    "试点学校",
    "成员校",
    "乡镇学校",
    "乡镇中小学",
    // The townships' (`乡镇公办园在园幼儿占比为68%`: the name starts after
    // `乡镇`).
    "乡镇",
    // The towns' seats and the fringe of the city (`镇区九年义务教育巩固率
    // 为93.5%`, `城乡结合部学校…`: each was the county's, and failed it).
    "镇区",
    "城乡结合部",
    // A township's central schools (`乡镇中心校课后服务覆盖率…`).
    "中心校",
    "中心学校",
    "中心小学",
    "中心幼儿园",
    "乡村学校",
    "乡村小学",
    "乡村初中",
    "乡村中小学",
    "部分学校",
    "少数学校",
    "部分幼儿园",
    "薄弱学校",
    "最低的",
    "最高的",
    // `学前一年毛入园率`: one year of preschool, not the three the
    // indicator counts.
    "学前一年",
    "学前两年",
    "学前二年",
    "乡村学前",
    // The county's own schools (`县直学校…`), not its own civil servants
    // (`县直公务员` are the comparator of teachers' pay).
    // Any level's directly run schools (`县直学校…`, `市直学校大班额比例为
    // 8.1%`, `县属学校…`, `县直属学校…`: each but the first was the
    // region's), named from `直` or `属` (rarer leads than `县`, `市`).
    "直学校",
    "直中小学",
    "直幼儿园",
    "属学校",
    "属中小学",
    "脱贫家庭",
    "建档立卡",
    "随迁子女",
    "留守儿童",
    "残疾儿童",
    "民办",
    "新进",
    "新招聘",
    "新录用",
    "新入职",
    "特岗",
    "女童",
    "男童",
    "示范园",
    // Schools and groups below a district: `全区28个教学点…`, `九年一贯制学校…`,
    // `城东幼教集团…`, `高新工业园…` (each was read as the district's).
    "教学点",
    "一贯制",
    "幼教集团",
    "工业园",
    // The schools an inspection sampled (`抽查的12所学校中…`, `被抽查学校…`,
    // `从抽查的学校看，…`: each was the county's).
    "抽查",
];

/// Places below a town that end the words before an indicator's name
/// (`桃源村普惠性幼儿园覆盖率…`, `阳光社区…`): a village or a community, a
/// part of the region. Only at the end: `新村县` is a county.
pub const VILLAGES: [&str; 2] = ["村", "社区"];

/// Whether `opening` ends with a village or a community named
/// ([`VILLAGES`], after a name of its own: `桃源村`, not `农村` alone,
/// which is a [`SUBGROUPS`] word).
pub fn ends_with_village(opening: &str) -> bool {
    let opening = opening.trim_end();
    VILLAGES.iter().any(|w| {
        opening.strip_suffix(w).is_some_and(|name| {
            name.chars()
                .rev()
                .take_while(|c| is_ideograph(*c))
                .nth(1)
                .is_some()
        })
    })
}

/// The ends of a school's name before an indicator's (`城关二中大班额比例`,
/// `县第一中学教师…`, `实验中学…`, `城关一小…`, `龙潭完小…`, `县实验学校…`), or
/// the school a case is about (`全校超大班额全部消除`, `该校…`): one school, a
/// part of the region. (`小学` before a name is a stage, read with the stages.)
/// So is the school that speaks, in a quote or a feature (`我校课后服务覆盖率
/// …`, `我们学校的…`; a kindergarten: [`KINDERGARTENS`]): one school's figure
/// passed the county's rule.
pub const SCHOOLS: [&str; 21] = [
    "中学",
    "一中",
    "二中",
    "三中",
    "四中",
    "五中",
    "六中",
    "一小",
    "二小",
    "三小",
    "四小",
    "五小",
    "六小",
    "完小",
    "实验学校",
    "实验小学",
    "全校",
    "该校",
    "我校",
    "本校",
    "我们学校",
];

/// The kindergarten a case is about, or that speaks (`全园…`, `该园…`,
/// `我们园今年…达到了100%`): one kindergarten, a part of the region, as a
/// school of [`SCHOOLS`] is. Each holds [`KINDERGARTEN_MARK`].
pub const KINDERGARTENS: [&str; 5] = ["我园", "本园", "我们园", "全园", "该园"];

/// The character every word of [`KINDERGARTENS`] holds.
pub const KINDERGARTEN_MARK: char = '园';

/// Characters one of which every word of [`SCHOOLS`] holds: a clause with
/// none of them names no school, found without a search (a test holds
/// them to the list).
pub const SCHOOL_MARKS: [char; 3] = ['中', '小', '校'];

/// The ends of a school's name that opens a sentence as its subject
/// (`红旗镇中心学校新建教学楼1栋，…`), longest first.
const SCHOOL_SUBJECTS: [&str; 9] = [
    "中心学校",
    "中心小学",
    "中心校",
    "完小",
    "学校",
    "小学",
    "中学",
    // `县职教中心…`, `城东教育集团…`: one school, or a group of them.
    "职教中心",
    "教育集团",
];

/// Words of a group or a kind of school, not of a school's own name
/// (`全县学校`, `农村小学`, `义务教育学校`, `普通小学生均…`, `新建学校3所`,
/// `中等职业学校`).
const NOT_SCHOOL_NAMES: [&str; 27] = [
    "全", "各", "我", "本", "该", "所有", "部分", "农村", "城区", "城镇", "县城", "乡镇", "乡村",
    "义务", "公办", "民办", "寄宿", "新建", "薄弱", "普通", "特殊", "职业", "中等", "经费", "城乡",
    "辖区", "域内",
];

/// Whether `clause`, the first clause of a sentence, opens with a school
/// named as its subject: two to eight characters of a name, then a
/// school's end ([`SCHOOL_SUBJECTS`]: `红旗镇中心学校`, `龙潭完小`, `城关镇第一
/// 小学`), then what it did (`新建教学楼1栋`: not a figure, `为`, `的` or a
/// list: `生均公用经费小学800元` is a stage's figure). The name holds no word
/// of a group or a kind ([`NOT_SCHOOL_NAMES`]: `推进义务教育学校课后服务`).
pub fn opens_with_school(clause: &str) -> bool {
    let clause = clause.trim_start();
    // Each character of the name, up to the school's end: an end is
    // looked for only where one of their first characters stands.
    static LEADS: std::sync::OnceLock<crate::search::Leads> = std::sync::OnceLock::new();
    // (A school's end of [`SCHOOLS`] too: `青溪一中作为试点学校，…`.)
    let ends = || SCHOOL_SUBJECTS.iter().chain(&SCHOOLS);
    let leads = LEADS.get_or_init(|| crate::search::Leads::of(ends().copied()));
    for (n, (i, c)) in clause.char_indices().enumerate().take(9) {
        if n >= 2 && leads.is_lead(c) {
            let rest = &clause[i..];
            if let Some(end) = ends().find(|e| rest.starts_with(*e)) {
                let name = &clause[..i];
                let did = rest[end.len()..].chars().next();
                return !name.contains(['和', '与', '及'])
                    && !NOT_SCHOOL_NAMES.iter().any(|w| name.contains(w))
                    && did.is_some_and(|c| {
                        // (`进一步统一中小学…`: a stage, no school.)
                        is_ideograph(c) && !matches!(c, '的' | '为' | '和' | '与' | '及' | '小')
                    });
            }
        }
        if !is_ideograph(c) {
            return false;
        }
    }
    false
}

/// The first characters of the [`SUBGROUPS`]: an opening with none of them
/// names none, found without a search.
pub fn subgroup_leads() -> &'static crate::search::Leads {
    static LEADS: std::sync::OnceLock<crate::search::Leads> = std::sync::OnceLock::new();
    LEADS.get_or_init(|| crate::search::Leads::of(SUBGROUPS))
}

/// Words for the region a report is about that end with a level but name
/// no level of their own: `本地区`, `全辖区`.
const OWN_AREA: [&str; 5] = ["本地区", "该地区", "全地区", "本辖区", "全辖区"];

/// Whether `opening` names a region other than `own` anywhere, not only at
/// its end: `石泉县城区学校` and `柳林县农村学校` before `大班额比例` name
/// the schools of another region (each level in it is read as the end of
/// a name, as `ends_with_other` reads one).
/// Words of an area that end like a region's name and are none: `学区`,
/// `山区`, `社区`, `片区` (`共富学区建设…`, `山区教师…` open no region's
/// paragraph).
pub const AREAS: [&str; 10] = [
    "学区", "山区", "社区", "园区", "校区", "片区", "景区", "辖区", "矿区", "城区",
];

/// Where people live, ending like a district (`区`) and no part of the
/// region a figure or a claim is about: `实现居住区配套园整治“清零”`,
/// `新建小区配套幼儿园`, `社区…`. (`社区` is one of the [`AREAS`] too, which
/// open no region's paragraph; these name no part of one either.)
pub const DWELLINGS: [&str; 3] = ["住区", "小区", "社区"];

/// `opening` without the word that calls the region after it a neighbour
/// (`邻县青溪县…`, `相邻的白石县…`), so that [`named_at_start`] finds its name.
pub fn without_neighbour(opening: &str) -> &str {
    const NEIGHBOUR: [&str; 6] = ["邻县", "邻区", "邻市", "相邻的", "周边的", "邻近的"];
    NEIGHBOUR
        .iter()
        .find_map(|w| opening.strip_prefix(w))
        .unwrap_or(opening)
}

/// The region's name that `opening` starts with, as a subject
/// (`桐坪县一般公共预算…`, `金沙县方面`): its first characters up to a level
/// (at most seven), a name of two characters before the level at least,
/// not a region by its level alone (`全县`, `在全省…`) nor an area
/// ([`AREAS`]). `None` when the opening starts otherwise.
pub fn named_at_start(opening: &str) -> Option<&str> {
    let (i, c) = opening
        .char_indices()
        .take(7)
        .take_while(|(_, c)| is_ideograph(*c))
        .find(|(_, c)| is_level(*c))?;
    let head = &opening[..i + c.len_utf8()];
    // `在全省率先…`: a level named by `全`, `本`… is no name, wherever it
    // stands.
    let by_level = opening[..i].ends_with(BY_LEVEL);
    (head.chars().count() >= 3
        && is_region(head)
        && !by_level
        && !opening[..i].contains(NOT_IN_NAMES)
        && !AREAS.iter().any(|w| head.ends_with(w)))
    .then_some(head)
}

/// Words of grammar that no region's name holds: `会议听取了县教育局…` opens
/// with no region `会议听取了县` (it was one, and every figure of the
/// minutes after it another region's).
const NOT_IN_NAMES: [char; 9] = ['了', '的', '在', '对', '及', '为', '是', '把', '被'];

/// Words that open a clause with something other than its subject: a
/// comparison (`与白石县相比，`), a place of the work (`在城关镇…`), a basis
/// (`按…`, `对照…`), or the work itself, whose object may open with a
/// level (`建成县特殊教育资源中心1个`, `新建县第二幼儿园`).
const NOT_SUBJECT: [&str; 30] = [
    "与", "比", "较", "同", "和", "对", "在", "按", "据", "低于", "高于", "超过", "达到", "不足",
    "位居", "建成", "新建", "建设", "改建", "扩建", "完成", "实现", "落实", "推进", "开展", "创建",
    "成立", "组建", "打造", "设立",
];

/// Characters right after a level that make it a modifier, not the end of
/// a region's name: `省定`, `省级`, `县域`, `县直`, `县属`, `县内`, `省外`.
const MODIFIES: [char; 7] = ['定', '级', '域', '直', '属', '内', '外'];

/// Whether `head`, the region [`named_at_start`] or [`town_at_start`] found
/// at the start of `opening`, is the clause's subject: no word of
/// [`NOT_SUBJECT`] opens the clause (`建成县特殊教育资源中心`, `低于省定85%`),
/// and the level does not modify what follows (`县域`, `省定`).
pub fn opens_as_subject(opening: &str, head: &str) -> bool {
    !opening
        .get(head.len()..)
        .is_some_and(|rest| rest.starts_with(MODIFIES))
        && !NOT_SUBJECT.iter().any(|w| opening.starts_with(w))
}

/// The town's name that `opening` starts with, as a subject (`城关镇新建
/// 公办园2所`, `青石乡…`): its first characters up to a town's level
/// ([`TOWNS`], at most the seventh), with a name of two characters before
/// it and no other level (`乡镇…` names no town). `None` otherwise.
pub fn town_at_start(opening: &str) -> Option<&str> {
    let (i, (at, c)) = opening
        .char_indices()
        .take(5)
        .take_while(|(_, c)| is_ideograph(*c))
        .enumerate()
        .find(|(_, (_, c))| is_level(*c))?;
    let end = at + c.len_utf8();
    // (`城乡`, `乡镇`, `乡村`: words, not a town.)
    let word = opening[..at].ends_with('城') || opening[end..].starts_with(['镇', '村', '土']);
    (i >= 2 && TOWNS.contains(&c) && !word).then(|| &opening[..end])
}

pub fn names_other(opening: &str, own: &str) -> bool {
    opening
        .char_indices()
        .filter(|(_, c)| is_level(*c))
        .any(|(i, c)| {
            ends_with_other(&opening[..i + c.len_utf8()], own) && !inside_own(opening, i, c, own)
        })
}

/// Whether the level at byte `at` of `opening` stands inside the own
/// region's name there, not at its end: the `乡` of `桃乡县`, the `镇` of
/// `镇川县`'s neighbour `河镇县`, the `市` of `市中区`. Such a county named its
/// own figures (`桃乡县普惠性幼儿园覆盖率为76.2%`) as a town's, a part's, and
/// its fails were lost.
fn inside_own(opening: &str, at: usize, level: char, own: &str) -> bool {
    let own = own.trim();
    let end = at + level.len_utf8();
    [own, innermost(own)].iter().any(|name| {
        let from = opening.floor_char_boundary(at.saturating_sub(name.len()));
        !name.is_empty()
            && crate::search::starts(&opening[from..], name)
                .map(|i| from + i)
                .take_while(|&start| start <= at)
                .any(|start| end < start + name.len())
    })
}

/// The one region a whole report is about: the title's region
/// ([`of_title`]) when no section heading names a region (`云岭县人民政府
/// 2022年度履行教育职责自评报告`, split by topic: `一、教育投入保障`,
/// `二、学前教育普及普惠`). `None` for a report of several regions, or
/// whose title names none.
///
/// Its sections are topics of one region, not regions: what is asked of
/// each region (enough cases) is asked of the report as a whole.
///
/// A title that names no region (`关于2023年度县级人民政府履行教育职责情况的
/// 自评报告`) leaves the region to the body that signed the report, below its
/// last words (`石门县人民政府`, then the date: [`signed_by`]). Without it,
/// the topics stood for the region, and the province's figure a sentence
/// compared the county with (`全省…为47.6%，我县…为56.3%`) was read as the
/// county's, and failed.
pub fn of_report(report: &dutycheck_model::Report) -> Option<&str> {
    let last = || Some(report.sections.last()?.cases.last()?.text.as_str());
    of_parts(
        &report.title,
        report
            .sections
            .iter()
            // (The preamble is named by the title's region: no other.)
            .filter(|s| !s.is_preamble())
            .map(|s| s.name.as_str()),
        last,
    )
}

/// [`of_report`] of a report's title, its headings and its last words.
fn of_parts<'a, 'h>(
    title: &'a str,
    mut headings: impl Iterator<Item = &'h str>,
    last: impl FnOnce() -> Option<&'a str>,
) -> Option<&'a str> {
    if !headings.all(|h| of_heading(h).is_none()) {
        return None;
    }
    of_title(title).or_else(|| signed_by(last()?))
}

/// Offices that sign a report besides the government and its education
/// bureau ([`OFFICES`]): `石门县人民政府教育督导室`, `…教育督导委员会办公室`.
const SIGNING_OFFICES: [&str; 4] = [
    "人民政府教育督导室",
    "政府教育督导室",
    "教育督导委员会办公室",
    "教育督导委员会",
];

/// `line` up to the date it may end with (`石门县人民政府2024年1月15日`,
/// `…二〇二四年一月十五日`; a line that is a date is empty).
fn undated(line: &str) -> &str {
    let line = line.trim_end();
    let dated = line.ends_with('日') && line.contains('月');
    let Some(year) = line.find('年').filter(|_| dated) else {
        return line;
    };
    let digits = |c: char| crate::numerals::is_digit_or_numeral(c) || ('０'..='９').contains(&c);
    line[..year].trim_end_matches(digits).trim_end()
}

/// The region of the office that signed a text, on its last line before
/// the date (`…。\n石门县人民政府\n2024年1月15日`, or joined on one line:
/// `石门县人民政府2024年1月15日`; `中共石门县委 石门县人民政府`): the line is the
/// region and its office ([`OFFICES`], [`SIGNING_OFFICES`]), nothing else.
pub fn signed_by(text: &str) -> Option<&str> {
    let mut lines = text.trim_end().rsplit('\n').map(str::trim);
    let mut line = undated(lines.next()?);
    if line.is_empty() {
        line = undated(lines.next()?);
    }
    let line = without_party(line);
    let name = OFFICES
        .iter()
        .chain(&SIGNING_OFFICES)
        .find_map(|w| line.strip_suffix(w))?;
    is_region(name).then_some(name)
}

#[cfg(test)]
mod tests {
    /// The office that signed a report, before its date; a last line that
    /// is anything else signs nothing.
    #[test]
    fn the_office_that_signed() {
        for (text, want) in [
            ("…为54.1%。\n桐柏县人民政府\n2024年1月20日", "桐柏县"),
            ("…为54.1%。\n桐柏县人民政府2024年1月20日", "桐柏县"),
            ("…为54.1%。\n桐柏县教育局\n二〇二四年一月二十日", "桐柏县"),
            (
                "…为54.1%。\n中共桐柏县委 桐柏县人民政府\n2024年1月20日\n",
                "桐柏县",
            ),
            ("…为54.1%。\n桐柏县人民政府教育督导室", "桐柏县"),
        ] {
            assert_eq!(super::signed_by(text), Some(want), "{text}");
        }
        for text in [
            "全县公办园在园幼儿占比为54.1%。",
            "…为54.1%。\n2024年1月20日",
            "…。\n特此报告。",
            "…。\n附件：2023年度自评指标表",
            "",
        ] {
            assert_eq!(super::signed_by(text), None, "{text}");
        }
    }

    /// Every school's word holds one of [`SCHOOL_MARKS`].
    #[test]
    fn every_school_word_holds_a_mark() {
        for w in super::SCHOOLS {
            assert!(w.contains(super::SCHOOL_MARKS), "{w}");
        }
        for w in super::KINDERGARTENS {
            assert!(w.contains(super::KINDERGARTEN_MARK), "{w}");
        }
    }

    /// A school named as the subject of a sentence's first clause, and
    /// what is none: a kind of school, a stage's figure, a list.
    #[test]
    fn a_school_opens_a_sentence() {
        for clause in [
            "红旗镇中心学校新建教学楼1栋",
            "龙潭完小改扩建后",
            "城关镇第一小学新增学位300个",
            "青溪县实验中学新建食堂",
        ] {
            assert!(super::opens_with_school(clause), "{clause}");
        }
        for clause in [
            "全县学校新增学位300个",
            "推进义务教育学校课后服务",
            "中等职业学校招生2860人",
            "生均公用经费小学800元",
            "农村小学全部开展课后服务",
            "城关小学和红旗小学新建食堂",
            "红旗镇中心学校的教学楼",
            "新建学校3所",
        ] {
            assert!(!super::opens_with_school(clause), "{clause}");
        }
    }

    /// [`may_name_urban_area`] rules out no word of [`URBAN`].
    #[test]
    fn every_urban_word_may_be_named() {
        for w in URBAN {
            let chars: Vec<char> = w.chars().collect();
            assert!(may_name_urban_area(&chars), "{w}");
        }
        let chars: Vec<char> = "全市公办园".chars().collect();
        assert!(!may_name_urban_area(&chars));
    }

    use super::whole_by_level;

    #[test]
    fn a_whole_region_by_its_level_alone() {
        assert_eq!(
            whole_by_level("今年以来，全市一般公共预算教育支出58.6亿元"),
            Some("全市")
        );
        assert_eq!(whole_by_level("全县（市、区）"), Some("全县"));
        assert_eq!(whole_by_level("全面推进，全省"), Some("全省"));
        assert_eq!(whole_by_level("全镇学前三年毛入园率"), None);
        assert_eq!(whole_by_level("各县（市、区）人民政府"), None);
        assert_eq!(whole_by_level("全"), None);
    }

    use super::*;

    #[test]
    fn a_section_of_no_region_is_given_the_region_it_is_about() {
        let of = of_unnamed_section;
        // A city's report on one of its counties: the county's.
        assert_eq!(of(Some("红杉市"), &["槐荫县"]), Some("槐荫县"));
        // A city's bulletin on several: the city's; a county's own report
        // with a district's section: the county's.
        assert_eq!(of(Some("青川市"), &["河东区", "西山区"]), Some("青川市"));
        assert_eq!(of(Some("石岭县"), &["南岗区"]), Some("石岭县"));
        assert_eq!(of(Some("青溪县"), &["青溪县"]), Some("青溪县"));
        // No title's region: the one named, or none of several.
        assert_eq!(of(None, &["河东区", "河东区"]), Some("河东区"));
        assert_eq!(of(None, &["河东区", "西山区"]), Some(UNNAMED));
        assert_eq!(of(Some("青川市"), &[]), None);
        // No name matches the region of none.
        assert!(names_other("芦溪县", UNNAMED));
        assert!(!names_other("全县", UNNAMED));
    }

    #[test]
    fn a_section_of_a_city_and_its_county_is_the_countys() {
        let own = "枫林市青溪县";
        assert_eq!(innermost(own), "青溪县");
        assert_eq!(innermost("青溪县"), "青溪县");
        assert!(!names_other("青溪县", own));
        assert!(!names_other("全县", own));
        assert!(names_other("白石县", own));
        assert_eq!(after_own("青溪县达到", own), Some("达到"));
    }

    /// `2023年县财政…`: the `年` of a date is no name (the county's own
    /// spending was read as another region's, a part); a county named
    /// after the date is still another.
    #[test]
    fn the_year_before_a_level_is_no_name() {
        assert!(!names_other("2023年县财政", "青溪县"));
        assert!(!names_other("2023年底县", "青溪县"));
        assert!(names_other("2023年东河县", "青溪县"));
        assert!(names_other("永年区", "青溪县"));
    }

    #[test]
    fn own_level_only_is_a_part() {
        for (opening, part) in [
            ("其中，南屏市本级", true),
            ("市本级", true),
            ("县本级", true),
            ("全市", false),
            ("本级财政", false),
            ("本市", false),
        ] {
            let chars: Vec<char> = opening.chars().collect();
            assert_eq!(names_own_level_only(&chars), part, "{opening}");
        }
    }

    /// A town's level inside the own region's name (`桃乡县`, `河镇县`,
    /// `安乡县`) names the region itself; a town named after it (`桃乡镇`)
    /// and a town of another name are still its parts.
    #[test]
    fn a_towns_level_inside_the_own_name_is_no_town() {
        for (opening, own) in [
            ("桃乡县普惠性幼儿园覆盖率", "桃乡县"),
            ("2023年，河镇县一般公共预算教育支出", "河镇县"),
            ("全县", "安乡县"),
            ("松阳市安乡县", "松阳市安乡县"),
        ] {
            assert!(!names_other(opening, own), "{opening} in {own}");
        }
        for (opening, own) in [
            ("桃乡镇普惠性幼儿园覆盖率", "桃乡县"),
            ("其中，西岭乡", "桃乡县"),
            ("桃乡县", "河镇县"),
        ] {
            assert!(names_other(opening, own), "{opening} in {own}");
        }
    }

    #[test]
    fn another_region_ends_an_opening() {
        for (opening, own) in [
            ("东平县", "某某市"),
            ("其中，东平县", "某某市"),
            ("其中东平县", "某某市"),
            ("2023年东平县", "某某市"),
            ("历城区", "济南市"),
            ("山东省", "济南市"),
            ("市中区", "济南市"),
            ("其中城关镇", "东河县"),
            ("西岭乡", "东河县"),
            ("全省", "济南市"),
            ("我省", "济南市"),
            ("各县", "青河市"),
            ("该县", "青河市"),
            ("该区", "东河县"),
            ("全市", "东河县"),
            ("科尔沁右翼前旗", "兴安盟"),
            // The same stem at another level: the city's county, or the
            // county's city.
            ("长沙县", "长沙市"),
            ("其中，长沙县", "长沙市"),
            ("安阳市", "安阳县"),
        ] {
            assert!(ends_with_other(opening, own), "{opening} in {own}");
        }
        for (opening, own) in [
            ("全市", "某某市"),
            ("本县", "东河县"),
            ("今年我县", "东河县"),
            ("该县", "东河县"),
            ("全旗", "锡林河旗"),
            ("东河县", "东河县"),
            ("其中东河县", "东河县"),
            ("东河", "东河县"),
            ("县区", "某某市"),
            ("乡镇", "东河县"),
            ("城区", "东河县"),
            ("东河县城区", "东河县"),
            ("创建教育强县", "东河县"),
            ("其中，", "东河县"),
            ("今年我县城区", "东河县"),
            ("市中区", "市中区"),
            ("县", "东河县"),
            ("2023年", "东河县"),
            ("", "东河县"),
        ] {
            assert!(!ends_with_other(opening, own), "{opening} in {own}");
        }
    }

    #[test]
    fn the_own_region_opens_words() {
        assert_eq!(after_own("东川市达到", "东川市"), Some("达到"));
        assert_eq!(after_own("我市为", "东川市"), Some("为"));
        assert_eq!(after_own("全市为", "东川市"), Some("为"));
        assert_eq!(after_own("全省为", "东川市"), None);
        assert_eq!(after_own("南屏市为", "东川市"), None);
        assert_eq!(after_own("该市为", "东川市"), Some("为"));
        assert_eq!(after_own("各市为", "东川市"), None);
    }

    #[test]
    fn another_region_anywhere_in_an_opening() {
        assert!(names_other("石泉县城区学校", "青河市"));
        assert!(names_other("其中柳林县农村学校", "青河市"));
        assert!(!names_other("全市城区学校", "青河市"));
        assert!(!names_other("城乡学校", "青河市"));
        assert!(!names_other("县域内城区学校", "西岭县"));
        assert!(!names_other("内江市", "内江市"));
        assert!(!names_other("本地区", "西岭县"));
        assert!(!names_other("城镇学校", "西岭县"));
        assert!(!names_other("中心城区学校", "乌兰沟县"));
        assert!(names_other("新城区学校", "青河市"));
        assert!(!names_other("县级财政", "青河市"));
        assert!(!names_other("青河市城市学校", "青河市"));
    }

    #[test]
    fn a_feedback_title_is_about_the_region_after_its_office() {
        for (title, region) in [
            (
                "关于对云河区2023年度履行教育职责情况的督导反馈意见",
                Some("云河区"),
            ),
            (
                "青河市人民政府教育督导委员会关于对云河区2023年度履行教育职责情况的反馈意见",
                Some("云河区"),
            ),
            ("关于云河区履行教育职责情况的报告", Some("云河区")),
            ("关于2023年度对市级人民政府履行教育职责评价结果的通报", None),
            ("云溪县人民政府2021年度履行教育职责自评报告", Some("云溪县")),
        ] {
            assert_eq!(of_title(title), region, "{title}");
        }
    }

    #[test]
    fn a_report_of_topics_is_about_its_titles_region() {
        let title = "云岭县人民政府2022年度履行教育职责自评报告";
        let topics = ["教育投入保障", "学前教育普及普惠", "存在问题"];
        let unsigned = || Some("全县…为54.1%。");
        assert_eq!(
            of_parts(title, topics.into_iter(), unsigned),
            Some("云岭县")
        );
        // A region among the headings: a report of regions.
        let mixed = ["基本情况", "东河县", "西山区"];
        assert_eq!(of_parts(title, mixed.into_iter(), unsigned), None);
        // A title that names no region.
        let cases = "2022年青禾市各县（市、区）履行教育职责典型工作案例";
        assert_eq!(of_parts(cases, topics.into_iter(), unsigned), None);
        assert_eq!(
            of_parts(title, std::iter::empty(), unsigned),
            Some("云岭县")
        );
        // Then the office that signed it; a title's region comes first.
        let untitled = "关于2023年度县级人民政府履行教育职责情况的自评报告";
        let signed = || Some("…。\n桐柏县人民政府\n2024年1月20日");
        assert_eq!(
            of_parts(untitled, topics.into_iter(), signed),
            Some("桐柏县")
        );
        assert_eq!(of_parts(title, topics.into_iter(), signed), Some("云岭县"));
        assert_eq!(of_parts(untitled, mixed.into_iter(), signed), None);
    }

    #[test]
    fn a_titled_heading_names_its_region() {
        assert_eq!(of_heading("东河县"), Some("东河县"));
        assert_eq!(of_heading("东河县："), Some("东河县"));
        assert_eq!(
            of_heading("白河市：以“两个只增不减”托底教育投入"),
            Some("白河市")
        );
        assert_eq!(of_heading("清远县——课后服务全覆盖"), Some("清远县"));
        assert_eq!(of_heading("城区 优化学校布局"), Some("城区"));
        assert_eq!(without_note("青溪县（得分95.2分，等次：优秀）"), "青溪县");
        assert_eq!(without_note("青溪县"), "青溪县");
        assert_eq!(of_heading("青溪县（优秀）"), Some("青溪县"));
        assert_eq!(of_heading("青溪县（评价等次：优秀）"), Some("青溪县"));
        assert_eq!(of_heading("基本情况"), None);
        assert_eq!(of_heading("存在问题：经费投入不足"), None);
        assert_eq!(of_heading("加快建设教育强市：主要做法"), None);
        // A collection's part for the region, and an autonomous county's
        // longer name before its grade.
        for heading in ["枫林县典型案例", "枫林县篇", "枫林县经验做法", "枫林县案例"]
        {
            assert_eq!(of_heading(heading), Some("枫林县"), "{heading}");
        }
        assert_eq!(of_heading("龙峰满族自治县（良好）"), Some("龙峰满族自治县"));
        assert_eq!(of_heading("龙峰满族自治县【良好】"), Some("龙峰满族自治县"));
        assert_eq!(
            of_heading("石门土家族自治县：合格"),
            Some("石门土家族自治县")
        );
        assert_eq!(of_heading("主要做法"), None);
        assert_eq!(of_heading("典型案例"), None);
        // A title whose subject is the region, with no mark between.
        assert_eq!(of_heading("临河区推进学前教育普惠发展"), Some("临河区"));
        assert_eq!(of_heading("东湖区多措并举破解入园难"), Some("东湖区"));
        // Not a topic that ends in a level, not a region's part or a
        // modifier, not a level alone, not a sentence.
        for heading in [
            "优质均衡县创建工作",
            "普及普惠县创建",
            "县域内义务教育均衡发展",
            "全县推进学前教育普惠发展",
            "城区学校大班额消除",
            "临河区新建幼儿园12所，毛入园率93%",
            "临河区新建幼儿园12所。",
            "北川羌族自治县高新技术产业开发区",
        ] {
            assert_eq!(of_heading(heading), None, "{heading}");
        }
    }

    /// Every bracket of a note folds to a bracket of the list, so that
    /// [`opens_note`] and [`closes_note`] compare folded characters only.
    #[test]
    fn note_brackets_fold_into_the_list() {
        for &(open, close) in &NOTE_BRACKETS {
            assert!(
                NOTE_BRACKETS.iter().any(|&(o, _)| o == fold(open)),
                "{open}"
            );
            assert!(
                NOTE_BRACKETS.iter().any(|&(_, c)| c == fold(close)),
                "{close}"
            );
        }
        assert!(opens_note('［') && closes_note('］') && opens_note('（'));
    }

    /// A grade in square or lenticular brackets after the name
    /// (`柳塘县【良好】`, `鹤山县[合格]`, `青溪县〔优秀〕`), as in round ones: the
    /// heading named no region (its counties were cases of the heading
    /// above).
    #[test]
    fn a_grade_in_any_bracket_is_a_note() {
        for heading in [
            "柳塘县【良好】",
            "柳塘县[良好]",
            "柳塘县［良好］",
            "柳塘县〔良好〕",
            "柳塘县（良好）",
            "柳塘县(良好)",
            "柳塘县【评价等次：良好】",
        ] {
            assert_eq!(of_heading(heading), Some("柳塘县"), "{heading}");
            assert_eq!(without_note(heading), "柳塘县", "{heading}");
        }
        assert_eq!(
            of_heading("以“县管校聘”激活教师队伍【黑水县】"),
            Some("黑水县")
        );
        assert_eq!(without_note("柳塘县【良好"), "柳塘县【良好");
    }

    /// A grade before the name (`良好：柳塘县`, `【良好】柳塘县`): it stayed in
    /// the region's name, and a history split the county in two.
    #[test]
    fn a_grade_before_the_name_is_no_part_of_it() {
        for heading in [
            "良好：柳塘县",
            "良好:柳塘县",
            "【良好】柳塘县",
            "［良好］柳塘县",
            "（良好）柳塘县",
            "〔良好〕 柳塘县",
            "良好等次：柳塘县",
            "【良好等次】柳塘县",
            "良好 柳塘县",
            "良好——柳塘县",
            "基本合格：柳塘县",
            "不合格：柳塘县",
            "合格：柳塘县",
        ] {
            assert_eq!(of_heading(heading), Some("柳塘县"), "{heading}");
            assert_eq!(without_note(heading), "柳塘县", "{heading}");
        }
        // Not a grade, or no name after it.
        for name in [
            "合格率",
            "优秀县区：柳塘县、鹤山县",
            "良好",
            "优秀：",
            "【典型】柳塘县",
        ] {
            assert_eq!(without_grade(name), name, "{name}");
        }
        assert_eq!(of_heading("优秀等次（3个）"), None);
    }

    /// Headings that name their county with other words: the county's
    /// figures went to the title's city, or to a region named `关于芦洲区`.
    #[test]
    fn a_heading_with_words_names_its_region() {
        for (heading, region) in [
            ("关于芦洲区", "芦洲区"),
            ("石门县整改情况", "石门县"),
            ("对槐荫县的督导意见", "槐荫县"),
            ("关于对槐荫县的督导意见", "槐荫县"),
            ("槐荫县督导意见", "槐荫县"),
            // A collection's case titled, with the region at the end or
            // before the title.
            ("以“县管校聘”激活教师队伍（黑水县）", "黑水县"),
            ("以“县管校聘”激活教师队伍——黑水县", "黑水县"),
            ("黑水县“县管校聘”改革", "黑水县"),
            ("黑水县篇：“县管校聘”", "黑水县"),
            ("全州县“县管校聘”改革", "全州县"),
        ] {
            assert_eq!(of_heading(heading), Some(region), "{heading}");
        }
        for heading in [
            "对标先进补短板",
            "全县“两个只增不减”落实情况",
            "以“县管校聘”激活教师队伍（试点）",
            "关于教育投入",
        ] {
            assert_eq!(of_heading(heading), None, "{heading}");
        }
    }

    #[test]
    fn a_regions_part_has_no_topic() {
        for heading in [
            "石门县",
            "对槐荫县的督导意见",
            "石门县整改情况",
            "关于芦洲区",
        ] {
            assert!(is_part_of_region(heading), "{heading}");
        }
        for heading in ["芦洲区：下一步工作打算", "督导意见", "下一步工作打算"]
        {
            assert!(!is_part_of_region(heading), "{heading}");
        }
    }

    #[test]
    fn keys_drop_one_suffix() {
        assert_eq!(key("济南市"), "济南");
        assert_eq!(key("济南"), "济南");
        assert_eq!(key("东河县"), "东河");
        assert_eq!(key("城区"), "城区");
        assert_eq!(key("山东省"), "山东");
        assert_eq!(key(" 西山区 "), "西山");
    }

    #[test]
    fn regions_and_topics() {
        assert!(is_region("东河县"));
        assert!(is_region("西山区："));
        assert!(is_region("达拉特旗"));
        assert!(!is_region("教育投入保障"));
        assert!(!is_region("存在问题和下一步打算"));
        // Topics that end in a level, and several regions at once.
        assert!(!is_region("创建教育强县"));
        assert!(!is_region("建设教育强市"));
        assert!(!is_region("国家级示范区"));
        assert!(!is_region("各县市区"));
        assert!(!is_region("县区"));
        assert!(!is_region("县（市、区）"));
        assert_eq!(of_heading("各县市区：总体向好"), None);
        assert!(is_region("高新区"));
        assert!(is_region("城区"));
    }

    #[test]
    fn the_region_of_a_heading() {
        for heading in [
            "青山区",
            "青山区人民政府",
            "青山区教育局",
            "青山区（优秀）",
            "青山区：以…",
        ] {
            assert_eq!(of_heading(heading), Some("青山区"), "{heading}");
        }
        for heading in [
            "基本情况",
            "教育局",
            "人民政府",
            "加快建设教育强市：主要做法",
        ] {
            assert_eq!(of_heading(heading), None, "{heading}");
        }
    }

    #[test]
    fn the_region_of_a_title() {
        assert_eq!(
            of_title("云溪县人民政府2021年度履行教育职责自评报告"),
            Some("云溪县")
        );
        assert_eq!(of_title("东河市2022年履行教育职责自评报告"), Some("东河市"));
        assert_eq!(
            of_title("２０２１年某市各县（市、区）履行教育职责典型工作案例"),
            None
        );
        assert_eq!(of_title("关于履行教育职责情况的报告"), None);
        // Titles that open with the year.
        for title in [
            "2021年度云溪县人民政府履行教育职责情况自评报告",
            "2021年云溪县履行教育职责自评报告",
            "２０２１年云溪县政府履行教育职责自查自评报告",
            "云溪县关于2021年度履行教育职责情况的自评报告",
            // Co-signed by the party committee.
            "中共云溪县委 云溪县人民政府关于2021年度履行教育职责情况的自评报告",
            "中共云溪县委、云溪县人民政府2021年度履行教育职责自评报告",
        ] {
            assert_eq!(of_title(title), Some("云溪县"), "{title}");
        }
        assert_eq!(
            of_title("2023年青禾市各县（市、区）履行教育职责评价情况通报"),
            None
        );
        assert_eq!(of_title("2021年度履行教育职责自评报告"), None);
    }

    /// Titles of other genres and offices. Each lost its region, and the
    /// topics were taken for regions (and the history was never built).
    #[test]
    fn titles_of_other_genres_name_their_region() {
        for title in [
            "2022年度栎阳区党政领导干部履行教育职责自评报告",
            "栎阳区党政主要负责同志2022年度履行教育职责情况报告",
        ] {
            assert_eq!(of_title(title), Some("栎阳区"), "{title}");
        }
        for title in [
            "2023年度县级人民政府履行教育职责自评报告（岑江县）",
            "党政领导干部履行教育职责情况自评报告（岑江县2023年）",
            "青溪县学前教育普及普惠督导评估报告（2022年）",
            "青溪县义务教育优质均衡发展督导评估报告",
            "省督导评估组对青溪县2023年度履行教育职责情况的督导评估意见",
        ] {
            let want = if title.contains("岑江县") {
                "岑江县"
            } else {
                "青溪县"
            };
            assert_eq!(of_title(title), Some(want), "{title}");
        }
        assert_eq!(
            of_title("关于对各县（市、区）履行教育职责评价情况的通报"),
            None
        );
        assert_eq!(of_title("履行教育职责自评报告（修订稿）"), None);
    }
}
