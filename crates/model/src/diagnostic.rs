//! [`Diagnostic`]: an error in a user's file (report, rule, catalog, config),
//! with the file, line and column, the source line with the span marked, and
//! what to do about it.
//!
//! Every stage reports bad input through this one type so that the user
//! always sees the same shape:
//!
//! ```text
//! error: unknown key `thresold`
//!   --> rules/custom/a.yaml:4:1
//!    |
//!  4 | thresold: { min: 80 }
//!    | ^^^^^^^^
//!    = help: did you mean `threshold`?
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthChar;

/// A located error in user input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based; `None` when the error concerns the whole file.
    pub line: Option<u32>,
    /// 1-based, in characters.
    pub column: Option<u32>,
    /// Characters to underline from `column` (at least 1 when shown).
    pub length: u32,
    pub message: String,
    /// The original source line, when known.
    pub source_line: Option<String>,
    /// What the user can do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file (missing, unreadable, empty).
    pub fn file(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: None,
            column: None,
            length: 0,
            message: message.into(),
            source_line: None,
            help: None,
        }
    }

    /// An error at a line and column of `source` (the whole file's text).
    pub fn at(
        path: impl Into<String>,
        source: &str,
        line: u32,
        column: u32,
        message: impl Into<String>,
    ) -> Self {
        let source_line = line
            .checked_sub(1)
            .and_then(|i| source.lines().nth(i as usize))
            .map(|l| l.trim_end_matches('\r').to_string());
        Diagnostic {
            path: path.into(),
            line: Some(line),
            column: Some(column),
            length: 1,
            message: message.into(),
            source_line,
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_length(mut self, length: u32) -> Self {
        self.length = length.max(1);
        self
    }

    /// `path:line:column` (or just `path`).
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.path),
            (Some(l), None) => format!("{}:{l}", self.path),
            _ => self.path.clone(),
        }
    }

    /// One line: `path:line:column: message`. For logs and error lists.
    pub fn one_line(&self) -> String {
        format!("{}: {}", self.location(), self.message)
    }
}

/// Display width of a string in terminal columns: CJK characters are two
/// columns wide, control characters zero.
pub fn display_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        write!(f, "  --> {}", self.location())?;
        if let (Some(line), Some(col), Some(src)) = (self.line, self.column, &self.source_line) {
            let gutter = line.to_string().len();
            let pad = " ".repeat(gutter);
            let before: String = src.chars().take(col.saturating_sub(1) as usize).collect();
            let marked: String = src
                .chars()
                .skip(col.saturating_sub(1) as usize)
                .take(self.length.max(1) as usize)
                .collect();
            let carets = "^".repeat(display_width(&marked).max(1));
            write!(
                f,
                "\n {pad} |\n {line} | {src}\n {pad} | {}{carets}",
                " ".repeat(display_width(&before))
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// The closest candidate to `word` by edit distance, if it is close enough to
/// be a plausible typo ("did you mean …"). Two swapped neighbours count as
/// one edit (`{valeu}` → `{value}`, `sevreity` → `severity`): the typo people
/// make most, which plain Levenshtein distance counts as two.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The optimal-string-alignment distance: insertions, deletions,
/// substitutions and transpositions of two adjacent characters, each one
/// edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i-2, i-1 and i of the table.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let keys = ["threshold", "severity", "message"];
        assert_eq!(did_you_mean("thresold", keys), Some("threshold"));
        assert_eq!(did_you_mean("colour", keys), None);
        // A swap of two neighbours is one edit.
        assert_eq!(did_you_mean("valeu", ["value", "unit"]), Some("value"));
        assert_eq!(did_you_mean("sevreity", keys), Some("severity"));
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn underline_counts_cjk_as_two_columns() {
        let d = Diagnostic::at("a.txt", "一、济南市\n", 1, 3, "here").with_length(3);
        let shown = d.to_string();
        assert!(shown.contains("1 | 一、济南市"), "{shown}");
        assert!(shown.contains("  |     ^^^^^^"), "{shown}");
    }
}
