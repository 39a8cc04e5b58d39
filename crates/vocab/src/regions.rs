//! Names of regions: how a region's name is matched across reports, and
//! where a self-evaluation report names its region.
//!
//! `济南市` in one report and `济南` in another are the same region: a
//! history (see `dutycheck_model::History`) matches names without their
//! suffix of administrative level ([`SUFFIXES`]). Only for matching: every
//! output shows the name as written. A region renamed or merged between two
//! years (`东河县` → `东河市`) keeps its key; one given a new name
//! (`西山区` → `新城区`) needs an alias in `dutycheck.yaml`.

/// Suffixes of administrative level, left out when names are matched:
/// `济南市` → `济南`, `东河县` → `东河`.
pub const SUFFIXES: [char; 4] = ['市', '县', '区', '省'];

/// Suffixes that make a section heading the name of a region rather than a
/// topic (`一、东河县`, not `一、教育投入保障`). [`SUFFIXES`] plus the
/// levels of autonomous and pastoral regions.
pub(crate) const REGION_ENDS: [char; 7] = ['市', '县', '区', '省', '旗', '州', '盟'];

/// Words after the region's name at the start of a report's title
/// (`云溪县人民政府2021年度…自评报告`, `云溪县2021年…`, `云溪县履行教育职责…`,
/// `云溪县关于…的自评报告`): the words the title's region ends before.
pub(crate) const GOVERNMENT: [&str; 5] = ["人民政府", "政府", "教育", "履行", "关于"];

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
/// region's name: `创建教育强县`, `建设教育强市`, `国家级示范区`. No region is
/// named with them.
pub(crate) const TOPIC_WORDS: [&str; 8] = [
    "教育", "强县", "强市", "强区", "建设", "创建", "示范", "试点",
];

/// Whether a section heading names a region (`东河县`, `济南市`, `城区`):
/// it ends with a level of [`REGION_ENDS`] and is short. Not a topic
/// ([`TOPIC_WORDS`]: `创建教育强县`), nor several regions at once
/// ([`is_collective`]: `各县市区`, `县区`).
pub fn is_region(name: &str) -> bool {
    let name = name.trim().trim_end_matches(['：', ':']);
    let n = name.chars().count();
    (2..=10).contains(&n)
        && name
            .chars()
            .last()
            .is_some_and(|c| REGION_ENDS.contains(&c))
        && !TOPIC_WORDS.iter().any(|w| name.contains(w))
        && !is_collective(name)
}

/// Whether `name` stands for several regions at once: `各县市区`, `各区`,
/// `县区`, `市县`, `县（市、区）`: it opens with `各`, lists levels with `、`,
/// or is made of levels alone.
pub fn is_collective(name: &str) -> bool {
    let name = name.trim();
    name.starts_with('各')
        || name.contains('、')
        || (!name.is_empty() && name.chars().all(|c| REGION_ENDS.contains(&c)))
}

/// The region a section heading names: the whole heading (`东河县`), or
/// the region before a colon or a dash that opens a titled heading
/// (`白河市：以“两个只增不减”托底教育投入`, `清远县——课后服务全覆盖`).
/// `None` when the heading names no region (`基本情况`).
pub fn of_heading(heading: &str) -> Option<&str> {
    let heading = heading.trim();
    if is_region(heading) {
        return Some(heading.trim_end_matches(['：', ':']));
    }
    let head = heading
        .split(['：', ':', '—', ' ', '\u{3000}'])
        .next()
        .unwrap_or_default()
        .trim_end_matches(['-', '－']);
    // A region's own name is short; a longer head ending in 市 is a
    // slogan (`加快建设教育强市：主要做法`).
    let short = head.chars().count() <= 6;
    (head.len() < heading.len() && short && is_region(head)).then_some(head)
}

/// The region a title opens with, after the year it may open with:
/// `云溪县` of `云溪县人民政府2021年度履行教育职责自评报告`, of `2021年度
/// 云溪县人民政府履行…` and of `2021年云溪县履行…`; `东河市` of
/// `东河市2022年…`. `None` when no region opens it (`2021年某市各县…`).
pub fn of_title(title: &str) -> Option<&str> {
    let title = without_year(title.trim());
    let end = GOVERNMENT
        .iter()
        .filter_map(|w| title.find(w))
        .chain(title.find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
        .min()?;
    let name = &title[..end];
    is_region(name).then_some(name)
}

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

/// The one region a whole report is about: the title's region
/// ([`of_title`]) when no section heading names a region (`云岭县人民政府
/// 2022年度履行教育职责自评报告`, split by topic: `一、教育投入保障`,
/// `二、学前教育普及普惠`). `None` for a report of several regions, or
/// whose title names none.
///
/// Its sections are topics of one region, not regions: what is asked of
/// each region (enough cases) is asked of the report as a whole.
pub fn of_report<'a, 'h>(
    title: &'a str,
    mut headings: impl Iterator<Item = &'h str>,
) -> Option<&'a str> {
    let name = of_title(title)?;
    headings.all(|h| of_heading(h).is_none()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_of_topics_is_about_its_titles_region() {
        let title = "云岭县人民政府2022年度履行教育职责自评报告";
        let topics = ["教育投入保障", "学前教育普及普惠", "存在问题"];
        assert_eq!(of_report(title, topics.into_iter()), Some("云岭县"));
        // A region among the headings: a report of regions.
        let mixed = ["基本情况", "东河县", "西山区"];
        assert_eq!(of_report(title, mixed.into_iter()), None);
        // A title that names no region.
        let cases = "2022年青禾市各县（市、区）履行教育职责典型工作案例";
        assert_eq!(of_report(cases, topics.into_iter()), None);
        assert_eq!(of_report(title, std::iter::empty()), Some("云岭县"));
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
        assert_eq!(of_heading("基本情况"), None);
        assert_eq!(of_heading("存在问题：经费投入不足"), None);
        assert_eq!(of_heading("加快建设教育强市：主要做法"), None);
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
        ] {
            assert_eq!(of_title(title), Some("云溪县"), "{title}");
        }
        assert_eq!(
            of_title("2023年青禾市各县（市、区）履行教育职责评价情况通报"),
            None
        );
        assert_eq!(of_title("2021年度履行教育职责自评报告"), None);
    }
}
