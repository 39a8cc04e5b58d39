//! Reading rule files into [`Rule`]s, with strict validation.
//!
//! Loading happens in phases over *all* files before anything is returned,
//! so that one run shows every mistake in a rule set and a malformed set never
//! half-loads:
//!
//! 1. each file is read into a span-aware [`Node`] tree (YAML syntax errors);
//! 2. each tree is split into a pack header and raw rules (file layout);
//! 3. packs are checked (unique names, `extends` resolvable, no cycles), and a
//!    rule in an extending pack that reuses the id of a rule in an extended
//!    pack is merged over it key by key (an override); any other reuse of an
//!    id is an error naming both places;
//! 4. every raw rule is typed and validated (unknown keys, types, bounds,
//!    indicator ids, regexes, message placeholders, plugin options).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use dutycheck_catalog::{Catalog, CatalogBuilder, yaml_error};
use dutycheck_model::{Diagnostic, did_you_mean};
use regex::Regex;
use serde_saphyr::{Location, Spanned};

use crate::kinds::{self, KindSpec, Unit};
use crate::node::{Node, Src, scalar_text};
use crate::schema::*;
use crate::template::Template;
use crate::{PluginSchemas, RuleSet};

/// Keys every rule may have.
const COMMON_KEYS: [&str; 11] = [
    "id",
    "title",
    "description",
    "severity",
    "scope",
    "applies",
    "sections",
    "message",
    "references",
    "tags",
    "tests",
];
/// Placeholders every message may use.
const COMMON_PLACEHOLDERS: [&str; 5] = ["section", "case", "year", "id", "title"];

/// One `key: value` of a rule mapping, remembering which source it came from
/// (after an override, one rule mixes keys of two files).
#[derive(Clone)]
pub(crate) struct Entry<'a> {
    pub(crate) src: usize,
    pub(crate) name: String,
    pub(crate) key: &'a Spanned<Node>,
    pub(crate) value: &'a Spanned<Node>,
}

/// A rule mapping before typing.
#[derive(Clone)]
pub(crate) struct RawRule<'a> {
    src: usize,
    at: Location,
    entries: Vec<Entry<'a>>,
    pack: Option<usize>,
}

impl RawRule<'_> {
    pub(crate) fn get(&self, key: &str) -> Option<&Entry<'_>> {
        self.entries.iter().find(|e| e.name == key)
    }

    fn id(&self) -> Option<String> {
        self.get("id").and_then(|e| match &e.value.value {
            Node::Str(s) => Some(s.clone()),
            _ => None,
        })
    }

    fn kind_key(&self) -> Option<&str> {
        self.entries
            .iter()
            .map(|e| e.name.as_str())
            .find(|k| kinds::is_kind_key(k))
    }
}

struct PackHeader {
    pack: Pack,
    src: usize,
    name_at: Location,
    extends_at: Vec<(String, Location)>,
}

pub(crate) struct Cx<'a> {
    pub(crate) srcs: Vec<Src<'a>>,
    pub(crate) catalog: &'a Catalog,
    pub(crate) plugins: Option<&'a dyn PluginSchemas>,
    pub(crate) errors: Vec<Diagnostic>,
}

impl Cx<'_> {
    pub(crate) fn err(
        &mut self,
        src: usize,
        at: &Location,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let d = match self.srcs.get(src) {
            Some(s) => s.error(at, message),
            None => Diagnostic::file("<unknown>", message),
        };
        self.errors.push(d);
        let last = self.errors.len() - 1;
        &mut self.errors[last]
    }

    pub(crate) fn help(&mut self, help: impl Into<String>) {
        if let Some(d) = self.errors.last_mut() {
            d.help = Some(help.into());
        }
    }

    fn location(&self, src: usize, at: &Location) -> String {
        let path = self.srcs.get(src).map_or("<unknown>", |s| s.path);
        format!("{path}:{}:{}", at.line(), at.column())
    }
}

/// What the [`crate::Loader`] decided about the files it read, for
/// validation to report (see "What a rule file may read" there).
#[derive(Debug, Clone, Default)]
pub(crate) struct SourcePolicy {
    /// Sources whose content no error may quote: files read from disk that
    /// are not rule files by name, or not text.
    pub(crate) opaque: Vec<String>,
    /// `extends` targets (normalised paths) that were not read because they
    /// lie outside every root, with the roots.
    pub(crate) refused: Vec<(String, Vec<std::path::PathBuf>)>,
}

/// Replaces every error about an opaque source by one that names the file
/// and quotes nothing from it.
fn redact(errors: Vec<Diagnostic>, policy: &SourcePolicy) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::with_capacity(errors.len());
    for d in errors {
        if !policy.opaque.contains(&d.path) {
            out.push(d);
            continue;
        }
        if out.iter().any(|o| o.path == d.path && o.line.is_none()) {
            continue;
        }
        let mut r = Diagnostic::file(d.path.clone(), format!("`{}` is not a rule file", d.path));
        r.help = Some("rule files are UTF-8 YAML text named *.yaml or *.yml; the content of other files is never shown in errors, because it may be any file (a key, the environment)".into());
        out.push(r);
    }
    out
}

/// Loads and validates rules from `(path, text)` sources.
pub(crate) fn load(
    sources: &[(String, String)],
    catalog: CatalogBuilder,
    plugins: Option<&dyn PluginSchemas>,
    policy: &SourcePolicy,
) -> Result<RuleSet, Vec<Diagnostic>> {
    let mut catalog = catalog;
    // Until the packs' `catalog:` entries are read, no rule is typed, so no
    // indicator is looked up.
    let empty = Catalog::empty();
    let mut cx = Cx {
        srcs: sources
            .iter()
            .map(|(p, t)| Src { path: p, text: t })
            .collect(),
        catalog: &empty,
        plugins,
        errors: Vec::new(),
    };

    // Phase 1: YAML.
    let mut trees: Vec<(usize, Spanned<Node>)> = Vec::new();
    for (i, (path, text)) in sources.iter().enumerate() {
        match serde_saphyr::from_str::<Spanned<Node>>(text) {
            Ok(tree) => trees.push((i, tree)),
            Err(e) => cx.errors.push(yaml_error(path, text, &e)),
        }
    }

    // Phase 2: file layout.
    let mut packs: Vec<PackHeader> = Vec::new();
    let mut raws: Vec<RawRule<'_>> = Vec::new();
    let mut catalogs: Vec<(usize, &Spanned<Node>)> = Vec::new();
    for (src, tree) in &trees {
        split_file(&mut cx, *src, tree, &mut packs, &mut raws, &mut catalogs);
    }

    // Phase 2b: the merged catalog. Its errors are reported with the others;
    // rules are then not typed, as every rule naming a declared indicator
    // would fail again for the same cause.
    for (src, node) in catalogs {
        if let Some((path, text)) = sources.get(src) {
            let dir = Path::new(path).parent().unwrap_or(Path::new(""));
            catalog.add_node(path, text, dir, node);
        }
    }
    // The catalog the rules are validated against: the base with what the
    // config and every pack declare.
    let merged = match catalog.build() {
        Ok(c) => c,
        Err(errors) => {
            cx.errors.extend(errors);
            return Err(sorted(sources, cx.errors, policy));
        }
    };
    cx.catalog = &merged;

    // Phase 3: packs and overrides.
    let ancestors = check_packs(&mut cx, &packs, &policy.refused);
    let raws = resolve_ids(&mut cx, raws, &packs, &ancestors);

    // Phase 4: typing and validation.
    let mut rules = Vec::new();
    for raw in &raws {
        let pack = raw
            .pack
            .and_then(|p| packs.get(p))
            .map(|p| p.pack.name.clone());
        if let Some(rule) = parse_rule(&mut cx, raw, pack) {
            rules.push(rule);
        }
    }

    if cx.errors.is_empty() {
        let packs = packs.into_iter().map(|p| p.pack).collect();
        Ok(RuleSet::new(rules, packs, Arc::new(merged)))
    } else {
        Err(sorted(sources, cx.errors, policy))
    }
}

/// Errors in the order of the sources, then of lines and columns.
fn sorted(
    sources: &[(String, String)],
    errors: Vec<Diagnostic>,
    policy: &SourcePolicy,
) -> Vec<Diagnostic> {
    let order: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (p.as_str(), i))
        .collect();
    let mut errors = redact(errors, policy);
    errors.sort_by_key(|d| {
        (
            order.get(d.path.as_str()).copied().unwrap_or(usize::MAX),
            d.line,
            d.column,
        )
    });
    errors
}

/// The top-level keys of a pack file: `catalog:` declares indicators and
/// requirements beside the rules that use them.
const PACK_KEYS: [&str; 3] = ["pack", "rules", "catalog"];

/// Splits one file into its pack header (if any), raw rules, and its
/// `catalog:` declarations.
fn split_file<'a>(
    cx: &mut Cx<'_>,
    src: usize,
    tree: &'a Spanned<Node>,
    packs: &mut Vec<PackHeader>,
    raws: &mut Vec<RawRule<'a>>,
    catalogs: &mut Vec<(usize, &'a Spanned<Node>)>,
) {
    let layout_help = "a rule file holds one rule (a mapping), a list of rules, or a pack: `{pack: {name: …}, rules: […]}`";
    match &tree.value {
        Node::Null => {}
        Node::Seq(items) => {
            for item in items {
                push_raw(cx, src, item, None, raws);
            }
        }
        Node::Map(entries) => {
            let is_pack = entries
                .iter()
                .any(|(k, _)| matches!(&k.value, Node::Str(s) if PACK_KEYS.contains(&s.as_str())));
            if !is_pack {
                push_raw(cx, src, tree, None, raws);
                return;
            }
            let Some(fields) = map_fields(cx, src, tree, &PACK_KEYS, "pack file") else {
                return;
            };
            if let Some((_, node)) = fields.iter().find(|(k, _)| *k == "catalog") {
                catalogs.push((src, node));
            }
            let mut pack_index = None;
            match fields.iter().find(|(k, _)| *k == "pack") {
                Some((_, node)) => {
                    if let Some(header) = parse_pack_header(cx, src, node) {
                        pack_index = Some(packs.len());
                        packs.push(header);
                    }
                }
                None => {
                    cx.err(
                        src,
                        &tree.referenced,
                        "a file with `rules:` needs a `pack:` header",
                    );
                    cx.help("add `pack: {name: my-pack}` above `rules:`");
                }
            }
            match fields.iter().find(|(k, _)| *k == "rules").map(|(_, n)| *n) {
                Some(Spanned {
                    value: Node::Seq(items),
                    ..
                }) => {
                    for item in items {
                        push_raw(cx, src, item, pack_index, raws);
                    }
                }
                Some(Spanned {
                    value: Node::Null, ..
                })
                | None => {}
                Some(other) => {
                    cx.err(
                        src,
                        &other.referenced,
                        format!(
                            "`rules` must be a list of rules, found {}",
                            other.value.describe()
                        ),
                    );
                }
            }
        }
        other => {
            cx.err(
                src,
                &tree.referenced,
                format!(
                    "expected a rule, a list of rules or a pack, found {}",
                    other.describe()
                ),
            );
            cx.help(layout_help);
        }
    }
}

fn push_raw<'a>(
    cx: &mut Cx<'_>,
    src: usize,
    node: &'a Spanned<Node>,
    pack: Option<usize>,
    raws: &mut Vec<RawRule<'a>>,
) {
    let Node::Map(entries) = &node.value else {
        cx.err(
            src,
            &node.referenced,
            format!(
                "expected a rule (a mapping with `id`, `title`, …), found {}",
                node.value.describe()
            ),
        );
        return;
    };
    let mut out = Vec::new();
    for (key, value) in entries {
        match &key.value {
            Node::Str(name) => out.push(Entry {
                src,
                name: name.clone(),
                key,
                value,
            }),
            other => {
                cx.err(
                    src,
                    &key.referenced,
                    format!("rule keys are names, found {}", other.describe()),
                );
            }
        }
    }
    raws.push(RawRule {
        src,
        at: node.referenced,
        entries: out,
        pack,
    });
}

fn parse_pack_header(cx: &mut Cx<'_>, src: usize, node: &Spanned<Node>) -> Option<PackHeader> {
    let fields = map_fields(
        cx,
        src,
        node,
        &["name", "description", "extends"],
        "pack header",
    )?;
    let mut name = None;
    let mut description = None;
    let mut extends = Vec::new();
    for (key, value) in fields {
        match key {
            "name" => name = text(cx, src, value, "pack `name`").map(|n| (n, value.referenced)),
            "description" => description = text(cx, src, value, "pack `description`"),
            _ => {
                for (item, at) in string_list(cx, src, value, "`extends`") {
                    extends.push((item, at));
                }
            }
        }
    }
    let Some((name, name_at)) = name else {
        cx.err(src, &node.referenced, "the pack header has no `name`");
        return None;
    };
    let origin = cx
        .srcs
        .get(src)
        .map_or(String::new(), |s| s.path.to_string());
    Some(PackHeader {
        pack: Pack {
            name,
            description,
            extends: extends.iter().map(|(n, _)| n.clone()).collect(),
            origin,
        },
        src,
        name_at,
        extends_at: extends,
    })
}

/// Checks pack names and `extends`; returns, per pack, the set of packs it
/// extends directly or indirectly.
fn check_packs(
    cx: &mut Cx<'_>,
    packs: &[PackHeader],
    refused: &[(String, Vec<std::path::PathBuf>)],
) -> Vec<BTreeSet<usize>> {
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, p) in packs.iter().enumerate() {
        if let Some(first) = by_name.get(p.pack.name.as_str()).copied() {
            let first_at = cx.location(packs[first].src, &packs[first].name_at);
            cx.err(
                p.src,
                &p.name_at,
                format!("duplicate pack name `{}`", p.pack.name),
            );
            cx.help(format!("the first pack with this name is at {first_at}"));
        } else {
            by_name.insert(&p.pack.name, i);
        }
    }
    let mut direct: Vec<Vec<usize>> = vec![Vec::new(); packs.len()];
    for (i, p) in packs.iter().enumerate() {
        for (name, at) in &p.extends_at {
            // `builtin:NAME` and paths name packs by where they come from;
            // the loader has already added them (see `extends_sources`).
            let by_origin: Vec<usize> = match extends_target(&p.pack.origin, name) {
                Some(target) => packs
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| origin_within(&q.pack.origin, &target))
                    .map(|(j, _)| j)
                    .collect(),
                None => Vec::new(),
            };
            let found = if by_origin.is_empty() {
                by_name.get(name.as_str()).map(|j| vec![*j])
            } else {
                Some(by_origin)
            };
            match found {
                Some(js) if js.contains(&i) => {
                    cx.err(p.src, at, format!("pack `{name}` extends itself"));
                }
                Some(js) => direct[i].extend(js),
                None if name.starts_with("builtin:") => {
                    cx.err(p.src, at, format!("unknown bundled pack `{name}`"));
                    let names = crate::BUNDLED_PACKS.iter().map(|(n, _)| *n);
                    match did_you_mean(name, names) {
                        Some(s) => cx.help(format!("did you mean `{s}`?")),
                        None => cx.help(format!(
                            "the bundled packs are: {}",
                            crate::BUNDLED_PACKS
                                .iter()
                                .map(|(n, _)| *n)
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    }
                }
                None if refused_roots(&p.pack.origin, name, refused).is_some() => {
                    let roots = refused_roots(&p.pack.origin, name, refused).unwrap_or(&[]);
                    cx.err(
                        p.src,
                        at,
                        format!("`extends: {name}` points outside the rule directories"),
                    );
                    let roots: Vec<String> =
                        roots.iter().map(|r| r.display().to_string()).collect();
                    cx.help(format!(
                        "a pack may extend bundled packs (`builtin:NAME`) and files under {}; to extend a file elsewhere, pass --allow-extends-outside",
                        if roots.is_empty() {
                            "the directories given".to_string()
                        } else {
                            roots.join(", ")
                        }
                    ));
                }
                None if extends_target(&p.pack.origin, name).is_some() => {
                    cx.err(p.src, at, format!("`extends: {name}` names no pack"));
                    cx.help("the path is relative to this file; it must be a pack file (with `pack:`) or a directory of pack files");
                }
                None => {
                    cx.err(p.src, at, format!("unknown pack `{name}` in `extends`"));
                    let names: Vec<&str> = packs.iter().map(|p| p.pack.name.as_str()).collect();
                    match did_you_mean(name, names.iter().copied()) {
                        Some(s) => cx.help(format!("did you mean `{s}`?")),
                        None => cx.help(format!(
                            "an extended pack must be loaded too; loaded packs: {}",
                            if names.is_empty() {
                                "none".to_string()
                            } else {
                                names.join(", ")
                            }
                        )),
                    }
                }
            }
        }
    }
    let mut ancestors = Vec::with_capacity(packs.len());
    for (i, p) in packs.iter().enumerate() {
        let mut seen = BTreeSet::new();
        let mut stack = direct[i].clone();
        while let Some(j) = stack.pop() {
            if seen.insert(j) {
                stack.extend(direct[j].iter().copied());
            }
        }
        if seen.contains(&i) {
            if let Some((_, at)) = p.extends_at.first() {
                cx.err(
                    p.src,
                    at,
                    format!(
                        "pack `{}` extends itself through a cycle of `extends`",
                        p.pack.name
                    ),
                );
            }
            seen.remove(&i);
        }
        ancestors.push(seen);
    }
    ancestors
}

/// The roots an `extends` entry was refused for, when it was refused.
fn refused_roots<'r>(
    origin: &str,
    entry: &str,
    refused: &'r [(String, Vec<std::path::PathBuf>)],
) -> Option<&'r [std::path::PathBuf]> {
    let target = extends_target(origin, entry)?;
    refused
        .iter()
        .find(|(r, _)| *r == target)
        .map(|(_, roots)| roots.as_slice())
}

/// What an `extends` entry names by origin: `builtin:NAME` itself, or for a
/// path (anything with `/` or a YAML extension) the path resolved against the
/// extending file's directory. `None` for a plain pack name.
pub(crate) fn extends_target(from: &str, entry: &str) -> Option<String> {
    if entry.starts_with("builtin:") {
        return Some(entry.to_string());
    }
    let is_path = entry.contains('/')
        || entry.contains('\\')
        || entry.ends_with(".yaml")
        || entry.ends_with(".yml")
        || entry == "."
        || entry == "..";
    if !is_path || from.starts_with("builtin:") {
        return None;
    }
    let base = std::path::Path::new(from)
        .parent()
        .unwrap_or(std::path::Path::new(""));
    Some(normalize(&base.join(entry)))
}

/// Whether a source's origin is `target` or lies in the directory `target`.
fn origin_within(origin: &str, target: &str) -> bool {
    if origin.starts_with("builtin:") || target.starts_with("builtin:") {
        return origin == target;
    }
    let origin = normalize(std::path::Path::new(origin));
    origin == target || std::path::Path::new(&origin).starts_with(target)
}

/// A path with `.` removed and `..` applied lexically, so that
/// `rules/custom/../base.yaml` and `rules/base.yaml` compare equal without
/// touching the file system.
pub(crate) fn normalize(path: &std::path::Path) -> String {
    use std::path::Component;
    let mut parts: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match parts.last() {
                Some(Component::Normal(_)) => {
                    parts.pop();
                }
                _ => parts.push(c),
            },
            other => parts.push(other),
        }
    }
    let out: std::path::PathBuf = parts.iter().collect();
    out.display().to_string()
}

/// The `extends` entries of one rule file's pack header, read leniently:
/// the loader uses them to add the packs they name before validating, and
/// validation reports anything malformed.
pub(crate) fn extends_entries(text: &str) -> Vec<String> {
    // Most rule files extend nothing: do not parse a file of a thousand
    // rules a second time (the loader parses it once more anyway) only to
    // find no `extends` key.
    if !text.contains("extends") {
        return Vec::new();
    }
    let Ok(tree) = serde_saphyr::from_str::<Spanned<Node>>(text) else {
        return Vec::new();
    };
    let Node::Map(entries) = &tree.value else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, v) in entries {
        if !matches!(&k.value, Node::Str(s) if s == "pack") {
            continue;
        }
        let Node::Map(header) = &v.value else {
            continue;
        };
        for (hk, hv) in header {
            if !matches!(&hk.value, Node::Str(s) if s == "extends") {
                continue;
            }
            match &hv.value {
                Node::Str(s) => out.push(s.clone()),
                Node::Seq(items) => out.extend(items.iter().filter_map(|i| match &i.value {
                    Node::Str(s) => Some(s.clone()),
                    _ => None,
                })),
                _ => {}
            }
        }
    }
    out
}

/// Merges overrides into the rules they override and reports every other
/// reuse of an id. Rules without a readable id are kept; `parse_rule` reports
/// them.
fn resolve_ids<'a>(
    cx: &mut Cx<'_>,
    raws: Vec<RawRule<'a>>,
    packs: &[PackHeader],
    ancestors: &[BTreeSet<usize>],
) -> Vec<RawRule<'a>> {
    let extends = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => ancestors.get(a).is_some_and(|s| s.contains(&b)),
        _ => false,
    };
    let mut kept: Vec<RawRule<'a>> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for raw in raws {
        let Some(id) = raw.id() else {
            kept.push(raw);
            continue;
        };
        let Some(&j) = by_id.get(&id) else {
            by_id.insert(id, kept.len());
            kept.push(raw);
            continue;
        };
        if extends(raw.pack, kept[j].pack) {
            kept[j] = merge(&kept[j], &raw);
        } else if extends(kept[j].pack, raw.pack) {
            kept[j] = merge(&raw, &kept[j]);
        } else {
            let first = &kept[j];
            let first_at = first.get("id").map_or(first.at, |e| e.value.referenced);
            let first_loc = cx.location(first.src, &first_at);
            let at = raw.get("id").map_or(raw.at, |e| e.value.referenced);
            cx.err(raw.src, &at, format!("duplicate rule id `{id}`"));
            // The hint helps only across packs: within one pack (or one
            // file) a second rule with the same id is simply a mistake.
            let across_packs = raw.pack.and_then(|p| packs.get(p)).is_some()
                && first.pack.is_some()
                && first.pack != raw.pack;
            let pack_hint = if across_packs {
                " (to override a rule of another pack, list that pack in `extends`)"
            } else {
                ""
            };
            cx.help(format!("`{id}` is first defined at {first_loc}{pack_hint}"));
        }
    }
    kept
}

/// `base` with the keys of `over` laid over it. When the override gives a
/// different kind, the base's kind and kind-specific keys are dropped.
fn merge<'a>(base: &RawRule<'a>, over: &RawRule<'a>) -> RawRule<'a> {
    let new_kind = over.kind_key().filter(|k| Some(*k) != base.kind_key());
    let mut entries: Vec<Entry<'a>> = base
        .entries
        .iter()
        .filter(|e| !over.entries.iter().any(|o| o.name == e.name))
        .filter(|e| {
            new_kind.is_none()
                || !(kinds::is_kind_key(&e.name) || kinds::is_kind_specific_key(&e.name))
        })
        .cloned()
        .collect();
    entries.extend(over.entries.iter().cloned());
    RawRule {
        src: over.src,
        at: over.at,
        entries,
        pack: over.pack,
    }
}

/// Types and validates one rule. Returns `None` when anything is wrong (the
/// errors are in `cx`).
fn parse_rule(cx: &mut Cx<'_>, raw: &RawRule<'_>, pack: Option<String>) -> Option<Rule> {
    let before = cx.errors.len();
    let known: Vec<&str> = COMMON_KEYS
        .iter()
        .copied()
        .chain(kinds::KINDS.iter().map(|k| k.key))
        .chain(kinds::kind_specific_keys())
        .collect();
    // A misspelt kind key (`thresold`) is reported once, as an unknown key
    // with its suggestion, not again as "has no kind".
    let mut misspelt_kind = false;
    for e in &raw.entries {
        if !known.contains(&e.name.as_str()) {
            cx.err(
                e.src,
                &e.key.referenced,
                format!("unknown key `{}`", e.name),
            );
            match did_you_mean(&e.name, known.iter().copied()) {
                Some(s) => {
                    misspelt_kind |= kinds::is_kind_key(s);
                    cx.help(format!("did you mean `{s}`?"));
                }
                None => cx.help(format!("rule keys are: {}", known.join(", "))),
            }
        }
    }

    // id and title.
    let id = match raw.get("id") {
        Some(e) => text(cx, e.src, e.value, "`id`").and_then(|id| {
            if valid_id(&id) {
                if id.starts_with("engine.") {
                    cx.err(e.src, &e.value.referenced, format!("rule id `{id}` uses the reserved prefix `engine.`"));
                    None
                } else {
                    Some((id, e.value.referenced))
                }
            } else {
                cx.err(e.src, &e.value.referenced, format!("invalid rule id `{id}`"));
                cx.help("rule ids are lowercase letters, digits, `.`, `-` and `_`, such as `preschool.inclusive-coverage-2020`");
                None
            }
        }),
        None => {
            cx.err(raw.src, &raw.at, "rule has no `id`");
            cx.help("every rule needs a unique `id`, such as `preschool.inclusive-coverage-2020`");
            None
        }
    };
    let who = id
        .as_ref()
        .map_or_else(|| "rule".to_string(), |(id, _)| format!("rule `{id}`"));
    let title = match raw.get("title") {
        Some(e) => text(cx, e.src, e.value, "`title`"),
        None => {
            let at = id.as_ref().map_or(raw.at, |(_, at)| *at);
            cx.err(raw.src, &at, format!("{who} has no `title`"));
            cx.help("add a one-line `title`, such as `普惠性幼儿园覆盖率达到80%`");
            None
        }
    };

    // Kind.
    let kind_entries: Vec<&Entry<'_>> = raw
        .entries
        .iter()
        .filter(|e| kinds::is_kind_key(&e.name))
        .collect();
    let kind_entry = match kind_entries.as_slice() {
        [] if misspelt_kind => None,
        [] => {
            let at = id.as_ref().map_or(raw.at, |(_, at)| *at);
            cx.err(raw.src, &at, format!("{who} has no kind"));
            cx.help(kinds::kinds_help());
            None
        }
        [one] => Some(*one),
        [first, second, ..] => {
            cx.err(
                second.src,
                &second.key.referenced,
                format!(
                    "{who} has two kinds: `{}` and `{}`",
                    first.name, second.name
                ),
            );
            cx.help("a rule checks one thing; split it into two rules");
            None
        }
    };
    let kind_spec = kind_entry.and_then(|e| kinds::by_key(&e.name));
    let kind_name = kind_spec.map(|k| k.key);
    for e in &raw.entries {
        let owners = kinds::kinds_owning(&e.name);
        let key = &e.name;
        if !owners.is_empty()
            && let Some(kind) = kind_name
            && !owners.contains(&kind)
        {
            cx.err(
                e.src,
                &e.key.referenced,
                format!("`{key}` does not apply to {kind} rules"),
            );
            cx.help(format!("`{key}` belongs to {} rules", owners.join(" and ")));
        }
    }

    // Common keys.
    let severity = match raw.get("severity") {
        Some(e) => level(cx, e.src, e.value, "`severity`").unwrap_or(RuleSeverity::Warning),
        None => RuleSeverity::Warning,
    };
    let description = raw
        .get("description")
        .and_then(|e| text(cx, e.src, e.value, "`description`"));
    let scope = match raw.get("scope") {
        Some(e) => {
            let s = keyword(
                cx,
                e.src,
                e.value,
                "`scope`",
                &["document", "section", "case"],
            );
            let scope = match s.as_deref() {
                Some("document") => Some(Scope::Document),
                Some("section") => Some(Scope::Section),
                Some("case") => Some(Scope::Case),
                _ => None,
            };
            if let (Some(scope), Some(kind)) = (scope, kind_spec)
                && !kind.scopes.contains(&scope)
            {
                cx.err(
                    e.src,
                    &e.value.referenced,
                    format!("{} rules cannot have scope `{}`", kind.key, scope.as_str()),
                );
                let ok: Vec<&str> = kind.scopes.iter().map(|s| s.as_str()).collect();
                cx.help(format!("use one of: {}", ok.join(", ")));
            }
            scope
        }
        None => None,
    };
    let scope = scope
        .or(kind_spec.map(|k| k.default_scope))
        .unwrap_or(Scope::Section);
    let years = raw.get("applies").and_then(|e| applies(cx, e.src, e.value));
    let sections = raw
        .get("sections")
        .map(|e| section_filter(cx, e.src, e.value))
        .unwrap_or_default();
    let references = raw.get("references").map_or_else(Vec::new, |e| {
        string_list(cx, e.src, e.value, "`references`")
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    });
    let tags = raw.get("tags").map_or_else(Vec::new, |e| {
        string_list(cx, e.src, e.value, "`tags`")
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    });

    // The kind's own keys.
    let kind = kind_entry
        .zip(kind_spec)
        .and_then(|(e, spec)| (spec.parse)(cx, raw, e));
    // Without a kind, still check what can be checked on its own.
    if kind_entry.is_none()
        && let Some(i) = raw.get("indicator")
    {
        indicator_id(cx, i.src, i.value, "`indicator`");
    }

    let message = raw.get("message").and_then(|e| {
        let source = text(cx, e.src, e.value, "`message`")?;
        message_template(cx, e.src, e.value, &source, kind_spec, Field::Message)
    });
    // A title that quotes the rule's bounds (`达到{min}%`) is a template too,
    // rendered once the rule is complete and again after every override.
    let title_template = match (raw.get("title"), &title) {
        (Some(e), Some(t)) if t.contains('{') => {
            message_template(cx, e.src, e.value, t, kind_spec, Field::Title)
                .filter(|t| t.placeholders().next().is_some())
        }
        _ => None,
    };

    let tests = match (raw.get("tests"), &id) {
        (Some(e), Some((id, _))) => parse_tests(cx, e.src, e.value, Some(id)),
        _ => Vec::new(),
    };

    if cx.errors.len() > before {
        return None;
    }
    let (id, id_at) = id?;
    let mut rule = Rule {
        id,
        title: title?,
        title_template,
        description,
        severity,
        scope,
        years,
        sections,
        message,
        references,
        tags,
        kind: kind?,
        pack,
        origin: cx
            .srcs
            .get(raw.src)
            .map_or(String::new(), |s| s.path.to_string()),
        line: crate::node::to_u32(id_at.line()),
        column: crate::node::to_u32(id_at.column()),
        tests,
    };
    rule.render_title(cx.catalog);
    Some(rule)
}

/// The keys of one rule test.
const TEST_KEYS: [&str; 6] = ["rule", "name", "year", "earlier", "pass", "fail"];

/// `earlier: {2021: "…", 2020: "…"}`: a year and a snippet each, in the
/// order of the years.
fn earlier(cx: &mut Cx<'_>, src: usize, node: &Spanned<Node>) -> Option<Vec<(i32, Snippet)>> {
    let Node::Map(entries) = &node.value else {
        cx.err(
            src,
            &node.referenced,
            format!(
                "`earlier` must map years to the region's earlier reports (`earlier: {{2021: \"一般公共预算教育支出12.6亿元。\"}}`), found {}",
                node.value.describe()
            ),
        );
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for (key, value) in entries {
        let year = match key.value {
            Node::Int(y) if (1900..=2100).contains(&y) => i32::try_from(y).ok(),
            _ => None,
        };
        let text = match &value.value {
            Node::Str(s) => Some(s.clone()),
            _ => None,
        };
        match (year, text) {
            (Some(year), Some(text)) => out.push((
                year,
                Snippet {
                    text,
                    line: crate::node::to_u32(value.referenced.line()),
                },
            )),
            (None, _) => {
                cx.err(
                    src,
                    &key.referenced,
                    format!(
                        "a key of `earlier` must be a report year such as 2021, found {}",
                        key.value.describe()
                    ),
                );
                ok = false;
            }
            (_, None) => {
                cx.err(
                    src,
                    &value.referenced,
                    format!(
                        "an earlier report must be a snippet (a string), found {}",
                        value.value.describe()
                    ),
                );
                ok = false;
            }
        }
    }
    out.sort_by_key(|(y, _)| *y);
    ok.then_some(out)
}

/// Reads rule tests: `tests:` inside a rule (`rule` is the rule's id, and a
/// test may not name another), or the contents of a `*.test.yaml` file
/// (`rule` is `None`, and each test names its rule with `rule:`). Either is
/// one test mapping or a list of them.
pub(crate) fn parse_tests(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    rule: Option<&str>,
) -> Vec<RuleTest> {
    let items: Vec<&Spanned<Node>> = match &node.value {
        Node::Seq(items) => items.iter().collect(),
        Node::Map(_) => vec![node],
        Node::Null => Vec::new(),
        other => {
            cx.err(
                src,
                &node.referenced,
                format!(
                    "tests must be a test (`{{pass: […], fail: […]}}`) or a list of tests, found {}",
                    other.describe()
                ),
            );
            return Vec::new();
        }
    };
    let keys: &[&'static str] = if rule.is_some() {
        &TEST_KEYS[1..]
    } else {
        &TEST_KEYS
    };
    let mut out = Vec::new();
    for item in items {
        let Some(fields) = map_fields(cx, src, item, keys, "a rule test") else {
            continue;
        };
        let mut test = RuleTest {
            rule: rule.unwrap_or_default().to_string(),
            name: None,
            year: None,
            earlier: Vec::new(),
            pass: Vec::new(),
            fail: Vec::new(),
            origin: cx
                .srcs
                .get(src)
                .map_or(String::new(), |s| s.path.to_string()),
            line: crate::node::to_u32(item.referenced.line()),
        };
        let mut ok = true;
        for (key, value) in &fields {
            match *key {
                "rule" => match text(cx, src, value, "`rule`") {
                    Some(id) => test.rule = id,
                    None => ok = false,
                },
                "name" => test.name = text(cx, src, value, "`name`"),
                "year" => match &value.value {
                    Node::Int(y) if (1900..=2100).contains(y) => {
                        test.year = i32::try_from(*y).ok();
                    }
                    other => {
                        cx.err(
                            src,
                            &value.referenced,
                            format!(
                                "`year` must be a report year such as 2020, found {}",
                                match other {
                                    Node::Int(i) => i.to_string(),
                                    o => o.describe().to_string(),
                                }
                            ),
                        );
                        ok = false;
                    }
                },
                "earlier" => match earlier(cx, src, value) {
                    Some(reports) => test.earlier = reports,
                    None => ok = false,
                },
                _ => {
                    let snippets: Vec<Snippet> = string_list(cx, src, value, &format!("`{key}`"))
                        .into_iter()
                        .map(|(text, at)| Snippet {
                            text,
                            line: crate::node::to_u32(at.line()),
                        })
                        .collect();
                    if *key == "pass" {
                        test.pass = snippets;
                    } else {
                        test.fail = snippets;
                    }
                }
            }
        }
        if let Some((first, _)) = test.earlier.first() {
            let later = test.earlier.last().map_or(*first, |(y, _)| *y);
            match test.year {
                None => {
                    cx.err(src, &item.referenced, "a test with `earlier` needs `year:`");
                    cx.help("give the year the snippets are for, after every earlier year: `year: 2022`");
                    ok = false;
                }
                Some(year) if later >= year => {
                    cx.err(
                        src,
                        &item.referenced,
                        format!("`earlier` holds {later}, which is not before `year: {year}`"),
                    );
                    cx.help("earlier reports are of years before the test's `year`");
                    ok = false;
                }
                Some(_) => {}
            }
        }
        if rule.is_none() && !fields.iter().any(|(k, _)| *k == "rule") {
            cx.err(src, &item.referenced, "a test in a test file needs `rule:`");
            cx.help("name the rule under test: `rule: preschool.inclusive-coverage-2020`");
            ok = false;
        }
        if test.pass.is_empty() && test.fail.is_empty() && ok {
            cx.err(
                src,
                &item.referenced,
                "a rule test needs `pass:` or `fail:` snippets",
            );
            cx.help("`pass:` snippets must give no finding, `fail:` snippets at least one");
            ok = false;
        }
        if ok {
            out.push(test);
        }
    }
    out
}

/// Reads `*.test.yaml` sources against a loaded rule set: every test must
/// name a rule of `rules` (with "did you mean" otherwise).
pub(crate) fn load_tests(
    sources: &[(String, String)],
    rules: &RuleSet,
    catalog: &Catalog,
) -> Result<Vec<RuleTest>, Vec<Diagnostic>> {
    match load_tests_collect(sources, rules, catalog) {
        (tests, errors) if errors.is_empty() => Ok(tests),
        (_, errors) => Err(errors),
    }
}

/// [`load_tests`], keeping the valid tests beside the errors.
pub(crate) fn load_tests_collect(
    sources: &[(String, String)],
    rules: &RuleSet,
    catalog: &Catalog,
) -> (Vec<RuleTest>, Vec<Diagnostic>) {
    let mut cx = Cx {
        srcs: sources
            .iter()
            .map(|(p, t)| Src { path: p, text: t })
            .collect(),
        catalog,
        plugins: None,
        errors: Vec::new(),
    };
    let mut tests = Vec::new();
    for (i, (path, text)) in sources.iter().enumerate() {
        let tree = match serde_saphyr::from_str::<Spanned<Node>>(text) {
            Ok(tree) => tree,
            Err(e) => {
                cx.errors.push(yaml_error(path, text, &e));
                continue;
            }
        };
        let found = parse_tests(&mut cx, i, &tree, None);
        // Point an unknown rule id at its `rule:` value.
        let rule_values = rule_value_locations(&tree);
        for t in found {
            if rules.get(&t.rule).is_some() {
                tests.push(t);
                continue;
            }
            let at = rule_values
                .iter()
                .find(|(id, _)| *id == t.rule)
                .map_or(tree.referenced, |(_, at)| *at);
            cx.err(i, &at, format!("unknown rule `{}` in test", t.rule));
            match did_you_mean(&t.rule, rules.rules().iter().map(|r| r.id.as_str())) {
                Some(s) => cx.help(format!("did you mean `{s}`?")),
                None => cx.help("a test file tests rules loaded from the same paths"),
            }
        }
    }
    (tests, cx.errors)
}

/// The `rule:` values of a test file, with their locations.
fn rule_value_locations(tree: &Spanned<Node>) -> Vec<(String, Location)> {
    let items: Vec<&Spanned<Node>> = match &tree.value {
        Node::Seq(items) => items.iter().collect(),
        _ => vec![tree],
    };
    let mut out = Vec::new();
    for item in items {
        if let Node::Map(entries) = &item.value {
            for (k, v) in entries {
                if let (Node::Str(k), Node::Str(id)) = (&k.value, &v.value)
                    && k == "rule"
                {
                    out.push((id.clone(), v.referenced));
                }
            }
        }
    }
    out
}

pub(crate) fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
}

/// Bounds with the location of each bound, for later checks.
pub(crate) struct BoundsAt {
    pub(crate) bounds: Bounds,
    pub(crate) spans: Vec<(&'static str, f64, Location)>,
    /// `unit:` as declared (only `threshold` accepts it), with its location.
    pub(crate) unit: Option<(Unit, Location)>,
}

/// Reads a bounds mapping (`threshold`, `warn`). Only `threshold` may
/// declare the `unit` of its bounds (`allow_unit`): the warn zone is a
/// stricter line on the same scale, so it shares the threshold's unit.
pub(crate) fn bounds(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
    allow_unit: bool,
) -> Option<BoundsAt> {
    let keys: &[&'static str] = if allow_unit {
        &["min", "max", "above", "below", "unit"]
    } else {
        &["min", "max", "above", "below"]
    };
    let fields = map_fields(cx, src, node, keys, &format!("`{what}`"))?;
    let mut b = Bounds::default();
    let mut spans = Vec::new();
    let mut unit = None;
    let mut ok = true;
    for (key, value) in &fields {
        if *key == "unit" {
            match keyword(cx, src, value, "`unit`", &Unit::NAMES)
                .as_deref()
                .and_then(Unit::parse)
            {
                Some(u) => unit = Some((u, value.referenced)),
                None => ok = false,
            }
            continue;
        }
        let Some(n) = number(cx, src, value, &format!("`{key}`")) else {
            ok = false;
            continue;
        };
        let name: &'static str = match *key {
            "min" => {
                b.min = Some(n);
                "min"
            }
            "max" => {
                b.max = Some(n);
                "max"
            }
            "above" => {
                b.above = Some(n);
                "above"
            }
            _ => {
                b.below = Some(n);
                "below"
            }
        };
        spans.push((name, n, value.referenced));
    }
    if !ok {
        return None;
    }
    if spans.is_empty() {
        cx.err(
            src,
            &node.referenced,
            format!("`{what}` needs at least one bound"),
        );
        cx.help("use `min`/`max` (inclusive) or `above`/`below` (exclusive), such as `{min: 80}`");
        return None;
    }
    let at = |name: &str| {
        spans
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, _, at)| *at)
    };
    let mut bad = false;
    if b.min.is_some() && b.above.is_some() {
        let loc = at("above").unwrap_or(node.referenced);
        cx.err(src, &loc, format!("`{what}` has both `min` and `above`"));
        cx.help("use `min` for ≥ or `above` for >, not both");
        bad = true;
    }
    if b.max.is_some() && b.below.is_some() {
        let loc = at("below").unwrap_or(node.referenced);
        cx.err(src, &loc, format!("`{what}` has both `max` and `below`"));
        cx.help("use `max` for ≤ or `below` for <, not both");
        bad = true;
    }
    if bad {
        return None;
    }
    let f = dutycheck_vocab::format_number;
    let lower = b
        .min
        .map(|v| ("min", v, false))
        .or(b.above.map(|v| ("above", v, true)));
    let upper = b
        .max
        .map(|v| ("max", v, false))
        .or(b.below.map(|v| ("below", v, true)));
    if let (Some((ln, lv, lx)), Some((un, uv, ux))) = (lower, upper)
        && (lv > uv || (lv == uv && (lx || ux)))
    {
        let loc = at(ln).unwrap_or(node.referenced);
        cx.err(
            src,
            &loc,
            format!(
                "`{ln}` ({}) is not below `{un}` ({}) in `{what}`",
                f(lv),
                f(uv)
            ),
        );
        cx.help(format!(
            "no value can satisfy both `{ln}: {}` and `{un}: {}`",
            f(lv),
            f(uv)
        ));
        return None;
    }
    Some(BoundsAt {
        bounds: b,
        spans,
        unit,
    })
}

/// `applies: {years: …}`.
fn applies(cx: &mut Cx<'_>, src: usize, node: &Spanned<Node>) -> Option<YearRange> {
    let fields = map_fields(cx, src, node, &["years"], "`applies`")?;
    let (_, years) = fields.into_iter().next()?;
    let help = "write `2020..2024`, `2021..`, `..2020`, `2020` or a list `[2020, 2022]`";
    let year = |cx: &mut Cx<'_>, n: i64, at: &Location| -> Option<i32> {
        match i32::try_from(n) {
            Ok(y) if (1900..=2100).contains(&y) => Some(y),
            _ => {
                cx.err(src, at, format!("`{n}` is not a plausible report year"));
                cx.help("years are between 1900 and 2100");
                None
            }
        }
    };
    match &years.value {
        Node::Int(n) => year(cx, *n, &years.referenced).map(|y| YearRange::Between {
            from: Some(y),
            to: Some(y),
        }),
        Node::Str(s) => {
            let parse_end = |cx: &mut Cx<'_>, part: &str| -> Result<Option<i32>, ()> {
                let part = part.trim();
                if part.is_empty() {
                    return Ok(None);
                }
                match part.parse::<i64>() {
                    Ok(n) => year(cx, n, &years.referenced).map(Some).ok_or(()),
                    Err(_) => {
                        cx.err(src, &years.referenced, format!("invalid years `{s}`"));
                        cx.help(help);
                        Err(())
                    }
                }
            };
            let (from, to) = match s.split_once("..") {
                Some((a, b)) => (parse_end(cx, a).ok()?, parse_end(cx, b).ok()?),
                None => {
                    let y = parse_end(cx, s).ok()?;
                    (y, y)
                }
            };
            match (from, to) {
                (None, None) => {
                    cx.err(
                        src,
                        &years.referenced,
                        format!("invalid years `{s}`: no year given"),
                    );
                    cx.help(help);
                    None
                }
                (Some(a), Some(b)) if a > b => {
                    cx.err(
                        src,
                        &years.referenced,
                        format!("years `{s}` run backwards: {a} is after {b}"),
                    );
                    cx.help(format!("did you mean `{b}..{a}`?"));
                    None
                }
                _ => Some(YearRange::Between { from, to }),
            }
        }
        Node::Seq(items) if !items.is_empty() => {
            let mut list = Vec::new();
            for item in items {
                match &item.value {
                    Node::Int(n) => list.push(year(cx, *n, &item.referenced)?),
                    other => {
                        cx.err(
                            src,
                            &item.referenced,
                            format!("expected a year, found {}", other.describe()),
                        );
                        return None;
                    }
                }
            }
            list.sort_unstable();
            list.dedup();
            Some(YearRange::List(list))
        }
        other => {
            cx.err(
                src,
                &years.referenced,
                format!("invalid `years`: found {}", other.describe()),
            );
            cx.help(help);
            None
        }
    }
}

fn section_filter(cx: &mut Cx<'_>, src: usize, node: &Spanned<Node>) -> SectionFilter {
    let mut filter = SectionFilter::default();
    let Some(fields) = map_fields(cx, src, node, &["include", "exclude"], "`sections`") else {
        return filter;
    };
    for (key, value) in fields {
        let globs: Vec<String> = string_list(cx, src, value, &format!("`{key}`"))
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        if key == "include" {
            filter.include = globs;
        } else {
            filter.exclude = globs;
        }
    }
    filter
}

/// What a template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// A finding's message: every placeholder of the kind.
    Message,
    /// The rule's title: what is known of the rule without a report (its
    /// id, and a threshold's indicator and bounds).
    Title,
}

/// The placeholders a threshold rule's title may use besides `{id}`.
const TITLE_PLACEHOLDERS: [&str; 6] = ["indicator", "name", "min", "max", "above", "below"];

fn message_template(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    source: &str,
    kind: Option<&KindSpec>,
    field: Field,
) -> Option<Template> {
    // Offsets inside the message are only exact when the value is a plain or
    // simply quoted scalar on one line; otherwise point at the value.
    let line_text = cx.srcs.get(src).and_then(|s| {
        let line = usize::try_from(node.referenced.line())
            .ok()?
            .checked_sub(1)?;
        s.text.lines().nth(line)
    });
    let col = usize::try_from(node.referenced.column())
        .unwrap_or(1)
        .saturating_sub(1);
    let value_text: Option<String> = line_text.map(|l| l.chars().skip(col).collect());
    let quote = value_text
        .as_deref()
        .and_then(|v| v.chars().next())
        .filter(|c| *c == '"' || *c == '\'');
    let base = u32::from(quote.is_some());
    let exact = value_text.as_deref().is_some_and(|v| {
        let body: String = v.chars().skip(base as usize).collect();
        body.starts_with(source)
    });
    let point = |cx: &mut Cx<'_>, offset: usize, len: usize, message: String| {
        let d = match (exact, cx.srcs.get(src)) {
            (true, Some(s)) => s.error_inside(
                &node.referenced,
                base + u32::try_from(offset).unwrap_or(0),
                u32::try_from(len).unwrap_or(1),
                message,
            ),
            (_, Some(s)) => s.error(&node.referenced, message),
            (_, None) => Diagnostic::file("<unknown>", message),
        };
        cx.errors.push(d);
    };
    let template = match Template::parse(source) {
        Ok(t) => t,
        Err(e) => {
            // The template parser speaks of messages; a title is one too.
            let message = match field {
                Field::Message => e.message,
                Field::Title => e.message.replace("in message", "in title"),
            };
            point(cx, e.offset, e.len, message);
            cx.help("placeholders are written `{name}`; write `{{` and `}}` for literal braces");
            return None;
        }
    };
    // Without a valid kind, any known placeholder is accepted: the missing
    // kind is the error to fix first.
    let allowed: Vec<&str> = match (field, kind) {
        (Field::Message, Some(kind)) => COMMON_PLACEHOLDERS
            .iter()
            .chain(kind.placeholders)
            .copied()
            .collect(),
        (Field::Message, None) => all_placeholders(),
        (Field::Title, Some(kind)) if kind.key != "threshold" => vec!["id"],
        (Field::Title, _) => std::iter::once("id").chain(TITLE_PLACEHOLDERS).collect(),
    };
    let (what, kind) = match field {
        Field::Message => ("message", kind.map_or("these", |k| k.key)),
        Field::Title => ("title", kind.map_or("these", |k| k.key)),
    };
    let mut ok = true;
    for (name, offset) in template.placeholders_with_offsets() {
        if allowed.contains(&name) {
            continue;
        }
        ok = false;
        let all = all_placeholders();
        let known_elsewhere = all.contains(&name);
        let message = if known_elsewhere && field == Field::Message {
            format!("placeholder `{{{name}}}` is not available in {kind} rules")
        } else if known_elsewhere {
            format!("placeholder `{{{name}}}` is not available in the {what} of {kind} rules")
        } else {
            format!("unknown placeholder `{{{name}}}` in {what}")
        };
        point(cx, offset, name.chars().count() + 2, message);
        let suggestion = did_you_mean(name, allowed.iter().copied());
        match suggestion {
            Some(s) => cx.help(format!("did you mean `{{{s}}}`?")),
            None => cx.help(format!(
                "{} can use: {}",
                if field == Field::Message {
                    format!("{kind} rules")
                } else {
                    format!("the {what} of {kind} rules")
                },
                allowed
                    .iter()
                    .map(|a| format!("{{{a}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
        }
    }
    ok.then_some(template)
}

/// Every placeholder any kind knows.
pub(crate) fn all_placeholders() -> Vec<&'static str> {
    let mut all: Vec<&str> = COMMON_PLACEHOLDERS.to_vec();
    for kind in kinds::KINDS {
        for p in kind.placeholders {
            if !all.contains(p) {
                all.push(p);
            }
        }
    }
    all
}

// ---- typed accessors; each reports its own error and returns None ----

/// Like [`map_fields`], but returns the known fields even when there are
/// unknown keys (which are reported): for the config file, where one
/// misspelt key must not hide the mistakes in the others.
pub(crate) fn map_fields_lenient<'a>(
    cx: &mut Cx<'_>,
    src: usize,
    node: &'a Spanned<Node>,
    allowed: &[&'static str],
    what: &str,
) -> Option<Vec<(&'static str, &'a Spanned<Node>)>> {
    let Node::Map(entries) = &node.value else {
        return map_fields(cx, src, node, allowed, what);
    };
    // Reports the unknown keys; the known ones are taken below regardless.
    let _ = map_fields(cx, src, node, allowed, what);
    Some(
        entries
            .iter()
            .filter_map(|(k, v)| match &k.value {
                Node::Str(s) => allowed.iter().find(|a| **a == s.as_str()).map(|a| (*a, v)),
                _ => None,
            })
            .collect(),
    )
}

/// A mapping's fields, checking for unknown keys (with "did you mean").
pub(crate) fn map_fields<'a>(
    cx: &mut Cx<'_>,
    src: usize,
    node: &'a Spanned<Node>,
    allowed: &[&'static str],
    what: &str,
) -> Option<Vec<(&'static str, &'a Spanned<Node>)>> {
    let Node::Map(entries) = &node.value else {
        cx.err(
            src,
            &node.referenced,
            format!("{what} must be a mapping, found {}", node.value.describe()),
        );
        cx.help(format!("keys: {}", allowed.join(", ")));
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for (key, value) in entries {
        let name = match &key.value {
            Node::Str(s) => s.as_str(),
            other => {
                cx.err(
                    src,
                    &key.referenced,
                    format!("unknown key `{}` in {what}", scalar_text(other)),
                );
                cx.help(format!("keys: {}", allowed.join(", ")));
                ok = false;
                continue;
            }
        };
        match allowed.iter().find(|a| **a == name) {
            Some(a) => out.push((*a, value)),
            None => {
                cx.err(
                    src,
                    &key.referenced,
                    format!("unknown key `{name}` in {what}"),
                );
                match did_you_mean(name, allowed.iter().copied()) {
                    Some(s) => cx.help(format!("did you mean `{s}`?")),
                    None => cx.help(format!("keys: {}", allowed.join(", "))),
                }
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// A text value. Numbers and booleans are accepted as their text (`title: 2020`).
pub(crate) fn text(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
) -> Option<String> {
    match &node.value {
        Node::Str(s) if !s.trim().is_empty() => Some(s.clone()),
        Node::Int(_) | Node::Float(_) | Node::Bool(_) => Some(scalar_text(&node.value)),
        Node::Str(_) | Node::Null => {
            cx.err(src, &node.referenced, format!("{what} is empty"));
            None
        }
        other => {
            cx.err(
                src,
                &node.referenced,
                format!("{what} must be text, found {}", other.describe()),
            );
            None
        }
    }
}

/// One string or a list of strings, with their locations.
pub(crate) fn string_list(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
) -> Vec<(String, Location)> {
    match &node.value {
        Node::Seq(items) => items
            .iter()
            .filter_map(|i| {
                text(cx, src, i, &format!("an item of {what}")).map(|s| (s, i.referenced))
            })
            .collect(),
        Node::Null => Vec::new(),
        _ => text(cx, src, node, what)
            .map(|s| vec![(s, node.referenced)])
            .unwrap_or_default(),
    }
}

/// A word from a closed set, with "did you mean".
pub(crate) fn keyword(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
    allowed: &[&str],
) -> Option<String> {
    let word = match &node.value {
        Node::Str(s) => s.clone(),
        other => scalar_text(other),
    };
    if allowed.contains(&word.as_str()) {
        return Some(word);
    }
    cx.err(src, &node.referenced, format!("invalid {what} `{word}`"));
    match did_you_mean(&word, allowed.iter().copied()) {
        Some(s) => cx.help(format!("did you mean `{s}`?")),
        None => cx.help(format!("use one of: {}", allowed.join(", "))),
    }
    None
}

/// A severity level. YAML 1.1 reads a plain `off` as the boolean `false`,
/// and `severity: off` is exactly what users write, so `false` means `off`.
pub(crate) fn level(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
) -> Option<RuleSeverity> {
    if node.value == Node::Bool(false) {
        return Some(RuleSeverity::Off);
    }
    keyword(cx, src, node, what, &RuleSeverity::NAMES)
        .as_deref()
        .and_then(RuleSeverity::parse)
}

pub(crate) fn number(cx: &mut Cx<'_>, src: usize, node: &Spanned<Node>, what: &str) -> Option<f64> {
    match &node.value {
        Node::Int(i) => Some(*i as f64),
        Node::Float(f) if f.is_finite() => Some(*f),
        Node::Str(s) if s.trim_end().ends_with('%') => {
            cx.err(
                src,
                &node.referenced,
                format!("{what} must be a number, found `{s}`"),
            );
            cx.help(format!(
                "write the number without `%`: `{}`",
                s.trim_end().trim_end_matches('%')
            ));
            None
        }
        other => {
            cx.err(
                src,
                &node.referenced,
                format!("{what} must be a number, found {}", other.describe()),
            );
            None
        }
    }
}

pub(crate) fn count(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
) -> Option<usize> {
    match &node.value {
        Node::Int(i) if *i >= 0 => usize::try_from(*i).ok(),
        other => {
            cx.err(
                src,
                &node.referenced,
                format!(
                    "{what} must be a whole number ≥ 0, found {}",
                    match other {
                        Node::Int(i) => i.to_string(),
                        o => o.describe().to_string(),
                    }
                ),
            );
            None
        }
    }
}

/// An indicator id, checked against the catalog.
pub(crate) fn indicator_id(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
) -> Option<String> {
    let id = text(cx, src, node, what)?;
    if cx.catalog.get(&id).is_some() {
        return Some(id);
    }
    cx.err(src, &node.referenced, format!("unknown indicator `{id}`"));
    let by_name = cx
        .catalog
        .indicators()
        .iter()
        .find(|i| i.aliases.contains(&id))
        .map(|i| i.id.clone());
    let catalog = cx.catalog;
    match by_name
        .as_deref()
        .or_else(|| did_you_mean(&id, catalog.ids()))
    {
        Some(s) => cx.help(format!("did you mean `{s}`?")),
        None => cx.help(format!(
            "the catalog's indicators are: {}",
            catalog.ids().collect::<Vec<_>>().join(", ")
        )),
    }
    None
}

pub(crate) fn compile(
    cx: &mut Cx<'_>,
    src: usize,
    node: &Spanned<Node>,
    what: &str,
) -> Option<Regex> {
    let pattern = text(cx, src, node, what)?;
    match Regex::new(&pattern) {
        Ok(r) => Some(r),
        Err(e) => {
            let text = e.to_string();
            let reason = text
                .lines()
                .find_map(|l| l.strip_prefix("error: "))
                .unwrap_or_else(|| text.lines().last().unwrap_or("invalid regex"));
            cx.err(
                src,
                &node.referenced,
                format!("invalid regex in {what}: {reason}"),
            );
            cx.help("the syntax is that of the Rust `regex` crate; quote the regex in YAML");
            None
        }
    }
}
