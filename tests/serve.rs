//! `spamscan serve` over loopback: answers equal `score --json`, errors are
//! JSON with the CLI's messages, and the limits hold — 413 for big bodies,
//! 503 when the admitted requests or their bytes are at the cap, 504 past
//! the deadline, and SIGTERM finishing the requests in flight.
//!
//! Nothing here depends on timing: a request is held "in flight" by a client
//! that sends `Expect: 100-continue` and waits for the server's `100
//! Continue` (sent when the handler, past admission, starts reading the
//! body) before sending the body, or never sends it.

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a test waits for something that should happen at once before
/// calling it a failure (never a pass condition).
const PATIENCE: Duration = Duration::from_secs(30);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `spamscan serve` child on a free loopback port.
struct Server {
    child: Child,
    addr: SocketAddr,
    stderr: mpsc::Receiver<String>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::cargo_bin("spamscan")
            .unwrap()
            .env_remove("SPAMSCAN_MODEL")
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let line = rx
            .recv_timeout(PATIENCE)
            .expect("the server never said where it listens");
        let addr = line
            .strip_prefix("spamscan: listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line: {line}"))
            .parse()
            .unwrap();
        Server {
            child,
            addr,
            stderr: rx,
        }
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(PATIENCE)).unwrap();
        s
    }

    /// Sends one request on its own connection and reads the answer.
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        let mut s = self.connect();
        write_head(&mut s, method, path, headers, Some(body.len()));
        s.write_all(body).unwrap();
        read_answer(&mut s)
    }

    fn post_json(&self, path: &str, body: &str) -> Answer {
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
    }

    /// Waits for a stderr line containing `needle`.
    fn wait_for_stderr(&self, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return,
                Ok(_) => {}
                Err(_) => panic!("the server never printed {needle:?}"),
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn write_head(
    s: &mut TcpStream,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    length: Option<usize>,
) {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n");
    if let Some(n) = length {
        head.push_str(&format!("Content-Length: {n}\r\n"));
    }
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
}

/// A response: status, headers (lower-case names) and body.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads one response (an interim `100 Continue` counts as one).
fn read_answer(s: &mut TcpStream) -> Answer {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match s.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            other => panic!("connection ended in a response head ({other:?}): {head:?}"),
        }
    }
    let head = String::from_utf8(head).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut answer = Answer {
        status,
        headers,
        body: Vec::new(),
    };
    if status != 100 {
        let length: usize = answer
            .header("content-length")
            .expect("a content-length")
            .parse()
            .unwrap();
        answer.body = vec![0; length];
        s.read_exact(&mut answer.body).unwrap();
    }
    answer
}

/// Starts a request whose body is held back: returns once the server, past
/// admission, asks for it (`100 Continue`).
fn hold_in_flight(server: &Server, path: &str, length: usize) -> TcpStream {
    let mut s = server.connect();
    write_head(
        &mut s,
        "POST",
        path,
        &[("Expect", "100-continue")],
        Some(length),
    );
    let interim = read_answer(&mut s);
    assert_eq!(interim.status, 100, "{interim:?}");
    s
}

fn cli_score_json(args: &[&str]) -> Value {
    let out = Command::cargo_bin("spamscan")
        .unwrap()
        .env_remove("SPAMSCAN_MODEL")
        .args(["score", "--json"])
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

const SPAM: &str = "新澳门六开彩开奖结果，香港马会资料大全，管家婆一码一肖。";

#[test]
fn answers_equal_score_json() {
    let server = Server::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    for name in ["injected-news.html", "genuine-lottery-news.html"] {
        let path = root().join("examples").join(name);
        let bytes = std::fs::read(&path).unwrap();
        let cli = cli_score_json(&[path.to_str().unwrap()]);
        let id = cli["id"].as_str().unwrap().to_string();
        // A raw page, named by ?id= (percent-encoded).
        let query = format!("/v1/score?id={}", id.replace('/', "%2F"));
        let raw = server.request("POST", &query, &[("Content-Type", "text/html")], &bytes);
        assert_eq!(raw.status, 200);
        assert_eq!(raw.header("content-type"), Some("application/json"));
        assert_eq!(raw.json(), cli, "{name} as a raw page");
        // The same page as a JSON document.
        let html = String::from_utf8(bytes).unwrap();
        let doc = serde_json::json!({ "id": id, "html": html }).to_string();
        assert_eq!(
            server.post_json("/v1/score", &doc).json(),
            cli,
            "{name} as JSON"
        );
    }
    // A GBK page: the Content-Type charset is the hint, as a WARC header is.
    let page = format!("<html><body><p>市政府召开会议。</p><p>{SPAM}</p></body></html>");
    let (gbk, _, _) = encoding_rs::GBK.encode(&page);
    let gbk_path = dir.path().join("gbk.html");
    std::fs::write(&gbk_path, &gbk).unwrap();
    let mut cli = cli_score_json(&["--encoding", "gbk", gbk_path.to_str().unwrap()]);
    cli["id"] = "gbk".into();
    let answer = server.request(
        "POST",
        "/v1/score?id=gbk",
        &[("Content-Type", "text/html; charset=gbk")],
        &gbk,
    );
    assert_eq!(answer.json(), cli);
    assert_eq!(cli["verdict"], "polluted", "the fixture is polluted");
    // Plain text with ?emit_text, as score --json --emit-text.
    let text_path = dir.path().join("t.txt");
    std::fs::write(&text_path, SPAM).unwrap();
    let mut cli = cli_score_json(&["--emit-text", text_path.to_str().unwrap()]);
    cli["id"] = "t".into();
    let doc = serde_json::json!({ "id": "t", "text": SPAM }).to_string();
    assert_eq!(
        server.post_json("/v1/score?emit_text=true", &doc).json(),
        cli
    );
}

#[test]
fn batches_answer_line_for_line() {
    let server = Server::start(&[]);
    let lines = [
        serde_json::json!({ "id": "a", "text": SPAM }).to_string(),
        String::new(),
        "{not json".to_string(),
        serde_json::json!({ "text": "市民周末可入园游览。", "title": "公园" }).to_string(),
        serde_json::json!({ "id": "e" }).to_string(),
    ];
    let body = lines.join("\n");
    let answer = server.request(
        "POST",
        "/v1/score/batch",
        &[("Content-Type", "application/x-ndjson")],
        body.as_bytes(),
    );
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/x-ndjson"));
    let out: Vec<Value> = String::from_utf8(answer.body.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), 4, "one line per non-blank line: {out:?}");
    let single = server.post_json("/v1/score", &lines[0]).json();
    assert_eq!(out[0], single);
    assert_eq!(out[0]["verdict"], "polluted");
    assert_eq!(out[1]["id"], "-:3");
    assert_eq!(out[1]["verdict"], "error");
    assert!(out[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("invalid JSON document: "));
    assert_eq!(out[2]["id"], "-:4");
    assert_eq!(out[2]["title"], "公园");
    assert_eq!(out[3]["id"], "e");
    assert_eq!(out[3]["error"], "no \"html\" or \"text\" field");
}

#[test]
fn errors_are_json_and_metrics_count_everything() {
    let server = Server::start(&[]);
    assert_eq!(
        server.request("GET", "/healthz", &[], b"").json()["status"],
        "ok"
    );
    let missing = server.request("GET", "/nowhere", &[], b"");
    assert_eq!(missing.status, 404);
    assert!(missing.json()["error"]
        .as_str()
        .unwrap()
        .contains("no such route"));
    let wrong = server.request("GET", "/v1/score", &[], b"");
    assert_eq!(wrong.status, 405);
    assert!(wrong.json()["error"].is_string());
    let bad = server.post_json("/v1/score", "{\"id\": 1, \"text\": ");
    assert_eq!(bad.status, 400);
    assert!(bad.json()["error"]
        .as_str()
        .unwrap()
        .starts_with("invalid JSON document: "));
    // The CLI's message for a binary input, with the id it was given.
    let binary = server.request(
        "POST",
        "/v1/score?id=bin",
        &[],
        b"\x00\x01\x02\x00\x00\x00binary",
    );
    assert_eq!(binary.status, 400);
    assert_eq!(binary.json()["id"], "bin");
    assert!(binary.json()["error"]
        .as_str()
        .unwrap()
        .starts_with("input looks binary"));
    let bad_query = server.request("POST", "/v1/score?emit_text=maybe", &[], b"x");
    assert_eq!(bad_query.status, 400);
    assert!(bad_query.json()["error"].is_string());
    let ok = server.post_json(
        "/v1/score",
        &serde_json::json!({ "text": SPAM }).to_string(),
    );
    assert_eq!(ok.json()["verdict"], "polluted");

    let metrics = server.request("GET", "/metrics", &[], b"");
    assert_eq!(metrics.status, 200);
    assert!(metrics
        .header("content-type")
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = String::from_utf8(metrics.body).unwrap();
    for line in [
        "spamscan_http_requests_total{route=\"/healthz\",status=\"200\"} 1",
        "spamscan_http_requests_total{route=\"other\",status=\"404\"} 1",
        "spamscan_http_requests_total{route=\"/v1/score\",status=\"400\"} 3",
        "spamscan_http_requests_total{route=\"/v1/score\",status=\"200\"} 1",
        "spamscan_documents_total{verdict=\"polluted\"} 1",
        "spamscan_documents_total{verdict=\"error\"} 2",
        "spamscan_errors_total{reason=\"not_found\"} 1",
        "spamscan_http_request_duration_seconds_count{route=\"/v1/score\"} 5",
        "spamscan_requests_in_flight 0",
    ] {
        assert!(text.lines().any(|l| l == line), "no {line:?} in\n{text}");
    }
}

#[test]
fn oversized_bodies_get_413_with_the_cli_message() {
    let server = Server::start(&["--max-doc-bytes", "1000", "--max-buffered-bytes", "4096"]);
    let message = "request body: larger than the 1000-byte limit (raise it with --max-doc-bytes)";
    let declared = server.request("POST", "/v1/score", &[], &[b'a'; 1001]);
    assert_eq!(declared.status, 413);
    assert_eq!(declared.json()["error"], message);
    // Without a length (chunked), the cap holds while reading.
    let mut s = server.connect();
    write_head(
        &mut s,
        "POST",
        "/v1/score",
        &[("Transfer-Encoding", "chunked")],
        None,
    );
    for _ in 0..3 {
        s.write_all(b"190\r\n").unwrap(); // 400 bytes a chunk
        s.write_all(&[b'a'; 400]).unwrap();
        s.write_all(b"\r\n").unwrap();
    }
    s.write_all(b"0\r\n\r\n").unwrap();
    let chunked = read_answer(&mut s);
    assert_eq!(chunked.status, 413);
    assert_eq!(chunked.json()["error"], message);
    let at_cap = server.request("POST", "/v1/score", &[], &[b'a'; 1000]);
    assert_eq!(
        at_cap.status,
        200,
        "{}",
        String::from_utf8_lossy(&at_cap.body)
    );
    let batch = server.request("POST", "/v1/score/batch", &[], &[b'\n'; 1001]);
    assert_eq!(batch.status, 413);
}

#[test]
fn saturation_gets_503_then_recovers() {
    let server = Server::start(&["--max-in-flight", "1"]);
    let mut held = hold_in_flight(&server, "/v1/score?id=held", SPAM.len());
    let refused = server.post_json("/v1/score", &serde_json::json!({ "text": "x" }).to_string());
    assert_eq!(refused.status, 503);
    assert_eq!(refused.header("retry-after"), Some("1"));
    assert_eq!(
        refused.json()["error"],
        "server busy: at the limit of 1 requests in flight (--max-in-flight); retry later"
    );
    // Health and metrics are not scoring requests: they still answer.
    let metrics = String::from_utf8(server.request("GET", "/metrics", &[], b"").body).unwrap();
    assert!(
        metrics
            .lines()
            .any(|l| l == "spamscan_requests_in_flight 1"),
        "{metrics}"
    );
    assert!(metrics
        .lines()
        .any(|l| l == "spamscan_errors_total{reason=\"busy\"} 1"));
    held.write_all(SPAM.as_bytes()).unwrap();
    let answer = read_answer(&mut held);
    assert_eq!(answer.status, 200);
    assert_eq!(answer.json()["id"], "held");
    assert_eq!(answer.json()["verdict"], "polluted");
    let after = server.post_json("/v1/score", &serde_json::json!({ "text": "x" }).to_string());
    assert_eq!(after.status, 200, "admitted again once the first finished");
}

#[test]
fn held_body_bytes_are_capped_too() {
    let server = Server::start(&["--max-doc-bytes", "2048", "--max-buffered-bytes", "2048"]);
    let mut held = hold_in_flight(&server, "/v1/score", 2000);
    let refused = server.request("POST", "/v1/score", &[], b"small");
    assert_eq!(refused.status, 503);
    assert_eq!(
        refused.json()["error"],
        "server busy: at the limit of 2048 bytes of request bodies held (--max-buffered-bytes); retry later"
    );
    held.write_all(&[b'a'; 2000]).unwrap();
    assert_eq!(read_answer(&mut held).status, 200);
    assert_eq!(
        server.request("POST", "/v1/score", &[], b"small").status,
        200
    );
}

#[test]
fn requests_past_the_deadline_get_504() {
    let server = Server::start(&["--timeout", "0.3"]);
    // The body never comes: the deadline covers reading it.
    let mut s = hold_in_flight(&server, "/v1/score", 100);
    let answer = read_answer(&mut s);
    assert_eq!(answer.status, 504);
    assert_eq!(
        answer.json()["error"],
        "request timed out after 0.3 s (--timeout)"
    );
    let metrics = String::from_utf8(server.request("GET", "/metrics", &[], b"").body).unwrap();
    assert!(metrics
        .lines()
        .any(|l| l == "spamscan_errors_total{reason=\"timeout\"} 1"));
    assert!(
        metrics
            .lines()
            .any(|l| l == "spamscan_request_body_bytes 0"),
        "{metrics}"
    );
}

#[test]
fn sigterm_finishes_requests_in_flight_then_exits() {
    let mut server = Server::start(&[]);
    let mut held = hold_in_flight(&server, "/v1/score?id=last", SPAM.len());
    // SAFETY: kill(2) on our own child's pid, which it still is (not waited for).
    let sent = unsafe { libc::kill(server.child.id() as libc::pid_t, libc::SIGTERM) };
    assert_eq!(sent, 0);
    server.wait_for_stderr("shutting down");
    // No new connections once shutdown began.
    let deadline = Instant::now() + PATIENCE;
    while TcpStream::connect(server.addr).is_ok() {
        assert!(Instant::now() < deadline, "the listener stayed open");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The request in flight still gets its answer.
    held.write_all(SPAM.as_bytes()).unwrap();
    let answer = read_answer(&mut held);
    assert_eq!(answer.status, 200);
    assert_eq!(answer.json()["id"], "last");
    assert_eq!(answer.json()["verdict"], "polluted");
    server.wait_for_stderr("stopped");
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
}

#[test]
fn garbage_never_brings_it_down() {
    let server = Server::start(&["--max-doc-bytes", "65536"]);
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let types = [
        "application/json",
        "text/html; charset=big5",
        "text/html; charset=no-such",
        "application/x-ndjson",
        "text/plain; charset",
    ];
    for i in 0..60 {
        let len = (next() % 3000) as usize;
        let mut body: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if i % 3 == 0 {
            body.splice(0..0, b"{\"id\":\"x\",\"html\":\"".iter().copied());
        }
        let path = if i % 2 == 0 {
            "/v1/score"
        } else {
            "/v1/score/batch"
        };
        let answer = server.request(
            "POST",
            path,
            &[("Content-Type", types[i % types.len()])],
            &body,
        );
        assert!(
            matches!(answer.status, 200 | 400),
            "{}: {}",
            answer.status,
            String::from_utf8_lossy(&answer.body)
        );
        if answer.status == 400 {
            assert!(answer.json()["error"].is_string());
        }
    }
    // Broken HTTP: hyper answers or hangs up; the server lives on.
    for junk in [
        &b"POST /v1/score HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"[..],
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
        b"GET /healthz HTTP/9.9\r\n\r\n",
    ] {
        let mut s = server.connect();
        let _ = s.write_all(junk);
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut sink = Vec::new();
        let _ = s.read_to_end(&mut sink);
    }
    assert_eq!(server.request("GET", "/healthz", &[], b"").status, 200);
}
