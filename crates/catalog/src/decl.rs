//! Catalog declarations: reading indicator and requirement entries from YAML,
//! wherever they are written, and merging them into one catalog.
//!
//! A user's indicators can live in four places: the bundled
//! `rules/catalog.yaml`, a separate catalog file, `catalog:` in a pack, and
//! `catalog:` in `dutycheck.yaml`. They are one idea, so one reader handles
//! every place and one merge validates the result. The validation is as
//! strict as the rule loader's: every mistake of every source at once, each
//! at file:line:column, with "did you mean" where a near miss is likely.
//!
//! What a merge refuses, because each would make extraction silently wrong:
//!
//! - a duplicate id: two meanings for one name in every rule that uses it;
//! - an alias claimed by two ids: the same words in a report would bind to
//!   either indicator, depending on load order;
//! - an `extends` of an unknown id: the aliases would be dropped;
//! - an unknown kind or an empty alias: the entry could never bind.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use dutycheck_model::{Diagnostic, QuantityKind, did_you_mean};
use serde_saphyr::{Location, Spanned};

use crate::yaml::{Node, Src};
use crate::{Catalog, GAP, Indicator, Meets, Requirement, SHARE_AFTER, yaml_error};

/// The kinds of figure an indicator can be stated by, as written in YAML.
pub(crate) const KINDS: [(&str, QuantityKind); 5] = [
    ("percent", QuantityKind::Percent),
    ("money", QuantityKind::Money),
    ("count", QuantityKind::Count),
    ("permille", QuantityKind::Permille),
    ("measure", QuantityKind::Measure),
];

pub(crate) const INDICATOR_KEYS: [&str; 5] = ["id", "name", "kind", "may_exceed_100", "aliases"];
pub(crate) const REQUIREMENT_KEYS: [&str; 6] = [
    "id",
    "name",
    "description",
    "phrases",
    "indicators",
    "meets",
];
pub(crate) const EXTENDS_KEYS: [&str; 3] = ["extends", "aliases", "phrases"];
pub(crate) const FILE_KEYS: [&str; 2] = ["indicators", "requirements"];
pub(crate) const MEETS_KEYS: [&str; 3] = ["value", "change", "compare"];
pub(crate) const COMPARE_WORDS: [&str; 1] = ["not-below"];

/// One source being read: shown path, text, and the directory that relative
/// catalog file names in it are resolved against.
struct Source {
    path: String,
    text: String,
    dir: Option<PathBuf>,
    /// `builtin:catalog` for the bundled file: where-defined reads better.
    shown: Option<String>,
}

/// An indicator as declared, before the merge.
struct IndicatorDecl {
    src: usize,
    at: Location,
    id: Spanned<String>,
    name: String,
    kind: QuantityKind,
    may_exceed_100: bool,
    aliases: Vec<Spanned<String>>,
}

struct RequirementDecl {
    src: usize,
    at: Location,
    id: Spanned<String>,
    name: String,
    description: Option<String>,
    phrases: Vec<Spanned<String>>,
    indicators: Vec<Spanned<String>>,
    meets: Option<Meets>,
}

/// `{extends: ID, aliases: […]}` or `{extends: ID, phrases: […]}`.
struct ExtendsDecl {
    src: usize,
    target: Spanned<String>,
    aliases: Vec<Spanned<String>>,
    phrases: Vec<Spanned<String>>,
}

/// Collects catalog declarations from several sources and merges them onto a
/// base catalog (normally [`Catalog::bundled`]).
///
/// ```
/// # use dutycheck_catalog::{Catalog, CatalogBuilder};
/// let mut b = CatalogBuilder::new(Catalog::bundled());
/// b.add_file("mine.yaml", "indicators:\n  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money}\n");
/// let catalog = b.build().expect("valid");
/// assert!(catalog.get("jb.rural-teacher-subsidy").is_some());
/// ```
pub struct CatalogBuilder {
    base: Catalog,
    sources: Vec<Source>,
    indicators: Vec<IndicatorDecl>,
    requirements: Vec<RequirementDecl>,
    extends: Vec<ExtendsDecl>,
    errors: Vec<Diagnostic>,
    /// Files already read, so that a catalog file named by a config and a
    /// pack is one declaration, not a duplicate.
    read: Vec<PathBuf>,
    /// Directories (canonical) that catalog files may be read from besides
    /// the directory of the file naming them; see [`CatalogBuilder::confine`].
    roots: Vec<PathBuf>,
    /// Whether catalog files may be read from anywhere.
    anywhere: bool,
}

impl CatalogBuilder {
    pub fn new(base: Catalog) -> CatalogBuilder {
        CatalogBuilder {
            base,
            sources: Vec::new(),
            indicators: Vec::new(),
            requirements: Vec::new(),
            extends: Vec::new(),
            errors: Vec::new(),
            read: Vec::new(),
            roots: Vec::new(),
            anywhere: false,
        }
    }

    /// Where a catalog file named by a config or a pack may be read from:
    /// under the directory of the file that names it, under one of `roots`
    /// (the rule directories), or anywhere when `anywhere` is set
    /// (`--allow-extends-outside`). Rule files come from repositories and a
    /// pull request can change them; an error prints into a CI log, so a
    /// pack must not be able to read `/etc` or `~/.ssh` through `catalog:`,
    /// as it cannot through `extends`. Set it before adding configs or packs.
    pub fn confine(&mut self, roots: &[PathBuf], anywhere: bool) {
        for r in roots {
            if let Ok(r) = r.canonicalize()
                && !self.roots.contains(&r)
            {
                self.roots.push(r);
            }
        }
        self.anywhere = anywhere;
    }

    /// Whether anything was declared (a builder with nothing added yields its
    /// base unchanged).
    pub fn is_empty(&self) -> bool {
        self.indicators.is_empty() && self.requirements.is_empty() && self.extends.is_empty()
    }

    /// Adds a catalog file's text: `indicators:` and `requirements:` lists,
    /// or a bare list of entries.
    pub fn add_file(&mut self, path: &str, text: &str) {
        self.add_file_in(path, text, None, None);
    }

    pub(crate) fn add_bundled(&mut self, path: &str, text: &str) {
        self.add_file_in(path, text, None, Some("builtin:catalog".to_string()));
    }

    fn add_file_in(&mut self, path: &str, text: &str, dir: Option<PathBuf>, shown: Option<String>) {
        let tree = match serde_saphyr::from_str::<Spanned<Node>>(text) {
            Ok(tree) => tree,
            Err(e) => {
                self.errors.push(yaml_error(path, text, &e));
                return;
            }
        };
        let src = self.push_source(path, text, dir, shown);
        self.file_tree(src, &tree);
    }

    /// Reads a catalog file from disk (named by a config or a pack).
    pub fn add_path(&mut self, path: &Path) {
        let key = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        if self.read.contains(&key) {
            return;
        }
        self.read.push(key);
        let shown = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) if !crate::yaml::looks_like_yaml_file(&shown, &text) => {
                let mut d =
                    Diagnostic::file(shown.clone(), format!("`{shown}` is not a catalog file"));
                d.help = Some("catalog files are UTF-8 YAML text named *.yaml or *.yml; the content of other files is never shown in errors, because it may be any file (a key, the environment)".into());
                self.errors.push(d);
            }
            Ok(text) => {
                let dir = path.parent().map(Path::to_path_buf);
                self.add_file_in(&shown, &text, dir, None);
            }
            Err(e) => self.errors.push(Diagnostic::file(
                shown,
                format!("cannot read catalog file: {e}"),
            )),
        }
    }

    /// Adds the value of a `catalog:` key of a pack or config file at `path`
    /// (whose whole text is `text`; locations in `node` point into it).
    /// Relative catalog file names are resolved against `dir`.
    ///
    /// The value is a list of entries (mappings) and catalog file names
    /// (strings), a single file name, or a mapping with `indicators:` and
    /// `requirements:`.
    pub fn add_node(&mut self, path: &str, text: &str, dir: &Path, node: &Spanned<Node>) {
        let src = self.push_source(path, text, Some(dir.to_path_buf()), None);
        match &node.value {
            Node::Str(_) | Node::Seq(_) | Node::Map(_) | Node::Null => self.file_tree(src, node),
            other => self.err(
                src,
                &node.referenced,
                format!(
                    "`catalog` must be a list of entries, a catalog file name, or a mapping with `indicators` and `requirements`, found {}",
                    other.describe()
                ),
                None,
            ),
        }
    }

    fn push_source(
        &mut self,
        path: &str,
        text: &str,
        dir: Option<PathBuf>,
        shown: Option<String>,
    ) -> usize {
        self.sources.push(Source {
            path: path.to_string(),
            text: text.to_string(),
            dir,
            shown,
        });
        self.sources.len() - 1
    }

    fn err(&mut self, src: usize, at: &Location, message: String, help: Option<String>) {
        let Some(s) = self.sources.get(src) else {
            return;
        };
        let mut d = Src {
            path: &s.path,
            text: &s.text,
        }
        .error(at, message);
        d.help = help;
        self.errors.push(d);
    }

    /// A whole catalog file, or the value of `catalog:`.
    fn file_tree(&mut self, src: usize, tree: &Spanned<Node>) {
        match &tree.value {
            Node::Null => {}
            Node::Str(name) => self.named_file(src, name, &tree.referenced),
            Node::Seq(items) => {
                for item in items {
                    self.entry(src, item, None);
                }
            }
            Node::Map(_) => {
                for (key, value) in self.fields(src, tree, &FILE_KEYS, "a catalog") {
                    let requirement = key == "requirements";
                    match &value.value {
                        Node::Seq(items) => {
                            for item in items {
                                self.entry(src, item, Some(requirement));
                            }
                        }
                        Node::Null => {}
                        other => self.err(
                            src,
                            &value.referenced,
                            format!("`{key}` must be a list, found {}", other.describe()),
                            None,
                        ),
                    }
                }
            }
            other => self.err(
                src,
                &tree.referenced,
                format!(
                    "expected a catalog (`indicators:` and `requirements:` lists), found {}",
                    other.describe()
                ),
                None,
            ),
        }
    }

    fn named_file(&mut self, src: usize, name: &str, at: &Location) {
        let Some(dir) = self.sources.get(src).map(|s| s.dir.clone()) else {
            return;
        };
        let Some(dir) = dir else {
            self.err(
                src,
                at,
                format!("a catalog file cannot name another catalog file (`{name}`)"),
                Some(
                    "list the entries here, or name both files from the config or the pack".into(),
                ),
            );
            return;
        };
        let path = dir.join(name);
        if path.is_file() {
            let allowed = self.anywhere
                || path.canonicalize().is_ok_and(|p| {
                    dir.canonicalize().is_ok_and(|d| p.starts_with(d))
                        || self.roots.iter().any(|r| p.starts_with(r))
                });
            if allowed {
                self.add_path(&path);
            } else {
                self.err(
                    src,
                    at,
                    format!("catalog file `{name}` is outside the rule directories; it was not read"),
                    Some("name a file under the directory of this file or of the rules, or pass --allow-extends-outside".into()),
                );
            }
        } else {
            self.err(
                src,
                at,
                format!("catalog file `{name}` does not exist"),
                Some("catalog file names are relative to the file that names them".into()),
            );
        }
    }

    /// The fields of a mapping, each key checked against `allowed` with
    /// "did you mean"; unknown keys are errors and are skipped.
    fn fields<'n>(
        &mut self,
        src: usize,
        node: &'n Spanned<Node>,
        allowed: &[&'static str],
        what: &str,
    ) -> Vec<(&'static str, &'n Spanned<Node>)> {
        let Node::Map(entries) = &node.value else {
            self.err(
                src,
                &node.referenced,
                format!(
                    "expected {what} (a mapping), found {}",
                    node.value.describe()
                ),
                None,
            );
            return Vec::new();
        };
        let mut out: Vec<(&'static str, &'n Spanned<Node>)> = Vec::new();
        for (key, value) in entries {
            let name = match &key.value {
                Node::Str(s) => s.as_str(),
                other => {
                    self.err(
                        src,
                        &key.referenced,
                        format!("keys are names, found {}", other.describe()),
                        None,
                    );
                    continue;
                }
            };
            match allowed.iter().find(|k| **k == name) {
                Some(k) if out.iter().any(|(seen, _)| seen == k) => {
                    self.err(
                        src,
                        &key.referenced,
                        format!("duplicate key `{name}`"),
                        None,
                    );
                }
                Some(k) => out.push((k, value)),
                None => {
                    let help = match did_you_mean(name, allowed.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("{what} has the keys: {}", allowed.join(", ")),
                    };
                    self.err(
                        src,
                        &key.referenced,
                        format!("unknown key `{name}` in {what}"),
                        Some(help),
                    );
                }
            }
        }
        out
    }

    fn string(&mut self, src: usize, node: &Spanned<Node>, what: &str) -> Option<Spanned<String>> {
        match &node.value {
            Node::Str(s) => Some(Spanned {
                value: s.trim().to_string(),
                referenced: node.referenced,
                defined: node.defined,
            }),
            Node::Int(i) => Some(Spanned {
                value: i.to_string(),
                referenced: node.referenced,
                defined: node.defined,
            }),
            other => {
                self.err(
                    src,
                    &node.referenced,
                    format!("{what} must be text, found {}", other.describe()),
                    None,
                );
                None
            }
        }
    }

    fn strings(&mut self, src: usize, node: &Spanned<Node>, what: &str) -> Vec<Spanned<String>> {
        match &node.value {
            Node::Seq(items) => items
                .iter()
                .filter_map(|i| self.string(src, i, what))
                .collect(),
            Node::Null => Vec::new(),
            _ => self.string(src, node, what).into_iter().collect(),
        }
    }

    /// One entry. `requirement`: `Some` when the list says what it holds
    /// (`indicators:` or `requirements:`); in a bare list, an entry with
    /// `phrases` is a requirement, `extends` an extension, and anything else
    /// an indicator.
    fn entry(&mut self, src: usize, node: &Spanned<Node>, requirement: Option<bool>) {
        if let Node::Str(name) = &node.value {
            self.named_file(src, name, &node.referenced);
            return;
        }
        let Node::Map(entries) = &node.value else {
            self.err(
                src,
                &node.referenced,
                format!(
                    "expected a catalog entry (a mapping with `id`, `name`, …), found {}",
                    node.value.describe()
                ),
                None,
            );
            return;
        };
        let has = |k: &str| {
            entries
                .iter()
                .any(|(key, _)| matches!(&key.value, Node::Str(s) if s == k))
        };
        if has("extends") {
            self.extends_entry(src, node);
        } else if requirement.unwrap_or_else(|| has("phrases")) {
            self.requirement_entry(src, node);
        } else {
            self.indicator_entry(src, node);
        }
    }

    fn indicator_entry(&mut self, src: usize, node: &Spanned<Node>) {
        let fields = self.fields(src, node, &INDICATOR_KEYS, "an indicator");
        let mut id = None;
        let mut name = None;
        let mut kind = None;
        let mut kind_seen = false;
        let mut may_exceed_100 = false;
        let mut aliases = Vec::new();
        for (key, value) in fields {
            match key {
                "id" => id = self.string(src, value, "`id`"),
                "name" => name = self.string(src, value, "`name`"),
                "kind" => {
                    kind_seen = true;
                    kind = self.kind(src, value);
                }
                "may_exceed_100" => match value.value {
                    Node::Bool(b) => may_exceed_100 = b,
                    ref other => self.err(
                        src,
                        &value.referenced,
                        format!(
                            "`may_exceed_100` must be true or false, found {}",
                            other.describe()
                        ),
                        None,
                    ),
                },
                _ => aliases = self.strings(src, value, "an alias"),
            }
        }
        let missing = [
            ("id", id.is_none()),
            ("name", name.is_none()),
            ("kind", !kind_seen),
        ];
        for (key, absent) in missing {
            if absent {
                self.err(
                    src,
                    &node.referenced,
                    format!("this indicator has no `{key}`"),
                    Some(match key {
                        "kind" => "add `kind:` (percent, money, count, permille or measure)".to_string(),
                        "id" => "add `id:` in kebab-case, such as `jb.rural-teacher-subsidy`; or `extends: <id>` to add aliases to an existing indicator".to_string(),
                        _ => "add `name:`, the indicator's usual name".to_string(),
                    }),
                );
            }
        }
        if let (Some(id), Some(name), Some(kind)) = (id, name, kind) {
            self.indicators.push(IndicatorDecl {
                src,
                at: node.referenced,
                id,
                name: name.value,
                kind,
                may_exceed_100,
                aliases,
            });
        }
    }

    fn kind(&mut self, src: usize, node: &Spanned<Node>) -> Option<QuantityKind> {
        let word = self.string(src, node, "`kind`")?;
        if let Some((_, kind)) = KINDS.iter().find(|(k, _)| *k == word.value) {
            return Some(*kind);
        }
        let names = KINDS.iter().map(|(k, _)| *k);
        let help = match did_you_mean(&word.value, names) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "use one of: percent, money, count, permille, measure".to_string(),
        };
        self.err(
            src,
            &word.referenced,
            format!("unknown indicator kind `{}`", word.value),
            Some(help),
        );
        None
    }

    fn requirement_entry(&mut self, src: usize, node: &Spanned<Node>) {
        let fields = self.fields(src, node, &REQUIREMENT_KEYS, "a requirement");
        let mut id = None;
        let mut name = None;
        let mut description = None;
        let mut phrases = Vec::new();
        let mut indicators = Vec::new();
        let mut meets = None;
        for (key, value) in fields {
            match key {
                "id" => id = self.string(src, value, "`id`"),
                "name" => name = self.string(src, value, "`name`"),
                "description" => {
                    description = self.string(src, value, "`description`").map(|s| s.value)
                }
                "phrases" => phrases = self.strings(src, value, "a phrase"),
                "indicators" => indicators = self.strings(src, value, "an indicator id"),
                _ => meets = self.meets(src, value),
            }
        }
        for (key, absent) in [
            ("id", id.is_none()),
            ("name", name.is_none()),
            ("phrases", phrases.is_empty()),
        ] {
            if absent {
                self.err(
                    src,
                    &node.referenced,
                    format!("this requirement has no `{key}`"),
                    Some("a requirement has an `id`, a `name`, the `phrases` that claim it, and optionally the `indicators` that evidence it and what `meets` it".into()),
                );
            }
        }
        if let (Some(id), Some(name)) = (id, name)
            && !phrases.is_empty()
        {
            self.requirements.push(RequirementDecl {
                src,
                at: node.referenced,
                id,
                name: name.value,
                description,
                phrases,
                indicators,
                meets,
            });
        }
    }

    /// `meets: {value: {min, max}}`, `{change: {min, max}}` or
    /// `{compare: not-below}`.
    fn meets(&mut self, src: usize, node: &Spanned<Node>) -> Option<Meets> {
        let fields = self.fields(src, node, &MEETS_KEYS, "`meets`");
        if fields.len() != 1 {
            self.err(
                src,
                &node.referenced,
                "`meets` needs exactly one of `value`, `change`, `compare`".into(),
                Some("`{value: {min: 100}}` (全覆盖), `{value: {max: 0}}` (清零), `{change: {min: 0}}` (只增不减), `{compare: not-below}` (不低于)".into()),
            );
            return None;
        }
        let (key, value) = fields.into_iter().next()?;
        match key {
            "compare" => {
                let word = self.string(src, value, "`compare`")?;
                if COMPARE_WORDS.contains(&word.value.as_str()) {
                    Some(Meets::NotBelow)
                } else {
                    self.err(
                        src,
                        &word.referenced,
                        format!("unknown comparison `{}`", word.value),
                        Some("use `not-below`: the first indicator's figure is not below the second's".into()),
                    );
                    None
                }
            }
            _ => {
                let mut min = None;
                let mut max = None;
                for (bound, n) in self.fields(src, value, &["min", "max"], "bounds") {
                    let v = match n.value {
                        Node::Int(i) => Some(i as f64),
                        Node::Float(f) => Some(f),
                        ref other => {
                            self.err(
                                src,
                                &n.referenced,
                                format!("`{bound}` must be a number, found {}", other.describe()),
                                None,
                            );
                            None
                        }
                    };
                    if bound == "min" {
                        min = v;
                    } else {
                        max = v;
                    }
                }
                if min.is_none() && max.is_none() {
                    self.err(
                        src,
                        &value.referenced,
                        format!("`{key}` needs `min` or `max`"),
                        None,
                    );
                    return None;
                }
                Some(if key == "value" {
                    Meets::Value { min, max }
                } else {
                    Meets::Change { min, max }
                })
            }
        }
    }

    fn extends_entry(&mut self, src: usize, node: &Spanned<Node>) {
        let fields = self.fields(src, node, &EXTENDS_KEYS, "an `extends` entry");
        let mut target = None;
        let mut aliases = Vec::new();
        let mut phrases = Vec::new();
        for (key, value) in fields {
            match key {
                "extends" => target = self.string(src, value, "`extends`"),
                "aliases" => aliases = self.strings(src, value, "an alias"),
                _ => phrases = self.strings(src, value, "a phrase"),
            }
        }
        if let Some(target) = target {
            self.extends.push(ExtendsDecl {
                src,
                target,
                aliases,
                phrases,
            });
        }
    }

    fn shown(&self, src: usize, at: &Location) -> String {
        match self.sources.get(src) {
            Some(Source { shown: Some(s), .. }) => s.clone(),
            Some(s) => format!("{}:{}:{}", s.path, at.line(), at.column()),
            None => String::new(),
        }
    }

    /// Merges every declaration onto the base catalog, or returns every
    /// error found while reading and merging.
    pub fn build(mut self) -> Result<Catalog, Vec<Diagnostic>> {
        let mut catalog = std::mem::take(&mut self.base);
        // alias → owning indicator id, over the base and the additions.
        let mut owner: HashMap<String, String> = HashMap::new();
        for ind in &catalog.indicators {
            for a in &ind.aliases {
                owner.insert(a.clone(), ind.id.to_string());
            }
        }
        let mut phrase_owner: HashMap<String, String> = HashMap::new();
        for r in &catalog.requirements {
            for p in &r.phrases {
                phrase_owner.insert(p.clone(), r.id.to_string());
            }
        }

        for decl in std::mem::take(&mut self.indicators) {
            let id = decl.id.value.clone();
            if !self.new_id(&catalog, decl.src, &decl.id, false) {
                continue;
            }
            let mut aliases = vec![decl.name.clone()];
            let name_alias = Spanned {
                value: decl.name.clone(),
                referenced: decl.at,
                defined: decl.at,
            };
            for alias in std::iter::once(&name_alias).chain(decl.aliases.iter()) {
                self.claim_words(&mut owner, (&id, false), alias, decl.src, &mut aliases);
            }
            let at = self.shown(decl.src, &decl.at);
            catalog.push_indicator(Indicator {
                id: id.into(),
                name: decl.name.into(),
                kind: decl.kind,
                may_exceed_100: decl.may_exceed_100,
                aliases,
                defined_at: at,
                extended_at: Vec::new(),
            });
        }

        for decl in std::mem::take(&mut self.requirements) {
            let id = decl.id.value.clone();
            if !self.new_id(&catalog, decl.src, &decl.id, true) {
                continue;
            }
            let mut phrases = Vec::new();
            for p in &decl.phrases {
                self.claim_words(&mut phrase_owner, (&id, true), p, decl.src, &mut phrases);
            }
            let mut indicators = Vec::new();
            for ind in &decl.indicators {
                if self.known_indicator(&catalog, decl.src, ind) {
                    indicators.push(ind.value.clone());
                }
            }
            if matches!(decl.meets, Some(Meets::NotBelow)) && indicators.len() != 2 {
                self.err(
                    decl.src,
                    &decl.at,
                    "`meets: {compare: not-below}` relates exactly two indicators".into(),
                    Some("list the indicator that must not be below first, then the one it is compared with".into()),
                );
            }
            if decl.meets.is_some() && decl.indicators.is_empty() {
                self.err(
                    decl.src,
                    &decl.at,
                    "`meets` needs `indicators`: the figures it is judged on".into(),
                    None,
                );
            }
            let at = self.shown(decl.src, &decl.at);
            catalog.requirements.push(Requirement {
                id: id.into(),
                name: decl.name,
                description: decl.description,
                phrases,
                indicators,
                meets: decl.meets,
                defined_at: at,
                extended_at: Vec::new(),
            });
        }

        for ext in std::mem::take(&mut self.extends) {
            let target = ext.target.value.clone();
            let at = self.shown(ext.src, &ext.target.referenced);
            if let Some(ind) = catalog
                .position(&target)
                .and_then(|i| catalog.indicators.get_mut(i))
            {
                self.extend(&mut owner, (&target, false), &ext, &mut ind.aliases);
                ind.extended_at.push(at);
            } else if let Some(req) = catalog.requirements.iter_mut().find(|r| r.id == target) {
                self.extend(&mut phrase_owner, (&target, true), &ext, &mut req.phrases);
                req.extended_at.push(at);
            } else {
                let ids = catalog.all_ids();
                let help = match did_you_mean(&target, ids.iter().map(String::as_str)) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "`dutycheck catalog list` shows every id".to_string(),
                };
                self.err(
                    ext.src,
                    &ext.target.referenced,
                    format!("`extends` names no indicator or requirement: `{target}`"),
                    Some(help),
                );
            }
        }

        if self.errors.is_empty() {
            Ok(catalog)
        } else {
            // In file order, as the user reads the files.
            let order = |path: &str| self.sources.iter().position(|s| s.path == path);
            let mut keyed: Vec<_> = std::mem::take(&mut self.errors)
                .into_iter()
                .map(|d| ((order(&d.path), d.line, d.column), d))
                .collect();
            keyed.sort_by_key(|a| a.0);
            Err(keyed.into_iter().map(|(_, d)| d).collect())
        }
    }

    /// Checks the id of a new indicator (`requirement` false) or
    /// requirement: its form is an error that still lets the entry in (the
    /// rules naming it then get their own errors); a duplicate is refused.
    fn new_id(
        &mut self,
        catalog: &Catalog,
        src: usize,
        id: &Spanned<String>,
        requirement: bool,
    ) -> bool {
        let (what, words) = if requirement {
            ("requirement", "phrases")
        } else {
            ("indicator", "aliases")
        };
        let value = &id.value;
        if !valid_id(value) {
            self.err(
                src,
                &id.referenced,
                format!("invalid {what} id `{value}`"),
                Some("ids are lowercase kebab-case, optionally with a `.` namespace: `preschool-public-share`, `jb.rural-teacher-subsidy`".into()),
            );
        }
        if let Some(previous) = catalog.defined_at(value) {
            self.err(
                src,
                &id.referenced,
                format!("duplicate id `{value}`, already defined at {previous}"),
                Some(format!(
                    "to add {words} to it, write `{{extends: {value}, {words}: […]}}`"
                )),
            );
            return false;
        }
        true
    }

    /// Adds the aliases (`phrase` false) or phrases (`phrase` true) of an
    /// `extends` entry to `into`; the other list is an error, as
    /// `{extends: an-indicator, phrases: […]}` would silently do nothing.
    fn extend(
        &mut self,
        owner: &mut HashMap<String, String>,
        (target, phrase): (&str, bool),
        ext: &ExtendsDecl,
        into: &mut Vec<String>,
    ) {
        let (own, other, is, key, not) = if phrase {
            (
                &ext.phrases,
                &ext.aliases,
                "a requirement",
                "phrases",
                "aliases",
            )
        } else {
            (
                &ext.aliases,
                &ext.phrases,
                "an indicator",
                "aliases",
                "phrases",
            )
        };
        if !other.is_empty() {
            self.err(
                ext.src,
                &ext.target.referenced,
                format!("`{target}` is {is}: extend it with `{key}`, not `{not}`"),
                None,
            );
        }
        let mut added = Vec::new();
        for words in own {
            self.claim_words(owner, (target, phrase), words, ext.src, &mut added);
        }
        for w in added {
            if !into.contains(&w) {
                into.push(w);
            }
        }
    }

    /// Validates one alias (`phrase` false) or requirement phrase (`phrase`
    /// true) and records its owner: the same words may name one id only.
    fn claim_words(
        &mut self,
        owner: &mut HashMap<String, String>,
        (id, phrase): (&str, bool),
        words: &Spanned<String>,
        src: usize,
        out: &mut Vec<String>,
    ) {
        let what = if phrase { "phrase" } else { "alias" };
        let text = words.value.trim().to_string();
        if !valid_phrase(&text) {
            self.err(
                src,
                &words.referenced,
                format!("invalid {what} `{text}`"),
                Some(format!(
                    "{} {what} is non-empty text, with at most one `{GAP}` between a head and a tail",
                    if phrase { "a" } else { "an" }
                )),
            );
            return;
        }
        // An alias that opens with `的` names what a share counts after it
        // (`的随迁子女在公办学校就读`): `的` alone, or before a gap, names
        // nothing.
        if !phrase
            && let Some(rest) = text.strip_prefix(SHARE_AFTER)
            && (rest.is_empty() || rest.starts_with(GAP))
        {
            self.err(
                src,
                &words.referenced,
                format!("invalid alias `{text}`"),
                Some(format!(
                    "an alias that opens with `{SHARE_AFTER}` names what a share counts after it (`的随迁子女在公办学校就读`): write those words after `{SHARE_AFTER}`"
                )),
            );
            return;
        }
        if let Some(other) = owner.get(&text).filter(|o| o.as_str() != id) {
            let (message, help) = if phrase {
                (
                    format!("phrase `{text}` of `{id}` already claims `{other}`"),
                    None,
                )
            } else {
                (
                    format!("alias `{text}` of `{id}` is already an alias of `{other}`"),
                    Some("an alias must name one indicator: the same words in a report would bind to either".into()),
                )
            };
            self.err(src, &words.referenced, message, help);
            return;
        }
        owner.insert(text.clone(), id.to_string());
        if !out.contains(&text) {
            out.push(text);
        }
    }

    fn known_indicator(&mut self, catalog: &Catalog, src: usize, id: &Spanned<String>) -> bool {
        if catalog.get(&id.value).is_some() {
            return true;
        }
        let help = match did_you_mean(&id.value, catalog.ids()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "`dutycheck catalog list` shows every indicator id".to_string(),
        };
        self.err(
            src,
            &id.referenced,
            format!("unknown indicator `{}`", id.value),
            Some(help),
        );
        false
    }
}

/// Lowercase kebab-case, with optional `.` namespaces (`jb.rural-teacher-subsidy`).
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with(['.', '-'])
        && !id.ends_with(['.', '-'])
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// Non-empty, with at most one gap, and not at either end.
fn valid_phrase(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with(GAP)
        && !text.ends_with(GAP)
        && text.matches(GAP).count() <= 1
}
