//! End-to-end tests of the two binaries on fixtures written or built here.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

fn spamscan() -> Command {
    let mut cmd = Command::cargo_bin("spamscan").unwrap();
    cmd.env_remove("SPAMSCAN_MODEL");
    cmd
}

fn json_of(out: &[u8]) -> Vec<Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every span's text must equal the slice of the reported text it indexes.
fn assert_spans_slice_text(report: &Value) {
    let body: Vec<char> = report["text"].as_str().unwrap().chars().collect();
    let title: Vec<char> = report["title"].as_str().unwrap_or("").chars().collect();
    for span in report["spans"].as_array().unwrap() {
        let (s, e) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        let source = match span["field"].as_str().unwrap() {
            "body" => &body,
            "title" => &title,
            _ => continue,
        };
        assert!(s < e && e <= source.len(), "bad range {span}");
        let slice: String = source[s..e].iter().collect();
        assert_eq!(slice, span["text"].as_str().unwrap());
    }
}

fn span_texts(report: &Value) -> Vec<String> {
    report["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn injected_example_is_polluted_and_spans_are_the_phrases() {
    let out = spamscan()
        .args(["score", "--json", "--emit-text"])
        .arg(example("injected-news.html"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let reports = json_of(&out);
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert_eq!(r["verdict"], "polluted");
    assert_spans_slice_text(r);
    let spans = span_texts(r);
    let all = spans.join(" | ");
    for phrase in [
        "六开彩开奖结果",
        "正版资料免费公开",
        "香港马会资料大全",
        "管家婆一码一肖",
        "今晚必中四肖",
    ] {
        assert!(all.contains(phrase), "{phrase} not flagged: {all}");
    }
    // The inline phrase is flagged exactly, not with the genuine word before it.
    assert!(
        spans.iter().any(|s| s == "新澳门六开彩开奖结果"),
        "inline phrase not exact: {all}"
    );
    // The genuine sentences around the injections stay unflagged.
    for genuine in [
        "健身步道",
        "亲水平台",
        "儿童游乐区",
        "无障碍通道",
        "本周六上午九时",
        "另外五座公园",
        "滨江日报社",
    ] {
        assert!(!all.contains(genuine), "{genuine} wrongly flagged: {all}");
    }
    // Localized: the flagged text is a small part of the article.
    let flagged: usize = spans.iter().map(|s| s.chars().count()).sum();
    assert!(flagged < r["chars"].as_u64().unwrap() as usize / 3, "{all}");
}

#[test]
fn genuine_lottery_news_is_clean() {
    spamscan()
        .args(["score", "--json"])
        .arg(example("genuine-lottery-news.html"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"verdict\":\"clean\""));
}

#[test]
fn human_view_marks_spans_when_not_a_terminal() {
    spamscan()
        .arg("score")
        .arg(example("injected-news.html"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("POLLUTED"))
        .stdout(predicate::str::contains("[["))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

/// The example page without its UTF-8 declaration, in GBK; a page written in
/// traditional characters, in Big5 (Big5 has no simplified characters).
fn encoded_page(encoding: &'static encoding_rs::Encoding, dir: &Path, name: &str) -> PathBuf {
    let html = if encoding == encoding_rs::BIG5 {
        "<html><head><title>濱江公園改造工程完工</title></head><body>\
         <p>經過十個月的施工，濱江公園改造工程日前全部完工。香港馬會資料大全，管家婆一碼一肖，今晚必中四肖！</p>\
         <p>公園將於本週六上午九時正式開放，管理處提醒市民文明遊園。</p></body></html>"
            .to_string()
    } else {
        std::fs::read_to_string(example("injected-news.html"))
            .unwrap()
            .replace("<meta charset=\"utf-8\">", "")
            .replace('©', "(c)")
    };
    let (bytes, _, unmappable) = encoding.encode(&html);
    assert!(!unmappable, "{name}: the fixture must be representable");
    let path = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    path
}

#[test]
fn gbk_and_big5_pages_are_detected_and_decoded() {
    let dir = tempfile::tempdir().unwrap();
    for (enc, name) in [
        (encoding_rs::GBK, "gbk.html"),
        (encoding_rs::BIG5, "big5.html"),
    ] {
        let path = encoded_page(enc, dir.path(), name);
        let out = spamscan()
            .args(["score", "--json", "--emit-text"])
            .arg(&path)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        let r = &json_of(&out)[0];
        assert_spans_slice_text(r);
        let title = r["title"].as_str().unwrap();
        assert!(
            title.contains("公园") || title.contains("公園"),
            "{name}: {title}"
        );
        let flagged = span_texts(r).join("");
        assert!(
            flagged.contains("马会") || flagged.contains("馬會"),
            "{name}: {flagged}"
        );
        assert!(!flagged.contains("施工"), "{name}: {flagged}");
    }
}

#[test]
fn encoding_override_is_honoured_and_bad_labels_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = encoded_page(encoding_rs::GBK, dir.path(), "gbk.html");
    spamscan()
        .args(["score", "--json", "--encoding", "gb18030"])
        .arg(&path)
        .assert()
        .code(1);
    spamscan()
        .args(["score", "--encoding", "klingon"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("klingon"));
}

#[test]
fn empty_input_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.html");
    std::fs::write(&path, b"").unwrap();
    spamscan()
        .args(["score", "--json"])
        .arg(&path)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"chars\":0"));
}

#[test]
fn binary_input_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.jpg");
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(&path, junk).unwrap();
    spamscan()
        .arg("score")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("photo.jpg"))
        .stderr(predicate::str::contains("binary"));
}

#[test]
fn truncated_html_still_scores() {
    let dir = tempfile::tempdir().unwrap();
    let html = std::fs::read(example("injected-news.html")).unwrap();
    for cut in [40, 300, 700, 1200, html.len() - 20] {
        let path = dir.path().join(format!("cut{cut}.html"));
        std::fs::write(&path, &html[..cut]).unwrap();
        let assert = spamscan().args(["score", "--json"]).arg(&path).assert();
        let out = assert.get_output();
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "cut at {cut}: {:?} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

#[test]
fn stdin_and_several_files_with_one_exit_code() {
    let page = std::fs::read(example("injected-news.html")).unwrap();
    spamscan()
        .args(["score", "--json", "-"])
        .write_stdin(page)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"id\":\"-\""));
    // Clean plus polluted: 1. A missing file anywhere: 2, and the others are still reported.
    spamscan()
        .args(["score", "--json"])
        .arg(example("genuine-lottery-news.html"))
        .arg(example("injected-news.html"))
        .assert()
        .code(1);
    spamscan()
        .args(["score", "--json"])
        .arg(example("injected-news.html"))
        .arg("/nonexistent/page.html")
        .assert()
        .code(2)
        .stdout(predicate::str::contains("polluted"))
        .stderr(predicate::str::contains("/nonexistent/page.html"));
}

#[test]
fn oversized_input_is_refused() {
    spamscan()
        .args(["score", "--max-doc-bytes", "100"])
        .arg(example("injected-news.html"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--max-doc-bytes"));
}

#[test]
fn corrupt_truncated_and_foreign_models_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(root().join("models/default.model")).unwrap();
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0xff;
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("flipped.model", flipped, "checksum"),
        ("short.model", good[..good.len() / 3].to_vec(), "truncated"),
        (
            "text.model",
            b"not a model at all".to_vec(),
            "not a spamscan model",
        ),
        ("empty.model", Vec::new(), "not a spamscan model"),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        spamscan()
            .args(["score", "--model"])
            .arg(&path)
            .arg(example("injected-news.html"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(name))
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn model_subcommand_describes_the_default_model() {
    let out = spamscan()
        .arg("model")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert!(v["words"].as_u64().unwrap() > 1000);
    assert!(
        v["metadata"]["validation"]["true_positive"]
            .as_u64()
            .unwrap()
            > 0
    );
}

fn training_csv(dir: &Path) -> PathBuf {
    let genuine = [
        "市政府召开会议部署春季农业生产工作",
        "新建的图书馆将于下月正式对外开放",
        "今年全市空气质量优良天数持续增加",
        "学校组织学生参观科技馆学习航天知识",
        "医院新开设的夜间门诊方便了上班族",
        "铁路部门增开多趟列车满足春运需求",
    ];
    let spam = [
        "新澳门六开彩开奖结果查询",
        "香港马会资料大全免费看",
        "管家婆一码一肖今晚必中",
        "正版资料免费公开大全",
        "澳门六合彩特码精准推荐",
        "注册就送彩金官方网站",
    ];
    let mut body = String::from("text,label\n");
    for round in 0..20 {
        for g in genuine {
            body.push_str(&format!("\"{g}，第{round}次\",genuine\n"));
        }
        for s in spam {
            body.push_str(&format!("{s}{round},spam\n"));
        }
    }
    let path = dir.join("train.csv");
    std::fs::write(&path, body).unwrap();
    path
}

#[test]
fn train_validate_then_score_with_the_new_model() {
    let dir = tempfile::tempdir().unwrap();
    let csv = training_csv(dir.path());
    let model = dir.path().join("my.model");
    Command::cargo_bin("spamscan-train")
        .unwrap()
        .arg(&csv)
        .args(["--validate", "0.2", "--seed", "3", "--min-count", "1", "-o"])
        .arg(&model)
        .assert()
        .success()
        .stderr(predicate::str::contains("240 rows read"))
        .stderr(predicate::str::contains("precision"))
        .stderr(predicate::str::contains("confusion matrix"))
        .stderr(predicate::str::contains("[[").not());
    let page = dir.path().join("p.txt");
    std::fs::write(
        &page,
        "铁路部门增开多趟列车。新澳门六开彩开奖结果查询香港马会资料大全",
    )
    .unwrap();
    spamscan()
        .args(["score", "--json", "--model"])
        .arg(&model)
        .arg(&page)
        .assert()
        .code(1);
}

#[test]
fn train_reports_bad_rows_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let csv = training_csv(dir.path());
    let mut body = std::fs::read(&csv).unwrap();
    body.extend_from_slice("缺少标签的一行\n正常的句子,unknown\n".as_bytes());
    std::fs::write(&csv, body).unwrap();
    let model = dir.path().join("m.model");
    Command::cargo_bin("spamscan-train")
        .unwrap()
        .arg(&csv)
        .arg("-o")
        .arg(&model)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "train.csv:242: record 241: missing column \"label\"",
        ))
        .stderr(predicate::str::contains("--skip-bad-rows"));
    assert!(!model.exists(), "no model is written after an error");
    Command::cargo_bin("spamscan-train")
        .unwrap()
        .arg(&csv)
        .args(["--skip-bad-rows", "--min-count", "1", "-o"])
        .arg(&model)
        .assert()
        .success()
        .stderr(predicate::str::contains("skipped 2"))
        .stderr(predicate::str::contains("unknown label \"unknown\""));
    assert!(model.exists());
}

#[test]
fn label_mapping_and_missing_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ham.csv");
    let mut body = String::from("sentence,class\n");
    for i in 0..30 {
        body.push_str(&format!(
            "今天的天气很好适合出门散步{i},0\n六合彩开奖结果{i},1\n"
        ));
    }
    std::fs::write(&path, body).unwrap();
    let model = dir.path().join("m.model");
    Command::cargo_bin("spamscan-train")
        .unwrap()
        .arg(&path)
        .args(["-o"])
        .arg(&model)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no column named \"text\""));
    Command::cargo_bin("spamscan-train")
        .unwrap()
        .arg(&path)
        .args([
            "--text-col",
            "sentence",
            "--label-col",
            "class",
            "--genuine-label",
            "0",
            "--spam-label",
            "1",
            "--min-count",
            "1",
            "-o",
        ])
        .arg(&model)
        .assert()
        .success();
}

const SHELL_PAGE: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新澳门六开彩开奖结果_滨江公园改造工程完工</title></head>
<body>
<h1>滨江公园改造工程完工</h1>
<p>经过十个月的施工，滨江公园改造工程日前完工，新增步道三公里、亲水平台两处，市民周末即可入园游览。</p>
<p>据介绍，改造后的公园保留了原有的大树和草坪，并增设了儿童游乐区和无障碍设施。</p>
<div style="position:absolute;left:-9999px"><a href="https://a.example/">澳门赌场在线官网</a> <a href="https://b.example/">新澳门六开彩开奖结果</a></div>
<div class="footer">
<p>Copyright © 2024 Powered by 新澳门六开彩开奖网</p>
<p>客服热线：400-000-0000</p>
<p>地址：某某某某</p>
<p>邮箱：admin@admin.com</p>
</div>
</body></html>
"#;

const GENUINE_FOOTER_PAGE: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>滨江公园改造工程完工_滨江日报</title></head>
<body>
<h1>滨江公园改造工程完工</h1>
<p>经过十个月的施工，滨江公园改造工程日前完工，新增步道三公里、亲水平台两处，市民周末即可入园游览。</p>
<div class="footer">
<p>Copyright © 2003-2024 滨江日报 All Rights Reserved</p>
<p>联系电话：0571-87051234　传真：0571-87051235</p>
<p>地址：杭州市西湖区学院路38号　邮编：310012</p>
<p>违法和不良信息举报电话：12345　举报邮箱：jubao@bjrb.com.cn</p>
<p>浙ICP备13024871号-2</p>
</div>
</body></html>
"#;

/// Scores an HTML page written to a temporary file with `--json --emit-text`,
/// expects exit status 1 (polluted) and returns the report.
fn score_polluted_page(html: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, html).unwrap();
    let out = spamscan()
        .args(["score", "--json", "--emit-text"])
        .arg(&page)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    json_of(&out).remove(0)
}

#[test]
fn hidden_meta_and_template_spans_carry_their_kinds() {
    let report = &score_polluted_page(SHELL_PAGE);
    assert_spans_slice_text(report);
    let spans = report["spans"].as_array().unwrap();
    let of_kind = |k: &str| -> Vec<&Value> { spans.iter().filter(|s| s["kind"] == k).collect() };

    let template: Vec<&str> = of_kind("template")
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    for line in [
        "Copyright © 2024 Powered by 新澳门六开彩开奖网",
        "客服热线：400-000-0000",
        "地址：某某某某",
        "邮箱：admin@admin.com",
    ] {
        assert!(template.contains(&line), "{line} not in {template:?}");
    }
    assert!(of_kind("template").iter().all(|s| s["field"] == "body"));
    assert!(!span_texts(report).iter().any(|t| t.contains("滨江公园")));

    let meta = of_kind("meta");
    assert_eq!(meta.len(), 1);
    assert_eq!(meta[0]["field"], "title");
    assert!(meta[0]["text"]
        .as_str()
        .unwrap()
        .contains("新澳门六开彩开奖结果"));

    let hidden = of_kind("hidden");
    assert_eq!(hidden.len(), 1);
    let h = hidden[0];
    assert_eq!(
        (h["field"].as_str(), h["block"].as_u64()),
        (Some("hidden"), Some(0))
    );
    let (a, b) = (
        h["html"]["start"].as_u64().unwrap() as usize,
        h["html"]["end"].as_u64().unwrap() as usize,
    );
    let element = &SHELL_PAGE[a..b];
    assert!(element.starts_with("<div style=\"position:absolute;left:-9999px\">"));
    assert!(element.ends_with("</a></div>"));
    // Offsets index the hidden block's text, here the element's visible-to-bots text.
    let block_text = "澳门赌场在线官网 新澳门六开彩开奖结果";
    let slice: String = block_text
        .chars()
        .skip(h["start"].as_u64().unwrap() as usize)
        .take((h["end"].as_u64().unwrap() - h["start"].as_u64().unwrap()) as usize)
        .collect();
    assert_eq!(slice, h["text"].as_str().unwrap());
    assert!(!report["text"].as_str().unwrap().contains("澳门赌场"));
}

#[test]
fn genuine_contact_and_copyright_lines_stay_clean() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("genuine.html");
    std::fs::write(&page, GENUINE_FOOTER_PAGE).unwrap();
    let out = spamscan()
        .args(["score", "--json"])
        .arg(&page)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let report = &json_of(&out)[0];
    assert_eq!(report["verdict"], "clean");
    assert_eq!(report["spans"].as_array().unwrap().len(), 0);
}

/// An invented hijacked page: the title's words stuffed into the article
/// and the title pasted between paragraphs (issue 5's example, extended).
const STUFFED_PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>老街坊的城市更新_滨江日报</title></head><body>
<div class="nav">首页 | 新闻 | 城市 | 民生</div>
<h1>老街坊的城市更新</h1>
<p>本报记者 张三</p>
<p>老城区的城市更新工作去年全面展开。改造方案老街坊征求了城市居民意见，城市老街坊工程预计明年完工，居老街坊民们老街坊老街坊都很期待。</p>
<p>老街坊的城市更新</p>
<p>街道干部说，城市更新不是大拆大建，而是让老街坊住得更舒心，老街坊城市也让街区留住了烟火气。</p>
<p>老街坊的城市更新</p>
<p>去年以来，这座城市先后改造了十二个老旧小区，居民的生活条件城市明显改善，不少城市年轻人也搬了回来。</p>
<p>责任编辑：李四</p>
</body></html>
"#;

#[test]
fn stuffed_title_words_are_stuffing_spans() {
    let report = &score_polluted_page(STUFFED_PAGE);
    assert_spans_slice_text(report);
    let spans = report["spans"].as_array().unwrap();
    let stuffed: Vec<(&str, u64)> = spans
        .iter()
        .filter(|s| s["kind"] == "stuffing")
        .map(|s| (s["text"].as_str().unwrap(), s["start"].as_u64().unwrap()))
        .collect();
    // The doubled insertion and both pasted copies of the title are found…
    assert!(
        stuffed.iter().any(|(t, _)| *t == "老街坊老街坊"),
        "{stuffed:?}"
    );
    assert_eq!(
        stuffed
            .iter()
            .filter(|(t, _)| *t == "老街坊的城市更新")
            .count(),
        2,
        "{stuffed:?}"
    );
    // …while the page's own headline (the first copy) and the byline stay clean.
    let text = report["text"].as_str().unwrap();
    let h1_at = text
        .find("老街坊的城市更新")
        .map(|b| text[..b].chars().count() as u64)
        .expect("headline in the text");
    assert!(stuffed.iter().all(|(_, s)| *s != h1_at), "{stuffed:?}");
    assert!(!span_texts(report)
        .iter()
        .any(|t| t.contains("张三") || t.contains("李四")));
}

#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    // Like `spamscan score --json --emit-text big.html | head -c 100`: far
    // more output than a pipe holds, and the reader closes after a few bytes.
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("big.html");
    let paragraph = "<p>改造方案征求了居民意见，工程预计明年完工。</p>\n".repeat(40_000);
    std::fs::write(&page, format!("<html><body>{paragraph}</body></html>")).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("spamscan");
    let mut child = std::process::Command::new(bin)
        .env_remove("SPAMSCAN_MODEL")
        .args(["score", "--json", "--emit-text"])
        .arg(&page)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // The read end is dropped here, before the report is fully written.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?} {stderr}", out.status);
    assert!(stderr.is_empty(), "{stderr}");
}

/// A news page whose footer carries a link farm beside a genuine friend-link list.
const FARM_PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市公园改造完工</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/sports/">体育</a> | <a href="/finance/">财经</a></div>
<h1>城市公园改造完工</h1>
<p>经过十个月的施工，滨江公园改造工程日前完工，新增步道三公里。</p>
<div class="links">友情链接：<a href="http://www.xinhuanet.com/">新华网</a> <a href="http://www.people.com.cn/">人民网</a>
<a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.cctv.com/">央视网</a></div>
<div class="partners">合作网站：<a href="https://www.xpj8866.com/"> 澳门葡京娱乐 </a> |
<a href="http://hg0088.cc/">皇冠<b>娱乐城</b></a> | <a href="https://amjs888.vip/">金沙娱乐</a> |
<a href="https://bet9527.net/">真人百家乐</a> | <a href="https://6hc1122.xyz/">时时彩</a></div>
<p>版权所有 滨江日报社</p></body></html>"#;

#[test]
fn link_farm_is_one_link_span_that_slices_the_body() {
    let report = &score_polluted_page(FARM_PAGE);
    assert_spans_slice_text(report);
    let spans = report["spans"].as_array().unwrap();
    let links: Vec<&Value> = spans.iter().filter(|s| s["kind"] == "link").collect();
    assert_eq!(links.len(), 1, "{spans:?}");
    let text = links[0]["text"].as_str().unwrap();
    assert!(text.starts_with("澳门葡京娱乐"), "{text}");
    assert!(text.ends_with("时时彩"), "{text}");
    assert!(!span_texts(report)
        .iter()
        .any(|t| t.contains("人民网") || t.contains("首页")));
}

#[test]
fn eval_reads_document_labels_per_source_and_category() {
    let dir = tempfile::tempdir().unwrap();
    let spam = dir.path().join("strings.jsonl");
    std::fs::write(
        &spam,
        concat!(
            r#"{"id":"s1","text":"新澳门六开彩开奖结果，管家婆一码一肖今晚必中","label":"spam","source":"mine"}"#,
            "\n",
            r#"{"id":"s2","html":"<p>2025年正版资料免费公开，香港马会资料大全</p>","label":"spam","source":"mine"}"#,
            "\n\n",
        ),
    )
    .unwrap();
    let news = dir.path().join("news.jsonl");
    std::fs::write(
        &news,
        concat!(
            r#"{"id":1,"text":"市气象台发布寒潮预警 明天最低气温降至零下五度","label":"genuine","source":"headlines","category":"society"}"#,
            "\n",
            r#"{"id":2,"text":"全市中小学下周一起恢复正常教学秩序","label":"genuine","source":"headlines","category":"education"}"#,
            "\n",
        ),
    )
    .unwrap();
    let out = spamscan()
        .arg("eval")
        .args([&spam, &news])
        .arg("--lexicon")
        .arg(root().join("training/lexicon"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("4 pages (genuine=2, spam=2)"), "{out}");
    let row = |label: &str| -> Vec<f64> {
        let line = out
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no row {label:?} in\n{out}"));
        line[label.len()..]
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect()
    };
    assert_eq!(row("recall: mine (2)")[0], 1.0);
    assert_eq!(row("false-positive rate: headlines (2)")[0], 0.0);
    assert_eq!(
        row("false-positive rate:   headlines/education (1)").len(),
        3
    );
    assert_eq!(row("false-positive rate:   headlines/society (1)").len(), 3);
    assert!(
        !out.contains("span char"),
        "no gold spans, no span rows:\n{out}"
    );

    // A label that is neither spam nor genuine names its file and line.
    std::fs::write(
        &news,
        "{\"id\":\"x\",\"text\":\"新闻\",\"label\":\"maybe\"}\n",
    )
    .unwrap();
    spamscan()
        .arg("eval")
        .arg(&news)
        .arg("--lexicon")
        .arg(root().join("training/lexicon"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("news.jsonl:1").and(predicate::str::contains("maybe")));
}
