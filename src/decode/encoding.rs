//! Encoding: raw bytes to a Rust string.
//!
//! Pages arrive in UTF-8, GBK/GB18030, Big5 and more, often mislabelled. The
//! order of evidence follows browsers: a byte-order mark, then the user's
//! `--encoding`, then a transport hint (an HTTP charset), then a
//! `<meta charset>` in the first 1024 bytes, then UTF-8 if the bytes are
//! UTF-8 (valid, or with at most one damaged byte per 16 bytes of multi-byte
//! sequences), and finally chardetng's guess. A declared legacy encoding is
//! set aside for UTF-8 when the bytes are plainly UTF-8 (at least 24 bytes of
//! multi-byte sequences): read with the label, they would be mojibake that
//! hides the page's text from the detector. Binary input is refused before
//! any of that.

use super::DecodeError;
use encoding_rs::Encoding;

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug, Clone)]
pub struct DecodedText {
    /// The decoded text.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// True when malformed sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// How much of the input the binary check and the meta prescan look at.
const SNIFF_LEN: usize = 8 * 1024;
const PRESCAN_LEN: usize = 1024;
/// chardetng sees at most this much; its guess settles long before.
const DETECT_LEN: usize = 64 * 1024;

/// Looks up a WHATWG encoding label (`utf-8`, `gbk`, `big5`, `latin1`, …).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, DecodeError> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| DecodeError::UnknownEncoding {
        label: label.to_string(),
    })
}

/// Refuses input that is evidently not text.
fn check_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Ok(()); // UTF-16 with a BOM legitimately holds NUL bytes.
    }
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            reason: format!("NUL byte at offset {at}"),
        });
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if !head.is_empty() && controls * 10 > head.len() {
        return Err(DecodeError::Binary {
            reason: format!("{controls} control bytes in the first {} bytes", head.len()),
        });
    }
    Ok(())
}

/// Finds a charset declared by `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` near the start.
fn prescan_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_LEN)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || lower[i] == b'"' || lower[i] == b'\'')
        {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(enc) = Encoding::for_label(&lower[start..i]) {
            // A page that is in fact ASCII-incompatible can't declare itself
            // in ASCII; browsers treat a UTF-16 declaration as UTF-8.
            return Some(
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    enc
                },
            );
        }
    }
    None
}

/// How much of a byte string reads as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Utf8Evidence {
    /// Bytes of valid multi-byte sequences.
    multibyte: usize,
    /// Bytes that are not part of any valid sequence.
    invalid: usize,
}

/// At most one invalid byte per this many bytes of valid multi-byte
/// sequences still reads as damaged UTF-8. GBK and Big5 text forms valid
/// UTF-8 only by chance, for a small share of its pairs, far below this.
const UTF8_BYTES_PER_INVALID: usize = 16;
/// Multi-byte bytes needed before UTF-8 evidence overrides a declared
/// legacy encoding (a few chance pairs of GBK must not).
const UTF8_OVER_LABEL_BYTES: usize = 24;

impl Utf8Evidence {
    /// UTF-8, perhaps with a few damaged bytes: valid multi-byte sequences
    /// and at most one invalid byte per [`UTF8_BYTES_PER_INVALID`] of them
    /// (pure ASCII counts too).
    fn is_utf8(self) -> bool {
        self.invalid == 0 || self.invalid * UTF8_BYTES_PER_INVALID <= self.multibyte
    }

    /// Strong enough to set a declared legacy encoding aside.
    fn overrides_a_label(self) -> bool {
        self.multibyte >= UTF8_OVER_LABEL_BYTES && self.is_utf8()
    }
}

fn utf8_evidence(bytes: &[u8]) -> Utf8Evidence {
    let mut evidence = Utf8Evidence {
        multibyte: 0,
        invalid: 0,
    };
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        evidence.multibyte += valid.len() - valid.bytes().filter(u8::is_ascii).count();
        evidence.invalid += chunk.invalid().len();
    }
    evidence
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes bytes to text, choosing the encoding as described in the module doc.
pub fn decode_bytes(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    hint: Option<&str>,
) -> Result<DecodedText, DecodeError> {
    check_binary(bytes)?;
    let declared = || {
        hint.and_then(|h| Encoding::for_label(h.trim().as_bytes()))
            .or_else(|| prescan_meta_charset(bytes))
    };
    let (encoding, body) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        (enc, &bytes[bom_len..])
    } else if let Some(enc) = forced {
        (enc, bytes)
    } else if let Some(enc) = declared() {
        // A legacy label on what is plainly UTF-8 (pages saved in UTF-8
        // under an old gb2312 header are common) would give mojibake.
        if enc != encoding_rs::UTF_8 && utf8_evidence(bytes).overrides_a_label() {
            (encoding_rs::UTF_8, bytes)
        } else {
            (enc, bytes)
        }
    } else if utf8_evidence(bytes).is_utf8() {
        // Valid UTF-8, or UTF-8 with a few damaged bytes: one bad byte must
        // not turn a page into another encoding's mojibake.
        (encoding_rs::UTF_8, bytes)
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        let sample = &bytes[..bytes.len().min(DETECT_LEN)];
        detector.feed(sample, sample.len() == bytes.len());
        (detector.guess(None, chardetng::Utf8Detection::Deny), bytes)
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    Ok(DecodedText {
        text: text.into_owned(),
        encoding,
        had_errors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "澳门特区政府今日公布上月旅游数据，入境旅客人次同比明显回升。";
    const TRADITIONAL: &str = "澳門特區政府今日公布上月旅遊數據，入境旅客人次同比明顯回升。";

    #[test]
    fn gbk_and_big5_are_detected_on_short_text() {
        for (enc, sample) in [(encoding_rs::GBK, SAMPLE), (encoding_rs::BIG5, TRADITIONAL)] {
            let (bytes, _, bad) = enc.encode(sample);
            assert!(!bad);
            assert!(bytes.len() < 80);
            let d = decode_bytes(&bytes, None, None).unwrap();
            assert_eq!(d.text, sample, "{}", enc.name());
            assert!(!d.had_errors);
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode_bytes(SAMPLE.as_bytes(), None, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, encoding_rs::UTF_8));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(SAMPLE.as_bytes());
        assert_eq!(decode_bytes(&bom, None, None).unwrap().text, SAMPLE);
    }

    #[test]
    fn utf16_with_bom_is_not_binary() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in SAMPLE.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_bytes(&bytes, None, None).unwrap().text, SAMPLE);
    }

    #[test]
    fn meta_charset_prescan_and_overrides() {
        let html = format!("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>{SAMPLE}</body></html>");
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let d = decode_bytes(&bytes, None, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::GBK);
        assert!(d.text.contains(SAMPLE));
        // A transport hint beats the meta tag; --encoding beats both.
        let d = decode_bytes(&bytes, None, Some("big5")).unwrap();
        assert_eq!(d.encoding, encoding_rs::BIG5);
        let d = decode_bytes(&bytes, Some(encoding_rs::GB18030), Some("big5")).unwrap();
        assert_eq!(d.encoding, encoding_rs::GB18030);
        // Garbage hints are ignored.
        let d = decode_bytes(&bytes, None, Some("no-such-charset")).unwrap();
        assert_eq!(d.encoding, encoding_rs::GBK);
    }

    #[test]
    fn one_bad_byte_leaves_utf8_text_utf8() {
        let mut bytes = format!("<p>{SAMPLE}</p>").into_bytes();
        bytes.insert(12, 0xFF);
        let d = decode_bytes(&bytes, None, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::UTF_8);
        assert!(d.had_errors);
        assert_eq!(d.text.replace('\u{FFFD}', ""), format!("<p>{SAMPLE}</p>"));
        // Real GBK and Big5 are not mistaken for damaged UTF-8.
        for (enc, sample) in [(encoding_rs::GBK, SAMPLE), (encoding_rs::BIG5, TRADITIONAL)] {
            let (legacy, _, _) = enc.encode(sample);
            assert!(!utf8_evidence(&legacy).is_utf8(), "{}", enc.name());
            assert_eq!(decode_bytes(&legacy, None, None).unwrap().encoding, enc);
        }
    }

    #[test]
    fn plain_utf8_under_a_legacy_label_is_read_as_utf8() {
        let html = format!("<meta charset=\"gb2312\"><p>{SAMPLE}</p>");
        let d = decode_bytes(html.as_bytes(), None, None).unwrap();
        assert_eq!(
            (d.encoding, d.text.as_str()),
            (encoding_rs::UTF_8, html.as_str())
        );
        let d = decode_bytes(html.as_bytes(), None, Some("big5")).unwrap();
        assert_eq!(d.encoding, encoding_rs::UTF_8);
        // A short text whose few bytes happen to be valid UTF-8 keeps its label.
        let (gbk, _, _) = encoding_rs::GBK.encode("全");
        let mut page = b"<meta charset=gbk>".to_vec();
        page.extend_from_slice(&gbk);
        assert_eq!(
            decode_bytes(&page, None, None).unwrap().encoding,
            encoding_rs::GBK
        );
        // --encoding still wins.
        let d = decode_bytes(html.as_bytes(), Some(encoding_rs::GBK), None).unwrap();
        assert_eq!(d.encoding, encoding_rs::GBK);
    }

    #[test]
    fn binary_is_refused_with_a_reason() {
        let err = decode_bytes(b"GIF89a\x00\x01\x02", None, None).unwrap_err();
        assert!(err.to_string().contains("NUL byte at offset 6"), "{err}");
        let controls: Vec<u8> = (0..200u8).map(|i| i % 8 + 1).collect();
        assert!(matches!(
            decode_bytes(&controls, None, None),
            Err(DecodeError::Binary { .. })
        ));
    }

    #[test]
    fn empty_and_labels() {
        assert_eq!(decode_bytes(b"", None, None).unwrap().text, "");
        assert_eq!(encoding_for_label(" GBK ").unwrap(), encoding_rs::GBK);
        assert!(encoding_for_label("klingon").is_err());
    }
}
