use super::*;

thread_local! {
    /// Work done by the parser on this thread: see `work` in the crate.
    pub(crate) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn doc(text: &str) -> Document {
    Document {
        path: "t.txt".into(),
        text: text.into(),
        encoding: "UTF-8",
    }
}

fn outline(report: &Report) -> Vec<(String, Vec<u32>)> {
    report
        .sections
        .iter()
        .map(|s| {
            (
                s.name.to_string(),
                s.cases.iter().map(|c| c.number).collect(),
            )
        })
        .collect()
}

mod positions {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that make enumerations, numbered cases, boundaries, near-misses
    /// (统一是) and wraps likely.
    const PIECES: &[&str] = &[
        "一、",
        "二、",
        "甲市",
        "一是",
        "二是",
        "三是",
        "十二是",
        "：",
        "；",
        "。",
        "，",
        "统",
        "加大投入",
        "45所",
        "93.37%",
        "\n",
        "\n",
        " ",
        "  ",
        "1.",
        "2.",
        "（一）",
        "主要做法：",
        "\u{3000}",
        "\r\n",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        /// Every character of every case text maps back to the same
        /// character of the original, whatever splits the cases.
        #[test]
        fn case_text_maps_back_to_the_original(
            picks in proptest::collection::vec(0..PIECES.len(), 0..60)
        ) {
            let body: String = picks.iter().map(|&i| PIECES[i]).collect();
            let text = format!("标题\n一、甲市\n{body}");
            let Ok(report) = parse(&doc(&text)) else { return Ok(()) };
            let original: Vec<Vec<char>> = text
                .split('\n')
                .map(|l| l.strip_suffix('\r').unwrap_or(l).chars().collect())
                .collect();
            for case in report.sections.iter().flat_map(|s| &s.cases) {
                for (k, c) in case.text.chars().enumerate() {
                    if c == '\n' {
                        continue;
                    }
                    let (line, column) = case.position(k);
                    let at = original
                        .get(line as usize - 1)
                        .and_then(|l| l.get(column as usize - 1));
                    prop_assert_eq!(at, Some(&c), "offset {} of {:?} in {:?}", k, case.text, text);
                }
                // The marker is where the case says it is.
                let marker = original[case.line as usize - 1]
                    .get(case.column as usize - 1)
                    .copied();
                prop_assert!(marker.is_some(), "{:?} in {:?}", case, text);
            }
        }
    }
}

/// A bulletin's items numbered ㈠㈡㈢ are cases, and an item that opens with
/// an earlier year opens its sentence with it (the whole section was one
/// text, and 2023's coverage failed 2024).
#[test]
fn parenthesized_ideographs_number_cases() {
    let text = "2024年通报\n一、白石区\n㈠全区九年义务教育巩固率96.8%。\n㈡2023年，全区课后服务覆盖率为91.6%。\n㈢其他。\n";
    let report = parse(&doc(text)).expect("parses");
    let cases = &report.sections[0].cases;
    assert_eq!(cases.len(), 3, "{cases:?}");
    assert_eq!(cases[1].text, "2023年，全区课后服务覆盖率为91.6%。");
}

#[test]
fn markers_of_every_style() {
    let cases = [
        ("一、济南市", Style::ChineseComma, 1),
        ("十六、菏泽市", Style::ChineseComma, 16),
        ("（三）历下区", Style::ChineseParen, 3),
        ("(三)历下区", Style::ChineseParen, 3),
        (
            "㈡2023年，全区课后服务覆盖率为91.6%",
            Style::ChineseParen,
            2,
        ),
        ("㈩其他", Style::ChineseParen, 10),
        ("第二部分 成效", Style::Part, 2),
        ("1.认真落实", Style::ArabicDot, 1),
        ("12. 认真落实", Style::ArabicDot, 12),
        ("2、认真落实", Style::ArabicComma, 2),
        ("（4）认真落实", Style::ArabicParen, 4),
        ("③认真落实", Style::Circled, 3),
        ("第二，坚持优先发展", Style::Ordinal, 2),
        ("第十一、强化保障", Style::Ordinal, 11),
        ("3)加大投入", Style::ArabicHalfParen, 3),
        ("案例一：集团化办学", Style::Case, 1),
        ("案例12 扩充学前资源", Style::Case, 12),
        ("案例二", Style::Case, 2),
    ];
    for (line, style, number) in cases {
        let m = marker(&normalize(line)).unwrap_or_else(|| panic!("no marker in {line}"));
        assert_eq!((m.style, m.number), (style, number), "{line}");
    }
    // An ordinal in a word (`第一批`, `第一次`) numbers nothing.
    for line in ["第一批示范校", "第一次全县会议", "第一名"] {
        assert_eq!(marker(&normalize(line)), None, "{line}");
    }
}

#[test]
fn figures_at_line_start_are_not_markers() {
    for line in [
        "3所学校",
        "2020年",
        "1.1.1 总则",
        "十条规定",
        "1.5.2",
        "案例分析",
        "案例一则",
        "案例1234：",
    ] {
        assert_eq!(marker(&normalize(line)), None, "{line}");
    }
    // A digit after the dot: perhaps a figure, decided by the context.
    for line in ["2.5万余人", "1.1万名乡村教师", "1.100%的学校", "1.20201年"] {
        let m = marker(&normalize(line)).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(m.certainty, Certainty::Decimal, "{line}");
    }
    // A year and 年 after the dot: no plausible decimal.
    for line in ["1.2021年以来", "2.2019年底", "3.2020年，", "１．２０２０年"] {
        let m = marker(&normalize(line)).unwrap_or_else(|| panic!("{line}"));
        assert_eq!((m.certainty, m.len), (Certainty::BeforeYear, 2), "{line}");
    }
}

#[test]
fn wraps_are_repaired_and_map_back_to_the_original() {
    let text = "2020年案例\n一、济南市\n1.认真落实政策,教\n育经费持续增长。\n2.普惠性幼儿园覆盖率提高至\n90%,超目标。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.year, Some(2020));
    let cases = &report.sections[0].cases;
    assert_eq!(cases[0].text, "认真落实政策,教育经费持续增长。");
    assert_eq!(cases[1].text, "普惠性幼儿园覆盖率提高至90%,超目标。");
    // "育" is the first character of line 4.
    let yu = cases[0].text.chars().position(|c| c == '育').expect("育");
    assert_eq!(cases[0].position(yu), (4, 1));
    // "教" sits on line 3, after "1." and seven characters.
    let jiao = cases[0].text.chars().position(|c| c == '教').expect("教");
    assert_eq!(cases[0].position(jiao), (3, 10));
}

/// A case's title on a line of its own (`（一）化解大班额`), over a line that
/// opens with a year or the region (`2022年底，…`, `全县…`), ends there: the
/// body starts a sentence, so its opening still dates it. It was glued to
/// the title (`化解大班额2022年底，…`), and the 2022 figures read as 2023's.
/// A short line that a PDF broke mid-sentence is still a wrap.
#[test]
fn a_title_on_its_own_line_ends_there() {
    let text = "2023年报告\n一、甲县\n（一）化解大班额\n2022年底，全县大班额比例为6.3%。\n（二）扩大普惠资源\n全县普惠性幼儿园覆盖率为88%。\n（三）教师\n队伍建设取得新成效。\n（四）全县新建、\n2023年完工。\n";
    let report = parse(&doc(text)).expect("parses");
    let cases = &report.sections[0].cases;
    assert_eq!(
        cases[0].text,
        "化解大班额\n2022年底，全县大班额比例为6.3%。"
    );
    assert_eq!(cases[1].text, "扩大普惠资源\n全县普惠性幼儿园覆盖率为88%。");
    let text = "2023年报告\n一、甲区\n（一）保障教师待遇\n区义务教育教师平均工资收入13.1万元。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        report.sections[0].cases[0].text,
        "保障教师待遇\n区义务教育教师平均工资收入13.1万元。"
    );
    // Over a place within the region (a town, the urban area, the rural
    // schools): the place opens the body's clause, so that its figure is
    // read as the place's. Glued to the title, it was the county's.
    for body in [
        "青石镇公办园在园幼儿占比为61.2%。",
        "东城街道公办园在园幼儿占比为30%。",
        "城区学校大班额比例为12.5%。",
        "农村学校课后服务覆盖率为91%。",
        // A date that opens the sentence: glued to the title, `截至` no
        // longer opened it, and 2021's figure was read as 2023's.
        "截至2021年底，全县普惠性幼儿园覆盖率为86.0%。",
        "自2021年以来，全县新建公办园6所。",
    ] {
        let text = format!("2023年报告\n一、甲县\n（一）学前教育\n{body}\n");
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            report.sections[0].cases[0].text,
            format!("学前教育\n{body}"),
            "{body}"
        );
    }
    // A heading that ends on a word of a topic (`…教育`, `…建设`) is a
    // title whatever opens the line after it: glued to it, `高中阶段教育高中
    // 阶段毛入学率…` read the stage as a part, and the figure was unread.
    for (title, body) in [
        ("高中阶段教育", "高中阶段毛入学率为93.8%。"),
        ("教师队伍建设", "专任教师中本科以上学历占比为78.2%。"),
    ] {
        let text = format!("2023年报告\n一、甲县\n（一）{title}\n{body}\n");
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            report.sections[0].cases[0].text,
            format!("{title}\n{body}"),
            "{title}"
        );
    }
    // A title of two phrases split by a comma, before a line that opens a
    // sentence of its own: glued to it, the title's `确保` made the year's
    // fall a plan. With a figure in it, or before a line that opens no
    // sentence, it is a wrap.
    let body = "2023年全县一般公共预算教育支出12.4亿元，比上年下降1.2%，生均一般公共预算教育支出比上年减少136元。";
    let text = format!("2023年报告\n一、甲县\n（一）强化保障，确保教育投入只增不减\n{body}\n");
    let report = parse(&doc(&text)).expect("parses");
    assert_eq!(
        report.sections[0].cases[0].text,
        format!("强化保障，确保教育投入只增不减\n{body}")
    );
    for (title, body) in [
        ("新建幼儿园3所，确保", body),
        (
            "强化保障，确保教育投入",
            "只增不减落到实处，全县一般公共预算教育支出比上年增长3.2%，生均支出增长2.1%。",
        ),
    ] {
        let text = format!("2023年报告\n一、甲县\n（一）{title}\n{body}\n");
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            report.sections[0].cases[0].text,
            format!("{title}{body}"),
            "{title}"
        );
    }
    // A heading of demands, plans or problems is a title whatever
    // follows: glued to its first line, the demand's figures were read as
    // levels reached.
    for heading in ["整改意见", "存在的问题", "下一步工作打算", "意见建议"] {
        let text =
            format!("2023年报告\n一、甲县\n（一）{heading}\n普惠性幼儿园覆盖率提高到85%。\n");
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            report.sections[0].cases[0].text,
            format!("{heading}\n普惠性幼儿园覆盖率提高到85%。"),
            "{heading}"
        );
    }
    // Not followed by a year or the region: a wrap.
    assert_eq!(cases[2].text, "教师队伍建设取得新成效。");
    // A clause mark inside: a wrap.
    assert_eq!(cases[3].text, "全县新建、2023年完工。");
}

/// A blank line in the middle of a sentence (text copied out of a PDF, at a
/// page's end: `…比上年` / blank / `下降3.5%。`) does not end it: the change
/// was lost. A short line (a title) and a numbered line after the blank
/// still end it.
#[test]
fn a_blank_line_inside_a_sentence_is_no_end() {
    let text = "2023年报告\n一、甲县\n1.加大投入。2023年，全县一般公共预算教育支出8.1亿元，比上年\n\n下降3.5%。全县生均一般公共预算教育支出13200元，\n\n比上年下降1.2%。\n2.教师待遇保障\n\n全县义务教育教师平均工资收入10.2万元，比上年增长3.1%，高于当地\n\n3.公务员平均工资收入。\n";
    let report = parse(&doc(text)).expect("parses");
    let cases = &report.sections[0].cases;
    assert_eq!(
        cases[0].text,
        "加大投入。2023年，全县一般公共预算教育支出8.1亿元，比上年下降3.5%。全县生均一般公共预算教育支出13200元，比上年下降1.2%。"
    );
    assert_eq!(
        cases[1].text,
        "教师待遇保障\n全县义务教育教师平均工资收入10.2万元，比上年增长3.1%，高于当地"
    );
    assert_eq!(outline(&report), [("甲县".to_string(), vec![1, 2, 3])]);
}

/// A line that repeats the title, alone or with a page number after it (a
/// PDF's running header), is page furniture: it was read inside the
/// sentence it broke, and the change after it was lost.
#[test]
fn a_running_header_that_repeats_the_title_is_furniture() {
    let title = "澜溪市2023年度政府履行教育职责情况自查自评报告";
    for header in [
        format!("{title}              — 2 —"),
        title.to_string(),
        format!("{title} 第2页"),
    ] {
        let text = format!(
            "{title}\n\n一、南溪县\n全县一般公共预算教育支出201,374万元，比上年\n{header}\n下降1.6%。\n"
        );
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            report.sections[0].cases[0].text,
            "全县一般公共预算教育支出201,374万元，比上年下降1.6%。",
            "{header}"
        );
    }
    // Words after the title are a line of text.
    let text = format!("{title}\n一、南溪县\n1.{title}的说明。\n");
    let report = parse(&doc(&text)).expect("parses");
    assert_eq!(report.sections[0].cases[0].text, format!("{title}的说明。"));
}

/// A page's number alone on a line inside a sentence (`2`, `－２－`, `- 3 -`:
/// a PDF's text with one page break) is page furniture: joined to the
/// figure after it, it became its first digits (`为` / `2` / `78.2%` was
/// 278.2%, and passed) or the lower end of a range. After a sentence's end
/// a number line is the report's own, and is kept.
#[test]
fn a_page_number_inside_a_sentence_is_furniture() {
    for page in ["2", "－２－", "- 3 -", "—4—", "第2页"] {
        let text = format!(
            "青溪县2024年度自评报告\n一、青溪县\n1.全县普惠性幼儿园覆盖率为\n{page}\n78.2%。\n"
        );
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            report.sections[0].cases[0].text, "全县普惠性幼儿园覆盖率为78.2%。",
            "{page}"
        );
    }
    let text = "青溪县2024年度自评报告\n一、青溪县\n1.全县普惠性幼儿园覆盖率为78.2%。\n2\n";
    let report = parse(&doc(text)).expect("parses");
    assert!(report.sections[0].cases[0].text.contains("78.2%"));
}

/// A collection's cases labelled in brackets (`【案例一】`, `【典型案例2】`,
/// `[案例3]`) or as `做法一：`, `经验二：`: each a case. They were one
/// lead-in, and the region was said to have no cases.
#[test]
fn case_labels_in_brackets_or_by_other_words() {
    for (labels, titles) in [
        (
            ["【案例一】", "【案例二】", "【案例三】"],
            ["保障待遇", "普惠发展", "课后服务"],
        ),
        (
            ["【典型案例1】", "【典型案例2】", "【典型案例3】"],
            ["保障待遇", "普惠发展", "课后服务"],
        ),
        (
            ["[案例1]：", "[案例2]：", "[案例3]："],
            ["保障待遇", "普惠发展", "课后服务"],
        ),
        (
            ["做法一：", "做法二：", "做法三："],
            ["保障待遇", "普惠发展", "课后服务"],
        ),
        (
            ["经验一、", "经验二、", "经验三、"],
            ["保障待遇", "普惠发展", "课后服务"],
        ),
    ] {
        let body: String = labels
            .iter()
            .zip(titles)
            .map(|(l, t)| format!("{l}{t}\n全县新建学校3所，新增学位2700个，消除大班额12个。\n"))
            .collect();
        let text = format!("2023年案例汇编\n一、桐溪县\n{body}");
        let report = parse(&doc(&text)).expect("parses");
        let cases: Vec<(u32, &str)> = report.sections[0]
            .cases
            .iter()
            .map(|c| (c.number, c.text.as_str()))
            .collect();
        assert_eq!(
            cases,
            [
                (
                    1,
                    "保障待遇\n全县新建学校3所，新增学位2700个，消除大班额12个。"
                ),
                (
                    2,
                    "普惠发展\n全县新建学校3所，新增学位2700个，消除大班额12个。"
                ),
                (
                    3,
                    "课后服务\n全县新建学校3所，新增学位2700个，消除大班额12个。"
                )
            ],
            "{labels:?}"
        );
    }
    // A word, not a label: `经验丰富`, `做法得当`.
    assert_eq!(crate::marker("经验丰富的教师"), None);
    assert_eq!(crate::marker("【案例】"), None);
}

/// A case's title over a paragraph that opens with a label (`【背景】`,
/// `〔背景〕`, `背景情况：`) ends there, whatever its words (a comma in it,
/// too): glued to the title, `扩充学前资源【背景】2022年，…` no longer opened
/// with its year, and the background's 2022 figures read as the report
/// year's.
#[test]
fn a_title_over_a_labelled_paragraph_ends_there() {
    for title in ["扩充学前资源", "强化经费保障，筑牢教育优先发展基础"] {
        for body in [
            "【背景】2022年，全县公办园在园幼儿占比仅为41.8%。",
            "〔背景〕2022年，全县公办园在园幼儿占比仅为41.8%。",
            "［案例背景］2022年，全县公办园在园幼儿占比仅为41.8%。",
            "背景情况：2022年，全县公办园在园幼儿占比仅为41.8%。",
        ] {
            let text = format!(
                "2024年案例\n一、青溪县\n1. {title}\n{body}\n全县公办园在园幼儿占比达到全县幼儿总数的一半以上，新建幼儿园3所，改扩建5所。\n"
            );
            let report = parse(&doc(&text)).expect("parses");
            let case = &report.sections[0].cases[0].text;
            assert!(case.starts_with(&format!("{title}\n{body}")), "{case}");
        }
    }
}

/// A plan that opens the line after a title (`到“十四五”末，…`, `到2025年底，…`,
/// `下一步，…`, `力争…`) starts a sentence: glued to the title
/// (`巩固提升到“十四五”末，…`), the plan's figures were read as reached.
#[test]
fn a_plan_after_a_title_starts_a_sentence() {
    for (body, opening) in [
        ("到“十四五”末，公办园在园幼儿占比达到55%。", "到“十四五”末"),
        ("到2025年底，普惠性幼儿园覆盖率达到92%。", "到2025年底"),
        ("下一步，生均一般公共预算教育支出增长5%。", "下一步"),
        ("力争学前三年毛入园率达到95%。", "力争"),
    ] {
        let text = format!(
            "2023年案例\n一、枫林县\n案例一：巩固提升\n{body}\n案例二：其他\n全县新建学校3所。\n"
        );
        let report = parse(&doc(&text)).expect("parses");
        let case = &report.sections[0].cases[0].text;
        assert_eq!(case.as_str(), format!("巩固提升\n{body}"), "{opening}");
    }
    // `到` before a word is a wrap (`…提高` + `到90%`).
    let text = "2023年案例\n一、枫林县\n（一）覆盖率提高\n到位率100%。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.sections[0].cases[0].text, "覆盖率提高到位率100%。");
}

/// A bulletin's counties one level below its first headings, each with its
/// grade in brackets (`（一）青溪县（优秀）`): each is a section of its own,
/// over numbered items or a paragraph.
/// They were the cases of one section, `各县情况`, and every county's
/// figures were judged as one region's.
#[test]
fn graded_county_headings_are_sections() {
    let text = "2023年通报\n一、总体情况\n全市各县区认真履职。\n二、各县情况\n（一）青溪县（优秀）\n1.覆盖率达到92.6%。\n（二）白石县（评价等次：合格）\n1.覆盖率达到72.6%。\n";
    let report = parse(&doc(text)).expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(
        names,
        ["总体情况", "青溪县（优秀）", "白石县（评价等次：合格）"]
    );
    // Over a paragraph each, too, in the inspectors' bulletin: its summary
    // of each county is the county's lead-in.
    let text = "2023年履行教育职责评价情况的通报\n一、总体情况\n全市各县区认真履职。\n二、各县情况\n（一）青溪县（得分95.2分，等次：优秀）\n该县覆盖率达到92.6%。\n（二）白石县（合格）\n该县覆盖率达到72.6%。\n";
    let report = parse(&doc(text)).expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(
        names,
        [
            "总体情况",
            "青溪县（得分95.2分，等次：优秀）",
            "白石县（合格）"
        ]
    );
}

/// A grade in square or lenticular brackets after a county one level down
/// (`（一）柳塘县【良好】`, `（二）鹤山县〔合格〕`), or written before its name
/// (`（一）良好：柳塘县`, `【良好】柳塘县`, `良好 柳塘县`): each county is a
/// section, as with `（一）柳塘县（良好）`. The bracketed grades named no
/// region, and the counties were cases of the heading above.
#[test]
fn a_grade_in_any_bracket_or_before_the_name_keeps_the_county() {
    for (first, second) in [
        ("柳塘县【良好】", "鹤山县【合格】"),
        ("柳塘县[良好]", "鹤山县〔合格〕"),
        ("柳塘县［良好］", "鹤山县"),
        ("良好：柳塘县", "合格：鹤山县"),
        ("【良好】柳塘县", "【合格】鹤山县"),
        ("良好等次：柳塘县", "合格等次：鹤山县"),
        ("良好 柳塘县", "合格 鹤山县"),
    ] {
        for body in [
            "1.公办园在园幼儿占比为46.0%。",
            "该县公办园在园幼儿占比为46.0%。",
        ] {
            let text = format!(
                "白河市2023年度县级政府履行教育职责评价情况通报\n一、评价情况\n（一）{first}\n{body}\n（二）{second}\n{body}\n"
            );
            let report = parse(&doc(&text)).expect("parses");
            let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
            assert_eq!(names, [first, second], "{text}");
            let regions: Vec<Option<&str>> = names.iter().map(|n| regions::of_heading(n)).collect();
            assert_eq!(regions, [Some("柳塘县"), Some("鹤山县")], "{text}");
        }
    }
    // With its paragraph on the heading's line.
    let text = "2023年评价结果的通报\n一、各县评价情况\n（一）柳塘县【良好】。该县覆盖率达到92.6%。\n（二）良好：鹤山县。该县覆盖率达到72.6%。\n";
    let report = parse(&doc(text)).expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(names, ["柳塘县【良好】", "良好：鹤山县"]);
    assert_eq!(&*report.sections[1].cases[0].text, "该县覆盖率达到72.6%。");
}

/// A region's heading and its first paragraph on one line
/// (`（一）临江市（优秀）。该市…`, `一、青溪县：全县…`, `1.白河县：该县…`):
/// the heading is the region's section and the rest of the line its text,
/// at its own column. The whole line was the heading's name: at the first
/// level no text was left under any heading (an input error), and below
/// it the counties were the cases of one section.
#[test]
fn a_region_heading_and_its_paragraph_on_one_line() {
    let text = "2023年评价结果的通报\n一、各市评价情况\n（一）临江市（优秀）。该市覆盖率达到92.6%。\n（二）安平市（合格）。该市覆盖率达到72.6%。\n";
    let report = parse(&doc(text)).expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(names, ["临江市（优秀）", "安平市（合格）"]);
    let first = &report.sections[0].cases[0];
    assert_eq!(&*first.text, "该市覆盖率达到92.6%。");
    assert_eq!((first.line, first.column), (3, 12));
    for text in [
        "2023年通报\n一、青溪县：全县覆盖率达到92.6%。\n二、白石县：全县覆盖率达到72.6%。\n",
        "2023年通报\n一、青溪县 该县覆盖率达到92.6%\n二、白石县 该县覆盖率达到72.6%\n",
        "2023年通报\n一、各县情况\n1.青溪县：该县覆盖率达到92.6%。\n2.白石县：该县覆盖率达到72.6%。\n",
    ] {
        let report = parse(&doc(text)).expect("parses");
        let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
        assert_eq!(names, ["青溪县", "白石县"], "{text}");
    }
    // A collection's titled case stays one line: its title is not cut at
    // the colon into a heading and a paragraph. (Items of two regions are
    // a collection grouped by theme: each is its region's one case.)
    let text = "某市2023年典型案例汇编\n一、学前教育\n（一）白河市：以“两个只增不减”托底教育投入\n全市新增学位3000个。\n（二）青溪县：多元扩容促普惠\n全县新建幼儿园5所。\n";
    let report = parse(&doc(text)).expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(
        names,
        [
            "白河市：以“两个只增不减”托底教育投入",
            "青溪县：多元扩容促普惠"
        ]
    );
    assert_eq!(&*report.sections[0].cases[0].text, "全市新增学位3000个。");
}

/// Cases numbered by ordinals run on in one paragraph (`第一，…。第二，…`,
/// `其一，…。其二，…`): each opens a case at its own column. Only the first
/// was read; the others stayed in its text.
#[test]
fn ordinals_run_on_in_a_paragraph_are_cases() {
    for text in [
        "2023年案例\n一、青山区\n第一，推进集团化办学。第二，保障教师待遇。第三，化解大班额，第四批学校完工。\n",
        "2023年案例\n一、青山区\n其一，推进集团化办学。其二，保障教师待遇。其三，化解大班额，第四批学校完工。\n",
    ] {
        let report = parse(&doc(text)).expect("parses");
        let cases: Vec<(&str, u32)> = report.sections[0]
            .cases
            .iter()
            .map(|c| (&*c.text, c.column))
            .collect();
        assert_eq!(
            cases,
            [
                ("推进集团化办学。", 1),
                ("保障教师待遇。", 12),
                ("化解大班额，第四批学校完工。", 22)
            ],
            "{text}"
        );
    }
    // Out of sequence, or after a comma, an ordinal stays in its text.
    let text =
        "2023年案例\n一、青山区\n第一，推进集团化办学，第二，保障教师待遇。第三，化解大班额。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.sections[0].cases.len(), 1);
}

/// A collection of typical cases headed `案例一：青溪县：…`: each section is
/// one case, its body with what it numbers inside. The body was the
/// section's lead-in (no detail rule judged it) and `（1）（2）` its cases.
#[test]
fn a_collected_case_is_one_case() {
    let text = "翠屏市2023年典型案例汇编\n案例一：青溪县：以集团化办学促进城乡均衡\n青溪县组建教育集团6个。\n案例二：云河区：保障教师工资待遇\n云河区建立工资联动机制。\n（1）落实绩效工资；\n（2）设立奖励基金。\n";
    let report = parse(&doc(text)).expect("parses");
    let shape: Vec<(bool, Vec<u32>)> = report
        .sections
        .iter()
        .map(|s| (s.collected, s.cases.iter().map(|c| c.number).collect()))
        .collect();
    assert_eq!(shape, [(true, vec![1]), (true, vec![1])]);
    assert_eq!(
        report.sections[1].cases[0].text,
        "云河区建立工资联动机制。\n（1）落实绩效工资；\n（2）设立奖励基金。"
    );
    // Cases of a region's section, `案例一` under `一、青溪县`, are cases.
    let text = "2023年典型案例\n一、青溪县\n案例一：集团化办学\n组建教育集团。\n案例二：课后服务\n全覆盖。\n";
    let report = parse(&doc(text)).expect("parses");
    assert!(!report.sections[0].collected);
    assert_eq!(outline(&report), vec![("青溪县".to_string(), vec![1, 2])]);
}

/// A collection of typical cases whose first-level headings are its
/// regions, each with a title and paragraphs below it (`一、青溪县：“强园补短”
/// 推动普惠扩容` + a paragraph; numbered `（一）`, `1.`, titled `…——青溪县` or
/// `青溪县篇：…`): each is its region's one case, as `案例一：青溪县：…` is.
/// The bodies were lead-ins (the detail rules skipped them) and each
/// region was said to have no case.
#[test]
fn a_collection_of_titled_region_headings_has_one_case_each() {
    let title = "苍梧市2024年度县级人民政府履行教育职责典型工作案例汇编";
    let body = "全县新建公办幼儿园3所。\n公办园在园幼儿占比达到55.2%。";
    for (first, second) in [
        (
            "一、青溪县：“强园补短”推动普惠扩容",
            "二、白河县：“一校一策”化解大班额",
        ),
        (
            "（一）青溪县：“强园补短”推动普惠扩容",
            "（二）白河县——“一校一策”化解大班额",
        ),
        (
            "1.青溪县：“强园补短”推动普惠扩容",
            "2.白河县：“一校一策”化解大班额",
        ),
        (
            "一、“强园补短”推动普惠扩容——青溪县",
            "二、“一校一策”化解大班额——白河县",
        ),
        (
            "一、青溪县篇：“强园补短”推动普惠扩容",
            "二、白河县篇：“一校一策”化解大班额",
        ),
    ] {
        let text = format!("{title}\n{first}\n{body}\n{second}\n{body}\n");
        let report = parse(&doc(&text)).expect("parses");
        let shape: Vec<(bool, Vec<u32>)> = report
            .sections
            .iter()
            .map(|s| (s.collected, s.cases.iter().map(|c| c.number).collect()))
            .collect();
        assert_eq!(shape, [(true, vec![1]), (true, vec![1])], "{text}");
        assert_eq!(report.sections[1].cases[0].text, body, "{text}");
    }
    let text = format!(
        "{title}\n一、青溪县：“强园补短”推动普惠扩容\n{body}\n二、白河县：“一校一策”化解大班额\n{body}\n"
    );
    let lead_ins = |text: &str| {
        let report = parse(&doc(text)).expect("parses");
        report
            .sections
            .iter()
            .all(|s| !s.collected && s.cases.iter().all(Case::is_lead_in))
    };
    // Not a collection: a city's self-evaluation by county, a bulletin, one
    // region throughout (a county's topics), or bare names.
    for other in [
        text.replace(title, "苍梧市2024年度履行教育职责自评报告"),
        text.replace(title, "苍梧市2024年度县级人民政府履行教育职责评价情况通报"),
        text.replace("白河县", "青溪县"),
        text.replace("：“强园补短”推动普惠扩容", "")
            .replace("：“一校一策”化解大班额", "（优秀）"),
        text.replace("：“强园补短”推动普惠扩容", "篇")
            .replace("：“一校一策”化解大班额", "篇"),
    ] {
        assert!(lead_ins(&other), "{other}");
    }
    // Over numbered items, the heading heads its region's cases; a
    // heading with paragraphs beside it is still one case.
    let numbered = text.replacen(body, "1.新建公办幼儿园3所。\n2.占比达到55.2%。", 1);
    let report = parse(&doc(&numbered)).expect("parses");
    let shape: Vec<(bool, Vec<u32>)> = report
        .sections
        .iter()
        .map(|s| (s.collected, s.cases.iter().map(|c| c.number).collect()))
        .collect();
    assert_eq!(shape, [(false, vec![1, 2]), (true, vec![1])]);
}

/// A collection grouped by theme (`一、学前教育类` + `（一）青山区：…`): each
/// titled item that names a region is that region's one case, a section of
/// its own. They were the theme's cases, so every figure was another
/// region's part (unread), and a county's pay below the civil servants'
/// went unjudged.
#[test]
fn a_collection_grouped_by_theme_has_a_section_per_region() {
    let text = "白河市2023年度典型案例汇编\n一、学前教育类\n（一）青山区：扩充普惠资源\n2023年，青山区普惠性幼儿园覆盖率达到88.6%。\n（二）柳河县：集团化办园\n柳河县组建学前教育集团4个。\n全县学前三年毛入园率为93.2%。\n二、教师队伍建设类\n（一）东坡县：落实教师工资待遇\n东坡县义务教育教师年平均工资收入为10.8万元。\n";
    let report = parse(&doc(text)).expect("parses");
    let shape: Vec<(&str, bool, Vec<u32>)> = report
        .sections
        .iter()
        .map(|s| {
            (
                s.name.as_str(),
                s.collected,
                s.cases.iter().map(|c| c.number).collect(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("青山区：扩充普惠资源", true, vec![1]),
            ("柳河县：集团化办园", true, vec![1]),
            ("东坡县：落实教师工资待遇", true, vec![1]),
        ]
    );
    assert_eq!(
        report.sections[1].cases[0].text,
        "柳河县组建学前教育集团4个。\n全县学前三年毛入园率为93.2%。"
    );
}

/// One region named by every titled item (`（一）白河市：以“两个只增不减”托底
/// 教育投入` in 白河市's own report) is a topic's case, as before: the
/// collection needs items of two regions or more.
#[test]
fn titled_items_of_one_region_stay_a_topics_cases() {
    let text = "白河市2023年度履行教育职责自评报告\n一、教育投入\n（一）白河市：以“两个只增不减”托底教育投入\n全市一般公共预算教育支出增长4.2%。\n（二）白河市：完善经费保障机制\n生均公用经费全部落实。\n二、学前教育\n全市普惠性幼儿园覆盖率为88.6%。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("教育投入".to_string(), vec![1, 2]),
            ("学前教育".to_string(), vec![0]),
        ]
    );
    assert!(report.sections.iter().all(|s| !s.collected));
}

/// The list of attachments after the last case (`附件：1.…` / `2.问题清单`)
/// is no case: `2.` was said to be a case number used twice.
#[test]
fn the_list_of_attachments_is_no_case() {
    let text = "2023年通报\n一、青溪县\n1.覆盖率达到92.6%。\n2.大班额比例为3.2%。\n附件：1.各县评价指标完成情况表\n2.问题清单\n枫林市教育督导委员会办公室\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("青溪县".to_string(), vec![1, 2])]);
    assert!(report.sections[0].unread_numbering.is_empty());
    assert!(report.sections[0].cases[1].text.contains("2.问题清单"));
}

#[test]
fn a_wrapped_line_is_not_a_case_out_of_sequence() {
    let text = "标题\n一、甲市\n1.补充教师\n3、所学校\n2.累计补充教师\n2.5万余人。\n3.完成。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2, 3])]);
    assert_eq!(report.sections[0].cases[1].text, "累计补充教师2.5万余人。");
}

/// A case whose heading holds only its topic (`（一）学前教育`) over a list
/// of items (`1.2022年，…`): each item in sequence starts a sentence, though
/// the heading ended without a stop; an item out of sequence is a wrap.
#[test]
fn the_items_of_a_list_inside_a_case_start_sentences() {
    let text = "标题\n一、甲县\n（一）学前教育\n1.2022年，新建幼儿园3所\n2.2023年，新建幼儿园5所\n（二）义务教育\n1.新建学校2所，补充教师\n3、所学校完成培训。\n";
    let report = parse(&doc(text)).expect("parses");
    let cases = &report.sections[0].cases;
    assert_eq!(
        cases.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
        [
            "学前教育\n1.2022年，新建幼儿园3所\n2.2023年，新建幼儿园5所",
            "义务教育\n1.新建学校2所，补充教师3、所学校完成培训。",
        ]
    );
}

#[test]
fn a_gap_after_a_sentence_is_a_case_and_is_recorded() {
    let text = "标题\n一、甲市\n1.做了一件事。\n3.又做了一件事。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 3])]);
    let gap = &report.sections[0].numbering_gaps[0];
    assert_eq!((gap.expected, gap.found, gap.line), (2, 3, 4));
}

/// Cases numbered on through the sections (`一、学前教育` 1–3, `二、义务教育`
/// 4–6, `三、…` 7–8) are read as written, and no gap is recorded: each
/// later section was said to be missing its cases 1 to 3. A real gap is
/// still one, and a `4.5万` that may be a figure does not go on.
#[test]
fn numbering_that_goes_on_from_the_section_before_is_no_gap() {
    let text = "岚水县2023年度自评报告\n一、学前教育\n1.毛入园率91.6%。\n2.覆盖率85.2%。\n3.占比52.6%。\n二、义务教育\n4.巩固率96.3%。\n5.大班额比例2.7%。\n三、教师队伍\n全县教师2300人。\n6.工资不低于公务员。\n7.培训全覆盖。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("学前教育".to_string(), vec![1, 2, 3]),
            ("义务教育".to_string(), vec![4, 5]),
            ("教师队伍".to_string(), vec![0, 6, 7]),
        ]
    );
    assert!(report.sections.iter().all(|s| s.numbering_gaps.is_empty()));
    // Skipping from the section before is a gap.
    let skipped = text
        .replace("4.巩固率", "5.巩固率")
        .replace("5.大班额", "6.大班额");
    let report = parse(&doc(&skipped)).expect("parses");
    let gap = &report.sections[1].numbering_gaps[0];
    assert_eq!((gap.expected, gap.found), (1, 5));
    // `4.5万人` after a section's `3.` stays a figure.
    let text = "某县2023年度自评报告\n一、学前教育\n1.做法。\n2.做法。\n3.做法。\n二、义务教育\n4.5万名学生享受资助。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report)[1], ("义务教育".to_string(), vec![0]));
}

#[test]
fn county_report_with_paren_sections_and_comma_cases() {
    let text = "２０２１年某市各县典型案例\n（一）甲县\n1、建成学校３所。\n(1)其中新建两所。\n2、其他。\n（二）乙县：\n1、做法。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.year, Some(2021));
    assert_eq!(
        outline(&report),
        vec![
            ("甲县".to_string(), vec![1, 2]),
            ("乙县".to_string(), vec![1])
        ]
    );
    assert_eq!(
        report.sections[0].cases[0].text,
        "建成学校３所。\n(1)其中新建两所。"
    );
}

#[test]
fn crlf_and_indentation_keep_columns() {
    let text = "标题\r\n一、甲市\r\n  1.做法\r\n  持续。\r\n";
    let report = parse(&doc(text)).expect("parses");
    let case = &report.sections[0].cases[0];
    assert_eq!((case.line, case.column), (3, 3));
    assert_eq!(case.text, "做法持续。");
    assert_eq!(case.position(2), (4, 3));
}

#[test]
fn no_sections_is_an_error() {
    let err = parse(&doc("只是一段文字,没有编号。\n第二行。\n")).unwrap_err();
    assert!(
        err.message
            .starts_with("no sections found: expected headings such as 一、"),
        "{}",
        err.message
    );
    let err = parse(&doc("\n \n")).unwrap_err();
    assert!(err.message.contains("only blank lines"));
    // Under a title that names a region, a body of figures with no
    // numbered line at all is that region's one section (a press
    // conference's transcript was refused).
    let report = parse(&doc(
        "青溪县2023年教育工作新闻发布会文字实录\n记者：今年课后服务情况如何？\n局长：全县课后服务覆盖率达到100%。\n",
    ))
    .expect("one section");
    let names: Vec<(&str, u32)> = report
        .sections
        .iter()
        .map(|s| (s.name.as_str(), s.number))
        .collect();
    assert_eq!(names, [("青溪县", 1)]);
    assert!(report.sections[0].cases[0].text.contains("覆盖率达到100%"));
    // A title that names none, or a body of words only, still has no
    // section to check.
    for text in [
        "教育工作新闻发布会文字实录\n局长：课后服务覆盖率达到100%。\n",
        "青溪县2023年教育工作新闻发布会文字实录\n局长：课后服务工作扎实推进。\n",
    ] {
        let err = parse(&doc(text)).unwrap_err();
        assert!(err.message.starts_with("no sections found"), "{text}");
    }
}

#[test]
fn the_shandong_sample() {
    let text = include_str!("../../../tests/fixtures/reports/shandong-2020-city-cases.txt");
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.title, "2020年各市履行教育职责典型工作案例");
    assert_eq!(report.year, Some(2020));
    let names: Vec<&str> = report.sections.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "济南市",
            "青岛市",
            "淄博市",
            "枣庄市",
            "东营市",
            "烟台市",
            "潍坊市",
            "济宁市",
            "泰安市",
            "威海市",
            "日照市",
            "临沂市",
            "德州市",
            "聊城市",
            "滨州市",
            "菏泽市"
        ]
    );
    for s in &report.sections {
        assert_eq!(
            s.cases.iter().map(|c| c.number).collect::<Vec<_>>(),
            [1, 2, 3],
            "{}",
            s.name
        );
        assert!(s.numbering_gaps.is_empty(), "{}", s.name);
    }
    let jinan = &report.sections[0].cases[0];
    assert!(
        jinan
            .text
            .starts_with("认真落实教育投入保障政策,教育经费持续增长。"),
        "{}",
        jinan.text
    );
    let qingdao = &report.sections[1].cases[1];
    assert!(
        qingdao
            .text
            .starts_with("普惠性幼儿园覆盖率提高至90%,超国家"),
        "{}",
        qingdao.text
    );
    let heze = &report.sections[15].cases[2];
    assert!(heze.text.contains("累计补充教师2.5万余人"), "{}", heze.text);
}

fn md(text: &str) -> Document {
    Document {
        path: "report.md".into(),
        text: text.into(),
        encoding: "UTF-8",
    }
}

#[test]
fn inline_enumeration_at_line_start() {
    let m = marker(&normalize("二是加大投入")).expect("marker");
    assert_eq!((m.style, m.number, m.len), (Style::ChineseIs, 2, 2));
    let text = "标题\n一、甲市\n一是加大投入。\n二是完善机制。\n二、乙市\n一是建设学校。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("甲市".to_string(), vec![1, 2]),
            ("乙市".to_string(), vec![1])
        ]
    );
    assert_eq!(report.sections[0].cases[1].text, "完善机制。");
}

#[test]
fn markdown_headings_are_sections() {
    let text = "# 2020年案例\n\n## 济南市\n\n1. 做法一,\n   持续。\n2. 做法二。\n\n## 青岛市\n\n1. 做法。\n";
    let report = parse(&md(text)).expect("parses");
    assert_eq!(report.title, "2020年案例");
    assert_eq!(report.year, Some(2020));
    assert_eq!(
        outline(&report),
        vec![
            ("济南市".to_string(), vec![1, 2]),
            ("青岛市".to_string(), vec![1])
        ]
    );
    assert_eq!(report.sections[0].cases[0].text, "做法一,持续。");
    // Columns count the `#` marks: 济南市 starts at column 4 of line 3.
    assert_eq!((report.sections[0].line, report.sections[0].column), (3, 4));
    // Numbered headings keep their own numbering; bold is markup.
    let text = "# 标题\n## 一、济南市\n**1.做法。**\n## 二、青岛市\n1.做法。\n";
    let report = parse(&md(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("济南市".to_string(), vec![1]),
            ("青岛市".to_string(), vec![1])
        ]
    );
    // Markup trimmed at the end of a line (closing `**`, closing `##`) does
    // not move the column of what comes before it.
    let text = "# 标题\n## 一、济南市 ##\n**1.做法。**\n";
    let report = parse(&md(text)).expect("parses");
    assert_eq!((report.sections[0].line, report.sections[0].column), (2, 4));
    let case = &report.sections[0].cases[0];
    assert_eq!((case.line, case.column), (3, 3));
    // In a text file, `#` is just a character, unless a region's name alone
    // follows it (a region's label, as Markdown heads one): the first
    // numbered line gives the sections.
    let report =
        parse(&doc("标题\n# 主要做法\n1.做法。\n2.做法。\n（1）建校。\n")).expect("parses");
    assert_eq!(
        outline(&report),
        vec![("做法".to_string(), vec![]), ("做法".to_string(), vec![1])]
    );
    let report = parse(&doc("标题\n# 济南市\n1.做法。\n2.做法。\n（1）建校。\n")).expect("parses");
    assert_eq!(outline(&report), vec![("济南市".to_string(), vec![1, 2])]);
}

#[test]
fn province_report_with_paren_items() {
    let text = "2021年某省案例\n一、甲市\n（一）做法。\n(1)其中一项;\n（二）做法。\n二、乙市\n（一）做法。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("甲市".to_string(), vec![1, 2]),
            ("乙市".to_string(), vec![1])
        ]
    );
    assert_eq!(report.sections[0].cases[0].text, "做法。\n(1)其中一项;");
}

#[test]
fn footnotes_and_hierarchical_numbers_are_not_cases() {
    let text = "标题\n一、甲市\n1.覆盖率达87.1%(1),毛入园率94.3%①。\n1.1.2 按规定执行。\n①注:按常住人口计算。\n2.完成。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2])]);
    assert_eq!(
        report.sections[0].cases[0].text,
        "覆盖率达87.1%(1),毛入园率94.3%①。\n1.1.2 按规定执行。\n①注:按常住人口计算。"
    );
    assert_eq!(marker("1.1.1 总则"), None);
}

#[test]
fn a_closing_quote_ends_a_sentence_only_after_a_sentence_end() {
    assert!(ends_sentence("他说:“完成。”"));
    assert!(!ends_sentence("探索推行“党建+”"));
    let text = "标题\n一、甲市\n1.推行“党建+”\n模式。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.sections[0].cases[0].text, "推行“党建+”模式。");
}

/// The cases' texts of the first section.
fn texts(report: &Report) -> Vec<&str> {
    report.sections[0]
        .cases
        .iter()
        .map(|c| c.text.as_str())
        .collect()
}

const JINAN_INLINE: &str = "2020年案例\n一、济南市\n主要做法：一是加大投入，全市教育支出达213.8亿元；二是优化布局，新建幼儿园45所；三是强化师资，招聘教师2000余名。\n二、青岛市\n1.做法。\n";

#[test]
fn an_inline_enumeration_splits_into_cases() {
    let report = parse(&doc(JINAN_INLINE)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("济南市".to_string(), vec![1, 2, 3]),
            ("青岛市".to_string(), vec![1])
        ]
    );
    // The lead-in opens case 1; every case's text starts after its marker.
    assert_eq!(
        texts(&report),
        [
            "主要做法：加大投入，全市教育支出达213.8亿元；",
            "优化布局，新建幼儿园45所；",
            "强化师资，招聘教师2000余名。"
        ]
    );
    assert_eq!(report.sections[1].cases[0].text, "做法。");
}

#[test]
fn inline_cases_point_at_their_own_columns() {
    let report = parse(&doc(JINAN_INLINE)).expect("parses");
    let line = JINAN_INLINE.lines().nth(2).expect("line 3");
    let column_of = |s: &str| {
        let byte = line.find(s).unwrap_or_else(|| panic!("{s} in line 3"));
        u32::try_from(line[..byte].chars().count() + 1).expect("small")
    };
    let cases = &report.sections[0].cases;
    // Case 1: the marker 一是 at column 6, its lead-in from column 1.
    assert_eq!((cases[0].line, cases[0].column), (3, 6));
    assert_eq!(cases[0].marker_length(), 2);
    assert_eq!(cases[0].position(0), (3, 1));
    let jia = cases[0].text.chars().position(|c| c == '加').expect("加");
    assert_eq!(cases[0].position(jia), (3, 8));
    // Case 2: the marker 二是 at column 28, its figure 45 at column 40.
    let two = &cases[1];
    assert_eq!((two.line, two.column), (3, column_of("二是")));
    assert_eq!((two.line, two.column), (3, 28));
    assert_eq!(two.marker_length(), 2);
    let byte = two.text.find("45").expect("45");
    let offset = two.text[..byte].chars().count();
    assert_eq!(two.position(offset), (3, column_of("45")));
    assert_eq!(two.position(offset), (3, 40));
    // Case 3 starts after 三是.
    assert_eq!(cases[2].position(0), (3, column_of("强化师资")));
}

#[test]
fn words_ending_in_a_numeral_are_not_markers() {
    for text in [
        "标准统一是前提",
        "唯一是目标",
        "第一是质量",
        "其中一是公办园",
        "这二是关键",
    ] {
        assert_eq!(inline_markers(&normalize(text)), [], "{text}");
    }
    // Not a run: none of these opens a case; the section's text is its
    // lead-in (case 0), in one piece.
    let text = "标题\n一、甲市\n标准统一是前提，唯一是目标；第一是质量，其中二是关键。\n二、乙市\n1.做法。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![("甲市".to_string(), vec![0]), ("乙市".to_string(), vec![1])]
    );
    // Inside a real run they stay in the text of their case.
    let text = "标题\n一、甲市\n一是标准统一是前提，唯一是目标；二是第一是质量，其中一是公办园。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2])]);
    assert_eq!(
        texts(&report),
        [
            "标准统一是前提，唯一是目标；",
            "第一是质量，其中一是公办园。"
        ]
    );
}

#[test]
fn markers_follow_every_clause_boundary() {
    let found: Vec<(usize, u32)> = inline_markers(&normalize(
        "做法：一是甲；二是乙。三是丙，四是丁;五是戊, 六是己！七是庚",
    ))
    .into_iter()
    .map(|(at, m)| (at, m.number))
    .collect();
    assert_eq!(
        found,
        [(3, 1), (7, 2), (11, 3), (15, 4), (19, 5), (24, 6), (28, 7)]
    );
    let m = inline_markers(&normalize("甲；十二是乙"))[0].1;
    assert_eq!((m.number, m.len), (12, 3));
}

#[test]
fn inline_enumerations_inside_numbered_cases_stay_inside() {
    let text = "标题\n一、甲市\n1.主要做法：一是加大投入；二是优化布局。\n2.其他做法。\n二、乙市\n1.一是建校；二是扩班。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("甲市".to_string(), vec![1, 2]),
            ("乙市".to_string(), vec![1])
        ]
    );
    assert_eq!(texts(&report)[0], "主要做法：一是加大投入；二是优化布局。");
    assert_eq!(report.sections[1].cases[0].text, "一是建校；二是扩班。");
    // The same under （一） items of a province report.
    let text = "标题\n一、甲市\n（一）做法：一是建校；二是扩班。\n（二）成效。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2])]);
    assert_eq!(texts(&report)[0], "做法：一是建校；二是扩班。");
    // A section with no numbered cases in a numbered report is enumerated.
    let text = "标题\n一、甲市\n1.做法。\n二、乙市\n一是建校；二是扩班。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("甲市".to_string(), vec![1]),
            ("乙市".to_string(), vec![1, 2])
        ]
    );
}

#[test]
fn a_lone_inline_yi_shi_splits_nothing() {
    let text =
        "标题\n一、甲市\n主要做法：一是加大投入，全市教育支出达213.8亿元。\n二、乙市\n1.做法。\n";
    let report = parse(&doc(text)).expect("parses");
    // Not split: the paragraph is the section's lead-in (case 0), whole.
    assert_eq!(
        outline(&report),
        vec![("甲市".to_string(), vec![0]), ("乙市".to_string(), vec![1])]
    );
    // 二是 before 一是 is no run either.
    let text = "标题\n一、甲市\n原因：二是其次，一是首要。\n二、乙市\n1.做法。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![("甲市".to_string(), vec![0]), ("乙市".to_string(), vec![1])]
    );
}

#[test]
fn inline_markers_only_in_sequence() {
    // 三是 after 一是 skips 二是: inline, it stays inside case 1. A second
    // run (取得成效：一是…) starts again at 一是: it stays in the last case.
    let text = "标题\n一、甲市\n主要做法：一是建校；三是扩班。\n二是招聘教师，\n共200名。\n取得成效：一是入园率提高；二是大班额消除。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2])]);
    assert_eq!(
        texts(&report),
        [
            "主要做法：建校；三是扩班。",
            "招聘教师，共200名。\n取得成效：一是入园率提高；二是大班额消除。"
        ]
    );
}

#[test]
fn line_start_and_inline_enumerations_read_the_same() {
    let inline = "2020年案例\n一、济南市\n主要做法：一是加大投入，全市教\n育支出达213.8亿元；二是优化布局，新建幼儿园45所。\n二、青岛市\n一是建校3所。二是扩班。\n";
    let lines = "2020年案例\n一、济南市\n主要做法：\n一是加大投入，全市教\n育支出达213.8亿元；\n二是优化布局，新建幼儿园45所。\n二、青岛市\n一是建校3所。\n二是扩班。\n";
    let shape = |text: &str| {
        let report = parse(&doc(text)).expect("parses");
        report
            .sections
            .iter()
            .map(|s| {
                let cases: Vec<(u32, String)> = s
                    .cases
                    .iter()
                    .map(|c| (c.number, c.text.split_whitespace().collect()))
                    .collect();
                (s.name.to_string(), cases)
            })
            .collect::<Vec<_>>()
    };
    let expected = vec![
        (
            "济南市".to_string(),
            vec![
                (
                    1,
                    "主要做法：加大投入，全市教育支出达213.8亿元；".to_string(),
                ),
                (2, "优化布局，新建幼儿园45所。".to_string()),
            ],
        ),
        (
            "青岛市".to_string(),
            vec![(1, "建校3所。".to_string()), (2, "扩班。".to_string())],
        ),
    ];
    assert_eq!(shape(inline), expected);
    assert_eq!(shape(lines), expected);
}

/// The marker as the specification regex reads it: the implementation
/// [`marker`] replaced, kept to check it.
fn marker_by_regex(line: &str) -> Option<Marker> {
    let caps = crate::marker_regex().captures(line)?;
    let whole = caps.get(0)?.as_str().chars().count();
    let (style, number, len) = if let Some(m) = caps.name("cc") {
        (
            Style::ChineseComma,
            numerals::parse_integer(m.as_str())?,
            whole,
        )
    } else if let Some(m) = caps.name("cp") {
        (
            Style::ChineseParen,
            numerals::parse_integer(m.as_str())?,
            whole,
        )
    } else if let Some(m) = caps.name("pc") {
        let c = m.as_str().chars().next()?;
        (Style::ChineseParen, c as u64 - '㈠' as u64 + 1, whole)
    } else if let Some(m) = caps.name("part") {
        let n = m
            .as_str()
            .parse()
            .ok()
            .or_else(|| numerals::parse_integer(m.as_str()))?;
        (Style::Part, n, whole)
    } else if let Some(m) = caps.name("ad") {
        (
            Style::ArabicDot,
            m.as_str().parse().ok()?,
            m.as_str().chars().count() + 1,
        )
    } else if let Some(m) = caps.name("ac") {
        (Style::ArabicComma, m.as_str().parse().ok()?, whole)
    } else if let Some(m) = caps.name("ap") {
        (Style::ArabicParen, m.as_str().parse().ok()?, whole)
    } else if let Some(m) = caps.name("ah") {
        (Style::ArabicHalfParen, m.as_str().parse().ok()?, whole)
    } else if let Some(m) = caps.name("ord") {
        (Style::Ordinal, numerals::parse_integer(m.as_str())?, whole)
    } else if let Some(m) = caps.name("case").or_else(|| caps.name("caseb")) {
        let n = m
            .as_str()
            .parse()
            .ok()
            .or_else(|| numerals::parse_integer(m.as_str()))?;
        (Style::Case, n, whole)
    } else if let Some(m) = caps.name("is") {
        (
            Style::ChineseIs,
            numerals::parse_integer(m.as_str())?,
            whole,
        )
    } else {
        let c = caps.name("ci")?.as_str().chars().next()?;
        (Style::Circled, c as u64 - '①' as u64 + 1, 1)
    };
    let certainty = if caps.name("year").is_some() {
        Certainty::BeforeYear
    } else if caps.name("dec").is_some() {
        Certainty::Decimal
    } else {
        Certainty::Sure
    };
    Some(Marker {
        style,
        number: u32::try_from(number).ok()?,
        len,
        certainty,
    })
}

#[test]
fn markers_read_as_the_specification_regex() {
    const PIECES: &[&str] = &[
        "1",
        "12",
        "123",
        "1234",
        "0",
        ".",
        "、",
        "(",
        ")",
        "第",
        "其",
        "部分",
        "部",
        ",",
        "批",
        "案例",
        "【典型案例",
        "[做法",
        "】",
        ":",
        "一",
        "二",
        "十",
        "百",
        "零",
        "〇",
        "两",
        "千",
        "是",
        "①",
        "㈡",
        "⑳",
        "⑩",
        "济南市",
        " ",
        "5",
        "万",
        "年",
        "2020年",
        "19",
        "%",
    ];
    let mut state: u64 = 0x1949_1001;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let mut found = 0;
    for _ in 0..120_000 {
        let len = 1 + next() % 6;
        let line: String = (0..len).map(|_| PIECES[next() % PIECES.len()]).collect();
        let expected = marker_by_regex(&line);
        found += usize::from(expected.is_some());
        assert_eq!(marker(&line), expected, "{line:?}");
    }
    assert!(
        found > 10_000,
        "only {found} markers: the pieces are too thin"
    );
}

/// Case markers followed by digits (`1.2020年以来`, `1.100%的学校`): a
/// marker or a figure, decided by the sequence and the line before.
mod markers_followed_by_digits {
    use super::*;
    use proptest::prelude::*;

    fn unread(report: &Report) -> Vec<(u32, &str, &'static str)> {
        report
            .sections
            .iter()
            .flat_map(|s| &s.unread_numbering)
            .map(|u| (u.line, u.marker.as_str(), u.reason_kind()))
            .collect()
    }

    /// A county's first section, written as county offices write it: every
    /// case opens with a year, one in the middle too.
    #[test]
    fn cases_that_open_with_a_year_are_cases() {
        let text = "某县2021年履行教育职责自评报告\n一、教育投入\n1.2020年以来，全县累计投入1.2亿元。\n2.新建幼儿园3所。\n3.2019年底，全县大班额全部消除。\n4.2021年，义务教育巩固率达到96.3%。\n二、队伍建设\n1.招聘教师120名。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("教育投入".to_string(), vec![1, 2, 3, 4]),
                ("队伍建设".to_string(), vec![1])
            ]
        );
        assert_eq!(
            texts(&report),
            [
                "2020年以来，全县累计投入1.2亿元。",
                "新建幼儿园3所。",
                "2019年底，全县大班额全部消除。",
                "2021年，义务教育巩固率达到96.3%。"
            ]
        );
        assert!(unread(&report).is_empty(), "{:?}", unread(&report));
        // The year is the first character of the case text, on column 3.
        assert_eq!(report.sections[0].cases[0].position(0), (3, 3));
    }

    #[test]
    fn a_percentage_after_the_marker_is_a_case_in_sequence() {
        let text = "标题\n一、甲县\n1.100%的学校开展课后服务。\n2.新建学校2所。\n3.100%的乡镇建成中心幼儿园。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲县".to_string(), vec![1, 2, 3])]);
        assert_eq!(texts(&report)[0], "100%的学校开展课后服务。");
        assert_eq!(texts(&report)[2], "100%的乡镇建成中心幼儿园。");
    }

    /// The other direction: a figure wrapped to the start of a line stays a
    /// figure, even when its integer part is the number that comes next.
    #[test]
    fn a_wrapped_figure_is_not_a_case() {
        let text = "标题\n一、甲县\n1.全县累计培训教师\n2.5万人次。\n2.新建学校2所。\n3.招聘教师\n1.5万名,其中\n0.5万名在乡村。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲县".to_string(), vec![1, 2, 3])]);
        assert_eq!(texts(&report)[0], "全县累计培训教师2.5万人次。");
        assert_eq!(texts(&report)[2], "招聘教师1.5万名,其中0.5万名在乡村。");
        // `2.5` is the number due, so it gets a note; `1.5` and `0.5` are
        // not due: figures like any other.
        assert_eq!(unread(&report), [(4, "2.", "figure")]);
        let note = &report.sections[0].unread_numbering[0];
        assert_eq!((note.line, note.column), (4, 1));
        assert!(note.explain().contains("数字2.5"), "{}", note.explain());
    }

    /// A line that opens with a figure after a sentence end (`2.6万名…`,
    /// where case 2 is due) is still the case before's when case 2 opens
    /// later with a sure marker (`2.推进…`): the number was the figure's.
    /// Read as case 2, it lost the figure's `2.`, and the real case 2 was
    /// read as its text.
    #[test]
    fn a_figure_is_not_a_case_when_its_number_opens_later() {
        let text = "标题\n一、甲县\n1.保障随迁子女入学。就读比例达到91.2%。\n2.6万名随迁子女享受同等待遇。\n2.推进学前教育。毛入园率92.5%。\n3.100%的乡镇建成中心幼儿园。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲县".to_string(), vec![1, 2, 3])]);
        assert_eq!(
            texts(&report)[0],
            "保障随迁子女入学。就读比例达到91.2%。\n2.6万名随迁子女享受同等待遇。"
        );
        assert_eq!(texts(&report)[1], "推进学前教育。毛入园率92.5%。");
        // (Case 3 has no later `3.`: a case that opens with a figure.)
        assert_eq!(texts(&report)[2], "100%的乡镇建成中心幼儿园。");
        assert!(unread(&report).is_empty());
    }

    /// Where every case's number has a blank after it (`1. 职普协调`), a
    /// line that opens with the next number and a decimal with none
    /// (`3.6亿元专项资金…`) is a figure, even with no later `3.` to show it
    /// (it was case 3, and its figure lost the `3.`). Where the cases have
    /// no blank (`1.新建`), it opens the case, as before.
    #[test]
    fn an_unspaced_decimal_among_spaced_numbers_is_a_figure() {
        let text = "标题\n一、甲县\n1. 职普协调。中职招生比例为47.3%。\n2. 学前教育。新建幼儿园3所。\n3.6亿元专项资金用于新建公办幼儿园7所。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲县".to_string(), vec![1, 2])]);
        assert!(texts(&report)[1].ends_with("3.6亿元专项资金用于新建公办幼儿园7所。"));
        let text = "标题\n一、甲县\n1.职普协调。中职招生比例为47.3%。\n2.学前教育。新建幼儿园3所。\n3.100%的学校开展课后服务。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲县".to_string(), vec![1, 2, 3])]);
    }

    /// A year after the marker is a marker like any other: it may skip a
    /// number after a sentence end, but not in the middle of a sentence.
    #[test]
    fn a_year_marker_follows_the_sequence() {
        let text =
            "标题\n一、甲县\n1.做法。\n3.2020年以来，新建学校。\n4.完成改造\n6.2021年任务。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲县".to_string(), vec![1, 3, 4])]);
        assert_eq!(report.sections[0].numbering_gaps.len(), 1);
        assert_eq!(unread(&report), [(6, "6.", "out-of-sequence")]);
        assert_eq!(texts(&report)[2], "完成改造6.2021年任务。");
    }

    // Cases whose first words are figures of every kind: the report reads
    // back case by case, whatever the figure. (`1.1.5万名` is out: it reads
    // as the clause number 1.1.5, see `figures_at_line_start_are_not_markers`.)
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn cases_opening_with_figures_read_back(
            bodies in proptest::collection::vec(
                (
                    prop_oneof![
                        (1990u32..2030).prop_map(|y| format!("{y}年以来，")),
                        (1990u32..2030).prop_map(|y| format!("{y}年底，")),
                        (0u32..1000).prop_map(|n| format!("{n}%的学校")),
                        (1u32..100).prop_map(|n| format!("{n}万名教师")),
                        Just("全县".to_string()),
                    ],
                    prop_oneof![Just("完成任务。"), Just("建成学校；"), Just("达标！")],
                ),
                1..12,
            )
        ) {
            let mut text = String::from("标题\n一、甲县\n");
            let mut expected = Vec::new();
            for (i, (head, tail)) in bodies.iter().enumerate() {
                text.push_str(&format!("{}.{head}{tail}\n", i + 1));
                expected.push(format!("{head}{tail}"));
            }
            let report = parse(&doc(&text)).expect("parses");
            prop_assert_eq!(texts(&report), expected.iter().map(String::as_str).collect::<Vec<_>>());
            prop_assert!(unread(&report).is_empty());
        }

        /// A line that goes on (no sentence end) is continued by the next
        /// line, even when that line starts with the next number and a
        /// decimal figure.
        #[test]
        fn a_continued_line_keeps_its_figure(
            cases in 1u32..8,
            fraction in 1u32..100,
            unit in prop_oneof![Just("万人"), Just("亿元"), Just("%"), Just("个百分点")],
        ) {
            let mut text = String::from("标题\n一、甲县\n");
            for i in 1..cases {
                text.push_str(&format!("{i}.完成任务。\n"));
            }
            text.push_str(&format!("{cases}.累计投入\n{}.{fraction}{unit}。\n", cases + 1));
            let report = parse(&doc(&text)).expect("parses");
            let numbers: Vec<u32> = report.sections[0].cases.iter().map(|c| c.number).collect();
            prop_assert_eq!(numbers, (1..=cases).collect::<Vec<_>>());
            let last = format!("累计投入{}.{fraction}{unit}。", cases + 1);
            prop_assert_eq!(texts(&report).last().copied(), Some(last.as_str()));
            prop_assert_eq!(unread(&report).len(), 1);
        }
    }
}

/// No silent loss: every numbered line that is not read as a case says why.
mod unread_numbering {
    use super::*;

    #[test]
    fn a_wrapped_marker_out_of_sequence_is_noted() {
        let text = "标题\n一、甲市\n1.补充教师\n3、所学校\n2.累计补充教师。\n3.完成。\n";
        // `3、` is another style than the cases (`1.`): a sub-item, no note.
        let report = parse(&doc(text)).expect("parses");
        assert!(report.sections[0].unread_numbering.is_empty());
        let text = "标题\n一、甲市\n1.补充教师\n3.所学校\n2.累计补充教师。\n2.又一条。\n3.完成。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2, 3])]);
        let notes: Vec<(u32, u32, &str)> = report.sections[0]
            .unread_numbering
            .iter()
            .map(|u| (u.line, u.column, u.reason_kind()))
            .collect();
        assert_eq!(notes, [(4, 1, "out-of-sequence"), (6, 1, "behind")]);
    }

    /// A section that numbers its items in another style than the report's
    /// cases, and has no case of the report's style, reads its own items as
    /// its cases (`三、存在问题` with `1.` `2.` in a report of `（一）`).
    #[test]
    fn a_section_numbered_in_its_own_style_has_those_cases() {
        let text =
            "标题\n一、甲市\n1.做法。\n二、乙市\n（1）建校。\n（2）扩班。\n三、丙市\n1.做法。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("甲市".to_string(), vec![1]),
                ("乙市".to_string(), vec![1, 2]),
                ("丙市".to_string(), vec![1]),
            ]
        );
        assert!(
            report
                .sections
                .iter()
                .all(|s| s.unread_numbering.is_empty())
        );
        // Sub-points of another style inside a case stay in it.
        let text = "标题\n一、甲市\n1.做法：\n（1）建校。\n（2）扩班。\n2.成效。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2])]);
    }

    #[test]
    fn a_section_left_without_cases_names_its_numbered_lines() {
        // Numbered from 2 in its own style: no case one of any style.
        let text =
            "标题\n一、甲市\n1.做法。\n二、乙市\n（2）建校。\n（3）扩班。\n三、丙市\n1.做法。\n";
        let report = parse(&doc(text)).expect("parses");
        let second = &report.sections[1];
        assert!(second.cases.iter().all(Case::is_lead_in));
        let notes: Vec<(u32, &str)> = second
            .unread_numbering
            .iter()
            .map(|u| (u.line, u.marker.as_str()))
            .collect();
        assert_eq!(notes, [(5, "（2）"), (6, "（3）")]);
        assert!(
            second.unread_numbering[0]
                .explain()
                .contains("案例编号样式为“1.”"),
            "{}",
            second.unread_numbering[0].explain()
        );
        assert!(report.sections[0].unread_numbering.is_empty());
    }

    #[test]
    fn a_section_heading_out_of_sequence_is_noted() {
        let text = "标题\n一、甲市\n1.共建成\n三、四所学校。\n二、乙市\n1.做法。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(report.sections.len(), 2);
        let u = &report.sections[0].unread_numbering[0];
        assert_eq!(
            (u.line, u.marker.as_str(), u.reason_kind()),
            (4, "三、", "section-out-of-sequence")
        );
    }

    #[test]
    fn a_report_with_no_text_under_its_headings_is_an_error_naming_the_file() {
        let text = "某县自评报告\n一、教育投入\n二、队伍建设\n";
        let err = parse(&doc(text)).unwrap_err();
        assert_eq!(err.path, "t.txt");
        assert!(
            err.message
                .starts_with("no cases found: 2 sections (教育投入、队伍建设)"),
            "{}",
            err.message
        );
    }

    /// A county's self-evaluation by topic, each topic a paragraph: every
    /// section is read as its lead-in. It was an input error, and none of
    /// its figures was checked. A numbered line not read is still listed.
    #[test]
    fn sections_of_paragraphs_are_read_as_lead_ins() {
        let text = "某县自评报告\n一、教育投入\n全县投入持续增长。\n二、队伍建设\n招聘教师。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("教育投入".to_string(), vec![0]),
                ("队伍建设".to_string(), vec![0]),
            ]
        );
        assert_eq!(report.sections[1].cases[0].text, "招聘教师。");
        let text = "某县自评报告\n一、教育投入\n全县投入持续增长。\n（2）新建学校。\n";
        let report = parse(&doc(text)).expect("parses");
        let u = &report.sections[0].unread_numbering;
        assert_eq!(
            u.iter()
                .map(|u| (u.line, u.marker.as_str()))
                .collect::<Vec<_>>(),
            [(4, "（2）")]
        );
        assert!(report.sections[0].cases[0].text.contains("新建学校"));
    }
}

/// Parsing is linear in the size of its input (issue 13, item 5): the work
/// counted by the parser's test hook (lines read, characters walked and
/// appended) grows at most 12× for a 10× larger input, in every shape that
/// was quadratic: one section of many cases, many sections, one long case
/// of many lines, and one line of many inline cases.
mod linear {
    use super::*;

    fn work_for(text: &str) -> u64 {
        WORK.with(|w| w.set(0));
        let report = parse(&doc(text)).expect("parses");
        assert!(!report.sections.is_empty());
        WORK.with(std::cell::Cell::get)
    }

    const BODY: &str = "全县普惠性幼儿园覆盖率达到90%，新建幼儿园12所。";

    fn one_section(cases: usize) -> String {
        let mut t = String::from("标题\n一、甲市\n");
        for k in 1..=cases {
            t.push_str(&format!("{k}.{BODY}\n"));
        }
        t
    }

    fn sections(n: usize) -> String {
        let mut t = String::from("标题\n");
        for k in 1..=n {
            t.push_str(&format!("{k}、某区\n（1）{BODY}\n（2）{BODY}\n"));
        }
        t
    }

    /// Regions one level below a first-level heading that names none.
    fn regions_below(n: usize) -> String {
        let mut t = String::from("标题\n一、总体情况\n全市教育支出增长4.1%。\n二、各区情况\n");
        for k in 1..=n {
            t.push_str(&format!("{k}、某区\n（1）{BODY}\n（2）{BODY}\n"));
        }
        t.push_str("三、存在问题\n（1）部分学校缺编。\n");
        t
    }

    fn long_case(lines: usize) -> String {
        let mut t = String::from("标题\n一、甲市\n1.");
        for _ in 0..lines {
            t.push_str("全县普惠性幼儿园覆盖率达到90%，新建幼\n");
        }
        t
    }

    fn inline_line(cases: usize) -> String {
        let mut t = String::from("标题\n一、甲市\n主要做法：");
        let mut n = String::new();
        for k in 1..=cases {
            n.clear();
            // 一是…九十九是: inline markers need Chinese numerals.
            let k = k % 99 + 1;
            n.push_str(&numeral(k));
            t.push_str(&format!("{n}是加大投入；"));
        }
        t.push('\n');
        t
    }

    fn numeral(k: usize) -> String {
        let d = |i: usize| dutycheck_vocab::numerals::DIGITS[i];
        match k {
            1..=9 => d(k).to_string(),
            10 => "十".into(),
            11..=19 => format!("十{}", d(k - 10)),
            _ if k.is_multiple_of(10) => format!("{}十", d(k / 10)),
            _ => format!("{}十{}", d(k / 10), d(k % 10)),
        }
    }

    #[test]
    fn ten_times_the_input_costs_at_most_twelve_times_the_work() {
        /// A shape of input: its name, a generator of `n` units, and `n`.
        type Shape = (&'static str, fn(usize) -> String, usize);
        let shapes: [Shape; 5] = [
            ("one section", one_section, 2_000),
            ("sections", sections, 2_000),
            ("regions below the first level", regions_below, 2_000),
            ("one long case", long_case, 2_000),
            ("one line of inline cases", inline_line, 2_000),
        ];
        for (name, make, n) in shapes {
            let small = make(n);
            let large = make(10 * n);
            let (a, b) = (work_for(&small), work_for(&large));
            assert!(a > 0, "{name}: no work counted");
            let ratio = b as f64 / a as f64;
            assert!(
                ratio <= 12.0,
                "{name}: {} → {} bytes cost {a} → {b} steps ({ratio:.1}×)",
                small.len(),
                large.len()
            );
        }
    }

    /// The regions of the shape above are sections, past 1,000 too.
    #[test]
    fn regions_below_the_first_level_at_scale() {
        let report = parse(&doc(&regions_below(1_500))).expect("parses");
        assert_eq!(report.sections.len(), 1_502);
        assert_eq!(report.sections[1_500].name, "某区");
        assert_eq!(report.sections[1_500].number, 1_500);
        assert_eq!(report.sections[1_500].cases.len(), 2);
        assert_eq!(report.sections[1_501].name, "存在问题");
    }

    /// Case 1,000 and beyond of a long list are cases (they once merged
    /// into case 999), in sequence only.
    #[test]
    fn cases_beyond_999_are_cases() {
        let report = parse(&doc(&one_section(40_000))).expect("parses");
        let cases = &report.sections[0].cases;
        assert_eq!(cases.len(), 40_000);
        assert_eq!(cases[39_999].number, 40_000);
        assert_eq!(cases[1_000].text, BODY);
        // A big number out of sequence is a figure, not a skip.
        let report = parse(&doc("标题\n一、甲市\n1.做法。\n2020、2021年完成。\n")).expect("parses");
        assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1])]);
        assert!(report.sections[0].unread_numbering.is_empty());
    }
}

/// Chinese section numbers up to 万 (issue 13, item 11): section 1,000 does
/// not merge into section 999.
#[test]
fn chinese_section_numbers_beyond_999() {
    for (line, number) in [
        ("一千、甲区", 1000),
        ("一千零一、甲区", 1001),
        ("九千九百九十九、甲区", 9999),
        ("一万、甲区", 10_000),
        ("（一千二百三十四）甲区", 1234),
    ] {
        let m = marker(&normalize(line)).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(m.number, number, "{line}");
    }
    let mut text = String::from("标题\n");
    for k in 1..=1_200u64 {
        text.push_str(&format!("{}、某区\n1.做法。\n", chinese(k)));
    }
    let report = parse(&doc(&text)).expect("parses");
    assert_eq!(report.sections.len(), 1_200);
    assert_eq!(report.sections[999].number, 1_000);
    assert_eq!(report.sections[1_199].number, 1_200);
    assert!(report.sections.iter().all(|s| s.cases.len() == 1));
}

/// A Chinese numeral as reports write section numbers (`一千零一`).
fn chinese(n: u64) -> String {
    let d = |i: u64| dutycheck_vocab::numerals::DIGITS[i as usize];
    let mut out = String::new();
    let mut zero = false;
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十")] {
        let q = n / unit % 10;
        if q > 0 {
            if zero {
                out.push('零');
                zero = false;
            }
            if !(unit == 10 && q == 1 && n < 20) {
                out.push(d(q));
            }
            out.push_str(name);
        } else if !out.is_empty() {
            zero = true;
        }
    }
    if !n.is_multiple_of(10) {
        if zero {
            out.push('零');
        }
        out.push(d(n % 10));
    }
    assert_eq!(numerals::parse_integer(&out), Some(n), "{out}");
    out
}

/// PDF page furniture and titles wrapped onto two lines.
mod layout {
    use super::*;

    fn pdf(text: &str) -> Document {
        Document {
            path: "t.pdf".into(),
            text: text.into(),
            encoding: "pdf",
        }
    }

    #[test]
    fn furniture_is_skipped_and_keeps_its_line() {
        let text = "\u{c}某市教育督导室 督导简报（第3期）\n某市2021年各区县\n典型工作案例\n一、东城区\n1.普惠率达93.\n\u{c}- 1 -\n\u{c}某市教育督导室 督导简报（第3期）\n37%，新建\n学校。\n";
        let report = parse(&pdf(text)).expect("parses");
        // The title is the first page's body, joined across its wrap.
        assert_eq!(report.title, "某市2021年各区县典型工作案例");
        assert_eq!(report.year, Some(2021));
        let case = &report.sections[0].cases[0];
        // The page break (footer, header) does not end the sentence.
        assert_eq!(case.text, "普惠率达93.37%，新建学校。");
        // `37%` sits on line 8, after the furniture lines 6 and 7.
        let at = case
            .text
            .find("37%")
            .map(|b| case.text[..b].chars().count());
        assert_eq!(at.map(|o| case.position(o)), Some((8, 1)));
        // In a text file read by the reader, a form feed that only breaks
        // the page is dropped: the line is read.
        let read = dutycheck_read::decode(
            "t.txt",
            "标题\n一、甲市\n1.做法\n\u{c}续。\n".as_bytes(),
            &Default::default(),
        )
        .expect("decodes");
        let report = parse(&read).expect("parses");
        assert_eq!(report.sections[0].cases[0].text, "做法续。");
    }

    #[test]
    fn a_title_is_joined_only_when_it_wraps() {
        let title = |text: &str| parse(&doc(text)).expect("parses").title;
        assert_eq!(
            title("某市2021年度各区县履行教育职责\n典型工作案例汇编\n一、东城区\n1.做法。\n"),
            "某市2021年度各区县履行教育职责典型工作案例汇编"
        );
        // A blank line after the second line, too.
        assert_eq!(
            title("某县人民政府\n2021年度履行教育职责情况自评报告\n\n一、东城区\n1.做法。\n"),
            "某县人民政府2021年度履行教育职责情况自评报告"
        );
        // Prose after the title is prose.
        assert_eq!(
            title("某县2021年自评报告\n根据要求，现将有关情况报告如下。\n一、东城区\n1.做法。\n"),
            "某县2021年自评报告"
        );
        // A blank line between them: two things.
        assert_eq!(
            title("某县2021年自评报告\n\n某县人民政府\n一、东城区\n1.做法。\n"),
            "某县2021年自评报告"
        );
        // The addressee of an official document after the second line.
        assert_eq!(
            title(
                "关于2021年度县级人民政府履行\n教育职责评价情况的通报\n各县（市、区）人民政府：\n一、东城区\n1.做法。\n"
            ),
            "关于2021年度县级人民政府履行教育职责评价情况的通报"
        );
        // A second line followed by more text is not a title's wrap.
        assert_eq!(
            title("某县2021年自评报告\n某县人民政府\n二〇二一年十二月\n一、东城区\n1.做法。\n"),
            "某县2021年自评报告"
        );
    }
}

/// Text of a topic section before its first numbered case, or all of a
/// section without one, is the section's lead-in case 0: read, never
/// dropped (issue 12, "no silent loss").
mod lead_in {
    use super::*;

    const REPORT: &str = "某县2021年度履行教育职责自评报告\n前言不属于任何部分。\n一、学前教育\n全县幼儿园58所。毛入园率达到93.4%。\n（一）普惠。普惠率88.6%。\n二、高中阶段教育\n高中阶段毛入学率达到94.1%，\n比上年提高0.6个百分点。\n三、义务教育\n（一）巩固率97.5%。\n";

    #[test]
    fn text_before_the_first_case_is_case_zero() {
        let report = parse(&doc(REPORT)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("学前教育".to_string(), vec![0, 1]),
                ("高中阶段教育".to_string(), vec![0]),
                ("义务教育".to_string(), vec![1]),
            ]
        );
        let lead = &report.sections[0].cases[0];
        assert!(lead.is_lead_in());
        assert_eq!((lead.line, lead.column), (4, 1));
        assert_eq!(lead.text, "全县幼儿园58所。毛入园率达到93.4%。");
        // A wrapped paragraph is joined like a case's text.
        assert_eq!(
            report.sections[1].cases[0].text,
            "高中阶段毛入学率达到94.1%，比上年提高0.6个百分点。"
        );
        assert!(!report.sections[0].cases[1].is_lead_in());
    }

    #[test]
    fn the_preamble_before_the_first_section_is_not_a_lead_in() {
        let report = parse(&doc(REPORT)).expect("parses");
        assert!(
            report
                .sections
                .iter()
                .flat_map(|s| &s.cases)
                .all(|c| !c.text.contains("前言"))
        );
    }

    #[test]
    fn an_enumerated_lead_in_still_opens_case_one() {
        let text = "2020年案例\n一、甲市\n主要做法：一是投入3亿元；二是新建学校5所。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report), vec![("甲市".to_string(), vec![1, 2])]);
        assert!(report.sections[0].cases[0].text.starts_with("主要做法："));
    }

    #[test]
    fn a_bulletin_of_paragraphs_reads_each_region_as_its_lead_in() {
        let text = "2020年报告\n一、甲市\n全市投入3亿元。\n二、乙市\n全市新建学校5所。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![("甲市".to_string(), vec![0]), ("乙市".to_string(), vec![0])]
        );
    }
}

/// Rows of a table turned into text keep their lines: neither joined to
/// the caption before them nor to each other, as wrapped sentences are.
mod table_rows {
    use super::*;

    #[test]
    fn rows_separated_by_blanks_or_pipes_keep_their_lines() {
        let text = "2022年报告\n一、甲县\n1.主要指标\n表1 主要指标\n指标 国家标准 2021年 2022年\n学前三年毛入园率 ≥85% 92.1% 93.6%\n普惠性幼儿园覆盖率 ≥80% 85.4% 88.2%\n2.指标如下：\n| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n| 高中阶段毛入学率 | 98.4% | 98.7% |\n";
        let report = parse(&doc(text)).expect("parses");
        let cases = &report.sections[0].cases;
        assert_eq!(
            cases[0].text,
            "主要指标表1 主要指标\n指标 国家标准 2021年 2022年\n学前三年毛入园率 ≥85% 92.1% 93.6%\n普惠性幼儿园覆盖率 ≥80% 85.4% 88.2%"
        );
        assert_eq!(
            cases[1].text,
            "指标如下：\n| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n| 高中阶段毛入学率 | 98.4% | 98.7% |"
        );
    }

    #[test]
    fn a_wrapped_sentence_with_blanks_is_still_a_wrap() {
        // Two cells only, or clause punctuation: prose, joined as a wrap.
        let text = "2022年报告\n一、甲县\n1.全县一般公共预算教育支出 26.4\n亿元，比上年增长6.1%。\n2.新增学位 2 520个 覆盖率达到\n95%。\n";
        let report = parse(&doc(text)).expect("parses");
        let cases = &report.sections[0].cases;
        assert_eq!(
            cases[0].text,
            "全县一般公共预算教育支出 26.4亿元，比上年增长6.1%。"
        );
        assert_eq!(cases[1].text, "新增学位 2 520个 覆盖率达到95%。");
    }
}

/// Regions one level below the first (bulletins, feedback): `二、各县（市、
/// 区）情况` + `（一）河东区` + `1.`. Each region is a section, the style
/// below it gives its cases; the other first-level sections stay sections.
/// A region's heading numbered as the next section in another style
/// (`一、` `二、` then `（三）南湖区`, `案例三：南湖区…`) opens that region's
/// section; a case of that style never does.
mod stray_region_headings {
    use super::*;

    #[test]
    fn a_region_numbered_in_another_style_is_the_next_section() {
        let text = "2022年典型工作案例汇编
一、白沙县：“三个一批”破解大班额难题
1. 新建学校5所，大班额比例由8.2%降至3.4%。
2. 义务教育巩固率达到97%。

案例二：临河区推进学前教育普惠发展
1. 临河区普惠性幼儿园覆盖率达到87%。
2. 新增学位2400个。

三、东岭县  健全教师待遇保障机制
1. 乡村教师生活补助每人每月500元。

（四）南湖区
1. 南湖区课后服务覆盖率100%。
2. 巩固率99%。
";
        let report = parse(&doc(text)).expect("parses");
        let outline = outline(&report);
        let names: Vec<&str> = outline.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "白沙县：“三个一批”破解大班额难题",
                "临河区推进学前教育普惠发展",
                "东岭县  健全教师待遇保障机制",
                "南湖区"
            ]
        );
        let numbers: Vec<u32> = report.sections.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert_eq!(outline[1].1, [1, 2]);
        assert_eq!(outline[3].1, [1, 2]);
    }

    /// `（三）南湖区…` is a case where the section's cases are `（一）`
    /// `（二）`, and so is a line that is a sentence. A number skipped
    /// (`（五）南湖区` after `二、`) still heads its region: a compilation
    /// keeps the numbers its parts were sent with.
    #[test]
    fn a_case_of_that_style_stays_a_case() {
        let text = "2022年典型工作案例汇编
一、青石市
（一）新建学校5所。
（二）巩固率达到97%。
（三）南湖区推进学前教育普惠发展
二、白沙县
1. 巩固率达到98%。
（三）东岭县新建学校3所，大班额比例降至1.5%。
（五）南湖区
1. 巩固率达到96%。
";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("青石市".to_string(), vec![1, 2, 3]),
                ("白沙县".to_string(), vec![1]),
                ("南湖区".to_string(), vec![1]),
            ]
        );
        let numbers: Vec<u32> = report.sections.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [1, 2, 5]);
    }

    /// `案例二：西山县…` after a section whose cases were `案例一` `案例二`
    /// (a number used) heads its region, and so does a region's name alone
    /// on its line where the next heading leaves its number free; where it
    /// does not (`三、` would be pushed out of sequence), the name stays text.
    #[test]
    fn a_used_case_number_or_a_bare_name_heads_a_region() {
        let text = "2022年典型案例汇编
一、东湖区
案例一：“公建民营”破解入园难
全区普惠性幼儿园覆盖率达到91.2%。
案例二：课后服务“一校一案”
课后服务覆盖率100%。
案例二：西山县推进学前教育普及普惠
全县学前三年毛入园率达到93%。
北塘县
1. 普惠性幼儿园覆盖率达到83%。
五、清河县
1. 高中阶段毛入学率达到95.6%。
";
        assert_eq!(
            sections(text),
            [
                ("东湖区", 1),
                ("西山县推进学前教育普及普惠", 2),
                ("北塘县", 3),
                ("清河县", 5)
            ]
            .map(|(n, k)| (n.to_string(), k))
        );
        let text = "2022年典型案例汇编
一、东湖区
1. 全区普惠性幼儿园覆盖率达到91.2%。
北塘县
1. 普惠性幼儿园覆盖率达到83%。
二、清河县
1. 高中阶段毛入学率达到95.6%。
";
        assert_eq!(
            sections(text),
            [("东湖区", 1), ("清河县", 2)].map(|(n, k)| (n.to_string(), k))
        );
    }

    /// Each section's name and number.
    fn sections(text: &str) -> Vec<(String, u32)> {
        let report = parse(&doc(text)).expect("parses");
        report
            .sections
            .iter()
            .map(|s| (s.name.to_string(), s.number))
            .collect()
    }

    /// Sections that are no regions' (`一、总体情况`) adopt nothing.
    #[test]
    fn sections_of_topics_adopt_nothing() {
        let text = "2022年自评报告
一、总体情况
1. 巩固率达到98%。
二、主要做法
1. 新建学校3所。
（三）南湖区
1. 巩固率达到96%。
";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(report.sections.len(), 2);
    }
}

mod regions_below_the_first_level {
    use super::*;

    fn names(report: &Report) -> Vec<&str> {
        report.sections.iter().map(|s| s.name.as_str()).collect()
    }

    const BULLETIN: &str = "2023年某省政府履行教育职责评价情况通报
一、总体情况
2023年，全省一般公共预算教育支出1862.4亿元，比上年增长4.1%。
二、各县（市、区）情况
（一）河东区
1.教育投入持续增长。2023年一般公共预算教育支出12.6亿元，比上年增长5.2%。
2.学前教育普惠发展。普惠性幼儿园覆盖率达到91.3%。
（二）河西县
1.课后服务全覆盖。课后服务覆盖率为100%。
2.大班额基本消除。大班额比例为0.4%。
3.教师待遇落实。中小学教师平均工资收入不低于当地公务员。
三、存在的问题
（一）部分县区学前教育公办率偏低。
（二）个别县大班额反弹。
";

    #[test]
    fn a_bulletin_with_regions_under_a_topic() {
        let report = parse(&doc(BULLETIN)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("总体情况".to_string(), vec![0]),
                ("河东区".to_string(), vec![1, 2]),
                ("河西县".to_string(), vec![1, 2, 3]),
                ("存在的问题".to_string(), vec![1, 2]),
            ]
        );
        let hedong = &report.sections[1];
        assert_eq!((hedong.number, hedong.line, hedong.column), (1, 5, 1));
        assert_eq!(
            hedong.cases[0].text,
            "教育投入持续增长。2023年一般公共预算教育支出12.6亿元，比上年增长5.2%。"
        );
        assert_eq!((hedong.cases[1].line, hedong.cases[1].column), (7, 1));
        assert_eq!(report.sections[2].number, 2);
        assert!(
            report
                .sections
                .iter()
                .all(|s| s.unread_numbering.is_empty()),
            "{:?}",
            report.sections
        );
    }

    #[test]
    fn the_heading_over_the_regions_keeps_its_own_text() {
        let text = BULLETIN.replace(
            "二、各县（市、区）情况\n",
            "二、各县（市、区）情况\n本次评价抽查了2个县（市、区），平均得分86.5分。\n",
        );
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            names(&report),
            [
                "总体情况",
                "各县（市、区）情况",
                "河东区",
                "河西县",
                "存在的问题"
            ]
        );
        let intro = &report.sections[1];
        assert_eq!(intro.cases.len(), 1);
        assert!(intro.cases[0].is_lead_in());
        assert_eq!(intro.cases[0].line, 5);
    }

    #[test]
    fn feedback_in_markdown_headings() {
        let text = "# 关于2022年度各区履行教育职责评价的反馈意见

## 总体评价

全市学前三年毛入园率达到92.6%。

## 各区情况

### 河东区

1. 一般公共预算教育支出比上年增长3.8%。
2. 普惠性幼儿园覆盖率为88.2%。

### 河西区

1. 课后服务覆盖率达到100%。

## 整改要求

1. 各区要确保教育投入只增不减。
";
        let report = parse(&md(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("总体评价".to_string(), vec![0]),
                ("河东区".to_string(), vec![1, 2]),
                ("河西区".to_string(), vec![1]),
                ("整改要求".to_string(), vec![1]),
            ]
        );
        // Numbered headings in Markdown read the same.
        let numbered = text
            .replace("## 总体评价", "## 一、总体评价")
            .replace("## 各区情况", "## 二、各区情况")
            .replace("### 河东区", "### （一）河东区")
            .replace("### 河西区", "### （二）河西区")
            .replace("## 整改要求", "## 三、整改要求");
        let again = parse(&md(&numbered)).expect("parses");
        assert_eq!(outline(&again), outline(&report));
    }

    #[test]
    fn every_numbering_style_reads_the_same() {
        let expected = vec![
            ("总体情况".to_string(), vec![0]),
            ("河东区".to_string(), vec![1, 2]),
            ("河西县".to_string(), vec![1]),
            ("存在问题".to_string(), vec![0]),
        ];
        for (top, region, case) in [
            (
                ["第一部分 ", "第二部分 ", "第三部分 "],
                ["（一）", "（二）"],
                ["1.", "2."],
            ),
            (["一、", "二、", "三、"], ["1.", "2."], ["（1）", "（2）"]),
            (["一、", "二、", "三、"], ["(一)", "(二)"], ["1、", "2、"]),
            (["一、", "二、", "三、"], ["（一）", "（二）"], ["①", "②"]),
            (["一、", "二、", "三、"], ["1、", "2、"], ["一是", "二是"]),
        ] {
            let text = format!(
                "2022年某市对县级政府履行教育职责评价情况通报\n{}总体情况\n全市普惠性幼儿园覆盖率为90.1%。\n{}各县（市、区）评价情况\n{}河东区\n{}教育支出增长5.2%。\n{}新建幼儿园3所。\n{}河西县\n{}课后服务全覆盖。\n{}存在问题\n部分县教师缺编。\n",
                top[0], top[1], region[0], case[0], case[1], region[1], case[0], top[2]
            );
            let report = parse(&doc(&text)).expect("parses");
            assert_eq!(outline(&report), expected, "{text}");
        }
    }

    #[test]
    fn titled_regions_without_items_are_cases_of_a_topic() {
        // A compilation of typical cases by topic, written as paragraphs:
        // items of two regions or more are each its region's one case
        // (a section of its own, `collected`); they were the topic's
        // cases, whose figures were other regions' parts.
        let text = "2021年某省典型工作案例\n一、教育投入保障\n（一）白河市：以“两个只增不减”托底教育投入\n全市一般公共预算教育支出增长6.1%。\n（二）清远县——课后服务全覆盖\n课后服务覆盖率达到100%。\n二、教师队伍建设\n（一）东河县：县管校聘\n交流轮岗教师312人。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("白河市：以“两个只增不减”托底教育投入".to_string(), vec![1]),
                ("清远县——课后服务全覆盖".to_string(), vec![1]),
                ("东河县：县管校聘".to_string(), vec![1]),
            ]
        );
        assert!(report.sections.iter().all(|s| s.collected));
        // Items of one region throughout are a topic's cases.
        let text = text.replace("清远县", "白河市").replace("东河县", "白河市");
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("教育投入保障".to_string(), vec![1, 2]),
                ("教师队伍建设".to_string(), vec![1]),
            ]
        );
        // Over numbered items of their own, they are regions.
        let text = "2021年某省典型工作案例\n一、教育投入保障\n（一）白河市：以“两个只增不减”托底教育投入\n1.建立投入增长机制。\n2.教育支出增长6.1%。\n（二）清远县——课后服务全覆盖\n1.课后服务覆盖率达到100%。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            names(&report),
            [
                "白河市：以“两个只增不减”托底教育投入",
                "清远县——课后服务全覆盖"
            ]
        );
    }

    /// Bare region names under problems are each region's problems: a
    /// section of that region, named with the heading as a note when the
    /// region has one above. They were the problems section's cases, and a
    /// shortfall named no region. Under plans they stay its points: what
    /// a plan aims at is no region's level.
    #[test]
    fn bare_regions_under_problems_are_their_sections() {
        let text = BULLETIN.replace(
            "（一）部分县区学前教育公办率偏低。\n（二）个别县大班额反弹。\n",
            "（一）河东区\n1.公办率偏低。\n（二）河西县\n1.大班额反弹。\n",
        );
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("总体情况".to_string(), vec![0]),
                ("河东区".to_string(), vec![1, 2]),
                ("河西县".to_string(), vec![1, 2, 3]),
                ("河东区（存在的问题）".to_string(), vec![1]),
                ("河西县（存在的问题）".to_string(), vec![1]),
            ]
        );
        let plans = text.replace("三、存在的问题", "三、下一步工作");
        let report = parse(&doc(&plans)).expect("parses");
        assert_eq!(
            outline(&report).last(),
            Some(&("下一步工作".to_string(), vec![1, 2]))
        );
    }

    #[test]
    fn topics_that_end_in_a_level_are_not_regions() {
        let text = "某县2022年履行教育职责自评报告\n一、主要做法\n（一）创建教育强县\n1.出台实施意见。\n2.投入资金2.1亿元。\n（二）优化学校布局\n1.新建小学2所。\n二、存在问题\n（一）教师结构性缺编。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("主要做法".to_string(), vec![1, 2]),
                ("存在问题".to_string(), vec![1]),
            ]
        );
    }

    #[test]
    fn regions_at_the_first_level_read_as_before() {
        // A topic among first-level regions stays one section: its
        // `（一）乙县` is its introduction, its `1.` its case.
        let text = "2020年各市典型案例\n一、甲市\n1.做法。\n2.做法。\n二、典型经验\n（一）乙县\n1.做法。\n三、丙市\n1.做法。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("甲市".to_string(), vec![1, 2]),
                ("典型经验".to_string(), vec![0, 1]),
                ("丙市".to_string(), vec![1]),
            ]
        );
    }

    #[test]
    fn nothing_below_the_first_level_is_lost() {
        // A region heading out of sequence after a line that goes on, and
        // a first-level marker out of sequence, are noted in the region
        // they fall in; a region numbered in another style has its items
        // noted as such.
        let text = "2023年某省通报\n一、总体情况\n全省教育支出增长4.1%。\n二、各县（市、区）情况\n（一）河东区\n1.新建幼儿园3所，其中包括\n（三）所乡镇中心园。\n一、城区小学。\n2.大班额比例为0.4%。\n（二）河西县\n①课后服务全覆盖。\n②教师待遇落实。\n三、存在的问题\n个别县大班额反弹。\n";
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(
            outline(&report),
            vec![
                ("总体情况".to_string(), vec![0]),
                ("河东区".to_string(), vec![1, 2]),
                ("河西县".to_string(), vec![1, 2]),
                ("存在的问题".to_string(), vec![0]),
            ]
        );
        let notes: Vec<(u32, &str, &str)> = report.sections[1]
            .unread_numbering
            .iter()
            .map(|u| (u.line, u.marker.as_str(), u.reason_kind()))
            .collect();
        assert_eq!(
            notes,
            vec![
                (7, "（三）", "section-out-of-sequence"),
                (8, "一、", "section-out-of-sequence"),
            ]
        );
    }
}

/// `title_year` reads only the first lines; it must read the year
/// `parse` reads from the whole text.
mod title_year_from_the_first_lines {
    use super::*;
    use proptest::prelude::*;

    /// Lines that make titles wrapped or not, blank lines, page furniture
    /// (`\u{c}`), addressees, headings and body text likely, in any order.
    const LINES: &[&str] = &[
        "",
        "",
        "   ",
        "\u{c}第 3 页",
        "\u{c}",
        "2021年度东岭县人民政府",
        "履行教育职责自评报告",
        "关于2022年度县级政府履行教育职责评价情况的通报",
        "２０２３年西峰县典型工作案例",
        "各县（市、区）人民政府：",
        "一、东岭县",
        "1.2019年，全县新建幼儿园12所。",
        "（一）河东区",
        "# 2020年某市自评报告",
        "## 一、甲市",
        "**2024年**",
        "全县一般公共预算教育支出12.6亿元，比上年增长5.2%。",
        "这是一行很长的正文，说明了工作的做法和成效，远远超过了标题的长度，所以不会被当作标题的第二行来读。",
        "县政府对2020年度履行教育职责情况进行了全面自评。",
        "根据《关于开展2021年度履行教育职责评价的通知》要求，",
        "东岭县2021年履行教育职责自评报告",
    ];

    fn text_of(picks: &[usize], crlf: bool) -> String {
        let end = if crlf { "\r\n" } else { "\n" };
        picks
            .iter()
            .map(|&i| LINES[i])
            .collect::<Vec<_>>()
            .join(end)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn reads_the_year_the_whole_text_gives(
            picks in proptest::collection::vec(0..LINES.len(), 0..50),
            crlf in any::<bool>(),
            markdown in any::<bool>(),
        ) {
            let text = text_of(&picks, crlf);
            let doc = if markdown { md(&text) } else { doc(&text) };
            let normal = normalize(&doc.text);
            let all = lines(&doc.text, &normal, markdown);
            let whole = title_lines(&all).and_then(|title| year_of(&all, &title));
            prop_assert_eq!(title_year(&doc), whole);
            if let Ok(report) = parse(&doc) {
                prop_assert_eq!(title_year(&doc), report.year);
            }
        }
    }

    #[test]
    fn a_title_after_many_blank_lines_and_pages_is_found() {
        let text = format!(
            "{}2021年度东岭县人民政府\n履行教育职责自评报告\n\n一、东岭县\n1.新建幼儿园12所。\n",
            "\n\u{c}\n".repeat(40)
        );
        assert_eq!(title_year(&doc(&text)), Some(2021));
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(report.year, Some(2021));
        assert_eq!(title_year(&doc("\n\n  \n")), None);
    }
}

/// A rectification report titled by the year evaluated
/// (`…2023年度…整改情况的报告`) whose text dates its work in the year after
/// only is about that year: its results were read as plans for a later
/// year, and its claims as plans. One that dates its results in the year
/// evaluated (`2023年秋季学期…`, `计划2024年底前…`) keeps the title's year;
/// so does any other report. `title_year` reads the same year.
#[test]
fn a_rectification_report_is_about_the_year_it_dates_its_work_in() {
    let title = "丰禾县人民政府关于2023年度履行教育职责督导反馈问题整改情况的报告\n";
    let cases = [
        (
            "一、教师待遇\n1.2024年全县义务教育教师平均工资收入水平10.8万元，已落实“不低于”要求。\n",
            Some(2024),
        ),
        (
            "一、教师待遇\n1.市督导组反馈2023年度评价意见后，截至2024年6月，全县公办园在园幼儿占比提高到52.1%。\n",
            Some(2024),
        ),
        (
            "一、学前教育\n1.2023年秋季学期，全县公办园在园幼儿占比提高到51.6%，计划2024年底前达到55%。\n",
            Some(2023),
        ),
        (
            "一、学前教育\n1.全县公办园在园幼儿占比提高到51.6%。\n",
            Some(2023),
        ),
        // The signature's date dates the report, not its work.
        (
            "一、学前教育\n1.全县公办园在园幼儿占比提高到51.6%。\n\n丰禾县人民政府\n2024年3月10日\n",
            Some(2023),
        ),
        (
            "一、学前教育\n1.2024年3月10日，全县公办园在园幼儿占比提高到51.6%。\n",
            Some(2024),
        ),
    ];
    for (body, year) in cases {
        let text = format!("{title}{body}");
        let d = doc(&text);
        assert_eq!(parse(&d).expect("parses").year, year, "{body}");
        assert_eq!(title_year(&d), year, "{body}");
    }
    // A self-evaluation is about its title's year, whatever it dates.
    let d = doc("丰禾县2023年度履行教育职责自评报告\n一、丰禾县\n1.2024年全县新建幼儿园3所。\n");
    assert_eq!(parse(&d).expect("parses").year, Some(2023));
}

/// The year a report evaluates, from its preamble, when its title names
/// none or the year it was written (`石门县2024年…自评报告` over `对2023年度
/// 履行教育职责情况进行了全面自评`): the report's figures are 2023's, and
/// its year was 2024 (or unknown), so that 2023's figures read as an
/// earlier year's.
#[test]
fn the_preamble_says_the_year_evaluated() {
    let year = |text: &str| parse(&doc(text)).expect("parses").year;
    let body = "\n一、石门县\n1.全县学前三年毛入园率达到92%。\n";
    assert_eq!(
        year(&format!(
            "石门县2024年履行教育职责自评报告\n按照要求，县政府对2023年度履行教育职责情况进行了全面自评。{body}"
        )),
        Some(2023)
    );
    assert_eq!(
        year(&format!(
            "石门县人民政府履行教育职责情况自评报告\n我县就2021年度履行教育职责情况进行全面自查。{body}"
        )),
        Some(2021)
    );
    // The title's year stands against any other: a campaign named in
    // brackets, or two years before.
    assert_eq!(
        year(&format!(
            "石门县2024年履行教育职责自评报告\n根据《2023年度履行教育职责评价方案》要求，我县开展自评。{body}"
        )),
        Some(2024)
    );
    assert_eq!(
        year(&format!(
            "石门县2024年履行教育职责自评报告\n对2021年度履行教育职责情况进行了自评。{body}"
        )),
        Some(2024)
    );
}

/// A title's year: the year evaluated (`…2025年对2024年度…`) over the year
/// written, and the last of a range (`2021—2023年`). Before, the first year
/// of the title was taken: a three-year report's current levels read as
/// targets of a later year, and a report written in 2025 on 2024 was held
/// to 2025's targets.
#[test]
fn a_title_names_the_year_evaluated_and_the_end_of_a_range() {
    let year = |title: &str| {
        parse(&doc(&format!(
            "{title}\n一、石门县\n1.全县学前三年毛入园率达到92%。\n"
        )))
        .expect("parses")
        .year
    };
    for (title, expected) in [
        (
            "澜江市人民政府2025年对2024年度履行教育职责情况的自评报告",
            2024,
        ),
        ("松岭县2021—2023年履行教育职责自评报告", 2023),
        ("松岭县2021-2023年履行教育职责自评报告", 2023),
        ("松岭县2021年至2023年履行教育职责自评报告", 2023),
        ("松岭县2021～2023年度履行教育职责情况报告", 2023),
        ("松岭县2024年度教育工作总结和2025年工作计划", 2024),
        ("松岭县2024年教育工作总结及2025年工作要点", 2024),
        ("松岭县2023年履行教育职责自评报告", 2023),
    ] {
        assert_eq!(year(title), Some(expected), "{title}");
    }
}

/// A region's typical cases numbered `案例一：` / `案例1：` are its cases, as
/// `1.` would be (was: no marker, so the region had no cases and the
/// report none).
#[test]
fn cases_numbered_as_anli_are_cases() {
    let text = "2023年度全省履行教育职责典型案例\n一、青州市\n案例一：集团化办学。义务教育巩固率达到99.3%。\n案例二：教师交流轮岗1260人次。\n二、平原县\n案例1：扩充学前资源。\n案例2：加大投入。\n";
    let report = parse(&doc(text)).expect("parses");
    let shape: Vec<(String, Vec<u32>)> = report
        .sections
        .iter()
        .map(|s| {
            (
                s.name.to_string(),
                s.cases.iter().map(|c| c.number).collect(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("青州市".to_string(), vec![1, 2]),
            ("平原县".to_string(), vec![1, 2]),
        ]
    );
    let first = &report.sections[0].cases[0];
    assert!(first.text.starts_with("集团化办学"), "{}", first.text);
    assert_eq!((first.line, first.column), (3, 1));
}

/// Every case of a report is a span of one buffer, built once: figures and
/// mentions read from the cases then share it too (see `dutycheck_model::Text`).
#[test]
fn the_cases_of_a_report_share_one_buffer() {
    let text = "2023年典型案例\n一、甲市\n1.建校3所，\n新增学位1200个。\n2.扩班。\n二、乙县\n（一）招聘教师200名。\n1.加大投入。\n";
    let report = parse(&doc(text)).expect("parses");
    let cases: Vec<&Case> = report.sections.iter().flat_map(|s| &s.cases).collect();
    assert!(cases.len() >= 3, "{cases:?}");
    assert_eq!(cases[0].text, "建校3所，新增学位1200个。");
    assert!(
        cases
            .iter()
            .all(|c| c.text.shares_buffer_with(&cases[0].text))
    );
    // Each case is exactly its own text, whatever lies beside it.
    let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts[1], "扩班。");
}

/// Every case carries its text's fold, cut from the report's one fold
/// (`Case::normal`), whatever the line holds: full-width forms, blanks and
/// markup trimmed at either end, inline cases, wrapped lines.
mod folded_once {
    use super::*;
    use proptest::prelude::*;

    const HEADINGS: &[&str] = &["东岭县", "西河区：", "南山县（市）", "北湖区\u{3000}"];
    /// Text after a case marker, or a line of its own (a wrapped line, an
    /// inline enumeration, page furniture, blanks and markup at its ends).
    const BODY: &[&str] = &[
        "全县学前三年毛入园率达９０．５％，",
        "比上年提高１．２个百分点。",
        "\u{3000}\u{3000}普惠性幼儿园覆盖率达到88.3%（含公办园）。\u{3000}",
        "主要做法：一是新建幼儿园１２所；二是招聘教师３００人，三是…",
        "全县财政教育支出4.37亿元∶同比增长8.6%。",
        "　　生均公用经费达到ａｂｃ标准\t ",
        "**大班额比例降至０。**",
        "一是新建幼儿园12所。二是招聘教师300人。",
        "\u{c}第 3 页",
        "",
    ];

    fn report_text(sections: &[Vec<(bool, usize)>], markdown: bool, crlf: bool) -> String {
        let mut lines = vec!["２０２２年东岭县履行教育职责自评报告".to_string()];
        for (s, body) in sections.iter().enumerate() {
            let numeral = ["一", "二", "三", "四"][s % 4];
            let heading = HEADINGS[s % HEADINGS.len()];
            let hashes = if markdown { "## " } else { "" };
            lines.push(format!("{hashes}{numeral}、{heading}"));
            let mut number = 0;
            for &(numbered, i) in body {
                let line = BODY[i % BODY.len()];
                if numbered {
                    number += 1;
                    // Full-width and ASCII case numbers, alternately.
                    let n = if number % 2 == 0 {
                        number.to_string()
                    } else {
                        widen(&number.to_string())
                    };
                    lines.push(format!("{n}．{line}"));
                } else {
                    lines.push(line.to_string());
                }
            }
        }
        lines.join(if crlf { "\r\n" } else { "\n" })
    }

    /// ASCII digits as their full-width forms.
    fn widen(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn every_case_holds_the_fold_of_its_text(
            sections in proptest::collection::vec(
                proptest::collection::vec((any::<bool>(), 0..BODY.len()), 1..8),
                1..4,
            ),
            crlf in any::<bool>(),
            markdown in any::<bool>(),
        ) {
            let text = report_text(&sections, markdown, crlf);
            let doc = if markdown { md(&text) } else { doc(&text) };
            let Ok(report) = parse(&doc) else { return Ok(()) };
            for case in report.sections.iter().flat_map(|s| &s.cases) {
                let want = normalize(&case.text);
                prop_assert_eq!(case.normal.of(&case.text), Some(want.as_str()));
            }
        }
    }

    /// The generator makes cases with full-width forms, inline cases and
    /// markup, so the property above is about them.
    #[test]
    fn the_generated_reports_hold_folded_cases() {
        let sections = vec![
            vec![(true, 0), (false, 1), (true, 3), (true, 6)],
            vec![(true, 2)],
        ];
        for markdown in [false, true] {
            let text = report_text(&sections, markdown, false);
            let doc = if markdown { md(&text) } else { doc(&text) };
            let report = parse(&doc).expect("parses");
            let cases: Vec<&Case> = report.sections.iter().flat_map(|s| &s.cases).collect();
            assert!(cases.len() >= 4, "{text}");
            assert!(
                cases
                    .iter()
                    .any(|c| normalize(&c.text).len() < c.text.len())
            );
            for case in cases {
                assert_eq!(
                    case.normal.of(&case.text),
                    Some(normalize(&case.text).as_str())
                );
            }
        }
    }

    /// A text put in a case's place is not read through the old text's
    /// fold.
    #[test]
    fn a_replaced_text_has_no_fold() {
        let report = parse(&doc("一、东岭县\n1.全县毛入园率达９０％。\n")).expect("parses");
        let mut case = report.sections[0].cases[0].clone();
        assert_eq!(case.normal.of(&case.text), Some("全县毛入园率达90%。"));
        case.text = Text::from("全县毛入园率达８０％。");
        assert_eq!(case.normal.of(&case.text), None);
    }
}

/// `第一，` and `1）` number cases. A topic report numbered with them had
/// no case and was an input error; a region numbered with them lost its
/// cases into one. `第一，` before `1.` is a lead-in's point, not the case
/// style.
#[test]
fn ordinal_and_half_paren_markers_number_cases() {
    let text = "青溪县2023年度履行教育职责自评报告\n一、学前教育\n第一，普惠性幼儿园覆盖率为86%。\n第二，学前三年毛入园率为92.5%。\n二、经费保障\n1）一般公共预算教育支出5.8亿元。\n2）生均公用经费达到720元。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![
            ("学前教育".to_string(), vec![1, 2]),
            ("经费保障".to_string(), vec![1, 2]),
        ]
    );
    assert_eq!(report.sections[1].cases[1].text, "生均公用经费达到720元。");
    let text = "2023年典型案例\n一、青溪县\n第一，高度重视，以下为做法。\n1.加大投入。\n第一，保障经费；第二，优化结构。\n2.扩充资源。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        vec![("青溪县".to_string(), vec![0, 1, 2])]
    );
    assert!(report.sections[0].unread_numbering.is_empty());
}

/// A Word table's header of words alone, and the row of years under its
/// merged cell, keep their lines: glued, `目标值` + `2022年` made one cell.
#[test]
fn tab_separated_header_rows_keep_their_lines() {
    let text = "青溪县2023年自评报告\n一、主要指标\n指标\t完成情况\t\t目标值\n\t2022年\t2023年\t\n普惠性幼儿园覆盖率\t86.1%\t84.7%\t85%\n";
    let report = parse(&doc(text)).expect("parses");
    let lines: Vec<&str> = report.sections[0].cases[0].text.lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].ends_with("目标值"), "{lines:?}");
}

/// The text between the title and the first heading, when it states a
/// figure, is the titled region's: section 0 (`Section::is_preamble`), or
/// the lead-in of the first section when that names the same region. It
/// was dropped unread, with no note. Under a title that names no region,
/// the whole region its figures are said of (`全省…`, `全市…`): they were
/// dropped too. A preamble of words only, and one whose figures name no
/// region, stay unread as before.
#[test]
fn a_preamble_with_figures_is_the_titled_regions() {
    let text = "石湾县2023年度履行教育职责自评报告\n全县学前三年毛入园率为83.6%，普惠性幼儿园覆盖率为78.2%。\n一、学前教育\n1.新建公办幼儿园3所。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        [
            ("石湾县".to_string(), vec![0]),
            ("学前教育".to_string(), vec![1])
        ]
    );
    assert!(report.sections[0].is_preamble());
    assert_eq!(
        report.sections[0].cases[0].text,
        "全县学前三年毛入园率为83.6%，普惠性幼儿园覆盖率为78.2%。"
    );
    // Under a heading of the same region: its lead-in.
    let text = "石湾县2023年度履行教育职责自评报告\n全县学前三年毛入园率为83.6%。\n一、石湾县\n1.新建公办幼儿园3所。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), [("石湾县".to_string(), vec![0, 1])]);
    assert!(!report.sections[0].is_preamble());
    let text = "2023年度履行教育职责评价情况通报\n各县（市、区）人民政府：\n今年以来，全省学前三年毛入园率为91.6%。\n一、石湾县\n1.新建公办幼儿园3所。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(
        outline(&report),
        [
            ("全省".to_string(), vec![0]),
            ("石湾县".to_string(), vec![1])
        ]
    );
    assert!(report.sections[0].is_preamble());
    // A title that speaks of its own level (`我县…`): the whole of that
    // level, not the first named (the city's was the section, and the
    // county's figures parts).
    let text = "我县以优异成绩通过2023年度履行教育职责评价\n近日，市评价组对全市8个县（区）进行了评价，我县获评优秀。全县普惠性幼儿园覆盖率达到92.4%。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.sections[0].name.as_str(), "全县");
    for text in [
        "石湾县2023年度履行教育职责自评报告\n根据要求，现将有关情况报告如下。\n一、学前教育\n1.新建公办幼儿园3所。\n",
        "2023年度履行教育职责评价情况通报\n学前三年毛入园率为91.6%。\n一、石湾县\n1.新建公办幼儿园3所。\n",
    ] {
        let report = parse(&doc(text)).expect("parses");
        assert_eq!(outline(&report).len(), 1, "{text}");
    }
}

/// One region's typical cases headed by their labels (`【案例一】…`,
/// `案例2：…`) are that region's cases, in one section named by the title:
/// each was a section named by its title, so a claim in one case was never
/// held against a figure of another. A collection of several regions'
/// cases (`案例一：青溪县：…`) keeps one section per case.
#[test]
fn one_regions_labelled_cases_are_its_cases() {
    let text = "松岭县2023年度履行教育职责典型工作案例\n【案例一】保障教育投入\n2023年全县一般公共预算教育支出9.42亿元，比上年减少0.31亿元。\n【案例二】优化支出结构\n全县持续做到“两个只增不减”。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(outline(&report), [("松岭县".to_string(), vec![1, 2])]);
    assert!(!report.sections[0].collected);
    let text = "2023年度全省履行教育职责典型案例\n案例一：青溪县：集团化办学\n全县义务教育巩固率达到99.3%。\n案例二：平原县：扩充学前资源\n新建幼儿园3所。\n";
    let report = parse(&doc(text)).expect("parses");
    assert_eq!(report.sections.len(), 2);
}

/// A bulletin that groups its counties by grade (`一、评价等次为“优秀”的县` over
/// `（一）石桥县` `（二）青峰县`, then `二、…“合格”的县` over `（三）黎川县`): the
/// second group is numbered on from the first, with no item 1 to show its
/// style, and its county is a section all the same (黎川县 was lost in a
/// section named by the group, and its figure unread). In Markdown, with
/// `### 2. 黎川县`, too.
#[test]
fn a_group_numbered_on_from_the_one_before_heads_its_regions() {
    let names = |d: Document| -> Vec<String> {
        parse(&d)
            .expect("parses")
            .sections
            .iter()
            .map(|s| s.name.to_string())
            .collect()
    };
    let text = "江岭省2022年度对县级人民政府履行教育职责评价情况的通报\n一、评价等次为“优秀”的县\n（一）石桥县\n学前三年毛入园率95.2%。\n（二）青峰县\n学前三年毛入园率93.2%。\n二、评价等次为“合格”的县\n（三）黎川县\n普惠性幼儿园覆盖率78.9%。\n";
    assert_eq!(names(doc(text)), ["石桥县", "青峰县", "黎川县"]);
    let text = "# 江岭省2022年度对县级人民政府履行教育职责评价情况的通报\n\n## 一、评价等次为“优秀”的县\n\n### 1. 石桥县\n\n学前三年毛入园率95.2%。\n\n## 二、评价等次为“合格”的县\n\n### 2. 黎川县\n\n普惠性幼儿园覆盖率78.9%。\n";
    assert_eq!(names(md(text)), ["石桥县", "黎川县"]);
}

/// An item of a bulleted list (`- …`, `• …`) opens a line of its own: the
/// line before it ends there, as a sentence would. It was glued to the
/// item, so `（全市92.0%）` and the next item's name were one clause, and the
/// item's figure was read as the city's.
#[test]
fn a_bulleted_item_opens_a_line_of_its_own() {
    let first_case = |d: Document| {
        parse(&d).expect("parses").sections[0].cases[0]
            .text
            .to_string()
    };
    let text = first_case(md(
        "# 青溪县2023年度履行教育职责自评报告\n\n## 一、青溪县\n\n### （一）主要指标\n\n- 高中阶段毛入学率：90.7%（全市92.0%）\n- 九年义务教育巩固率：96.4%\n",
    ));
    assert!(text.contains("（全市92.0%）\n- 九年"), "{text}");
    let head = "青溪县2023年度履行教育职责自评报告\n一、青溪县\n（一）主要指标\n";
    let text = first_case(doc(&format!(
        "{head}• 高中阶段毛入学率90.7%（全市92.0%）\n• 九年义务教育巩固率96.4%\n"
    )));
    assert!(text.contains("（全市92.0%）\n• 九年"), "{text}");
    // A wrapped line that opens with a minus sign and no blank is no item;
    // nor is one that opens with `○`, a zero too (`二○二三年` wrapped).
    let text = first_case(doc(&format!(
        "{head}全县一般公共预算教育支出增长率为\n-1.2%。\n"
    )));
    assert!(text.contains("增长率为-1.2%"), "{text}");
    let text = first_case(doc(&format!(
        "{head}截至二\n○二三年底，全县学前三年毛入园率达到92%。\n"
    )));
    assert!(text.contains("截至二○二三年底"), "{text}");
}

/// A region's label with no number heads its section in any format, in
/// brackets, after a bullet or a text file's `##`, before a colon, or bare
/// (with a grade note at most): a collection of cases heads its counties
/// this way as often as with `一、`. Before, the first county's cases became
/// the sections, and every figure under them was lost.
#[test]
fn a_region_label_with_no_number_heads_its_section() {
    for label in [
        "【{}】",
        "〔{}〕",
        "[{}]",
        "［{}］",
        "〖{}〗",
        "■{}",
        "◆ {}",
        "## {}",
        "{}：",
        "{}",
        "{}（优秀）",
    ] {
        let head = |name: &str| label.replace("{}", name);
        let text = format!(
            "江陵市2022年度典型工作案例\n{}\n1. 2022年青溪县公办园在园幼儿占比达到46.2%。\n2. 普惠性幼儿园覆盖率71.3%。\n{}\n1. 石门区九年义务教育巩固率达92.3%。\n",
            head("青溪县"),
            head("石门区")
        );
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(report.title, "江陵市2022年度典型工作案例", "{label}");
        assert_eq!(
            outline(&report),
            [
                (
                    head("青溪县")
                        .replace(
                            [
                                '【', '】', '〔', '〕', '[', ']', '［', '］', '〖', '〗', '■', '◆',
                                '#', '：'
                            ],
                            ""
                        )
                        .trim()
                        .to_string(),
                    vec![1, 2]
                ),
                (
                    head("石门区")
                        .replace(
                            [
                                '【', '】', '〔', '〕', '[', ']', '［', '］', '〖', '〗', '■', '◆',
                                '#', '：'
                            ],
                            ""
                        )
                        .trim()
                        .to_string(),
                    vec![1]
                ),
            ],
            "{label}"
        );
    }
    // Not a label: a place that is no region's name (`城区`, two characters;
    // `城关镇`), or a name with words after it on its line.
    for not in ["城区", "【城关镇】", "青溪县委书记"] {
        let text = format!(
            "江陵市2022年度典型工作案例\n一、青溪县\n1. 全县新建幼儿园3所。\n{not}\n2. 普惠性幼儿园覆盖率71.3%。\n"
        );
        let report = parse(&doc(&text)).expect("parses");
        assert_eq!(
            outline(&report),
            [("青溪县".to_string(), vec![1, 2])],
            "{not}"
        );
    }
}

/// `【东篱县】公办园在园幼儿占比为46.1%，…`: a label that opens its county's
/// paragraph on the same line heads a section of its own, named without the
/// brackets, with the text after it as its body; under a numbered heading
/// (`二、各县情况`) too, where the counties are the sections.
#[test]
fn an_inline_region_label_opens_its_section() {
    let text = "江陵市教育督导室关于2023年度县级政府履行教育职责评价情况的通报\n一、总体情况\n全市各县均完成评价。\n二、各县情况\n【东篱县】公办园在园幼儿占比为46.1%，普惠性幼儿园覆盖率86.2%。\n【西岭县】：一般公共预算教育支出比上年下降2.1%。\n三、整改要求\n各县要加大投入。\n";
    let report = parse(&doc(text)).expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(names, ["总体情况", "东篱县", "西岭县", "整改要求"]);
    let first = &report.sections[1].cases[0];
    assert!(first.is_lead_in());
    assert_eq!(
        &*first.text,
        "公办园在园幼儿占比为46.1%，普惠性幼儿园覆盖率86.2%。"
    );
    // The text after the label and its colon starts after them.
    let report = parse(&doc(
        "2023年通报\n【东篱县】：全县覆盖率86.2%。\n【西岭县】全县覆盖率82.0%。\n",
    ))
    .expect("parses");
    let names: Vec<&str> = report.sections.iter().map(|s| &*s.name).collect();
    assert_eq!(names, ["东篱县", "西岭县"]);
    let first = &report.sections[0].cases[0];
    assert_eq!((first.line, first.column), (2, 7));
}
