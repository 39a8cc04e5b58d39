//! A span-aware YAML tree, shared by every crate that reads YAML written by
//! users (catalog entries, rule files, the configuration).
//!
//! Rule and catalog files are not deserialised straight into typed structs. serde's
//! `deny_unknown_fields` stops at the first unknown key and cannot suggest
//! the key that was meant, and a derive stops at the first wrong type. We
//! want *every* mistake in a rule set at once, each with its line, column,
//! underline and a "did you mean". So the YAML is first read into this small
//! tree, where every key and every value carries its [`Spanned`] location, and
//! `load.rs` walks it by hand.
//!
//! serde-saphyr reports locations in characters (not bytes), which is what
//! [`Diagnostic`] expects.

use std::fmt;

use dutycheck_model::Diagnostic;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

/// Whether a file read from disk may be quoted in errors: named `*.yaml`
/// or `*.yml`, and text (no control characters but tab and line ends).
/// Anything else may be any file at all (`/proc/self/environ`, a key), and
/// its errors say only that it is not a rule or catalog file. Rule files
/// and catalog files named by configs and packs are held to this alike.
pub fn looks_like_yaml_file(path: &str, text: &str) -> bool {
    (path.ends_with(".yaml") || path.ends_with(".yml"))
        && !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// One YAML node. Scalars are typed the way YAML resolves them: `80` is an
/// integer, `80.5` a float, `2020..2024` a string.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<Node>, Spanned<Node>)>),
}

impl Node {
    /// What the node is, for "expected …, found …" messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Node::Null => "nothing",
            Node::Bool(_) => "a boolean",
            Node::Int(_) | Node::Float(_) => "a number",
            Node::Str(_) => "a string",
            Node::Seq(_) => "a list",
            Node::Map(_) => "a mapping",
        }
    }

    /// The node as JSON, for plugin `options`, which are opaque to us and
    /// validated by the plugin's own schema.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Int(i) => Value::from(*i),
            Node::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Node::Str(s) => Value::String(s.clone()),
            Node::Seq(items) => Value::Array(items.iter().map(|i| i.value.to_json()).collect()),
            Node::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (scalar_text(&k.value), v.value.to_json()))
                    .collect(),
            ),
        }
    }
}

/// A scalar key as text (`2020: x` has the key `"2020"`).
pub fn scalar_text(node: &Node) -> String {
    match node {
        Node::Null => "~".to_string(),
        Node::Bool(b) => b.to_string(),
        Node::Int(i) => i.to_string(),
        Node::Float(f) => f.to_string(),
        Node::Str(s) => s.clone(),
        Node::Seq(_) => "[…]".to_string(),
        Node::Map(_) => "{…}".to_string(),
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeVisitor;

        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
                Node::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
                // Integers beyond i64 are kept as floats: no rule needs them
                // exactly, and refusing them would be a worse message.
                Ok(i64::try_from(v).map_or(Node::Float(v as f64), Node::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Str(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Node, E> {
                Ok(Node::Str(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Node>>()? {
                    items.push(item);
                }
                Ok(Node::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<Node>>()? {
                    let value = map.next_value::<Spanned<Node>>()?;
                    entries.push((key, value));
                }
                Ok(Node::Map(entries))
            }
        }

        deserializer.deserialize_any(NodeVisitor)
    }
}

/// One source file being read: its path (as shown in diagnostics) and text.
/// Builds located diagnostics from spans.
#[derive(Clone, Copy)]
pub struct Src<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

impl Src<'_> {
    /// A diagnostic at `at`, underlining the whole node when its length is
    /// known (a key, a scalar, a flow collection's opening bracket).
    pub fn error(&self, at: &Location, message: impl Into<String>) -> Diagnostic {
        let line = to_u32(at.line());
        let column = to_u32(at.column());
        if line == 0 {
            return Diagnostic::file(self.path, message);
        }
        let len = u32::try_from(at.span().len()).unwrap_or(1).max(1);
        Diagnostic::at(self.path, self.text, line, column.max(1), message).with_length(len)
    }

    /// A diagnostic at a column inside a scalar: `offset` characters after
    /// the node's start, `len` characters long.
    pub fn error_inside(
        &self,
        at: &Location,
        offset: u32,
        len: u32,
        message: impl Into<String>,
    ) -> Diagnostic {
        let line = to_u32(at.line());
        if line == 0 {
            return Diagnostic::file(self.path, message);
        }
        let column = to_u32(at.column()).max(1).saturating_add(offset);
        Diagnostic::at(self.path, self.text, line, column, message).with_length(len)
    }
}

pub fn to_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
