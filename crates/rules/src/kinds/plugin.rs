//! `plugin: NAME/CHECK` rules: a check provided by a loaded plugin, with
//! its `options` validated against the plugin's schema at load time.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind};
use crate::load::{Cx, Entry, RawRule, text};
use crate::node::Node;
use crate::schema::Scope;

/// `plugin: NAME/CHECK` rules: a check provided by a plugin.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginRule {
    pub plugin: String,
    pub check: String,
    /// The `options:` mapping, as JSON (the plugin ABI speaks JSON). `null`
    /// when absent.
    pub options: serde_json::Value,
}

impl KindRule for PluginRule {
    const SPEC: KindSpec = KindSpec {
        key: "plugin",
        keys: &["options"],
        placeholders: &[],
        scopes: &Scope::ALL,
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn explain(&self, _catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut out = vec![("plugin", format!("{}/{}", self.plugin, self.check))];
        if !self.options.is_null() {
            out.push(("options", self.options.to_string()));
        }
        out
    }
}

/// The keys of a `plugin:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    /// NAME/CHECK of a plugin check.
    #[schemars(regex(pattern = r"^[^/]+/[^/]+$"))]
    plugin: String,
    /// Options of a plugin check, validated by the plugin's own schema.
    options: Option<serde_json::Map<String, serde_json::Value>>,
}

fn parse(cx: &mut Cx<'_>, raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let name = text(cx, e.src, e.value, "`plugin`")?;
    let (plugin, check) = match name.split_once('/') {
        Some((p, c)) if !p.is_empty() && !c.is_empty() && !c.contains('/') => {
            (p.to_string(), c.to_string())
        }
        _ => {
            cx.err(
                e.src,
                &e.value.referenced,
                format!("invalid plugin check `{name}`"),
            );
            cx.help("write `plugin: NAME/CHECK`, such as `plugin: shandong/targets`");
            return None;
        }
    };
    let options_entry = raw.get("options");
    let options = options_entry.map_or(serde_json::Value::Null, |o| o.value.value.to_json());
    if let Some(o) = options_entry
        && !matches!(o.value.value, Node::Map(_) | Node::Null)
    {
        cx.err(
            o.src,
            &o.value.referenced,
            format!(
                "`options` must be a mapping, found {}",
                o.value.value.describe()
            ),
        );
        return None;
    }
    if let Some(hook) = cx.plugins
        && let Err(message) = hook.validate(&plugin, &check, &options)
    {
        let (src, at) =
            options_entry.map_or((e.src, e.value.referenced), |o| (o.src, o.value.referenced));
        cx.err(
            src,
            &at,
            format!("invalid options for plugin check `{plugin}/{check}`: {message}"),
        );
        return None;
    }
    Some(RuleKind::Plugin(PluginRule {
        plugin,
        check,
        options,
    }))
}

