//! Hostile input and faults at the command line (issue 11): outputs that
//! must not destroy what is at their path or an input, special files,
//! terminal control sequences, an unwritable stderr, signals, oversized or
//! endless model files, damaged archives and mis-decoded pages. Each test
//! names the guarantee it checks; README's "Reliability" section lists them.
//! Special files (FIFOs, a device node made with `mknod`) live in temporary
//! directories, never under /dev.

use assert_cmd::Command;
use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SPAM_SENTENCE: &str = "新澳门六开彩开奖结果，香港马会资料大全，管家婆一码一肖。";
const NEWS: &str = "市政府今天召开会议，部署今年的防汛工作。会议要求各部门加强值守，确保安全度汛。";

/// Long enough for any test here; a hang (the bugs of a FIFO) fails instead.
const PATIENCE: Duration = Duration::from_secs(120);

fn spamscan() -> Command {
    let mut cmd = Command::cargo_bin("spamscan").unwrap();
    cmd.env_remove("SPAMSCAN_MODEL").timeout(PATIENCE);
    cmd
}

fn train() -> Command {
    let mut cmd = Command::cargo_bin("spamscan-train").unwrap();
    cmd.timeout(PATIENCE);
    cmd
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn injected_page() -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>新闻</title></head>\
         <body><p>{NEWS}</p><p>{SPAM_SENTENCE}</p></body></html>"
    )
}

fn clean_page() -> String {
    format!("<html><head><title>公园</title></head><body><p>{NEWS}</p></body></html>")
}

fn lines_of(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_fifo()
}

/// Hidden temporary output files left in `dir`.
fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".spamscan-"))
        .collect()
}

/// A labeled CSV of a few rows per class.
fn training_csv(path: &Path) {
    let mut csv = String::from("text,label\n");
    for i in 0..6 {
        csv.push_str(&format!(
            "{NEWS}第{i}条,genuine\n{SPAM_SENTENCE}第{i}期,spam\n"
        ));
    }
    std::fs::write(path, csv).unwrap();
}

// 1. `-o` never destroys what is at its path.

#[test]
fn output_to_a_device_writes_through_it_and_reports_a_full_disk() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, injected_page()).unwrap();
    // A scratch node with /dev/full's numbers (1, 7): every write fails
    // with ENOSPC. Never touch /dev itself.
    let full = dir.path().join("full");
    let made = std::process::Command::new("mknod")
        .arg(&full)
        .args(["c", "1", "7"])
        .status()
        .unwrap();
    if !made.success() {
        assert_ne!(
            unsafe { libc::geteuid() },
            0,
            "mknod failed although we are root"
        );
        eprintln!("skipped: mknod needs root");
        return;
    }
    let out = spamscan()
        .args(["scan", "-q", "-o", s(&full), s(&page)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("No space left on device"), "{stderr}");
    let meta = std::fs::symlink_metadata(&full).unwrap();
    assert!(
        meta.file_type().is_char_device(),
        "the device node was replaced"
    );
    assert!(temp_files(dir.path()).is_empty());
    // The same for spamscan-train's model.
    let csv = dir.path().join("train.csv");
    training_csv(&csv);
    let out = train()
        .args(["-q", s(&csv), "-o", s(&full)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let meta = std::fs::symlink_metadata(&full).unwrap();
    assert!(meta.file_type().is_char_device(), "train replaced the node");
}

#[test]
fn output_to_a_fifo_is_written_in_place() {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, injected_page()).unwrap();
    let fifo = dir.path().join("out.fifo");
    mkfifo(&fifo);
    // Open the reading end first, without blocking, so the writer's open
    // returns; what spamscan writes waits in the pipe.
    let reader = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&fifo)
        .unwrap();
    let out = spamscan()
        .args(["scan", "-q", "-o", s(&fifo), s(&page)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let mut got = Vec::new();
    let _ = (&reader).read_to_end(&mut got);
    let lines = lines_of(&got);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["verdict"], "polluted");
    assert!(is_fifo(&fifo), "the FIFO was replaced by a file");
}

#[test]
fn output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, injected_page()).unwrap();
    let real = dir.path().join("reports").join("real.jsonl");
    std::fs::create_dir_all(real.parent().unwrap()).unwrap();
    std::fs::write(&real, "old\n").unwrap();
    let link = dir.path().join("report.jsonl");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    spamscan()
        .args(["scan", "-q", "-o", s(&link), s(&page)])
        .assert()
        .code(1);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(lines_of(&std::fs::read(&real).unwrap()).len(), 1);
    // spamscan-train -o through a link too.
    let csv = dir.path().join("train.csv");
    training_csv(&csv);
    let model = dir.path().join("models").join("real.model");
    std::fs::create_dir_all(model.parent().unwrap()).unwrap();
    std::fs::write(&model, "old").unwrap();
    let model_link = dir.path().join("current.model");
    std::os::unix::fs::symlink(&model, &model_link).unwrap();
    train()
        .args(["-q", s(&csv), "-o", s(&model_link)])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&model_link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read(&model).unwrap().starts_with(b"SPAMSCAN"));
}

// 2. An output that names an input is refused before anything is read.

#[test]
fn outputs_naming_inputs_are_refused_and_inputs_survive() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let jsonl = docs.join("a.jsonl");
    let original = format!("{}\n", serde_json::json!({"id": "a", "text": NEWS}));
    std::fs::write(&jsonl, &original).unwrap();
    let same_name = docs.join(".").join("a.jsonl");
    let refused = |args: &[&str]| {
        let out = spamscan().arg("scan").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.stdout.is_empty(), "{args:?} read its inputs");
        assert_eq!(
            std::fs::read_to_string(&jsonl).unwrap(),
            original,
            "{args:?}"
        );
        stderr
    };
    let e = refused(&["-o", s(&jsonl), s(&jsonl)]);
    assert!(e.contains("same file"), "{e}");
    refused(&["-o", s(&same_name), s(&jsonl)]);
    refused(&["--stats-json", s(&jsonl), s(&jsonl)]);
    let report = dir.path().join("report.jsonl");
    refused(&["-o", s(&report), "--stats-json", s(&report), s(&jsonl)]);
    let e = refused(&["--format", "dolma", "--output-dir", s(&docs), s(&docs)]);
    assert!(e.contains("--output-dir"), "{e}");
    let csv = dir.path().join("train.csv");
    training_csv(&csv);
    let before = std::fs::read(&csv).unwrap();
    let out = train().args([s(&csv), "-o", s(&csv)]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(std::fs::read(&csv).unwrap(), before);
}

#[test]
fn a_scan_never_reads_its_own_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(pages.join("a.html"), injected_page()).unwrap();
    std::fs::write(pages.join("b.html"), clean_page()).unwrap();
    let report = pages.join("report.jsonl");
    let stats = pages.join("stats.json");
    for _ in 0..2 {
        spamscan()
            .args([
                "scan",
                "-q",
                "-o",
                s(&report),
                "--stats-json",
                s(&stats),
                s(&pages),
            ])
            .assert()
            .code(1);
        let lines = lines_of(&std::fs::read(&report).unwrap());
        let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert!(ids.iter().all(|id| id.ends_with(".html")), "{ids:?}");
    }
    // Dolma attribute files written inside the documents' directory are
    // not documents of the scan.
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("a.jsonl"),
        format!("{}\n", serde_json::json!({"id": "a", "text": NEWS})),
    )
    .unwrap();
    let attrs = docs.join("zz-attributes");
    for _ in 0..2 {
        spamscan()
            .args([
                "scan",
                "-q",
                "--format",
                "dolma",
                "--output-dir",
                s(&attrs),
                s(&docs),
            ])
            .assert()
            .code(0);
    }
    let written: Vec<_> = walkdir_files(&attrs);
    assert_eq!(written, vec![attrs.join("a.jsonl")]);
}

fn walkdir_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir_files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

// 3. Special files in scanned directories never hang a scan.

#[test]
fn a_fifo_in_a_scanned_directory_is_an_error_line_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.html"), injected_page()).unwrap();
    mkfifo(&dir.path().join("b.pipe"));
    std::fs::write(dir.path().join("c.html"), clean_page()).unwrap();
    let out = spamscan()
        .args(["scan", "-q", s(dir.path())])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let lines = lines_of(&out.stdout);
    let verdicts: Vec<&str> = lines
        .iter()
        .map(|l| l["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["polluted", "error", "clean"]);
    assert!(
        lines[1]["error"].as_str().unwrap().contains("FIFO"),
        "{}",
        lines[1]
    );
}

#[test]
fn a_named_fifo_is_read_as_a_stream() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("page.fifo");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            w.write_all(injected_page().as_bytes()).unwrap();
        })
    };
    let out = spamscan().args(["scan", "-q", s(&fifo)]).output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(lines_of(&out.stdout)[0]["verdict"], "polluted");
}

// 4. Control sequences from pages and names never reach the terminal raw.

#[test]
fn terminal_controls_are_escaped_in_the_view_and_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "新闻\x1b]52;c;aGVsbG8=\x07\u{202e}";
    let page = dir.path().join(format!("{hostile}.html"));
    std::fs::write(
        &page,
        format!(
            "<html><head><meta charset=\"utf-8\"></head><body><p>{NEWS}</p>\
             <p>\x1b[2J{SPAM_SENTENCE}\u{9b}31m\x08\r</p></body></html>"
        ),
    )
    .unwrap();
    let missing = dir.path().join(format!("missing{hostile}.html"));
    let out = spamscan()
        .args(["score", "--color", "never", s(&page), s(&missing)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    for (name, stream) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(stream);
        for raw in ["\x1b", "\x07", "\x08", "\r", "\u{9b}", "\u{202e}"] {
            assert!(!text.contains(raw), "{raw:?} reached {name}: {text:?}");
        }
        assert!(
            text.contains("\\x1b]52;c;aGVsbG8=\\x07\\u202e"),
            "{name}: {text}"
        );
    }
    // JSON keeps the text as it is (escaped by JSON itself).
    let out = spamscan()
        .args(["score", "--json", "--emit-text", s(&page)])
        .output()
        .unwrap();
    let report = &lines_of(&out.stdout)[0];
    assert!(report["id"].as_str().unwrap().contains(hostile));
    assert!(report["text"].as_str().unwrap().contains("\x1b[2J"));
}

// 5. A stderr that can't be written changes nothing.

/// The binary as a plain process, for what assert_cmd can't set up. Like
/// assert_cmd, it honours `CARGO_BIN_EXE_<name>` at run time, so these
/// tests can be pointed at other builds of the binaries.
fn process(name: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin(name));
    cmd.env_remove("SPAMSCAN_MODEL");
    cmd
}

/// Runs with stderr a socket whose other end is closed: every write fails
/// with EPIPE.
fn with_closed_stderr(name: &str, args: &[&str]) -> std::process::Output {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().unwrap();
    drop(ours);
    process(name)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::from(std::os::fd::OwnedFd::from(
            theirs,
        )))
        .output()
        .unwrap()
}

#[test]
fn an_unwritable_stderr_neither_panics_nor_changes_the_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, injected_page()).unwrap();
    let missing = dir.path().join("missing.html");
    let out = with_closed_stderr("spamscan", &["score", s(&missing)]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let out = with_closed_stderr("spamscan", &["scan", s(&page), s(&missing)]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(lines_of(&out.stdout).len(), 2);
    let csv = dir.path().join("train.csv");
    training_csv(&csv);
    let model = dir.path().join("m.model");
    let out = with_closed_stderr("spamscan-train", &[s(&csv), "-o", s(&model)]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(model.exists());
    let out = with_closed_stderr("spamscan-train", &[s(&missing), "-o", s(&model)]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

// 8. An interrupted scan leaves no temporary file.

#[test]
fn signals_remove_the_temporary_output() {
    use std::os::unix::process::ExitStatusExt;
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let dir = tempfile::tempdir().unwrap();
        // Reading a FIFO nobody writes blocks the scan after its output's
        // temporary file exists.
        let fifo = dir.path().join("in.fifo");
        mkfifo(&fifo);
        let out_dir = dir.path().join("out");
        std::fs::create_dir_all(&out_dir).unwrap();
        let mut child = process("spamscan")
            .args([
                "scan",
                "-q",
                "-o",
                s(&out_dir.join("report.jsonl")),
                s(&fifo),
            ])
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while temp_files(&out_dir).is_empty() {
            assert!(started.elapsed() < PATIENCE, "no temporary file appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
        unsafe { libc::kill(child.id() as i32, signal) };
        let status = child.wait().unwrap();
        assert_eq!(status.signal(), Some(signal), "{status:?}");
        assert_eq!(
            temp_files(&out_dir),
            Vec::<String>::new(),
            "signal {signal}"
        );
        assert!(!out_dir.join("report.jsonl").exists());
    }
}

// 9. A model file is read no further than its header allows.

#[test]
fn endless_or_oversized_model_files_are_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    // A FIFO whose writer sends a bad header and never closes: reading to
    // the end would wait forever.
    let fifo = dir.path().join("model.fifo");
    mkfifo(&fifo);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (fifo, stop) = (fifo.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            let _ = w.write_all(&[0u8; 4096]);
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let out = spamscan()
        .args(["model", "--model", s(&fifo)])
        .output()
        .unwrap();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a spamscan model"));
    // A 5 GiB (sparse) file: refused by its header, not read into memory.
    let big = dir.path().join("big.model");
    let mut header = b"SPAMSCAN".to_vec();
    header.extend_from_slice(&spamscan::model::format::FORMAT_VERSION.to_le_bytes());
    header.extend_from_slice(&(5u64 << 30).to_le_bytes());
    header.extend_from_slice(&0u32.to_le_bytes());
    std::fs::write(&big, &header).unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(5 << 30)
        .unwrap();
    let out = spamscan()
        .args(["model", "--model", s(&big)])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("limit"));
}

// 10. One invalid byte does not hide a polluted page.

#[test]
fn mostly_utf8_pages_decode_as_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let html = std::fs::read_to_string(root().join("examples/injected-news.html"))
        .unwrap()
        .replace("<meta charset=\"utf-8\">", "");
    let mut bytes = html.into_bytes();
    let at = bytes.len() / 2;
    let at = (at..bytes.len()).find(|&i| bytes[i] == b'<').unwrap();
    bytes.insert(at, 0xFF);
    let page = dir.path().join("page.html");
    std::fs::write(&page, bytes).unwrap();
    let out = spamscan()
        .args(["score", "--json", s(&page)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(lines_of(&out.stdout)[0]["score"].as_f64().unwrap() > 0.99);
}

// 11. Long bodies are detected window by window, in bounded memory, with
// the same spans as whole.

#[test]
fn windowed_detection_finds_what_whole_detection_finds() {
    use spamscan::detect::windows::detect_in_windows;
    use spamscan::{Detector, DetectorSettings, Model};
    let model = Model::from_bytes(include_bytes!("../models/default.model")).unwrap();
    let detector = Detector::new(&model, DetectorSettings::default());
    let mut html =
        String::from("<html><head><meta charset=\"utf-8\"><title>新闻</title></head><body>");
    for i in 0..40 {
        if i % 3 == 1 {
            html.push_str(&format!("<p>{NEWS}{SPAM_SENTENCE}</p>"));
        } else {
            html.push_str(&format!("<p>{NEWS}第{i}段</p>"));
        }
    }
    html.push_str("</body></html>");
    let doc = spamscan::document_from_bytes("page".into(), html.as_bytes(), None, None).unwrap();
    let whole = detector.detect(&doc);
    assert_eq!(whole.verdict, spamscan::Verdict::Polluted);
    // Windows hold whole lines (about 210 bytes here) or more.
    for window in [300, 700, 1500] {
        let windowed = detect_in_windows(&detector, &doc, window);
        assert_eq!(windowed.chars, whole.chars);
        assert_eq!(windowed.verdict, whole.verdict);
        let spans = |r: &spamscan::Report| -> Vec<(usize, usize, String)> {
            r.spans
                .iter()
                .map(|s| (s.start, s.end, s.text.clone()))
                .collect()
        };
        assert_eq!(spans(&windowed), spans(&whole), "window {window}");
    }
    // A window shorter than a line cuts it: spans may split there, and
    // every span still slices the body.
    let body: Vec<char> = doc.body.chars().collect();
    let cut = detect_in_windows(&detector, &doc, 150);
    assert_eq!(cut.verdict, whole.verdict);
    for s in &cut.spans {
        assert_eq!(body[s.start..s.end].iter().collect::<String>(), s.text);
    }
}

// Small ones.

#[test]
fn error_messages_say_each_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.html");
    for args in [
        vec!["score", s(&missing)],
        vec!["model", "--model", s(&missing)],
    ] {
        let out = spamscan().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.matches("No such file or directory").count(),
            1,
            "{stderr}"
        );
    }
    let out = train()
        .args([s(&missing), "-o", s(&dir.path().join("m.model"))])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("No such file or directory").count(),
        1,
        "{stderr}"
    );
}

#[test]
fn the_summary_share_counts_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.html"), injected_page()).unwrap();
    std::fs::write(dir.path().join("b.html"), clean_page()).unwrap();
    std::fs::write(dir.path().join("c.html"), clean_page()).unwrap();
    std::fs::write(dir.path().join("d.html"), b"\0binary\0").unwrap();
    let out = spamscan().args(["scan", s(dir.path())]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 polluted (25.00%), 2 clean, 1 error"),
        "{stderr}"
    );
}

#[test]
fn eval_finds_its_lexicon_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages.jsonl");
    let page = serde_json::json!({"id": "p1", "group": "clean", "text": NEWS});
    std::fs::write(&pages, format!("{page}\n")).unwrap();
    spamscan()
        .current_dir(dir.path())
        .args(["eval", s(&pages)])
        .assert()
        .success();
}
