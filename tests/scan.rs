//! End-to-end tests of `spamscan scan`: every input format together, the
//! three output formats, and the faults that must be reported without losing
//! a document. Fixtures (pages, a gzip WARC written member by member, JSONL
//! compressed as two zstd frames, broken files) are built here.

use assert_cmd::Command;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};

const SPAM_SENTENCE: &str = "新澳门六开彩开奖结果，香港马会资料大全，管家婆一码一肖。";
const NEWS: &str = "市政府今天召开会议，部署今年的防汛工作。会议要求各部门加强值守，确保安全度汛。";
const QUIET_NEWS: &str = "市民周末可入园游览，公园新增了健身步道和儿童游乐设施。";

fn spamscan() -> Command {
    let mut cmd = Command::cargo_bin("spamscan").unwrap();
    cmd.env_remove("SPAMSCAN_MODEL");
    cmd
}

fn lines_of(out: &[u8]) -> Vec<Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn injected_page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><p>{NEWS}</p><p>{SPAM_SENTENCE}</p><p>{QUIET_NEWS}</p></body></html>"
    )
}

fn clean_page(title: &str) -> String {
    format!("<html><head><title>{title}</title></head><body><p>{NEWS}</p><p>{QUIET_NEWS}</p></body></html>")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn warc_record(warc_type: &str, id: &str, extra: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out =
        format!("WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: {id}\r\n").into_bytes();
    for (k, v) in extra {
        out.extend(format!("{k}: {v}\r\n").bytes());
    }
    out.extend(format!("Content-Length: {}\r\n\r\n", block.len()).bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A Common Crawl style WARC: each record its own gzip member. Holds a
/// warcinfo, a request, a GBK HTML response (polluted), an image response
/// and a UTF-8 HTML response (clean): two documents.
fn write_warc_gz(path: &Path) {
    let page = injected_page("旧闻");
    let (gbk, _, _) = encoding_rs::GBK.encode(&page);
    let http = ("Content-Type", "application/http; msgtype=response");
    let records = [
        warc_record("warcinfo", "<urn:uuid:info>", &[], b"software: test\r\n"),
        warc_record("request", "<urn:uuid:req>", &[], b"GET / HTTP/1.1\r\n\r\n"),
        warc_record(
            "response",
            "<urn:uuid:gbk-page>",
            &[("WARC-Target-URI", "http://news.example.cn/1.html"), http],
            &http_response("text/html; charset=gbk", &gbk),
        ),
        warc_record(
            "response",
            "<urn:uuid:image>",
            &[("WARC-Target-URI", "http://news.example.cn/logo.png"), http],
            &http_response("image/png", b"\x89PNG\r\n\x1a\n\0\0"),
        ),
        warc_record(
            "response",
            "<urn:uuid:clean-page>",
            &[("WARC-Target-URI", "http://news.example.cn/2.html"), http],
            &http_response("text/html", clean_page("公园").as_bytes()),
        ),
    ];
    let mut file = Vec::new();
    for r in &records {
        file.extend(gzip(r));
    }
    std::fs::write(path, file).unwrap();
}

fn jsonl_docs() -> String {
    let docs = [
        serde_json::json!({"id": "j1", "text": format!("{NEWS}{SPAM_SENTENCE}{QUIET_NEWS}"), "source": "test"}),
        serde_json::json!({"id": "j2", "text": QUIET_NEWS, "metadata": {"lang": "zh"}}),
        serde_json::json!({"text": NEWS}),
    ];
    docs.iter().map(|d| format!("{d}\n")).collect()
}

/// JSONL compressed as two zstd frames (first line in one, the rest in the other).
fn write_jsonl_zst(path: &Path) {
    let text = jsonl_docs();
    let (first, rest) = text.split_at(text.find('\n').unwrap() + 1);
    let mut file = zstd::encode_all(first.as_bytes(), 3).unwrap();
    file.extend(zstd::encode_all(rest.as_bytes(), 3).unwrap());
    std::fs::write(path, file).unwrap();
}

/// A directory with two pages, a gzip WARC and a two-frame `.jsonl.zst`.
fn mixed_inputs(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let pages = dir.join("pages");
    std::fs::create_dir_all(pages.join("sub")).unwrap();
    std::fs::write(pages.join("a.html"), injected_page("新闻")).unwrap();
    std::fs::write(pages.join("sub/b.html"), clean_page("公园")).unwrap();
    let warc = dir.join("crawl.warc.gz");
    write_warc_gz(&warc);
    let jsonl = dir.join("docs.jsonl.zst");
    write_jsonl_zst(&jsonl);
    (pages, warc, jsonl)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn one_invocation_scans_html_dir_gzip_warc_and_jsonl_zst() {
    let dir = tempfile::tempdir().unwrap();
    let (pages, warc, jsonl) = mixed_inputs(dir.path());
    let stats = dir.path().join("stats.json");
    let out = spamscan()
        .args(["scan", "-j", "2", "--stats-json", s(&stats)])
        .args([s(&pages), s(&warc), s(&jsonl)])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = lines_of(&out.stdout);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    let jsonl_name = s(&jsonl);
    assert_eq!(
        ids,
        [
            pages.join("a.html").to_str().unwrap(),
            pages.join("sub/b.html").to_str().unwrap(),
            "<urn:uuid:gbk-page>",
            "<urn:uuid:clean-page>",
            "j1",
            "j2",
            &format!("{jsonl_name}:3"),
        ]
    );
    let verdicts: Vec<&str> = lines
        .iter()
        .map(|l| l["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(
        verdicts,
        ["polluted", "clean", "polluted", "clean", "polluted", "clean", "clean"]
    );
    // The GBK page was decoded with the HTTP charset and the span found.
    assert!(lines[2]["spans"][0]["text"]
        .as_str()
        .unwrap()
        .contains("六开彩"));
    assert_eq!(lines[2]["url"], "http://news.example.cn/1.html");
    assert_eq!(lines[2]["title"], "旧闻");
    // WARC records carry their byte offset and gzip member offset; the first
    // document is the third record, in the third member.
    let src = &lines[2]["source"];
    assert_eq!(src["file"], s(&warc));
    assert!(src["offset"].as_u64().unwrap() > 0);
    let members = std::fs::read(&warc).unwrap();
    let member = src["member_offset"].as_u64().unwrap() as usize;
    assert_eq!(&members[member..member + 2], &[0x1f, 0x8b]);
    assert_eq!(lines[5]["source"]["line"], 2);
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(stats["documents"], 7);
    assert_eq!(stats["lines_out"], 7);
    assert_eq!(stats["errors"], 0);
    assert_eq!(stats["polluted"], 3);
    assert_eq!(stats["balanced"], true);
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(
        summary.contains("documents in 7 = lines out 7"),
        "{summary}"
    );
}

#[test]
fn output_is_the_same_for_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let (pages, warc, jsonl) = mixed_inputs(dir.path());
    let run = |j: &str| {
        spamscan()
            .args(["scan", "-q", "-j", j, s(&pages), s(&warc), s(&jsonl)])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn faults_are_reported_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A truncated gzip JSONL: three documents, the archive cut in the third.
    // Pseudo-random text, so that the cut falls after the first line.
    let chars: Vec<char> = NEWS.chars().collect();
    let mut seed = 7u64;
    let mut text = || -> String {
        (0..300)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                chars[(seed >> 33) as usize % chars.len()]
            })
            .collect()
    };
    let many: String = (0..3)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": format!("t{i}"), "text": text()})
            )
        })
        .collect();
    let gz = gzip(many.as_bytes());
    std::fs::write(d.join("cut.jsonl.gz"), &gz[..gz.len() * 2 / 3]).unwrap();
    // Not a WARC, though named like one.
    std::fs::write(
        d.join("fake.warc"),
        "<html><body>not an archive</body></html>",
    )
    .unwrap();
    // One invalid JSON line between two good ones.
    let bad = format!(
        "{}\n{{\"id\": \"broken\", \"text\": \n{}\n",
        serde_json::json!({"id": "ok1", "text": NEWS}),
        serde_json::json!({"id": "ok2", "text": QUIET_NEWS})
    );
    std::fs::write(d.join("bad.jsonl"), bad).unwrap();
    // A binary file, an empty file, an oversized page.
    std::fs::write(d.join("image.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    std::fs::write(d.join("empty.html"), b"").unwrap();
    std::fs::write(d.join("huge.html"), clean_page(&"大".repeat(3000))).unwrap();
    // A WARC whose second record is cut short.
    let first = warc_record("conversion", "<urn:uuid:w1>", &[], NEWS.as_bytes());
    let second = warc_record("conversion", "<urn:uuid:w2>", &[], QUIET_NEWS.as_bytes());
    let mut wet = first.clone();
    wet.extend_from_slice(&second[..second.len() - 20]);
    std::fs::write(d.join("cut.wet"), wet).unwrap();

    let stats = d.join("stats.json");
    let out = spamscan()
        .args([
            "scan",
            "--max-doc-bytes",
            "4096",
            "--stats-json",
            s(&stats),
            s(d),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = lines_of(&out.stdout);
    let by_file = |name: &str| -> Vec<&Value> {
        lines
            .iter()
            .filter(|l| l["source"]["file"].as_str().unwrap().ends_with(name))
            .collect()
    };
    let error_of = |l: &Value| -> String {
        assert_eq!(l["verdict"], "error", "{l}");
        l["error"].as_str().unwrap().to_string()
    };
    // bad.jsonl: ok1, the broken line as an error with its line number, ok2.
    let bad = by_file("bad.jsonl");
    assert_eq!(bad.len(), 3);
    assert_eq!(bad[0]["id"], "ok1");
    assert!(error_of(bad[1]).contains("invalid JSON"));
    assert_eq!(bad[1]["source"]["line"], 2);
    assert_eq!(bad[2]["id"], "ok2");
    // cut.jsonl.gz: what could be read, then one error line for the rest.
    let cut = by_file("cut.jsonl.gz");
    assert!(cut.len() >= 2, "{cut:?}");
    assert!(error_of(cut.last().unwrap()).contains("is lost"));
    assert!(cut[..cut.len() - 1].iter().all(|l| l["verdict"] != "error"));
    // cut.wet: the complete record, then the truncated one, reported by id.
    let wet = by_file("cut.wet");
    assert_eq!(wet.len(), 2);
    assert_eq!(wet[0]["id"], "<urn:uuid:w1>");
    assert_eq!(wet[1]["id"], "<urn:uuid:w2>");
    assert!(error_of(wet[1]).contains("truncated"));
    // fake.warc, image.html, huge.html: one error each; empty.html: an empty clean document.
    assert!(error_of(by_file("fake.warc")[0]).contains("not a WARC file"));
    assert!(error_of(by_file("image.html")[0]).contains("binary"));
    assert!(error_of(by_file("huge.html")[0]).contains("--max-doc-bytes"));
    let empty = by_file("empty.html");
    assert_eq!(empty.len(), 1);
    assert_eq!(
        (empty[0]["verdict"].as_str(), empty[0]["chars"].as_u64()),
        (Some("clean"), Some(0))
    );
    // Documents in = lines out.
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(stats["documents"].as_u64().unwrap(), lines.len() as u64);
    assert_eq!(stats["lines_out"].as_u64().unwrap(), lines.len() as u64);
    let errors = lines.iter().filter(|l| l["verdict"] == "error").count();
    assert_eq!(stats["errors"].as_u64().unwrap(), errors as u64);
    assert_eq!(errors, 6);
}

#[test]
fn missing_input_is_an_error_line_and_the_rest_is_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("a.html");
    std::fs::write(&page, clean_page("公园")).unwrap();
    let missing = dir.path().join("missing.warc.gz");
    let out = spamscan()
        .args(["scan", "-q", s(&missing), s(&page)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = lines_of(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["verdict"], "error");
    assert_eq!(lines[1]["verdict"], "clean");
}

/// Slices `text` by code points, as Python and Dolma do.
fn slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn dolma_attributes_line_up_with_the_documents() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("documents");
    std::fs::create_dir_all(docs.join("part")).unwrap();
    let text = jsonl_docs();
    std::fs::write(docs.join("part/a.jsonl.gz"), gzip(text.as_bytes())).unwrap();
    std::fs::write(
        docs.join("b.jsonl"),
        "{\"id\":\"x\",\"text\":\"新闻\"}\nnot json\n",
    )
    .unwrap();
    std::fs::write(docs.join("notes.html"), clean_page("x")).unwrap(); // not a documents file: skipped
    let attrs = dir.path().join("attributes/spamscan");
    let out = spamscan()
        .args([
            "scan",
            "-q",
            "--format",
            "dolma",
            "--attribute-prefix",
            "exp",
        ])
        .args(["--output-dir", s(&attrs), s(&docs)])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    // Same relative path and compression as the documents file.
    let mut gz = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::MultiGzDecoder::new(
            std::fs::File::open(attrs.join("part/a.jsonl.gz")).unwrap(),
        ),
        &mut gz,
    )
    .unwrap();
    let attr_lines = lines_of(&gz);
    let doc_lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(attr_lines.len(), doc_lines.len());
    for (a, d) in attr_lines.iter().zip(&doc_lines) {
        if let Some(id) = d["id"].as_str() {
            assert_eq!(a["id"], id);
        }
        let doc_span = &a["attributes"]["exp__spamscan__doc"][0];
        assert_eq!(doc_span[0], 0);
        assert_eq!(
            doc_span[1].as_u64().unwrap(),
            d["text"].as_str().unwrap().chars().count() as u64
        );
    }
    let spans = attr_lines[0]["attributes"]["exp__spamscan__polluted"]
        .as_array()
        .unwrap();
    assert_eq!(spans.len(), 1);
    let cut = slice(
        doc_lines[0]["text"].as_str().unwrap(),
        spans[0][0].as_u64().unwrap(),
        spans[0][1].as_u64().unwrap(),
    );
    assert!(cut.contains("六开彩") && !cut.contains("会议"), "{cut}");
    assert!(attr_lines[1]["attributes"]["exp__spamscan__polluted"]
        .as_array()
        .unwrap()
        .is_empty());
    // The invalid line keeps its place with an error attribute.
    let b = lines_of(&std::fs::read(attrs.join("b.jsonl")).unwrap());
    assert_eq!(b.len(), 2);
    assert_eq!(b[1]["attributes"]["exp__spamscan__error"][0][2], 1.0);
    assert!(!attrs.join("notes.html").exists());
    // No temporary files left behind.
    let leftovers: Vec<_> = walk(&attrs)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".spamscan-")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn dolma_refuses_non_jsonl_inputs_and_needs_an_output_dir() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("a.html");
    std::fs::write(&page, clean_page("x")).unwrap();
    let out_dir = dir.path().join("attrs");
    let out = spamscan()
        .args([
            "scan",
            "--format",
            "dolma",
            "--output-dir",
            s(&out_dir),
            s(&page),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("JSONL"));
    let out = spamscan()
        .args(["scan", "--format", "dolma", s(&page)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn clean_cuts_spans_keeps_fields_and_can_drop() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs.jsonl");
    std::fs::write(&docs, jsonl_docs()).unwrap();
    let out_file = dir.path().join("clean.jsonl");
    let out = spamscan()
        .args(["scan", "--format", "clean", "-o", s(&out_file), s(&docs)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = lines_of(&std::fs::read(&out_file).unwrap());
    assert_eq!(lines.len(), 3);
    let cleaned = lines[0]["text"].as_str().unwrap();
    assert!(
        !cleaned.contains("六开彩") && cleaned.contains("防汛"),
        "{cleaned}"
    );
    assert_eq!(lines[0]["source"], "test");
    assert_eq!(lines[1]["metadata"]["lang"], "zh");
    assert_eq!(lines[1]["text"], QUIET_NEWS);
    assert_eq!(lines[0]["spamscan"]["verdict"], "polluted");
    assert!(lines[0]["spamscan"]["chars_removed"].as_u64().unwrap() >= 10);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cut 1 span"), "{stderr}");

    let out = spamscan()
        .args([
            "scan",
            "--format",
            "clean",
            "--drop-threshold",
            "0.5",
            s(&docs),
        ])
        .output()
        .unwrap();
    let kept = lines_of(&out.stdout);
    assert_eq!(kept.len(), 2);
    assert!(kept.iter().all(|l| l["id"] != "j1"));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("documents in 3 = lines out 2 + dropped 1")
    );
}

#[test]
fn shards_split_the_files_and_stdin_and_files_from_work() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..5 {
        std::fs::write(
            dir.path().join(format!("p{i}.html")),
            clean_page(&format!("第{i}页")),
        )
        .unwrap();
    }
    let ids = |args: &[&str]| -> Vec<String> {
        let out = spamscan()
            .arg("scan")
            .arg("-q")
            .args(args)
            .output()
            .unwrap();
        lines_of(&out.stdout)
            .iter()
            .map(|l| l["id"].as_str().unwrap().to_string())
            .collect()
    };
    let all = ids(&[s(dir.path())]);
    let mut shards = ids(&["--shard", "0/2", s(dir.path())]);
    let second = ids(&["--shard", "1/2", s(dir.path())]);
    assert_eq!((shards.len(), second.len()), (3, 2));
    shards.extend(second);
    shards.sort();
    assert_eq!(shards, all);
    let list = dir.path().join("list.txt");
    std::fs::write(&list, format!("{}\n\n{}\n", all[0], all[1])).unwrap();
    assert_eq!(ids(&["--files-from", s(&list)]), all[..2]);
    let globbed = ids(&["--glob", "p[12].html", s(dir.path())]);
    assert_eq!(globbed.len(), 2);

    let out = spamscan()
        .args(["scan", "-q", "-"])
        .write_stdin(jsonl_docs())
        .output()
        .unwrap();
    let lines = lines_of(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "j1");
    assert_eq!(lines[2]["id"], "-:3");
}
