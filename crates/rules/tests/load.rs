//! Loading and validation of rule files, through the public API.

use dutycheck_catalog::Catalog;
use dutycheck_model::Diagnostic;
use dutycheck_rules::*;

fn load(src: &str) -> Result<RuleSet, Vec<Diagnostic>> {
    RuleSet::from_sources(&[("r.yaml", src)], &Catalog::bundled())
}

fn errors(src: &str) -> Vec<Diagnostic> {
    match load(src) {
        Ok(_) => panic!("expected errors for:\n{src}"),
        Err(e) => e,
    }
}

/// The single error, with its (line, column).
fn one_error(src: &str) -> (Diagnostic, (u32, u32)) {
    let errs = errors(src);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let d = errs.into_iter().next().expect("one");
    let at = (d.line.unwrap_or(0), d.column.unwrap_or(0));
    (d, at)
}

const OK: &str =
    "id: a.b\ntitle: 标题\nindicator: preschool-inclusive-coverage\nthreshold: {min: 80}\n";

#[test]
fn bundled_packs_are_valid() {
    let rules = RuleSet::bundled(&Catalog::bundled()).expect("bundled packs are valid");
    let r = rules
        .get("preschool.inclusive-coverage-2020")
        .expect("rule");
    assert_eq!(r.severity, RuleSeverity::Error);
    assert_eq!(r.origin, "builtin:national-2020");
    assert_eq!(r.pack.as_deref(), Some("national-2020"));
    assert_eq!(
        r.years,
        Some(YearRange::Between {
            from: Some(2020),
            to: Some(2024)
        })
    );
    assert!(!r.references.is_empty());
    let g = rules.get("finance.expenditure-growth").expect("rule");
    assert_eq!(g.years, None);
    let RuleKind::Threshold(t) = &g.kind else {
        panic!("threshold")
    };
    assert_eq!(t.measure, Measure::ChangePercent);
    assert_eq!(t.bounds.above, Some(0.0));
    let d = rules.get("detail.case-has-results").expect("rule");
    assert_eq!(d.scope, Scope::Case);
    assert_eq!(rules.packs().len(), 3);
    // Every threshold rule of the national packs names its sources.
    for r in rules
        .rules()
        .iter()
        .filter(|r| r.pack.as_deref() != Some("case-quality"))
    {
        assert!(!r.references.is_empty(), "{} has no references", r.id);
    }
}

#[test]
fn a_minimal_rule_gets_the_defaults() {
    let set = load(OK).expect("valid");
    let r = &set.rules()[0];
    assert_eq!(
        (r.severity, r.scope, r.line, r.column),
        (RuleSeverity::Warning, Scope::Section, 1, 5)
    );
    let RuleKind::Threshold(t) = &r.kind else {
        panic!()
    };
    assert_eq!((t.measure, t.missing), (Measure::Value, RuleSeverity::Off));
    // A plain `off` is a YAML 1.1 boolean; it still means off.
    let set = load(&format!("{OK}severity: off\nmissing: off\n")).expect("valid");
    assert_eq!(set.rules()[0].severity, RuleSeverity::Off);
    let d = load("id: d\ntitle: t\ndetail: {min_figures: 1}\n").expect("valid");
    assert_eq!(d.rules()[0].scope, Scope::Case);
}

#[test]
fn years_syntax() {
    let years = |y: &str| {
        let set = load(&format!("{OK}applies: {{years: {y}}}\n")).expect("valid");
        set.rules()[0].years.clone().expect("years")
    };
    let r = years("2020..2024");
    assert!(r.contains(2020) && r.contains(2024) && !r.contains(2025) && !r.contains(2019));
    assert!(years("2021..").contains(2030));
    assert!(!years("..2020").contains(2021));
    assert_eq!(
        years("2020"),
        YearRange::Between {
            from: Some(2020),
            to: Some(2020)
        }
    );
    assert_eq!(years("[2022, 2020]"), YearRange::List(vec![2020, 2022]));
    assert_eq!(years("2021..").to_string(), "2021..");
}

#[test]
fn unknown_key_suggests_the_right_one() {
    // The misspelt kind key is the one error: "has no kind" would be noise.
    let (d, at) = one_error(
        "id: a.b\ntitle: t\nindicator: preschool-inclusive-coverage\nthresold: {min: 80}\n",
    );
    assert_eq!((at, d.message.as_str()), ((4, 1), "unknown key `thresold`"));
    assert_eq!(d.help.as_deref(), Some("did you mean `threshold`?"));
    assert_eq!(d.length, 8);
    let (d, at) = one_error(&format!("{OK}tag: [x]\n"));
    assert_eq!(
        (at, d.help.as_deref()),
        ((5, 1), Some("did you mean `tags`?"))
    );
}

#[test]
fn min_above_max_points_at_min() {
    let (d, at) = one_error(
        "id: a\ntitle: t\nindicator: vocational-enrollment-share\nthreshold: {min: 60, max: 40}\n",
    );
    assert_eq!(at, (4, 18));
    assert_eq!(
        d.message,
        "`min` (60) is not below `max` (40) in `threshold`"
    );
}

#[test]
fn bounds_need_at_least_one_and_numbers() {
    let (d, at) = one_error("id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {}\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((4, 12), "`threshold` needs at least one bound")
    );
    let (d, at) =
        one_error("id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {min: 95%}\n");
    assert_eq!(at, (4, 18));
    assert_eq!(
        d.help.as_deref(),
        Some("write the number without `%`: `95`")
    );
}

#[test]
fn percent_bounds_above_100() {
    let (d, at) = one_error(
        "id: a\ntitle: t\nindicator: preschool-inclusive-coverage\nthreshold: {min: 800}\n",
    );
    assert_eq!(at, (4, 18));
    assert!(d.message.contains("cannot exceed 100%"), "{}", d.message);
    // Gross rates may exceed 100, and growth percentages are not shares.
    load("id: a\ntitle: t\nindicator: preschool-gross-enrollment\nthreshold: {max: 130}\n")
        .expect("gross rate");
    load("id: a\ntitle: t\nindicator: compulsory-retention\nmeasure: change.percent\nthreshold: {max: 130}\n")
        .expect("growth");
    // The warn zone is checked too.
    let (_, at) = one_error(
        "id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {min: 95}\nwarn: {min: 960}\n",
    );
    assert_eq!(at, (5, 13));
}

#[test]
fn unknown_indicator_suggests_from_the_catalog() {
    let (d, at) = one_error(
        "id: a\ntitle: t\nindicator: preschool-inclusive-coverag\nthreshold: {min: 80}\n",
    );
    assert_eq!(
        (at, d.message.as_str()),
        ((3, 12), "unknown indicator `preschool-inclusive-coverag`")
    );
    assert_eq!(
        d.help.as_deref(),
        Some("did you mean `preschool-inclusive-coverage`?")
    );
    // A Chinese name is mapped to its id.
    let (d, _) = one_error("id: a\ntitle: t\nrequires: 普惠率\n");
    assert_eq!(
        d.help.as_deref(),
        Some("did you mean `preschool-inclusive-coverage`?")
    );
}

#[test]
fn zero_or_two_kinds() {
    let (d, at) = one_error("id: a\ntitle: t\n");
    assert_eq!((at, d.message.as_str()), ((1, 5), "rule `a` has no kind"));
    let (d, at) = one_error("id: a\ntitle: t\ndetail: {min_chars: 1}\nstructure: {min_cases: 2}\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((4, 1), "rule `a` has two kinds: `detail` and `structure`")
    );
}

#[test]
fn kind_specific_keys_and_scopes() {
    let (d, at) = one_error("id: a\ntitle: t\ndetail: {min_chars: 1}\nmeasure: value\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((4, 1), "`measure` does not apply to detail rules")
    );
    let (d, at) = one_error("id: a\ntitle: t\nscope: case\nstructure: {min_cases: 2}\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((3, 8), "structure rules cannot have scope `case`")
    );
    let (d, _) = one_error("id: a\ntitle: t\nseverity: eror\ndetail: {min_chars: 1}\n");
    assert_eq!(d.help.as_deref(), Some("did you mean `error`?"));
}

#[test]
fn unknown_placeholder_points_inside_the_message() {
    let src =
        "id: a\ntitle: t\ndetail: {min_chars: 1}\nmessage: \"{section}字数{chars}，{valeu}\"\n";
    let (d, at) = one_error(src);
    assert_eq!(at, (4, 30));
    assert_eq!(d.length, 7);
    assert_eq!(d.message, "unknown placeholder `{valeu}` in message");
    // A placeholder of another kind is named as such.
    let (d, _) = one_error("id: a\ntitle: t\ndetail: {min_chars: 1}\nmessage: 为{value}\n");
    assert_eq!(
        d.message,
        "placeholder `{value}` is not available in detail rules"
    );
    let (d, at) = one_error("id: a\ntitle: t\ndetail: {min_chars: 1}\nmessage: 为{value\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((4, 11), "unclosed `{` in message")
    );
}

#[test]
fn bad_regex_points_at_the_regex() {
    let (d, at) =
        one_error("id: a\ntitle: t\npattern:\n  regex: \"加强(领导\"\n  must: not-appear\n");
    assert_eq!(at, (4, 10));
    assert!(
        d.message.starts_with("invalid regex in `regex`: "),
        "{}",
        d.message
    );
    let set =
        load("id: a\ntitle: t\npattern: {regex: 加强领导, must: not-appear, unless: '\\d'}\n")
            .expect("valid");
    let RuleKind::Pattern(p) = &set.rules()[0].kind else {
        panic!()
    };
    assert_eq!(p.must, Must::NotAppear);
}

#[test]
fn compare_and_requires() {
    let set = load("id: a\ntitle: t\ncompare: {left: preschool-public-share, op: \"<=\", right: preschool-inclusive-coverage}\n")
        .expect("valid");
    let RuleKind::Compare(c) = &set.rules()[0].kind else {
        panic!()
    };
    assert_eq!(c.op, CompareOp::Le);
    let (d, _) = one_error(
        "id: a\ntitle: t\ncompare: {left: compulsory-retention, op: \"=<\", right: preschool-public-share}\n",
    );
    assert_eq!(d.message, "invalid `op` `=<`");
    let errs = errors("id: a\ntitle: t\ncompare: {left: compulsory-retention}\n");
    let msgs: Vec<&str> = errs.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(msgs, ["`compare` needs `op`", "`compare` needs `right`"]);
}

#[test]
fn duplicate_ids_name_both_places() {
    let errs =
        RuleSet::from_sources(&[("a.yaml", OK), ("b.yaml", OK)], &Catalog::bundled()).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].one_line(), "b.yaml:1:5: duplicate rule id `a.b`");
    assert_eq!(
        errs[0].help.as_deref(),
        Some("`a.b` is first defined at a.yaml:1:5")
    );
}

#[test]
fn every_error_is_reported_and_nothing_half_loads() {
    let src = "- id: a\n  title: t\n  detail: {min_chars: -1}\n- id: b\n  title: t\n  requires: nope\n- id: ok\n  title: t\n  requires: compulsory-retention\n";
    let errs = errors(src);
    let lines: Vec<Option<u32>> = errs.iter().map(|d| d.line).collect();
    assert_eq!(lines, [Some(3), Some(6)], "{errs:#?}");
}

#[test]
fn packs_extend_and_override() {
    let base = "pack: {name: base}\nrules:\n  - id: x\n    title: t\n    severity: error\n    indicator: compulsory-retention\n    threshold: {min: 95}\n";
    let local = "pack: {name: local, extends: [base]}\nrules:\n  - id: x\n    threshold: {min: 90}\n  - id: y\n    title: t\n    requires: compulsory-retention\n";
    let set = RuleSet::from_sources(
        &[("base.yaml", base), ("local.yaml", local)],
        &Catalog::bundled(),
    )
    .expect("valid");
    assert_eq!(set.len(), 2);
    let x = set.get("x").expect("x");
    let RuleKind::Threshold(t) = &x.kind else {
        panic!()
    };
    assert_eq!(
        (t.bounds.min, x.severity, x.origin.as_str()),
        (Some(90.0), RuleSeverity::Error, "local.yaml")
    );
    let bad = "pack: {name: local, extends: [bas]}\nrules: []\n";
    let errs = RuleSet::from_sources(&[("base.yaml", base), ("l.yaml", bad)], &Catalog::bundled())
        .unwrap_err();
    assert_eq!(errs[0].help.as_deref(), Some("did you mean `base`?"));
}

#[test]
fn plugin_rules_and_the_schema_hook() {
    struct Hook;
    impl PluginSchemas for Hook {
        fn validate(
            &self,
            plugin: &str,
            _check: &str,
            options: &serde_json::Value,
        ) -> Result<(), String> {
            if plugin != "shandong" {
                return Err(format!("unknown plugin `{plugin}`"));
            }
            match options.get("limit") {
                Some(v) if v.is_number() => Ok(()),
                _ => Err("`limit` must be a number".to_string()),
            }
        }
    }
    let src = "id: p\ntitle: t\nplugin: shandong/targets\noptions: {limit: 3, names: [a]}\n";
    let set = load(src).expect("loads without a hook");
    let RuleKind::Plugin(p) = &set.rules()[0].kind else {
        panic!()
    };
    assert_eq!(
        (p.plugin.as_str(), p.check.as_str()),
        ("shandong", "targets")
    );
    assert_eq!(p.options["names"][0], "a");
    Loader::new(&Catalog::bundled())
        .plugins(&Hook)
        .source("r.yaml", src)
        .load()
        .expect("valid options");
    let bad = "id: p\ntitle: t\nplugin: shandong/targets\noptions: {limit: x}\n";
    let errs = Loader::new(&Catalog::bundled())
        .plugins(&Hook)
        .source("r.yaml", bad)
        .load()
        .unwrap_err();
    assert_eq!(
        errs[0].one_line(),
        "r.yaml:4:10: invalid options for plugin check `shandong/targets`: `limit` must be a number"
    );
    let (d, _) = one_error("id: p\ntitle: t\nplugin: shandong\n");
    assert_eq!(d.message, "invalid plugin check `shandong`");
}

#[test]
fn yaml_syntax_errors_are_located() {
    let (d, at) = one_error("id: a\ntitle: [t\n");
    assert_eq!(at.0, 2, "{d:?}");
}

#[test]
fn section_filters() {
    let set = load(&format!(
        "{OK}sections: {{include: ['*市'], exclude: [青岛市]}}\n"
    ))
    .expect("valid");
    let f = &set.rules()[0].sections;
    assert!(f.matches("济南市") && !f.matches("青岛市") && !f.matches("历城区"));
    assert!(
        glob_match("*县*", "莒县城区") && glob_match("?市", "x市") && !glob_match("?市", "济南市")
    );
}

#[test]
fn directories_skip_tests_and_snapshots() {
    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    std::fs::create_dir_all(dir.join("__snapshots__")).expect("mkdir");
    std::fs::write(
        dir.join("b.yaml"),
        "id: b\ntitle: t\nrequires: compulsory-retention\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("a.yml"),
        "id: a\ntitle: t\nrequires: compulsory-retention\n",
    )
    .expect("write");
    std::fs::write(dir.join("a.test.yaml"), "not: a rule").expect("write");
    std::fs::write(dir.join("__snapshots__/x.yaml"), "not: a rule").expect("write");
    let set = RuleSet::load_paths(&[&dir], &Catalog::bundled()).expect("valid");
    let ids: Vec<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    let errs = RuleSet::load_paths(&[dir.join("missing.yaml")], &Catalog::bundled()).unwrap_err();
    assert!(errs[0].message.starts_with("cannot read rule file"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The rendered diagnostics of a few bad files, as the user sees them.
#[test]
fn rendered_diagnostics() {
    let src = r#"pack: {name: custom}
rules:
  - id: preschool.coverage
    title: 普惠性幼儿园覆盖率达到80%
    severity: eror
    indicator: preschool-inclusive-coverag
    thresold: {min: 80}
    message: "{section}普惠率为{valu}%"
  - id: structure.cases
    title: 案例数量
    structure: {min_cases: 3, sequental: true}
    applies: {years: 2024..2020}
"#;
    let errs =
        RuleSet::from_sources(&[("rules/custom.yaml", src)], &Catalog::bundled()).unwrap_err();
    let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(shown.join("\n\n"));
}

/// `unit:` on a threshold must be the unit of what the rule measures:
/// percent is not percentage points, money is not a count.
#[test]
fn threshold_units_must_fit_the_measure() {
    // The change of a rate is in percentage points.
    let (d, at) = one_error(
        "id: a\ntitle: t\nindicator: compulsory-retention\nmeasure: change.value\nthreshold: {min: 1, unit: percent}\n",
    );
    assert_eq!(at, (5, 27));
    assert_eq!(
        d.message,
        "`unit: percent` does not fit: `change.value` of `compulsory-retention` (九年义务教育巩固率, a percent indicator) is measured in percentage points, not percent"
    );
    assert!(
        d.help
            .as_deref()
            .is_some_and(|h| h.contains("unit: percentage-points"))
    );
    load("id: a\ntitle: t\nindicator: compulsory-retention\nmeasure: change.value\nthreshold: {min: 1, unit: percentage-points}\n")
        .expect("percentage points fit the change of a rate");
    // A rate itself is in percent, not in percentage points.
    let (d, _) = one_error(
        "id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {min: 95, unit: percentage-points}\n",
    );
    assert!(
        d.message
            .contains("is measured in percent, not percentage points"),
        "{}",
        d.message
    );
    // Money is not a count, but its relative growth is in percent.
    let (d, _) = one_error(
        "id: a\ntitle: t\nindicator: education-expenditure\nthreshold: {min: 1, unit: count}\n",
    );
    assert!(
        d.message.contains("yuan (money), not a count"),
        "{}",
        d.message
    );
    let set = load("id: a\ntitle: t\nindicator: education-expenditure\nmeasure: change.percent\nthreshold: {above: 0, unit: percent}\n")
        .expect("growth in percent");
    let RuleKind::Threshold(t) = &set.rules()[0].kind else {
        panic!()
    };
    assert_eq!(t.unit, Some(Unit::Percent));
    load("id: a\ntitle: t\nindicator: education-expenditure\nmeasure: change.value\nthreshold: {above: 0, unit: yuan}\n")
        .expect("an absolute change of money is money");
    // An unknown unit gets a suggestion; the warn zone cannot declare one.
    let (d, _) = one_error(
        "id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {min: 95, unit: percnt}\n",
    );
    assert_eq!(d.help.as_deref(), Some("did you mean `percent`?"));
    let (d, _) = one_error(
        "id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {min: 95}\nwarn: {min: 97, unit: percent}\n",
    );
    assert_eq!(d.message, "unknown key `unit` in `warn`");
    // A unit alone is no bound.
    let (d, _) =
        one_error("id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {unit: percent}\n");
    assert_eq!(d.message, "`threshold` needs at least one bound");
}

#[test]
fn extends_takes_bundled_packs_and_paths() {
    // `builtin:NAME` loads the bundled pack, whose rule is then overridden.
    let local = "pack: {name: local, extends: [builtin:national-2025]}\nrules:\n  - id: preschool.inclusive-coverage-2025\n    threshold: {min: 88}\n";
    let set = Loader::new(&Catalog::bundled())
        .source("local.yaml", local)
        .load()
        .expect("valid");
    let r = set.get("preschool.inclusive-coverage-2025").expect("rule");
    let RuleKind::Threshold(t) = &r.kind else {
        panic!()
    };
    assert_eq!(t.bounds.min, Some(88.0));
    // The rest of the rule is the bundled one, and the other rules are there.
    assert_eq!(r.severity, RuleSeverity::Error);
    assert!(!r.references.is_empty());
    assert!(set.get("compulsory.retention-2025").is_some());
    assert!(set.get("compulsory.retention-2020").is_none());
    // An unknown bundled pack is named with a suggestion.
    let bad = "pack: {name: local, extends: [builtin:nationl-2025]}\nrules: []\n";
    let errs = Loader::new(&Catalog::bundled())
        .source("l.yaml", bad)
        .load()
        .unwrap_err();
    assert_eq!(
        errs[0].one_line(),
        "l.yaml:1:31: unknown bundled pack `builtin:nationl-2025`"
    );
    assert_eq!(
        errs[0].help.as_deref(),
        Some("did you mean `builtin:national-2025`?")
    );

    // A path is relative to the extending file, and is loaded with it.
    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    std::fs::create_dir_all(dir.join("base")).expect("mkdir");
    std::fs::create_dir_all(dir.join("local")).expect("mkdir");
    std::fs::write(
        dir.join("base/base.yaml"),
        "pack: {name: base}\nrules:\n  - id: x\n    title: t\n    severity: error\n    requires: compulsory-retention\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("local/local.yaml"),
        "pack: {name: local, extends: [../base/base.yaml]}\nrules:\n  - id: x\n    severity: info\n",
    )
    .expect("write");
    // `../base` is outside `local/`: refused unless the loader is told that
    // `dir` is the root (the config's directory, say).
    let errs = RuleSet::load_paths(&[dir.join("local")], &Catalog::bundled()).unwrap_err();
    assert_eq!(
        errs[0].message,
        "`extends: ../base/base.yaml` points outside the rule directories"
    );
    let load_under = |root: &std::path::Path| {
        Loader::new(&Catalog::bundled())
            .root(root)
            .paths(&[root.join("local")])
            .load()
    };
    let set = load_under(&dir).expect("valid");
    assert_eq!(set.len(), 1);
    assert_eq!(set.get("x").map(|r| r.severity), Some(RuleSeverity::Info));
    // A path that names no pack is an error at the entry.
    std::fs::write(
        dir.join("local/local.yaml"),
        "pack: {name: local, extends: [../base/missing.yaml]}\nrules: []\n",
    )
    .expect("write");
    let errs = load_under(&dir).unwrap_err();
    assert!(
        errs[0]
            .message
            .contains("`extends: ../base/missing.yaml` names no pack"),
        "{errs:?}"
    );
    // Two packs extending each other by path: loaded once each, and a cycle.
    std::fs::write(
        dir.join("base/base.yaml"),
        "pack: {name: base, extends: [../local/local.yaml]}\nrules: []\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("local/local.yaml"),
        "pack: {name: local, extends: [../base/base.yaml]}\nrules: []\n",
    )
    .expect("write");
    let errs = load_under(&dir).unwrap_err();
    let msgs: Vec<&str> = errs.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "pack `local` extends itself through a cycle of `extends`",
            "pack `base` extends itself through a cycle of `extends`"
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn extends_cycles_and_duplicate_ids_are_errors() {
    let a = "pack: {name: a, extends: [b]}\nrules: []\n";
    let b = "pack: {name: b, extends: [a]}\nrules: []\n";
    let errs =
        RuleSet::from_sources(&[("a.yaml", a), ("b.yaml", b)], &Catalog::bundled()).unwrap_err();
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert_eq!(
        errs[0].one_line(),
        "a.yaml:1:27: pack `a` extends itself through a cycle of `extends`"
    );
    // Two packs that do not extend each other cannot share a rule id.
    let p =
        "pack: {name: p}\nrules:\n  - id: x\n    title: t\n    requires: compulsory-retention\n";
    let q =
        "pack: {name: q}\nrules:\n  - id: x\n    title: t\n    requires: compulsory-retention\n";
    let errs =
        RuleSet::from_sources(&[("p.yaml", p), ("q.yaml", q)], &Catalog::bundled()).unwrap_err();
    assert_eq!(errs[0].one_line(), "q.yaml:3:9: duplicate rule id `x`");
    assert!(
        errs[0]
            .help
            .as_deref()
            .is_some_and(|h| h.contains("list that pack in `extends`"))
    );
}

#[test]
fn rule_tests_inline_and_in_files() {
    let src = "id: a.b\ntitle: t\nindicator: preschool-inclusive-coverage\nthreshold: {min: 80}\ntests:\n  - year: 2020\n    pass: 普惠性幼儿园覆盖率达到86.5%。\n    fail: [普惠性幼儿园覆盖率为76%。, 普惠率为79.9%。]\n";
    let set = load(src).expect("valid");
    let t = &set.rules()[0].tests;
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].rule.as_str(), t[0].year), ("a.b", Some(2020)));
    assert_eq!(t[0].pass.len(), 1);
    assert_eq!(t[0].fail[1].text, "普惠率为79.9%。");
    assert_eq!(t[0].fail[1].line, 8);
    // Mistakes in tests are rule errors.
    let (d, at) = one_error(&format!("{OK}tests: [{{pas: [x]}}]\n"));
    assert_eq!(
        (at, d.help.as_deref()),
        ((5, 10), Some("did you mean `pass`?"))
    );
    let (d, _) = one_error(&format!("{OK}tests: [{{year: 2020}}]\n"));
    assert_eq!(d.message, "a rule test needs `pass:` or `fail:` snippets");
    let (d, _) = one_error(&format!("{OK}tests: [{{rule: x, pass: [y]}}]\n"));
    assert_eq!(d.message, "unknown key `rule` in a rule test");
    // `earlier:` reports: years before the test's `year`, a snippet each.
    let (d, _) = one_error(&format!(
        "{OK}tests: [{{earlier: {{2021: x}}, pass: [y]}}]\n"
    ));
    assert_eq!(d.message, "a test with `earlier` needs `year:`");
    let (d, _) = one_error(&format!(
        "{OK}tests: [{{year: 2021, earlier: {{2021: x}}, pass: [y]}}]\n"
    ));
    assert_eq!(
        d.message,
        "`earlier` holds 2021, which is not before `year: 2021`"
    );
    let (d, _) = one_error(&format!(
        "{OK}tests: [{{year: 2022, earlier: {{last: x}}, pass: [y]}}]\n"
    ));
    assert_eq!(
        d.message,
        "a key of `earlier` must be a report year such as 2021, found a string"
    );
    let (d, _) = one_error(&format!(
        "{OK}tests: [{{year: 2022, earlier: [x], pass: [y]}}]\n"
    ));
    assert!(
        d.message.starts_with("`earlier` must map years"),
        "{}",
        d.message
    );

    // Test files name their rule, checked against the loaded rules.
    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("a.yaml"), OK).expect("write");
    std::fs::write(
        dir.join("a.test.yaml"),
        "- rule: a.b\n  fail: [普惠率为70%。]\n- rule: a.c\n  pass: [x]\n",
    )
    .expect("write");
    let catalog = Catalog::bundled();
    let set = RuleSet::load_paths(&[&dir], &catalog).expect("the test file is not a rule file");
    let errs = load_test_files(&[&dir], &set, &catalog).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0]
            .one_line()
            .ends_with("a.test.yaml:3:9: unknown rule `a.c` in test"),
        "{}",
        errs[0].one_line()
    );
    assert_eq!(errs[0].help.as_deref(), Some("did you mean `a.b`?"));
    std::fs::write(
        dir.join("a.test.yaml"),
        "rule: a.b\nfail: [普惠率为70%。]\n",
    )
    .expect("write");
    let tests = load_test_files(&[&dir], &set, &catalog).expect("valid");
    assert_eq!(tests.len(), 1);
    assert_eq!(tests[0].fail[0].text, "普惠率为70%。");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The rendered diagnostics of each further kind of mistake.
#[test]
fn rendered_diagnostics_of_units_packs_and_tests() {
    let src = r#"pack: {name: custom, extends: [builtin:national-2200]}
rules:
  - id: finance.points
    title: 教育支出增长
    indicator: education-expenditure
    measure: change.value
    threshold: {above: 0, unit: percent}
  - id: retention.points
    title: 巩固率提高
    indicator: compulsory-retention
    measure: change.value
    threshold: {min: 0.5, unit: percent}
    tests:
      - yeer: 2020
        fail: [九年义务教育巩固率为96%。]
  - id: retention.points
    title: 重复
    requires: compulsory-retention
"#;
    let errs =
        RuleSet::from_sources(&[("rules/custom.yaml", src)], &Catalog::bundled()).unwrap_err();
    let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(shown.join("\n\n"));
}

/// Issue 13: a rule tree with links back to itself loads each rule once (the
/// hand-written walk followed them until the path was too long), and a link
/// to a directory, which the walk does not follow, is an error rather than
/// rules lost silently.
#[cfg(unix)]
#[test]
fn rule_trees_with_links_load_each_rule_once() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    std::fs::write(
        dir.join("sub/a.yaml"),
        "id: a\ntitle: t\nrequires: compulsory-retention\n",
    )
    .expect("write");
    symlink("a.yaml", dir.join("sub/same.yaml")).expect("symlink");
    let set = RuleSet::load_paths(&[&dir], &Catalog::bundled()).expect("one rule, once");
    let ids: Vec<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a"]);
    symlink("..", dir.join("sub/up")).expect("symlink");
    let errs = RuleSet::load_paths(&[&dir], &Catalog::bundled()).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].path, dir.join("sub/up").display().to_string());
    assert!(
        errs[0].message.starts_with("a link to a directory"),
        "{}",
        errs[0].message
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 13.3: a rule file must not be able to print another file. The
/// planted secret is in a file outside the rules directory, named like no
/// rule file, and written so that YAML reads it with an error on the
/// secret's own line (the error snippet quoted it before the fix).
#[test]
fn extends_cannot_print_a_file_outside_the_rules() {
    const SECRET: &str = "hunter2-planted-secret-7f3a";
    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    std::fs::create_dir_all(dir.join("rules")).expect("mkdir");
    let secret = dir.join("credentials");
    std::fs::write(
        &secret,
        format!("[default]\naws_secret_access_key = {SECRET}\n: {{ {SECRET}\n"),
    )
    .expect("write");
    let pack = |extends: &str| {
        std::fs::write(
            dir.join("rules/local.yaml"),
            format!("pack: {{name: local, extends: [{extends}]}}\nrules: []\n"),
        )
        .expect("write");
    };
    let leaked = |errs: &[Diagnostic]| {
        errs.iter().any(|d| {
            d.to_string().contains(SECRET)
                || d.message.contains(SECRET)
                || d.help.as_deref().is_some_and(|h| h.contains(SECRET))
                || d.source_line.as_deref().is_some_and(|l| l.contains(SECRET))
        })
    };
    let catalog = Catalog::bundled();

    // By absolute path and by `..`: refused at the entry, nothing read.
    for entry in [secret.display().to_string(), "../credentials".to_string()] {
        pack(&entry);
        let errs = RuleSet::load_paths(&[dir.join("rules")], &catalog).unwrap_err();
        assert!(!leaked(&errs), "{errs:#?}");
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(
            errs[0].message,
            format!("`extends: {entry}` points outside the rule directories")
        );
        assert_eq!((errs[0].line, errs[0].column), (Some(1), Some(31)));
        assert!(
            errs[0]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("--allow-extends-outside")),
            "{errs:#?}"
        );
    }

    // Allowed explicitly, the file is read, but it is not a rule file: the
    // error names it and quotes nothing from it.
    pack(&secret.display().to_string());
    let errs = Loader::new(&catalog)
        .allow_extends_outside(true)
        .paths(&[dir.join("rules")])
        .load()
        .unwrap_err();
    assert!(!leaked(&errs), "{errs:#?}");
    let not_rules = format!("`{}` is not a rule file", secret.display());
    assert!(errs.iter().any(|d| d.message == not_rules), "{errs:#?}");

    // The same for a file given by name, and for one that is not text
    // (`/proc/self/environ` is NUL-separated) even when named `.yaml`.
    let errs = RuleSet::load_paths(&[&secret], &catalog).unwrap_err();
    assert!(!leaked(&errs), "{errs:#?}");
    let binary = dir.join("environ.yaml");
    std::fs::write(&binary, format!("A=1\0SECRET={SECRET}\0: [\n")).expect("write");
    let errs = RuleSet::load_paths(&[&binary], &catalog).unwrap_err();
    assert!(!leaked(&errs), "{errs:#?}");
    assert_eq!(
        errs[0].message,
        format!("`{}` is not a rule file", binary.display())
    );

    // A file under the rules directory, or a bundled pack, is fine.
    std::fs::write(
        dir.join("rules/base.yml"),
        "pack: {name: base}\nrules: []\n",
    )
    .expect("write");
    pack("base.yml");
    assert!(RuleSet::load_paths(&[dir.join("rules")], &catalog).is_ok());
    pack("builtin:national-2025");
    assert!(RuleSet::load_paths(&[dir.join("rules")], &catalog).is_ok());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn detail_require_parts_are_validated_strictly() {
    use dutycheck_rules::{CasePart, RuleKind};
    let set =
        load("id: d\ntitle: t\ndetail:\n  if_has: [result-figure]\n  require: [baseline, scale]\n")
            .expect("valid");
    let RuleKind::Detail(d) = &set.rules()[0].kind else {
        panic!()
    };
    assert!(d.require.contains(CasePart::Baseline) && d.require.contains(CasePart::Scale));
    assert!(!d.require.contains(CasePart::ResultFigure));
    assert!(d.if_has.contains(CasePart::ResultFigure));

    // An unknown part: at the part, with "did you mean".
    let (d, at) =
        one_error("id: d\ntitle: t\ndetail:\n  require: [result-figure, baseline, basline]\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((4, 38), "invalid case part in `require` `basline`")
    );
    assert_eq!(d.help.as_deref(), Some("did you mean `baseline`?"));
    let (d, at) =
        one_error("id: d\ntitle: t\ndetail: {if_has: [result-figures], require: [scale]}\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((3, 19), "invalid case part in `if_has` `result-figures`")
    );
    assert_eq!(d.help.as_deref(), Some("did you mean `result-figure`?"));
    // Not a list, an empty list, a part twice.
    let (d, at) = one_error("id: d\ntitle: t\ndetail: {require: baseline}\n");
    assert_eq!(
        (at, d.message.as_str()),
        (
            (3, 19),
            "`require` must be a list of case parts, found a string"
        )
    );
    assert_eq!(
        d.help.as_deref(),
        Some("write it as `[result-figure, baseline, scale]`")
    );
    let (d, _) = one_error("id: d\ntitle: t\ndetail: {require: []}\n");
    assert_eq!(d.message, "`require` lists no case part");
    let (d, at) = one_error("id: d\ntitle: t\ndetail: {require: [scale, scale]}\n");
    assert_eq!(
        (at, d.message.as_str()),
        ((3, 27), "case part `scale` is listed twice in `require`")
    );
    // `if_has` alone asks for nothing.
    let (d, _) = one_error("id: d\ntitle: t\ndetail: {if_has: [scale]}\n");
    assert_eq!(
        d.message,
        "`detail` needs `min_chars`, `min_figures` or `require`"
    );
    // The message's placeholders are known.
    load("id: d\ntitle: t\ndetail: {require: [scale]}\nmessage: \"{missing}{missing_parts}{require}\"\n")
        .expect("valid placeholders");
}

/// `trend:` and `restatement:` rules (issue 15): strict keys, closed words
/// with "did you mean", and what is kept.
mod year_on_year {
    use super::*;
    use dutycheck_rules::{Direction, RuleKind};

    #[test]
    fn a_trend_rule_loads() {
        let set = load(
            "- id: t\n  title: T\n  trend: {indicator: education-expenditure, direction: not-decreasing, tolerance: 0.5}\n",
        )
        .expect("valid");
        let RuleKind::Trend(t) = &set.rules()[0].kind else {
            panic!("a trend rule");
        };
        assert_eq!(
            (t.indicator.as_str(), t.direction, t.tolerance),
            ("education-expenditure", Direction::NotDecreasing, 0.5)
        );
    }

    #[test]
    fn a_misspelt_direction_suggests_the_word() {
        let (d, at) = one_error(
            "- id: t\n  title: T\n  trend: {indicator: education-expenditure, direction: not-decresing}\n",
        );
        assert!(
            d.message.contains("invalid `direction` `not-decresing`"),
            "{d:?}"
        );
        assert_eq!(d.help.as_deref(), Some("did you mean `not-decreasing`?"));
        assert_eq!(at, (3, 56));
    }

    #[test]
    fn trend_keys_are_strict_and_required() {
        let e = errors(
            "- id: t\n  title: T\n  trend: {indicatr: education-expenditure, direction: not-increasing}\n",
        );
        assert!(e.iter().any(|d| d.message.contains("indicatr")), "{e:?}");
        let e = errors("- id: t\n  title: T\n  trend: {indicator: education-expenditure}\n");
        assert!(
            e.iter()
                .any(|d| d.message.contains("`trend` needs `direction`")),
            "{e:?}"
        );
        let e = errors(
            "- id: t\n  title: T\n  trend: {indicator: education-expenditure, direction: not-increasing, tolerance: -1}\n",
        );
        assert!(
            e.iter().any(|d| d.message.contains("must not be negative")),
            "{e:?}"
        );
    }

    #[test]
    fn restatement_rules() {
        let set = load("- id: r\n  title: R\n  restatement: {indicators: all}\n").expect("valid");
        let RuleKind::Restatement(r) = &set.rules()[0].kind else {
            panic!("a restatement rule");
        };
        assert!(r.indicators.is_empty() && r.growth && r.judges("anything"));
        let set = load("- id: r\n  title: R\n  restatement: {indicators: [education-expenditure], growth: false}\n")
            .expect("valid");
        let RuleKind::Restatement(r) = &set.rules()[0].kind else {
            panic!("a restatement rule");
        };
        assert!(!r.growth && r.judges("education-expenditure") && !r.judges("large-class-share"));
        let e =
            errors("- id: r\n  title: R\n  restatement: {indicators: [education-expenditur]}\n");
        assert!(
            e.iter().any(|d| d
                .message
                .contains("unknown indicator `education-expenditur`")),
            "{e:?}"
        );
        let e = errors("- id: r\n  title: R\n  restatement: {indicators: every}\n");
        assert!(
            e.iter()
                .any(|d| d.message.contains("`indicators` must be `all`")),
            "{e:?}"
        );
        let e = errors("- id: r\n  title: R\n  restatement: {growht: true}\n");
        assert!(e.iter().any(|d| d.message.contains("growht")), "{e:?}");
    }

    /// `tolerance`, the switches and the required keys of a kind's mapping
    /// are parsed by one helper each (`kinds/mod.rs`): the same message, at
    /// the value, in every kind that has them.
    #[test]
    fn shared_keys_read_the_same_in_every_kind() {
        // The column of `value` in `src`, on the rule's line after its indent.
        let column = |src: &str, value: &str| src.find(value).map_or(0, |i| i as u32 + 3);
        for src in [
            "trend: {indicator: education-expenditure, direction: not-increasing, tolerance: -1}",
            "restatement: {tolerance: -1}",
        ] {
            let (d, at) = one_error(&format!("- id: t\n  title: T\n  {src}\n"));
            assert_eq!(d.message, "`tolerance` must not be negative", "{src}");
            assert_eq!(at, (3, column(src, "-1")), "{src}");
        }
        for (src, key, value) in [
            ("restatement: {growth: 1}", "growth", "1}"),
            ("structure: {sequential: 2}", "sequential", "2}"),
            (
                "structure: {unread_numbering: \"no\"}",
                "unread_numbering",
                "\"no\"",
            ),
        ] {
            let (d, at) = one_error(&format!("- id: t\n  title: T\n  {src}\n"));
            assert!(
                d.message
                    .starts_with(&format!("`{key}` must be true or false, found ")),
                "{src}: {d:?}"
            );
            assert_eq!(at, (3, column(src, value)), "{src}");
        }
        for (src, missing, help) in [
            (
                "trend: {direction: not-decreasing}",
                vec!["`trend` needs `indicator`"],
                "write `trend: {indicator: ID, direction: not-decreasing}`",
            ),
            (
                "compare: {left: preschool-public-share}",
                vec!["`compare` needs `op`", "`compare` needs `right`"],
                "write `compare: {left: ID, op: \"<=\", right: ID}`",
            ),
        ] {
            let e = errors(&format!("- id: t\n  title: T\n  {src}\n"));
            let msgs: Vec<&str> = e.iter().map(|d| d.message.as_str()).collect();
            assert_eq!(msgs, missing, "{src}");
            for d in &e {
                assert_eq!(d.help.as_deref(), Some(help), "{src}");
                assert_eq!(
                    (d.line, d.column),
                    (Some(3), Some(src.find('{').map_or(0, |i| i as u32 + 3))),
                    "{src}"
                );
            }
        }
    }

    #[test]
    fn year_on_year_rules_judge_regions_only() {
        let e = errors("- id: r\n  title: R\n  scope: case\n  restatement: {}\n");
        assert!(e.iter().any(|d| d.message.contains("scope")), "{e:?}");
    }
}
