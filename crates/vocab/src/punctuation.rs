//! Where sentences and clauses end, and full-width forms.
//!
//! A figure belongs to the clause it stands in: `学前三年毛入园率达90%，投入…`
//! binds 90% to the rate, but never a figure after the comma to a name
//! before it unless the grammar says so. Reports mix full-width (`，；`) and
//! ASCII (`,;`) punctuation, often in one document; both count everywhere.

/// Characters that end a sentence or a clause list: `。；！？` (full-width
/// and ASCII) and line breaks.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n')
}

/// Characters that end a clause: sentence ends plus commas (`，` and `,`).
pub fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',')
}

/// The clause around characters `start..end` of `chars`: from after the
/// previous clause end to before the next. A claim is quoted with its
/// clause (`全市公办幼儿园实现全覆盖`), and so is the figure that
/// contradicts it.
pub fn clause_around(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    around(chars, start, end, is_clause_end)
}

/// The sentence around characters `start..end` of `chars`, as
/// [`clause_around`] finds the clause: a denial is quoted with its sentence,
/// whose next clause may be what denies it (`自评报告称已实现…，与实际不符`).
pub fn sentence_around(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    around(chars, start, end, is_sentence_end)
}

fn around(chars: &[char], start: usize, end: usize, ends: fn(char) -> bool) -> (usize, usize) {
    let from = chars
        .get(..start)
        .and_then(|before| before.iter().rposition(|c| ends(*c)))
        .map_or(0, |i| i + 1);
    let to = chars
        .get(end..)
        .and_then(|after| after.iter().position(|c| ends(*c)))
        .map_or(chars.len(), |i| end + i);
    (from, to)
}

/// Characters that end a line's last sentence, so that the next line starts
/// a new one: the sentence ends, the ellipsis and a colon (a line ending in
/// `主要做法：` introduces what follows on its own lines).
pub fn ends_line_sentence(c: char) -> bool {
    (is_sentence_end(c) && c != '\n') || matches!(c, '…' | '：' | ':')
}

/// Whether the end of `before` lies inside a document's title, a `《` left
/// open: `根据《2023年度履行教育职责评价方案` (a year there names the document,
/// not the time of what the report states).
pub fn in_book_title(before: &str) -> bool {
    before
        .rfind('《')
        .is_some_and(|open| !before[open..].contains('》'))
}

/// Folds one character for matching: full-width ASCII forms (`８５％`, `，`,
/// `（`) become their ASCII twins, the ideographic space a plain space and
/// the ratio sign `∶` (职普比 1∶1) a colon. Everything else is kept.
///
/// The mapping is one character to one character, so a folded string has
/// exactly the character offsets of its original: positions found in the
/// folded copy point straight back into the original text.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2236}' => ':',
        _ => c,
    }
}

/// The quotes that close a quoted phrase (`“两个只增不减”`), as written
/// or as folded.
pub const CLOSING_QUOTES: [char; 4] = ['”', '"', '’', '\''];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_a_book_title() {
        assert!(in_book_title("根据《2023年度"));
        assert!(!in_book_title("根据《方案》，2023年度"));
        assert!(!in_book_title("2023年度"));
    }

    #[test]
    fn ends_and_folds() {
        assert!(is_sentence_end('。') && is_sentence_end(';') && is_sentence_end('\n'));
        assert!(!is_sentence_end('，'));
        assert!(is_clause_end('，') && is_clause_end(',') && is_clause_end('？'));
        assert!(ends_line_sentence('：') && ends_line_sentence('…'));
        assert!(!ends_line_sentence('\n') && !ends_line_sentence('，'));
        let folded: String = "９０．５％，（一）\u{3000}1∶1"
            .chars()
            .map(fold_width)
            .collect();
        assert_eq!(folded, "90.5%,(一) 1:1");
    }

    #[test]
    fn the_clause_around_a_span() {
        let chars: Vec<char> = "投入2亿元，课后服务实现全覆盖；覆盖率96%".chars().collect();
        let (from, to) = clause_around(&chars, 8, 10);
        let clause: String = chars[from..to].iter().collect();
        assert_eq!(clause, "课后服务实现全覆盖");
        // At either end of the text.
        assert_eq!(clause_around(&chars, 0, 1), (0, 5));
        assert_eq!(clause_around(&chars, 20, 21).1, chars.len());
    }
}
