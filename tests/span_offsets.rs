//! Property: every reported span's text equals the code-point slice
//! `text[start..end]` of the field it names, whatever the input looks like.

use proptest::prelude::*;
use spamscan::detect::{Detector, DetectorSettings, Document, Field};
use spamscan::Model;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/models/default.model");
        Model::load(std::path::Path::new(path)).expect("shipped model loads")
    })
}

/// Fragments that exercise every normalization stage: gambling phrases,
/// genuine text, traditional and full-width forms, zero-width and other
/// invisible characters, split characters, combining marks, emoji, newlines.
const FRAGMENTS: &[&str] = &[
    "新澳门六开彩开奖结果",
    "香港馬會資料大全",
    "２０２５年正版资料免费公开",
    "管\u{200B}家\u{200B}婆一码一肖",
    "今 晚 必 中 四 肖",
    "市政府召开常务会议，研究部署经济工作。",
    "记者从市教育局获悉：",
    "e\u{301}",
    "⑴",
    "ﬁ",
    "😀",
    "\n",
    " ",
    "\u{FEFF}",
    "Copyright © 2024",
    "app下载",
    "，",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => "\\PC{0,6}",
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn span_text_is_the_slice_it_names(body in document(), title in document()) {
        let detector = Detector::new(model(), DetectorSettings { threshold: 0.0, ..DetectorSettings::default() });
        let doc = Document { id: "p".into(), body: body.clone(), title: Some(title.clone()), ..Document::default() };
        let report = detector.detect(&doc);
        prop_assert_eq!(report.chars, body.chars().count());
        let mut last_end = [0usize; 2];
        for span in &report.spans {
            let (text, slot) = match span.field {
                Field::Body => (&body, 0),
                Field::Title => (&title, 1),
                _ => unreachable!("no meta fields in this document"),
            };
            let chars: Vec<char> = text.chars().collect();
            prop_assert!(span.start < span.end && span.end <= chars.len());
            prop_assert!(span.start >= last_end[slot], "spans overlap or are out of order");
            last_end[slot] = span.end;
            let slice: String = chars[span.start..span.end].iter().collect();
            prop_assert_eq!(&slice, &span.text);
            prop_assert!((0.0..=1.0).contains(&span.score));
        }
        prop_assert!((0.0..=1.0).contains(&report.score));
    }
}

/// A body that repeats its title and pieces of it between other fragments,
/// on lines of their own and glued into text: the stuffing detector's input.
fn stuffed_page() -> impl Strategy<Value = (String, String)> {
    let title =
        prop::collection::vec(prop::sample::select(FRAGMENTS), 1..4).prop_map(|p| p.concat());
    (
        title,
        prop::collection::vec((0u8..4, document(), 0usize..8, 0usize..8), 0..16),
    )
        .prop_map(|(title, parts)| {
            let chars: Vec<char> = title.chars().collect();
            let mut body = String::new();
            for (how, other, a, b) in parts {
                let (a, b) = (a.min(chars.len()), b.min(chars.len()));
                let piece: String = chars[a.min(b)..a.max(b)].iter().collect();
                match how {
                    0 => body.push_str(&format!("\n{title}\n")),
                    1 => body.push_str(&piece),
                    2 => body.push_str(&other),
                    _ => body.push_str(&format!("{other}{piece}{other}")),
                }
            }
            (title, body)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn stuffing_spans_slice_the_body((title, body) in stuffed_page()) {
        let detector = Detector::new(model(), DetectorSettings { threshold: 0.0, ..DetectorSettings::default() });
        let doc = Document { id: "p".into(), body: body.clone(), title: Some(title), ..Document::default() };
        let report = detector.detect(&doc);
        let chars: Vec<char> = body.chars().collect();
        let mut last_end = 0usize;
        for span in report.spans.iter().filter(|s| s.field == Field::Body) {
            prop_assert!(span.start < span.end && span.end <= chars.len());
            prop_assert!(span.start >= last_end, "body spans overlap or are out of order");
            last_end = span.end;
            let slice: String = chars[span.start..span.end].iter().collect();
            prop_assert_eq!(&slice, &span.text);
        }
    }
}
