//! Where a YAML syntax error starts.
//!
//! A flow collection left open (`tags: [a, b` with no `]`) is not an error
//! on its own line for a YAML parser: it reads on, taking the next lines as
//! more items, and stops where they stop making sense (`- id: …` two lines
//! later: "illegal placement of ':'"). The user then looks at a line that is
//! fine. This finds the bracket that was never closed before the place the
//! parser gave up, so the error can point there.
//!
//! The scan is deliberately small: quotes, comments, block scalars and the
//! flow indicators `[ ] { }` where a collection can start (after `:`, `-`,
//! `,`, `?`, another opener or at the start of a line), which is what
//! distinguishes `[a, b]` from a `[` inside a plain scalar such as `a[1]`.

/// An opener that was not closed before `(line, column)` (1-based, columns
/// in characters), and that is on an earlier line: `(line, column, '[')`.
pub(crate) fn unclosed_before(text: &str, line: u32, column: u32) -> Option<(u32, u32, char)> {
    let mut open: Vec<(u32, u32, char)> = Vec::new();
    let mut quote: Option<char> = None;
    // The indentation of a line that opened a block scalar (`|`, `>`):
    // deeper lines after it are its text.
    let mut block: Option<usize> = None;
    for (i, l) in text.lines().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if n > line {
            break;
        }
        let indent = l.chars().take_while(|c| *c == ' ').count();
        if let Some(b) = block {
            if l.trim().is_empty() || indent > b {
                continue;
            }
            block = None;
        }
        let chars: Vec<char> = l.chars().collect();
        let mut prev = None::<char>; // the last non-space character
        for (j, &c) in chars.iter().enumerate() {
            let col = u32::try_from(j + 1).unwrap_or(u32::MAX);
            if n == line && col >= column {
                break;
            }
            match quote {
                Some('\'') if c == '\'' => quote = None,
                Some('"') if c == '"' && (j == 0 || chars[j - 1] != '\\') => quote = None,
                Some(_) => {}
                None => {
                    let at_start = matches!(prev, None | Some('[' | '{' | ',' | ':' | '-' | '?'));
                    match c {
                        '#' if j == 0 || chars[j - 1] == ' ' => break,
                        '\'' | '"' if at_start => quote = Some(c),
                        '[' | '{' if at_start => open.push((n, col, c)),
                        ']' | '}' if !open.is_empty() => {
                            open.pop();
                        }
                        _ => {}
                    }
                    if c != ' ' {
                        prev = Some(c);
                    }
                }
            }
        }
        let rest = l.trim_end();
        if quote.is_none()
            && open.is_empty()
            && (rest.ends_with(": |")
                || rest.ends_with(": >")
                || rest.ends_with(": |-")
                || rest.ends_with(": >-")
                || rest == "|"
                || rest == ">")
        {
            block = Some(indent);
        }
    }
    open.pop().filter(|(l, _, _)| *l < line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_list_is_found_where_it_opens() {
        let text = "rules:\n  - id: a\n    tags: [x, y\n  - id: b\n";
        assert_eq!(unclosed_before(text, 4, 7), Some((3, 11, '[')));
        let text = "a: {b: 1\nc: 2\n";
        assert_eq!(unclosed_before(text, 2, 2), Some((1, 4, '{')));
    }

    #[test]
    fn closed_quoted_commented_and_scalar_brackets_do_not_count() {
        let text = "a: [x, y]\nb: \"[\"\nc: '{'\nd: a[1] # [\ne: |\n  [\nf: :\n";
        assert_eq!(unclosed_before(text, 7, 4), None);
        // An opener on the error's own line is where the parser already points.
        assert_eq!(unclosed_before("a: [x,\n", 1, 7), None);
    }
}
