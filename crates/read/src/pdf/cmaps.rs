//! Chinese PDFs whose text uses a **standard, non-embedded CID font** with a
//! **predefined CMap**: `STSong-Light` with `UniGB-UCS2-H` (what reportlab's
//! `UnicodeCIDFont` and many report generators write), `UniGB-UTF16-H`, or
//! `GBK-EUC-H` (Adobe-GB1). Such a font has no `ToUnicode` map and no glyph
//! data in the file: the reader is expected to know the CMap by its name.
//! `pdftotext` does; pdf-extract only knows `Identity-H` and panics on any
//! other name, so such a PDF could not be opened at all.
//!
//! The predefined CMaps named here map a character code to Unicode
//! directly, so no CMap files are needed:
//!
//! - `Uni…-UCS2-H/V` and `Uni…-UTF16-H/V` (any registry: GB, CNS, JIS, KS):
//!   the two-byte code **is** the UTF-16 code unit. (A character outside
//!   the Basic Multilingual Plane, written as a surrogate pair, is not
//!   read.)
//! - `GBK-EUC-H/V`, `GBpc-EUC-H/V`, `GB-EUC-H/V`: one byte `00`–`80` or two
//!   bytes `8140`–`FEFE`, decoded as GBK (GB2312 is a subset) through
//!   `encoding_rs`.
//!
//! Before the text is extracted, each such font is rewritten in memory as
//! pdf-extract understands it: its `Encoding` becomes an embedded CMap with
//! the same code space that maps every code to the CID of the same number,
//! and a `ToUnicode` map (unless the font has one) maps those codes to
//! Unicode. The glyph widths still follow the real CIDs; they only decide
//! where pdf-extract puts spaces, which are dropped next to Chinese text
//! anyway.

use std::sync::OnceLock;

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

/// How the codes of a predefined CMap map to Unicode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Predefined {
    /// Two-byte codes that are UTF-16 code units.
    Utf16,
    /// GBK: one byte up to `80`, or two bytes `8140`–`FEFE`.
    Gbk,
}

impl Predefined {
    fn by_name(name: &[u8]) -> Option<Predefined> {
        let name = std::str::from_utf8(name).ok()?;
        let base = name
            .strip_suffix("-H")
            .or_else(|| name.strip_suffix("-V"))?;
        if base.starts_with("Uni") && (base.ends_with("-UCS2") || base.ends_with("-UTF16")) {
            return Some(Predefined::Utf16);
        }
        matches!(base, "GBK-EUC" | "GBpc-EUC" | "GB-EUC").then_some(Predefined::Gbk)
    }

    /// The `Encoding` CMap: the code space, and every code to the CID of
    /// the same number (pdf-extract adds the range's CID to the code).
    fn encoding(self) -> &'static [u8] {
        static UTF16: OnceLock<Vec<u8>> = OnceLock::new();
        static GBK: OnceLock<Vec<u8>> = OnceLock::new();
        // adobe-cmap-parser 0.4 takes a code range's width in bytes as half
        // the length of its bounds, so each bound is written zero-padded to
        // twice the width of its codes: `<0000> <0080>` are one-byte codes
        // 00–80, `<00008140> <0000FEFE>` two-byte codes 8140–FEFE.
        let space = match self {
            Predefined::Utf16 => {
                "1 begincodespacerange\n<00000000> <0000FFFF>\nendcodespacerange\n"
            }
            Predefined::Gbk => {
                "2 begincodespacerange\n<0000> <0080>\n<00008140> <0000FEFE>\nendcodespacerange\n"
            }
        };
        let cell = match self {
            Predefined::Utf16 => &UTF16,
            Predefined::Gbk => &GBK,
        };
        cell.get_or_init(|| {
            cmap(&format!(
                "{space}1 begincidrange\n<0000> <FFFF> 0\nendcidrange\n"
            ))
        })
    }

    /// The `ToUnicode` CMap of the codes.
    fn to_unicode(self) -> &'static [u8] {
        static UTF16: OnceLock<Vec<u8>> = OnceLock::new();
        static GBK: OnceLock<Vec<u8>> = OnceLock::new();
        match self {
            Predefined::Utf16 => UTF16.get_or_init(|| {
                // One range per high byte (a range may vary only in its
                // last byte); the surrogates map to nothing.
                let ranges: Vec<String> = (0u16..=0xFF)
                    .filter(|high| !(0xD8..=0xDF).contains(high))
                    .map(|high| format!("<{high:02X}00> <{high:02X}FF> <{high:02X}00>\n"))
                    .collect();
                cmap(&blocks("bfrange", &ranges))
            }),
            Predefined::Gbk => GBK.get_or_init(|| {
                let mut pairs: Vec<String> = (0u8..=0x7F)
                    .map(|b| format!("<{b:02X}> <{b:04X}>\n"))
                    .chain(["<80> <20AC>\n".to_string()])
                    .collect();
                for lead in 0x81u8..=0xFE {
                    for trail in (0x40u8..=0xFE).filter(|t| *t != 0x7F) {
                        let code = [lead, trail];
                        let decoded = encoding_rs::GBK
                            .decode_without_bom_handling_and_without_replacement(&code);
                        let Some(text) = decoded else { continue };
                        let units: String =
                            text.encode_utf16().map(|u| format!("{u:04X}")).collect();
                        pairs.push(format!("<{lead:02X}{trail:02X}> <{units}>\n"));
                    }
                }
                cmap(&blocks("bfchar", &pairs))
            }),
        }
    }
}

/// A CMap program around `body`.
fn cmap(body: &str) -> Vec<u8> {
    format!(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    .into_bytes()
}

/// `entries` in blocks of at most 100, as a CMap allows.
fn blocks(kind: &str, entries: &[String]) -> String {
    entries
        .chunks(100)
        .map(|chunk| format!("{} begin{kind}\n{}end{kind}\n", chunk.len(), chunk.concat()))
        .collect()
}

/// Rewrites every Type0 font with a predefined CMap this module knows so
/// that pdf-extract can read it (see the module documentation). Other fonts
/// are left as they are.
pub(crate) fn map_predefined(doc: &mut Document) {
    let fonts: Vec<(ObjectId, Predefined, bool)> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| {
            let dict = object.as_dict().ok()?;
            let predefined = predefined_font(dict)?;
            Some((*id, predefined, dict.has(b"ToUnicode")))
        })
        .collect();
    for (id, predefined, has_to_unicode) in fonts {
        let encoding = doc.add_object(Stream::new(
            Dictionary::new(),
            predefined.encoding().to_vec(),
        ));
        let to_unicode = (!has_to_unicode).then(|| {
            doc.add_object(Stream::new(
                Dictionary::new(),
                predefined.to_unicode().to_vec(),
            ))
        });
        if let Ok(Object::Dictionary(dict)) = doc.get_object_mut(id) {
            dict.set("Encoding", Object::Reference(encoding));
            if let Some(to_unicode) = to_unicode {
                dict.set("ToUnicode", Object::Reference(to_unicode));
            }
        }
    }
}

/// The predefined CMap of a Type0 font dictionary, if it is one we map.
fn predefined_font(dict: &Dictionary) -> Option<Predefined> {
    if dict.get(b"Subtype").ok()?.as_name().ok()? != b"Type0" {
        return None;
    }
    Predefined::by_name(dict.get(b"Encoding").ok()?.as_name().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_the_predefined_cmaps() {
        for (name, expected) in [
            ("UniGB-UCS2-H", Some(Predefined::Utf16)),
            ("UniGB-UTF16-V", Some(Predefined::Utf16)),
            ("UniCNS-UCS2-H", Some(Predefined::Utf16)),
            ("GBK-EUC-H", Some(Predefined::Gbk)),
            ("GBpc-EUC-H", Some(Predefined::Gbk)),
            ("Identity-H", None),
            ("UniGB-UCS2", None),
            ("WinAnsiEncoding", None),
        ] {
            assert_eq!(Predefined::by_name(name.as_bytes()), expected, "{name}");
        }
    }

    #[test]
    fn the_gbk_map_decodes_as_gbk() {
        let map = String::from_utf8(Predefined::Gbk.to_unicode().to_vec()).expect("ascii");
        // 中 is D6D0 in GBK, U+4E2D.
        assert!(map.contains("<D6D0> <4E2D>"), "{}", &map[..200]);
        // ASCII is itself.
        assert!(map.contains("<41> <0041>"));
    }
}
