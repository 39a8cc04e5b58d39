//! PDF files: text through `pdf-extract` (on top of `lopdf`).
//!
//! A PDF holds glyphs at positions, not lines of text. `pdf-extract` maps the
//! glyphs back to characters through each font's `ToUnicode` map (which
//! LibreOffice and Word write for the CJK fonts they embed) and breaks lines
//! where the glyphs do. The lines are those of the page, not of the author:
//! every visual line ends in a wrap, which the parser repairs as it does for
//! text (`…政策,教` + `育经费…`). Line numbers of findings count lines of the
//! extracted text, page after page; they are a guide, not a page reference.
//!
//! The text is tidied by [`clean`]: page breaks and the spaces pdf-extract
//! puts between Chinese and Latin font runs are removed.
//!
//! `pdf-extract` is maintained but not hardened against hostile input: it
//! panics on some malformed files. A panic there is contained with
//! `catch_unwind` and reported as an unreadable PDF, so one damaged file
//! cannot take down a run over a directory.
//!
//! The panic hook runs before the unwind reaches `catch_unwind`, so the
//! default hook would still print the dependency's `panicked at …` message.
//! While the extraction runs, [`in_contained_extraction`] is true on its
//! thread: a program's panic hook stays silent for such panics and handles
//! every other one as before. The `dutycheck` binary does so, and the `pdf`
//! fuzz target too (there every other panic aborts):
//!
//! ```
//! let default = std::panic::take_hook();
//! std::panic::set_hook(Box::new(move |info| {
//!     if !dutycheck_read::pdf::in_contained_extraction() {
//!         default(info);
//!     }
//! }));
//! # let _ = std::panic::take_hook();
//! ```

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the current thread is inside the call into `pdf-extract` that
/// [`text`] contains: a panic now is caught and reported as an unreadable
/// PDF, and a panic hook may stay silent about it.
pub fn in_contained_extraction() -> bool {
    CONTAINED.with(Cell::get)
}

/// Sets [`in_contained_extraction`] for its lifetime, and restores what was
/// there before when dropped (after the unwind, whatever happened).
struct Contained {
    before: bool,
}

impl Contained {
    fn enter() -> Self {
        Contained {
            before: CONTAINED.with(|c| c.replace(true)),
        }
    }
}

impl Drop for Contained {
    fn drop(&mut self) {
        CONTAINED.with(|c| c.set(self.before));
    }
}

/// Extracts the text of a PDF. Errors carry the message of the diagnostic.
pub fn text(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF-") {
        return Err("not a PDF: the file does not start with %PDF-".into());
    }
    let extracted = {
        let _contained = Contained::enter();
        catch_unwind(AssertUnwindSafe(|| {
            pdf_extract::extract_text_from_mem(bytes)
        }))
    };
    let text = match extracted {
        Ok(Ok(text)) => text,
        Ok(Err(e)) => return Err(format!("cannot read the PDF: {e}")),
        Err(_) => {
            return Err(
                "cannot read the PDF: it is damaged or uses a feature the PDF reader does not support"
                    .into(),
            );
        }
    };
    Ok(clean(&text))
}

/// Tidies extracted text so that it reads like the text file the PDF was
/// made from:
///
/// - **Blank lines and form feeds go.** pdf-extract writes them at page
///   breaks, and a page break falls mid-sentence as often as not; in a text
///   file a blank line would end the sentence and stop the wrap repair.
/// - **Spaces next to CJK characters go.** Chinese fonts and Latin fonts are
///   separate font runs in a PDF, and pdf-extract puts a space at each
///   switch: `2138084 万元`, `全市 2020 年度`. Chinese text has no spaces
///   between words, and a figure split from its unit is no figure, so a run
///   of spaces is dropped when a non-ASCII character stands on either side.
///   Spaces between two ASCII characters stay: `1 122个` keeps its
///   thousands separator.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split(['\n', '\u{c}']) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == ' ' {
                let run_end = chars[i..]
                    .iter()
                    .position(|c| *c != ' ')
                    .map_or(chars.len(), |n| i + n);
                let before = i.checked_sub(1).and_then(|b| chars.get(b));
                let after = chars.get(run_end);
                let cjk_side =
                    before.is_some_and(|c| !c.is_ascii()) || after.is_some_and(|c| !c.is_ascii());
                if !cjk_side {
                    out.extend(&chars[i..run_end]);
                }
                i = run_end;
                continue;
            }
            out.push(c);
            i += 1;
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_switch_spaces_and_page_breaks_are_removed() {
        let raw = "全市 2020 年度一般公共预算教育支出\n\n2138084 万元,新增 1 122 个学位\u{c}\n 增长 14.80%。\n";
        assert_eq!(
            clean(raw),
            "全市2020年度一般公共预算教育支出\n2138084万元,新增1 122个学位\n增长14.80%。\n"
        );
    }

    #[test]
    fn the_flag_is_set_only_inside_the_extraction() {
        assert!(!in_contained_extraction());
        {
            let _outer = Contained::enter();
            assert!(in_contained_extraction());
            {
                let _inner = Contained::enter();
            }
            assert!(in_contained_extraction(), "restored, not cleared");
        }
        assert!(!in_contained_extraction());
        let _ = text(b"%PDF-1.4\n garbage");
        assert!(!in_contained_extraction());
    }

    #[test]
    fn not_a_pdf_is_an_error() {
        assert!(text(b"hello").is_err());
        assert!(text(b"%PDF-1.4\n garbage").is_err());
    }
}
