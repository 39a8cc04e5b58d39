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

use std::path::Path;

use dutycheck_model::Diagnostic;
use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// A decoded report, ready to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The path as given by the user.
    pub path: String,
    /// The decoded text, without BOM. Line ends are kept as in the file.
    pub text: String,
    /// The encoding the text was decoded from (`UTF-8`, `UTF-16LE`, `GB18030`…).
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
    decode(&shown, &bytes, options)
}

fn io_error(path: &str, e: &std::io::Error) -> Diagnostic {
    let d = Diagnostic::file(path, format!("cannot read file: {e}"));
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            d.with_help("check the path; directories are searched for .txt and .md reports")
        }
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
            None => (sniff(bytes), bytes),
        },
    };
    if encoding != UTF_16LE && encoding != UTF_16BE && looks_binary(body) {
        return Err(
            Diagnostic::file(path, "binary file: this is not a text report").with_help(
                "dutycheck reads plain-text reports (.txt, .md); export the document as text first",
            ),
        );
    }
    let text = decode_exact(path, encoding, body)?;
    Ok(Document {
        path: path.to_string(),
        text,
        encoding: encoding.name(),
    })
}

/// Without a BOM: valid UTF-8 is UTF-8; anything else is guessed by
/// chardetng, which tells GBK/GB18030 from Big5 and the legacy single-byte
/// encodings by their statistics.
fn sniff(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
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
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2236}' => ':', // RATIO, used for 职普比 1∶1
        _ => c,
    }
}

/// [`normalize_char`] over a whole string.
pub fn normalize(s: &str) -> String {
    s.chars().map(normalize_char).collect()
}

#[cfg(test)]
mod normalize_tests {
    use super::*;

    #[test]
    fn full_width_forms_become_ascii_one_to_one() {
        let original = "覆盖率达８５．３％，（一）";
        let normal = normalize(original);
        assert_eq!(normal, "覆盖率达85.3%,(一)");
        assert_eq!(normal.chars().count(), original.chars().count());
    }
}
