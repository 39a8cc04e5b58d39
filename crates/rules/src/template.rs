//! Message templates: `"{section}普惠性幼儿园覆盖率为{value}%，低于{min}%的目标"`.
//!
//! A template is parsed once, at load time, so that an unknown placeholder is
//! a rule error with a line and column rather than a strange finding message
//! months later. `{{` and `}}` stand for literal braces.

use std::fmt;

/// A parsed message template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    source: String,
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Placeholder(String),
}

/// A template syntax error: what is wrong, and the character offset and
/// length in the template text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TemplateError {
    pub message: String,
    pub offset: usize,
    pub len: usize,
}

impl Template {
    /// Parses `source`. Placeholder names are not checked here; see
    /// [`Template::placeholders`].
    pub(crate) fn parse(source: &str) -> Result<Template, TemplateError> {
        let chars: Vec<char> = source.chars().collect();
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            match c {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    text.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    text.push('}');
                    i += 2;
                }
                '{' => {
                    let Some(close) = chars[i + 1..].iter().position(|c| *c == '}') else {
                        return Err(TemplateError {
                            message: "unclosed `{` in message".to_string(),
                            offset: i,
                            len: 1,
                        });
                    };
                    let name: String = chars[i + 1..i + 1 + close].iter().collect();
                    if name.is_empty()
                        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    {
                        return Err(TemplateError {
                            message: format!("invalid placeholder `{{{name}}}` in message"),
                            offset: i,
                            len: close + 2,
                        });
                    }
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(Part::Placeholder(name));
                    i += close + 2;
                }
                '}' => {
                    return Err(TemplateError {
                        message: "unmatched `}` in message".to_string(),
                        offset: i,
                        len: 1,
                    });
                }
                _ => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Template {
            source: source.to_string(),
            parts,
        })
    }

    /// The template as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The placeholder names used, in order, with their character offsets
    /// in the source.
    pub(crate) fn placeholders_with_offsets(&self) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        let mut from = 0;
        for part in &self.parts {
            if let Part::Placeholder(name) = part {
                let needle = format!("{{{name}}}");
                let offset = find_char_offset(&self.source, &needle, from).unwrap_or(0);
                from = offset + 1;
                out.push((name.as_str(), offset));
            }
        }
        out
    }

    /// The placeholder names used, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Placeholder(name) => Some(name.as_str()),
            Part::Text(_) => None,
        })
    }

    /// Fills the placeholders. A placeholder that `value` has no value for
    /// (for example `{max}` in a rule that only sets `min`) becomes empty.
    pub fn render<'v>(&self, value: impl Fn(&str) -> Option<&'v str>) -> String {
        let mut out = String::with_capacity(self.source.len() + 32);
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Placeholder(name) => out.push_str(value(name).unwrap_or_default()),
            }
        }
        out
    }

    /// Parses and fills `source` in one pass, without building a
    /// [`Template`]: for the engine's built-in messages, which are constants
    /// and are filled once per finding. Renders exactly as
    /// `Template::parse(source)` followed by [`Template::render`]
    /// would; a syntax error (which a constant cannot have) leaves the rest
    /// of the text as written.
    pub fn fill_builtin<'v>(source: &str, value: impl Fn(&str) -> Option<&'v str>) -> String {
        let mut out = String::with_capacity(source.len() + 32);
        let mut rest = source;
        // By byte: braces are ASCII, and a search by `char` decoded every
        // character of every message.
        while let Some(i) = rest.bytes().position(|b| b == b'{' || b == b'}') {
            out.push_str(&rest[..i]);
            let tail = &rest[i..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                out.push_str(&tail[..1]);
                rest = &tail[2..];
            } else if let (true, Some(close)) = (tail.starts_with('{'), tail.find('}')) {
                out.push_str(value(&tail[1..close]).unwrap_or_default());
                rest = &tail[close + 1..];
            } else {
                out.push_str(tail);
                return out;
            }
        }
        out.push_str(rest);
        out
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

/// Character offset of `needle` in `haystack`, searching from character
/// `from`.
fn find_char_offset(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    let byte_from = haystack
        .char_indices()
        .nth(from)
        .map_or(haystack.len(), |(b, _)| b);
    haystack
        .get(byte_from..)
        .and_then(|rest| rest.find(needle))
        .map(|b| haystack[..byte_from + b].chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_placeholders_and_escapes() {
        let t = Template::parse("{section}为{value}%，{{注}}").expect("valid");
        assert_eq!(t.placeholders().collect::<Vec<_>>(), ["section", "value"]);
        let s = t.render(|n| match n {
            "section" => Some("SECTION"),
            "value" => Some("VALUE"),
            _ => None,
        });
        assert_eq!(s, "SECTION为VALUE%，{注}");
        assert_eq!(
            t.placeholders_with_offsets(),
            [("section", 0), ("value", 10)]
        );
    }

    #[test]
    fn filling_a_builtin_in_one_pass_renders_as_parse_then_render() {
        let value = |n: &str| match n {
            "section" => Some("济南市"),
            "value" => Some("93.37"),
            "unit" => Some("%"),
            _ => None,
        };
        for source in [
            "{section}为{value}{unit}，低于{min}{unit}的目标",
            "{{注}}{section}}}",
            "没有占位符",
            "",
            "{value}",
            "末尾{section}",
        ] {
            let parsed = Template::parse(source).ok().map(|t| t.render(value));
            assert_eq!(
                Some(Template::fill_builtin(source, value)),
                parsed,
                "{source}"
            );
        }
    }

    #[test]
    fn reports_syntax_errors_with_offsets() {
        let e = Template::parse("为{value%").unwrap_err();
        assert_eq!((e.offset, e.len), (1, 1));
        let e = Template::parse("为{va lue}").unwrap_err();
        assert_eq!((e.offset, e.len), (1, 8));
        assert!(Template::parse("a}").is_err());
    }
}
