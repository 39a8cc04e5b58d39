//! Stage one of the pipeline: **read**. Bytes in, text out.
//!
//! Reports arrive as UTF-8 (with or without a byte-order mark), as UTF-16
//! with a BOM, or as GB18030/GBK from older Windows tools. This crate decodes
//! all of them to one `String` and refuses, with a located error, what it
//! cannot decode *exactly*: a checker that silently replaced a malformed byte
//! with U+FFFD could turn `93.37%` into `9�.37%` and misjudge a city.
//!
//! Line and column numbers later stages report are counted on the decoded
//! text, which has the same lines and characters as the original file (the
//! BOM is not a character of the first line).
//!
//! # Formats
//!
//! [`decode_file`] chooses the reader by the file's extension, and by its
//! first bytes when the extension says nothing (a `.docx` renamed `.txt` is
//! still a zip archive):
//!
//! | format | how | lines |
//! |---|---|---|
//! | text (`.txt`, anything else) | decoded as above; a PDF's text dump (pages separated by form feeds, as `pdftotext` writes) has its page furniture marked as a PDF's (see [`pdf::layout::mark_text_pages`]) | the file's lines |
//! | Markdown (`.md`, `.markdown`) | decoded as text; the parser reads `#` headings | the file's lines |
//! | Word (`.docx`) | [`docx`]: paragraphs in order, automatic numbering rebuilt, tables as text | one per paragraph (a table row is one) |
//! | PDF (`.pdf`) | [`pdf`]: text through `pdf-extract`, standard CID fonts mapped, page furniture marked | the extracted lines, page after page (see [`pdf::layout`]) |

use std::path::Path;

use dutycheck_model::Diagnostic;
use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

pub mod docx;
pub mod pdf;

/// The first character of a line of a PDF's text that is **page
/// furniture**: a running header or footer, or a page number (see
/// [`pdf::layout`]). Such a line keeps its place, so that line numbers do
/// not depend on what was recognised as furniture, and the parser skips it.
/// A form feed, because it marks page layout and never starts a line of a
/// report's text.
pub const PAGE_FURNITURE: char = '\u{c}';

/// The kind of file a report comes in, which decides how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text in any supported encoding.
    Text,
    /// Markdown: text whose `#` headings the parser reads as sections.
    Markdown,
    /// A Word document (Office Open XML).
    Docx,
    /// A PDF document.
    Pdf,
}

impl Format {
    /// The format of a file, by its extension, then by its first bytes: a
    /// zip archive is taken for a .docx and `%PDF-` for a PDF whatever the
    /// name says, because reading them as text only ever ends in "binary
    /// file".
    pub fn of(path: &str, bytes: &[u8]) -> Format {
        let ext = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("docx") => Format::Docx,
            Some("pdf") => Format::Pdf,
            _ if bytes.starts_with(b"PK\x03\x04") => Format::Docx,
            _ if bytes.starts_with(b"%PDF-") => Format::Pdf,
            Some("md" | "markdown") => Format::Markdown,
            _ => Format::Text,
        }
    }

    /// Whether the parser should read Markdown syntax (`#` headings) in a
    /// document at `path`. The parser is given only the [`Document`], whose
    /// path keeps the original extension.
    pub fn is_markdown_path(path: &str) -> bool {
        Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
    }
}

/// A decoded report, ready to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The path as given by the user.
    pub path: String,
    /// The decoded text, without BOM. Line ends are kept as in the file.
    pub text: String,
    /// The encoding the text was decoded from (`UTF-8`, `UTF-16LE`, `GB18030`…),
    /// or `docx` / `pdf` for text taken out of those formats.
    pub encoding: &'static str,
}

/// How to read a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// Files larger than this are refused before they are read, so that a
    /// stray video in a reports folder cannot exhaust memory.
    pub max_bytes: u64,
    /// Force an encoding label (`gbk`, `utf-8`, `utf-16le` …) instead of
    /// detecting one.
    pub encoding: Option<String>,
}

/// The default size limit: 64 MiB. A report of 5,000 characters is 15 KB;
/// a whole province's cases run to a few hundred KB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            encoding: None,
        }
    }
}

/// Reads and decodes the file at `path`.
pub fn read_path(path: &Path, options: &ReadOptions) -> Result<Document, Diagnostic> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, &e))?;
    if meta.is_dir() {
        return Err(Diagnostic::file(shown, "is a directory, not a report file"));
    }
    if meta.len() > options.max_bytes {
        return Err(Diagnostic::file(
            shown,
            format!(
                "file is {} bytes, larger than the limit of {} bytes",
                meta.len(),
                options.max_bytes
            ),
        )
        .with_help("raise the limit with --max-bytes if this really is a report"));
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(&shown, &e))?;
    decode_file(&shown, &bytes, options)
}

/// In Markdown, the emphasis around a figure (`达到**96.4%**`, `**8.42亿元**`,
/// `*比上年下降1.8%*`, `_同比减少2.1%_`) is markup, not text: its markers
/// become blanks, so the figure and the words around it read as they would
/// without them (the figure was lost, and a decline `同比下降 **2.9%**` or
/// `*比上年下降1.8%*` with it). A pair closes on the same line within
/// [`EMPHASIS_REACH`] bytes and holds a digit; a mask (`**%`, `___%`) holds
/// none and stays. As in CommonMark, an opening marker is not followed by a
/// blank (`* 一般公共预算…` is a bullet), a closing one not preceded by one,
/// and `_` inside a word (`file_2023_v2`) is no marker. One byte for one
/// byte: lines and columns are the file's.
fn unemphasize_figures(normal: &mut String) {
    // Longest first: the single markers left are italics.
    for marker in EMPHASIS {
        let n = marker.len();
        let mut at = 0;
        while let Some(open) = find_marker(normal.as_bytes(), marker, at) {
            let inside = open + n;
            let bytes = normal.as_bytes();
            let word = |i: Option<usize>| {
                marker[0] == b'_'
                    && i.and_then(|i| bytes.get(i))
                        .is_some_and(u8::is_ascii_alphanumeric)
            };
            if bytes.get(inside).is_none_or(u8::is_ascii_whitespace) || word(open.checked_sub(1)) {
                at = inside;
                continue;
            }
            let reach = (inside + EMPHASIS_REACH).min(bytes.len());
            let close = find_marker(&bytes[..reach], marker, inside);
            match close {
                Some(close)
                    if close > inside
                        && !bytes[close - 1].is_ascii_whitespace()
                        && !word(Some(close + n))
                        && bytes[inside..close].iter().any(u8::is_ascii_digit)
                        && !bytes[inside..close].contains(&b'\n') =>
                {
                    // The markers are ASCII: their bounds are character
                    // boundaries.
                    normal.replace_range(open..inside, &" ".repeat(n));
                    normal.replace_range(close..close + n, &" ".repeat(n));
                    at = close + n;
                }
                _ => at = inside,
            }
        }
    }
}

/// The markers of emphasis, longest first: bold (`**`, `__`), then italics.
const EMPHASIS: [&[u8]; 4] = [b"**", b"__", b"*", b"_"];

/// The next `marker` at or after `from`.
fn find_marker(bytes: &[u8], marker: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(marker.len())
        .position(|w| w == marker)
        .map(|i| from + i)
}

/// How far after its opening marker an emphasised figure closes, in bytes.
const EMPHASIS_REACH: usize = 40;

/// Reads the contents of the file at `path` in its [`Format`]: text and
/// Markdown through [`decode`], Word documents through [`docx::text`], PDF
/// through [`pdf::text`]. `path` is used for the format and in diagnostics;
/// nothing is read from disk.
pub fn decode_file(
    path: &str,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<Document, Diagnostic> {
    if bytes.is_empty() {
        return Err(Diagnostic::file(
            path,
            "empty file: there is no report to check",
        ));
    }
    let (text, encoding) = match Format::of(path, bytes) {
        Format::Text => return decode(path, bytes, options),
        Format::Markdown => {
            let mut doc = decode(path, bytes, options)?;
            unemphasize_figures(&mut doc.text);
            return Ok(doc);
        }
        Format::Docx => (
            docx::text(bytes, options.max_bytes).map_err(|m| {
                Diagnostic::file(path, m).with_help(
                    "open the file in Word or LibreOffice and save it again as .docx, or export it as text",
                )
            })?,
            "docx",
        ),
        Format::Pdf => (
            pdf::text(bytes).map_err(|m| {
                Diagnostic::file(path, m).with_help("export the report as text or .docx from the program that made the PDF")
            })?,
            "pdf",
        ),
    };
    if text.trim().is_empty() {
        return Err(Diagnostic::file(path, format!("the {encoding} file holds no text"))
            .with_help("a scanned document holds images, not text: run OCR first, or use the original document"));
    }
    Ok(Document {
        path: path.to_string(),
        text,
        encoding,
    })
}

fn io_error(path: &str, e: &std::io::Error) -> Diagnostic {
    let d = Diagnostic::file(path, format!("cannot read file: {e}"));
    match e.kind() {
        std::io::ErrorKind::NotFound => d.with_help(
            "check the path; directories are searched for .txt, .md, .docx and .pdf reports",
        ),
        std::io::ErrorKind::PermissionDenied => d.with_help("check the file's permissions"),
        _ => d,
    }
}

/// Decodes `bytes` (the contents of `path`) to text.
pub fn decode(path: &str, bytes: &[u8], options: &ReadOptions) -> Result<Document, Diagnostic> {
    if bytes.is_empty() {
        return Err(Diagnostic::file(
            path,
            "empty file: there is no report to check",
        ));
    }
    // The text, when validating it as UTF-8 already made it one.
    let mut valid: Option<&str> = None;
    let (encoding, body) = match &options.encoding {
        Some(label) => {
            let enc = Encoding::for_label(label.as_bytes()).ok_or_else(|| {
                Diagnostic::file(path, format!("unknown encoding `{label}`")).with_help(
                    "use a WHATWG label such as utf-8, gbk, gb18030, utf-16le or utf-16be",
                )
            })?;
            let skip = Encoding::for_bom(bytes)
                .filter(|(e, _)| *e == enc)
                .map_or(0, |(_, n)| n);
            (enc, &bytes[skip..])
        }
        None => match Encoding::for_bom(bytes) {
            Some((enc, n)) => (enc, &bytes[n..]),
            // Valid UTF-8 is UTF-8, validated once (by SIMD: a report is
            // mostly three-byte characters, which the standard validator
            // checks one at a time).
            None => match simdutf8::basic::from_utf8(bytes) {
                Ok(text) => {
                    valid = Some(text);
                    (UTF_8, bytes)
                }
                Err(_) => {
                    if let Some(bad) = almost_utf8(bytes) {
                        return Err(bad_utf8(path, bytes, bad));
                    }
                    (sniff(bytes), bytes)
                }
            },
        },
    };
    if encoding != UTF_16LE && encoding != UTF_16BE && looks_binary(body) {
        return Err(
            Diagnostic::file(path, "binary file: this is not a text report").with_help(
                "dutycheck reads text (.txt, .md), Word (.docx) and PDF reports; export other documents as text first",
            ),
        );
    }
    let mut text = match valid {
        Some(text) => text.to_owned(),
        None => decode_exact(path, encoding, body)?,
    };
    // Form feeds separate the pages of a PDF's text dump (`pdftotext`): its
    // running headers and page numbers are marked as in a PDF's text.
    // (With the vectorised `memchr`: `str::contains` walked every report's
    // text a word at a time.)
    let feed = u8::try_from(PAGE_FURNITURE).unwrap_or(b'\x0c');
    if memchr::memchr(feed, text.as_bytes()).is_some() {
        text = pdf::layout::mark_text_pages(&text);
    } else if let Some(paged) = pdf::layout::split_at_page_numbers(&text) {
        text = pdf::layout::mark_text_pages(&paged);
    }
    Ok(Document {
        path: path.to_string(),
        text,
        encoding: encoding.name(),
    })
}

/// Without a BOM, and not UTF-8: the encoding guessed by chardetng, which
/// tells GBK/GB18030 from Big5 and the legacy single-byte encodings by their
/// statistics.
fn sniff(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    // GBK is a subset of GB18030: decoding as GB18030 accepts both.
    if guess == encoding_rs::GBK {
        GB18030
    } else {
        guess
    }
}

/// The offset of the first malformed sequence when `bytes` are UTF-8 but
/// for a few malformed sequences; `None` when they are valid UTF-8, or not
/// UTF-8 at all.
///
/// Without this, one bad byte in a UTF-8 report made detection fall back to
/// a legacy guess (GB18030), whose error pointed at the first Chinese
/// character ("invalid gb18030 at byte offset 18 (line 1)") instead of the
/// bad byte. Text in another encoding read as UTF-8 is malformed almost at
/// every non-ASCII character and rarely forms a valid multi-byte sequence,
/// so UTF-8 "almost fits" when the valid multi-byte characters outnumber the
/// malformed sequences ten to one.
fn almost_utf8(bytes: &[u8]) -> Option<usize> {
    let first = std::str::from_utf8(bytes).err()?.valid_up_to();
    let (mut wide, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    (wide >= 10 * bad).then_some(first)
}

/// The error for a UTF-8 file with a malformed sequence at `offset`.
fn bad_utf8(path: &str, bytes: &[u8], offset: usize) -> Diagnostic {
    let line = memchr::memchr_iter(b'\n', &bytes[..offset]).count() + 1;
    let column = std::str::from_utf8(&bytes[..offset]).map_or(1, |before| {
        before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1
    });
    Diagnostic::file(
        path,
        format!(
            "invalid UTF-8 at byte offset {offset} (line {line}, column {column}): the file is UTF-8 but for this byte sequence (0x{:02X}), so it is not read rather than guessed",
            bytes[offset]
        ),
    )
    .with_help("fix or remove the damaged byte (it is often a truncated character from copying), or force the encoding with --encoding if the file is not UTF-8")
}

/// Binary data: NUL bytes in what should be text, or a high share of control
/// characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 10 > head.len()
}

fn decode_exact(
    path: &str,
    encoding: &'static Encoding,
    body: &[u8],
) -> Result<String, Diagnostic> {
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(body) {
        return Ok(text.into_owned());
    }
    // Find the first malformed byte to say where the problem is.
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(body.len() * 3);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    let offset = match result {
        encoding_rs::DecoderResult::Malformed(bad, _) => read.saturating_sub(usize::from(bad)),
        _ => read,
    };
    let line = out.matches('\n').count() + 1;
    Err(Diagnostic::file(
        path,
        format!("invalid {} at byte offset {offset} (line {line}): the file is not valid text in this encoding", encoding.name()),
    )
    .with_help("if the encoding was guessed wrong, force one with --encoding (utf-8, gbk, utf-16le …)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In Markdown, `**` around a figure is emphasis: the figure reads as
    /// without it (it was lost); a mask (`**%`) stays a mask.
    #[test]
    fn bold_figures_in_markdown_are_figures() {
        let mut normal = "支出**8.42亿元**，同比下降 **2.9%**。覆盖率为**%。".to_string();
        unemphasize_figures(&mut normal);
        assert_eq!(normal, "支出  8.42亿元  ，同比下降   2.9%  。覆盖率为**%。");
    }

    /// So are italics (`*…*`, `_…_`; a fall in them was lost), but not a
    /// bullet, a blank-flanked star, `_` inside a word, or a mask.
    #[test]
    fn italic_figures_in_markdown_are_figures() {
        for (text, read) in [
            (
                "12.95亿元，*比上年下降1.8%*，",
                "12.95亿元， 比上年下降1.8% ，",
            ),
            ("13020元，_同比减少2.1%_。", "13020元， 同比减少2.1% 。"),
            ("占比*48.2%*。", "占比 48.2% 。"),
            ("__8.42亿元__，", "  8.42亿元  ，"),
            ("* 覆盖率96%，*备注*", "* 覆盖率96%，*备注*"),
            ("2 * 3 * 4", "2 * 3 * 4"),
            ("见file_2023_v2。", "见file_2023_v2。"),
            ("覆盖率为___%。", "覆盖率为___%。"),
        ] {
            let mut normal = text.to_string();
            unemphasize_figures(&mut normal);
            assert_eq!(normal, read, "{text}");
        }
    }

    fn read(bytes: &[u8]) -> Result<Document, Diagnostic> {
        decode("t.txt", bytes, &ReadOptions::default())
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = read("一、济南市".as_bytes()).expect("utf8");
        assert_eq!(
            (plain.text.as_str(), plain.encoding),
            ("一、济南市", "UTF-8")
        );
        let bom =
            read(&[b"\xEF\xBB\xBF".as_slice(), "一、济南市".as_bytes()].concat()).expect("bom");
        assert_eq!(bom.text, "一、济南市");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("一、济南市\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(read(&le).expect("le").text, "一、济南市\n");
        let mut be = vec![0xFE, 0xFF];
        be.extend("一、济南市\n".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(read(&be).expect("be").text, "一、济南市\n");
    }

    #[test]
    fn gbk_is_detected() {
        let text =
            "2020年各市履行教育职责典型工作案例\n一、济南市\n1.普惠性幼儿园覆盖率达93.37%。\n";
        let (bytes, _, _) = GB18030.encode(text);
        let doc = read(&bytes).expect("gbk");
        assert_eq!(doc.text, text);
        assert_eq!(doc.encoding, "gb18030");
    }

    #[test]
    fn malformed_bytes_name_the_offset() {
        let mut bytes = "一、济南市\n".as_bytes().to_vec();
        bytes.extend([0xE4, 0xB8]); // a truncated UTF-8 sequence
        let opts = ReadOptions {
            encoding: Some("utf-8".into()),
            ..ReadOptions::default()
        };
        let err = decode("t.txt", &bytes, &opts).unwrap_err();
        assert!(err.message.contains("byte offset 16"), "{}", err.message);
    }

    /// One bad byte in a UTF-8 report names UTF-8 and the byte, not the
    /// legacy encoding detection fell back to (issue 13, item 10).
    #[test]
    fn one_bad_byte_in_utf8_names_utf8_and_its_line() {
        let mut bytes = "2020年各市案例\n一、济南市\n1.普惠率达".as_bytes().to_vec();
        let offset = bytes.len();
        bytes.push(0xFF);
        bytes.extend("93.37%。\n2.学前三年毛入园率达到92%。\n".as_bytes());
        let err = read(&bytes).unwrap_err();
        assert_eq!(err.path, "t.txt");
        assert!(
            err.message.starts_with(&format!(
                "invalid UTF-8 at byte offset {offset} (line 3, column 7)"
            )),
            "{}",
            err.message
        );
        assert!(err.message.contains("0xFF"), "{}", err.message);
        // The offset is that of the bad byte.
        assert_eq!(bytes[offset], 0xFF);
        // A truncated character at the very end, too.
        let mut cut = "一、济南市\n普惠率达93%\n".repeat(3).into_bytes();
        let at = cut.len();
        cut.extend([0xE4, 0xB8]);
        let err = read(&cut).unwrap_err();
        assert!(
            err.message.starts_with(&format!(
                "invalid UTF-8 at byte offset {at} (line 7, column 1)"
            )),
            "{}",
            err.message
        );
    }

    /// GBK text is still detected as GBK: read as UTF-8 it is malformed at
    /// almost every character, and that is no "almost".
    #[test]
    fn gbk_with_a_few_utf8_lookalikes_is_still_gbk() {
        let text = "2020年各市履行教育职责典型工作案例\n一、济南市\n1.普惠性幼儿园覆盖率达93.37%，新建幼儿园12所。\n".repeat(20);
        let (bytes, _, _) = GB18030.encode(&text);
        assert!(almost_utf8(&bytes).is_none());
        assert_eq!(read(&bytes).expect("gbk").text, text);
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert!(read(b"").unwrap_err().message.starts_with("empty file"));
        assert!(
            read(b"\x7fELF\x02\x01\x01\0\0\0")
                .unwrap_err()
                .message
                .starts_with("binary file")
        );
    }

    #[test]
    fn missing_file_names_the_path() {
        let err = read_path(Path::new("/no/such/report.txt"), &ReadOptions::default()).unwrap_err();
        assert_eq!(err.path, "/no/such/report.txt");
        assert!(err.message.starts_with("cannot read file"));
    }
}

/// Normalises one character for matching: full-width ASCII forms (`８５％`,
/// `，`, `（`) become their ASCII twins and the ideographic space a plain
/// space. Everything else is kept.
///
/// The mapping is one character to one character, so a normalised string has
/// exactly the character offsets of its original: positions found in the
/// normalised copy point straight back into the original text.
pub fn normalize_char(c: char) -> char {
    dutycheck_vocab::fold_width(c)
}

/// [`normalize_char`] over a whole string.
///
/// Every character that [`normalize_char`] changes is three bytes long in
/// UTF-8 and becomes one ASCII byte, so this scans bytes rather than
/// decoding characters, and copies the unchanged runs (almost all of a
/// Chinese text) as slices. A lead byte (`EF`, `E3`, `E2`) never occurs inside
/// another character, so a match always starts on a character boundary.
pub fn normalize(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    // Jump from lead byte to lead byte (SIMD); `、` and `。` (E3) are the
    // common false starts.
    while let Some(found) = memchr::memchr3(0xEF, 0xE3, 0xE2, &b[i..]) {
        i += found;
        if i + 2 >= b.len() {
            break;
        }
        // `二〇二三年`: a year in Chinese numerals, each one digit.
        if (b[i], b[i + 1], b[i + 2]) == (0xE3, 0x80, 0x87)
            && let Some((start, end, digits)) = numeral_year_around(s, i)
        {
            out.push_str(&s[copied..start]);
            out.extend(digits.iter().map(|d| char::from(b'0' + d)));
            i = end;
            copied = i;
            continue;
        }
        let folded = match (b[i], b[i + 1], b[i + 2]) {
            // U+FF01..=U+FF3F and U+FF40..=U+FF5E: full-width ASCII.
            (0xEF, 0xBC, x @ 0x81..=0xBF) => Some(x - 0x81 + 0x21),
            (0xEF, 0xBD, x @ 0x80..=0x9E) => Some(x - 0x80 + 0x60),
            // U+3000 IDEOGRAPHIC SPACE, U+2236 RATIO.
            (0xE3, 0x80, 0x80) => Some(b' '),
            (0xE2, 0x88, 0xB6) => Some(b':'),
            _ => None,
        };
        match folded {
            Some(ascii) => {
                out.push_str(&s[copied..i]);
                out.push(char::from(ascii));
                i += 3;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&s[copied..]);
    // `二零二三年`: a year written with `零` for `〇`, whose lead byte the scan
    // above does not stop at; looked for by a search of its own.
    // (The search is built once: `normalize` is asked of many short texts.)
    if zero_finder().find(out.as_bytes()).is_some() {
        fold_zero_years(&mut out);
    }
    out
}

/// The search for [`ZERO`], built once.
fn zero_finder() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(ZERO))
}

/// `零`, which a year in Chinese numerals may write for `〇` (`二零二三年`).
const ZERO: &str = "零";

/// Folds each year in Chinese numerals written with [`ZERO`] in `text`
/// (`二零二三年`, `二零零八年`) to its digits, as [`normalize`] folds one
/// written with `〇`; `零` in a word (`清零`, `零增长`) stays.
fn fold_zero_years(text: &mut String) {
    let finder = zero_finder();
    let mut folded = String::new();
    let (mut copied, mut from) = (0, 0);
    while let Some(found) = finder.find(&text.as_bytes()[from..]) {
        let at = from + found;
        match numeral_year_around(text, at) {
            Some((start, end, digits)) if start >= copied => {
                folded.push_str(&text[copied..start]);
                folded.extend(digits.iter().map(|d| char::from(b'0' + d)));
                (copied, from) = (end, end);
            }
            _ => from = at + ZERO.len(),
        }
    }
    if copied > 0 {
        folded.push_str(&text[copied..]);
        *text = folded;
    }
}

/// The year in Chinese numerals around the `〇` (or [`ZERO`]) at byte `at` of `s`
/// (`二〇二三年`, `一九九〇年`): four numeral digits
/// ([`dutycheck_vocab::numerals::digit`]) then `年`. Its start, its end
/// (before `年`) and its digits. Folded to ASCII digits, one character for
/// one, a year so written dates what follows it as `2023年` does (a report's
/// baseline, `二〇二三年为10.5亿元`, was dropped, and the fall with it). The
/// fold looks for the `〇` anyway, and for `零` in a search of its own
/// ([`fold_zero_years`]).
fn numeral_year_around(s: &str, at: usize) -> Option<(usize, usize, [u8; 4])> {
    use dutycheck_vocab::numerals::digit;
    let start = s
        .get(..at)?
        .char_indices()
        .rev()
        .take(3)
        .take_while(|(_, c)| digit(*c).is_some())
        .last()
        .map_or(at, |(i, _)| i);
    let mut chars = s.get(start..)?.char_indices();
    let mut digits = [0u8; 4];
    for d in &mut digits {
        let (_, c) = chars.next()?;
        *d = u8::try_from(digit(c)?).ok()?;
    }
    let (end, c) = chars.next()?;
    (c == '年' && matches!(digits[0], 1 | 2)).then_some((start, start + end, digits))
}

#[cfg(test)]
mod normalize_tests {
    use super::*;

    /// The byte scan folds exactly what [`normalize_char`] folds, over
    /// every character of the planes involved.
    #[test]
    fn normalize_agrees_with_normalize_char_everywhere() {
        let mut all = String::new();
        for range in [
            0x20u32..0x7f,
            0x2200..0x2300,
            0x3000..0x3100,
            0xff00..0xfff0,
        ] {
            all.extend(range.filter_map(char::from_u32));
            all.push_str("普惠率达");
        }
        let expected: String = all.chars().map(normalize_char).collect();
        assert_eq!(normalize(&all), expected);
        for s in ["", "a", "１", "ab", "９０．５％", "\u{3000}x\u{2236}"] {
            assert_eq!(
                normalize(s),
                s.chars().map(normalize_char).collect::<String>()
            );
        }
    }

    /// A year in Chinese numerals folds to its digits, one character for
    /// one; numerals that are no year stay as written.
    #[test]
    fn years_in_chinese_numerals_become_digits() {
        for (original, folded) in [
            ("二〇二三年为10.5亿元", "2023年为10.5亿元"),
            ("（二〇二四年），一九九〇年以来", "(2024年),1990年以来"),
            ("二〇二三", "二〇二三"),
            ("三〇〇人", "三〇〇人"),
            ("十二〇二三年", "十2023年"),
            ("五〇二三年", "五〇二三年"),
            ("二零二三年", "2023年"),
            ("二零零八年以来，超大班额清零", "2008年以来,超大班额清零"),
            ("零增长", "零增长"),
            ("三零年", "三零年"),
            ("〇年", "〇年"),
        ] {
            let normal = normalize(original);
            assert_eq!(normal, folded, "{original}");
            assert_eq!(normal.chars().count(), original.chars().count());
        }
    }

    #[test]
    fn full_width_forms_become_ascii_one_to_one() {
        let original = "覆盖率达８５．３％，（一）";
        let normal = normalize(original);
        assert_eq!(normal, "覆盖率达85.3%,(一)");
        assert_eq!(normal.chars().count(), original.chars().count());
    }
}

#[cfg(test)]
mod format_tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/corpus")
            .join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn formats_by_extension_then_by_content() {
        assert_eq!(Format::of("a.DOCX", b""), Format::Docx);
        assert_eq!(Format::of("a.md", b"# x"), Format::Markdown);
        assert_eq!(Format::of("a.txt", b"PK\x03\x04rest"), Format::Docx);
        assert_eq!(Format::of("a.txt", b"%PDF-1.7"), Format::Pdf);
        assert_eq!(Format::of("a", b"text"), Format::Text);
    }

    #[test]
    fn docx_numbering_is_rebuilt_one_line_per_paragraph() {
        let doc = decode_file(
            "styles.docx",
            &fixture("styles.docx"),
            &ReadOptions::default(),
        )
        .expect("reads");
        assert_eq!(doc.encoding, "docx");
        let lines: Vec<&str> = doc.text.lines().collect();
        assert_eq!(lines[0], "2020年各市履行教育职责典型工作案例");
        assert_eq!(lines[1], "一、 济南市");
        assert!(
            lines[2].starts_with("1. 认真落实教育投入保障政策,教育经费"),
            "{}",
            lines[2]
        );
        assert!(lines[3].starts_with("2. 学前教育公办率"), "{}", lines[3]);
        assert_eq!(lines[4], "二、 青岛市");
        // The second city's cases restart at 1 (a new instance with a start override).
        assert!(lines[5].starts_with("1. 普惠性"), "{}", lines[5]);
        assert!(lines[7].starts_with("3. 加强领导"), "{}", lines[7]);
        assert_eq!(lines.len(), 8);
    }

    /// A line break inside a paragraph (Shift+Enter) starts a line, so a
    /// region's name and its first case written as one paragraph are two
    /// lines; inside a table cell it runs on in the row's line.
    #[test]
    fn docx_line_breaks_start_lines() {
        use std::io::Write;
        let body = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、青山区</w:t><w:br/><w:t>1.全区覆盖率达到78.2%。</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t><w:br/><w:t>名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let mut bytes = Vec::new();
        {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("word/document.xml", options)
                .expect("zip entry");
            zip.write_all(body.as_bytes()).expect("zip write");
            zip.finish().expect("zip");
        }
        let doc = decode_file("t.docx", &bytes, &ReadOptions::default()).expect("reads");
        let lines: Vec<&str> = doc.text.lines().collect();
        assert_eq!(
            lines,
            ["一、青山区", "1.全区覆盖率达到78.2%。", "指标名称\t数值"]
        );
    }

    #[test]
    fn docx_tables_are_rows_of_tab_separated_cells() {
        let doc = decode_file(
            "t.docx",
            &fixture("docx-table.docx"),
            &ReadOptions::default(),
        )
        .expect("reads");
        let lines: Vec<&str> = doc.text.lines().collect();
        assert_eq!(
            &lines[8..],
            [
                "指标\t数值",
                "九年义务教育巩固率\t达98.5%",
                "高中阶段毛入学率\t97.2%"
            ]
        );
    }

    #[test]
    fn truncated_docx_and_zip_bombs_are_errors() {
        let bytes = fixture("styles.docx");
        for len in [10, bytes.len() / 2, bytes.len() - 1] {
            let err = decode_file("t.docx", &bytes[..len], &ReadOptions::default()).unwrap_err();
            assert!(err.message.contains(".docx"), "{len}: {}", err.message);
        }
        // A part larger than the limit once decompressed is refused.
        let small = ReadOptions {
            max_bytes: 100,
            ..ReadOptions::default()
        };
        let err = decode_file("t.docx", &bytes, &small).unwrap_err();
        assert!(
            err.message.contains("larger than the limit of 100 bytes"),
            "{}",
            err.message
        );
    }

    #[test]
    fn utf16_files_through_decode_file() {
        for name in ["utf16le-bom.txt", "utf16be-bom.txt"] {
            let doc = decode_file(name, &fixture(name), &ReadOptions::default()).expect("reads");
            assert!(doc.text.starts_with("2021年某县"), "{name}");
            assert!(doc.encoding.starts_with("UTF-16"), "{name}");
        }
    }

    #[test]
    fn gbk_is_detected_and_can_be_forced() {
        let bytes = fixture("fullwidth-gbk.txt");
        let detected = decode_file("g.txt", &bytes, &ReadOptions::default()).expect("reads");
        assert_eq!(detected.encoding, "gb18030");
        let forced = ReadOptions {
            encoding: Some("gbk".into()),
            ..ReadOptions::default()
        };
        let doc = decode_file("g.txt", &bytes, &forced).expect("reads");
        assert_eq!(doc.text, detected.text);
        // Forced to UTF-8, the first GBK byte is named, never replaced.
        let utf8 = ReadOptions {
            encoding: Some("utf-8".into()),
            ..ReadOptions::default()
        };
        let err = decode_file("g.txt", &bytes, &utf8).unwrap_err();
        assert!(
            err.message.contains("invalid UTF-8 at byte offset 4"),
            "{}",
            err.message
        );
        assert!(!err.message.contains('\u{FFFD}'));
    }

    #[test]
    fn the_sample_as_pdf() {
        let doc = decode_file(
            "s.pdf",
            &fixture("shandong-2020-city-cases.pdf"),
            &ReadOptions::default(),
        )
        .expect("reads");
        assert_eq!(doc.encoding, "pdf");
        assert!(
            doc.text
                .starts_with("2020年各市履行教育职责典型工作案例\n一、济南市\n1.认真落实"),
            "{}",
            &doc.text[..200]
        );
        assert!(
            doc.text
                .contains("2138084万元,比2019年增加275709万元,增长14.80%")
        );
    }
}

#[cfg(test)]
mod pdf_layout_tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/corpus")
            .join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The PDFs of tests/fixtures/pdf/make.py: standard CID fonts with
    /// predefined CMaps (UCS2, UTF-16, GBK) and an embedded TrueType font,
    /// each with a running header, page numbers in three forms and a title
    /// on two lines. What `pdftotext` reads, dutycheck reads, with the
    /// header and page numbers marked as furniture.
    #[test]
    fn generated_pdfs_read_as_pdftotext_reads_them() {
        for (name, footer) in [
            ("cid-stsong.pdf", "- 2 -"),
            ("ttf-wqy.pdf", "第2页"),
            ("cid-utf16.pdf", "2/3"),
            ("cid-gbk.pdf", "2/3"),
        ] {
            let doc = decode_file(name, &fixture(name), &ReadOptions::default())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let lines: Vec<String> = doc.text.lines().map(normalize).collect();
            let furniture: Vec<&str> = lines
                .iter()
                .filter_map(|l| l.strip_prefix(PAGE_FURNITURE))
                .collect();
            let text: Vec<&str> = lines
                .iter()
                .filter(|l| !l.starts_with(PAGE_FURNITURE))
                .map(String::as_str)
                .collect();
            assert_eq!(
                text[0], "某市2021年度各区县履行教育职责",
                "{name}: {:#?}",
                doc.text
            );
            assert_eq!(text[1], "典型工作案例汇编", "{name}");
            assert_eq!(text[2], "一、东城区", "{name}");
            assert!(
                text.contains(&"37%,公办园在园幼儿占比达到56.2%,新建幼儿园12所,新增学"),
                "{name}: {text:#?}"
            );
            // Three headers and three page numbers, nothing else.
            assert_eq!(furniture.len(), 6, "{name}: {furniture:#?}");
            assert!(furniture.contains(&footer), "{name}: {furniture:#?}");
            assert_eq!(
                furniture.iter().filter(|f| f.contains("督导简报")).count(),
                3,
                "{name}: {furniture:#?}"
            );
        }
    }
}
