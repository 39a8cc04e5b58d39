//! PDF files: text through `pdf-extract` (on top of `lopdf`).
//!
//! A PDF holds glyphs at positions, not lines of text. `pdf-extract` maps the
//! glyphs back to characters through each font's `ToUnicode` map (which
//! LibreOffice and Word write for the CJK fonts they embed) and breaks lines
//! where the glyphs do. The lines are those of the page, not of the author:
//! every visual line ends in a wrap, which the parser repairs as it does for
//! text (`…政策,教` + `育经费…`). Line numbers of findings count lines of the
//! extracted text, page after page, page furniture included (see
//! [`layout`]: what a PDF "line" is, and how running headers, footers and
//! page numbers are marked so that the parser skips them); they are a
//! guide, not a page reference.
//!
//! Each line is tidied by [`clean_line`]: the spaces pdf-extract puts between
//! Chinese and Latin font runs are removed. Blank lines go: a page break
//! falls mid-sentence as often as not, and in a text file a blank line would
//! end the sentence and stop the wrap repair. Standard CID fonts with
//! predefined CMaps (`STSong-Light`, `UniGB-UCS2-H`) are mapped first
//! ([`cmaps`]).
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

pub(crate) mod cmaps;
pub mod layout;

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
///
/// The text is read page by page ([`Pages`]), the predefined CMaps of
/// standard CID fonts are mapped first ([`cmaps`]), and the page furniture
/// is marked ([`layout`]).
pub fn text(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF-") {
        return Err("not a PDF: the file does not start with %PDF-".into());
    }
    let extracted = {
        let _contained = Contained::enter();
        catch_unwind(AssertUnwindSafe(|| pages(bytes)))
    };
    let pages = match extracted {
        Ok(Ok(pages)) => pages,
        Ok(Err(e)) => return Err(format!("cannot read the PDF: {e}")),
        Err(_) => {
            return Err(
                "cannot read the PDF: it is damaged or uses a feature the PDF reader does not support"
                    .into(),
            );
        }
    };
    Ok(layout::assemble(&pages))
}

/// The lines of every page, with their vertical positions.
fn pages(bytes: &[u8]) -> Result<Vec<Vec<layout::Line>>, pdf_extract::OutputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    if doc.is_encrypted() {
        // An owner password only: readable with the empty user password.
        doc.decrypt("")?;
    }
    cmaps::map_predefined(&mut doc);
    let mut out = Pages::default();
    pdf_extract::output_doc(&doc, &mut out)?;
    Ok(out.pages)
}

/// An [`pdf_extract::OutputDev`] that keeps each page's lines apart, each
/// with its distance from the top of the page, so that running headers and
/// footers can be told by their place. Lines and spaces are broken as
/// pdf-extract's `PlainTextOutput` breaks them.
#[derive(Default)]
struct Pages {
    pages: Vec<Vec<layout::Line>>,
    /// The page height (the media box), to measure from the top.
    height: f64,
    last_end: f64,
    last_y: f64,
    first_char: bool,
}

impl pdf_extract::OutputDev for Pages {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.pages.push(Vec::new());
        self.last_end = 100_000.0;
        self.last_y = 0.0;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        c: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        // The position measured from the top of the page, and the font size
        // as transformed (the side of a square of the same area).
        let (x, y) = (trm.m31, self.height - trm.m32);
        let size = ((font_size * (trm.m11 + trm.m21)) * (font_size * (trm.m12 + trm.m22)))
            .abs()
            .sqrt();
        let Some(page) = self.pages.last_mut() else {
            return Ok(());
        };
        let new_line = page.is_empty()
            || (self.first_char
                && ((y - self.last_y).abs() > size * 1.5
                    || (x < self.last_end && (y - self.last_y).abs() > size * 0.5)));
        if new_line {
            page.push(layout::Line {
                top: y,
                text: String::new(),
            });
        } else if self.first_char
            && x > self.last_end + size * 0.1
            && let Some(line) = page.last_mut()
        {
            line.text.push(' ');
        }
        if let Some(line) = page.last_mut() {
            line.text.push_str(c);
        }
        self.first_char = false;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.first_char = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// Tidies one extracted line so that it reads like the text file the PDF was
/// made from. **Spaces next to CJK characters go**: Chinese fonts and Latin
/// fonts are separate font runs in a PDF, and pdf-extract puts a space at
/// each switch (`2138084 万元`, `全市 2020 年度`). Chinese text has no spaces
/// between words, and a figure split from its unit is no figure, so a run of
/// spaces is dropped when a non-ASCII character stands on either side.
/// Spaces between two ASCII characters stay: `1 122个` keeps its thousands
/// separator.
fn clean_line(line: &str) -> String {
    let line = line.trim();
    let mut out = String::with_capacity(line.len());
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_switch_spaces_are_removed() {
        assert_eq!(
            clean_line(" 全市 2020 年度一般公共预算教育支出"),
            "全市2020年度一般公共预算教育支出"
        );
        assert_eq!(
            clean_line("2138084 万元,新增 1 122 个学位 "),
            "2138084万元,新增1 122个学位"
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
