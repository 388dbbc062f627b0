//! Scaling: every detector must be near-linear in page size. For each
//! detector an adversarial page is built — the shape that drives that
//! detector hardest — at a base size and at twice and three times it, and
//! decode + detect is timed on each (the thread's CPU time, best of five
//! runs, one core). A doubling that costs more than 2.2x the time fails the
//! run (exit 1).
//!
//! ```sh
//! cargo bench --bench scaling                      # base size 2 MiB, every detector
//! cargo bench --bench scaling -- --mib 8 links     # 8, 16 and 24 MiB link farms
//! cargo bench --bench scaling -- --write DIR       # also write the pages, for the CLI
//! valgrind --tool=callgrind --toggle-collect='*measured*' \
//!     target/release/deps/scaling-* --once 2 links  # instructions of one 2 MiB page
//! ```
//!
//! `scripts/bench-scaling.sh --count` runs the last for every detector at 1x
//! and 2x: instruction counts, which other processes on the machine can't
//! change, so its ratios are exact where the timings are noisy.
//!
//! Pages (all HTML, written here):
//! * `links`: one block of anchors to distinct gambling-looking hosts (the
//!   link-farm detector compares every anchor's host with the block's);
//! * `stuffing`: a gambling title whose parts are stuffed into every line;
//! * `template`: copyright, Powered-by and placeholder contact lines;
//! * `spans`: one line of alternating injected and genuine sentences, so the
//!   span decoder opens and closes thousands of segments on one line.
//!
//! A timing, so a benchmark and not a test (`scripts/bench-scaling.sh` runs
//! it): on a shared machine a run can be re-done.

use spamscan::{document_from_bytes, Detector, DetectorSettings, Model};
use std::hint::black_box;

static DEFAULT_MODEL: &[u8] = include_bytes!("../models/default.model");

const NEWS: &str = "市政府今天召开会议，部署今年的防汛工作。";
const SPAM: &str = "新澳门六开彩开奖结果，管家婆一码一肖。";
const TITLE: &str = "澳门新葡京娱乐城官方网站";

/// Largest time ratio allowed for a doubling of the page.
const MAX_DOUBLING_RATIO: f64 = 2.2;

/// An adversarial page of about `bytes` bytes for `detector`.
fn page(detector: &str, bytes: usize) -> String {
    let mut html = String::with_capacity(bytes + 4096);
    let title = if detector == "stuffing" {
        TITLE
    } else {
        "新闻"
    };
    html.push_str(&format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
    ));
    let mut i = 0usize;
    match detector {
        "links" => html.push_str("<p>合作伙伴："),
        "spans" => html.push_str("<p>"),
        _ => {}
    }
    while html.len() < bytes {
        match detector {
            "links" => html.push_str(&format!(
                "<a href=\"https://bet{i}.com/\">娱乐{i}</a> | "
            )),
            "stuffing" => html.push_str(&format!(
                "<p>{NEWS}澳门新葡京{NEWS}娱乐城官方网站第{i}条</p>\n"
            )),
            "template" => html.push_str(&format!(
                "<p>版权所有 澳门新葡京娱乐城 Powered by 金沙{i}</p><p>电话：400-000-0000 邮箱：admin@example.com</p>\n"
            )),
            _ => {
                html.push_str(SPAM);
                html.push_str(NEWS);
            }
        }
        i += 1;
    }
    html.push_str("</p></body></html>");
    html
}

/// CPU seconds this thread has run: unlike the wall clock, it does not
/// count the time other processes on a shared machine hold the cores.
fn thread_cpu_seconds() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec, which `t` is.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// Decode + detect of one page, once: the function `--once` runs, which
/// callgrind counts alone (`--toggle-collect=*measured*`).
#[inline(never)]
fn measured(detector: &Detector<'_>, html: &str) {
    let doc =
        document_from_bytes("page".into(), html.as_bytes(), None, None).expect("the page decodes");
    black_box(detector.detect(&doc));
}

/// Best of five: the thread's CPU time for decode + detect of one page.
fn time(detector: &Detector<'_>, html: &str) -> f64 {
    (0..5)
        .map(|_| {
            let start = thread_cpu_seconds();
            let doc = document_from_bytes("page".into(), html.as_bytes(), None, None)
                .expect("the page decodes");
            black_box(detector.detect(&doc));
            thread_cpu_seconds() - start
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let mut base_mib = 2.0f64;
    let mut write_dir = None;
    let mut only = Vec::new();
    let mut once = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--once" => once = args.next().and_then(|v| v.parse::<f64>().ok()),
            "--mib" => base_mib = args.next().and_then(|v| v.parse().ok()).unwrap_or(base_mib),
            "--write" => write_dir = args.next(),
            "links" | "stuffing" | "template" | "spans" => only.push(a),
            _ => {} // `cargo bench` passes --bench; ignore it.
        }
    }
    if only.is_empty() {
        only = ["links", "stuffing", "template", "spans"]
            .map(String::from)
            .to_vec();
    }
    let model = Model::from_bytes(DEFAULT_MODEL).expect("the shipped model");
    let detector = Detector::new(&model, DetectorSettings::default());
    if let Some(mib) = once {
        // One page of one detector, for an instruction count.
        for name in &only {
            measured(&detector, &page(name, (mib * 1024.0 * 1024.0) as usize));
        }
        return;
    }
    let mut failed = false;
    println!("| detector | page MiB | CPU seconds | ratio to the base |");
    println!("| --- | ---: | ---: | ---: |");
    for name in &only {
        let mut base = None;
        for factor in [1.0, 2.0, 3.0] {
            let bytes = (base_mib * factor * 1024.0 * 1024.0) as usize;
            let html = page(name, bytes);
            if let Some(dir) = &write_dir {
                let path = format!("{dir}/{name}-{}mib.html", base_mib * factor);
                std::fs::write(&path, &html).expect("writing the page");
            }
            let seconds = time(&detector, &html);
            let base_seconds = *base.get_or_insert(seconds);
            let ratio = seconds / base_seconds;
            println!(
                "| {name} | {:.0} | {seconds:.3} | {ratio:.2} |",
                html.len() as f64 / (1024.0 * 1024.0)
            );
            if factor == 2.0 && ratio > MAX_DOUBLING_RATIO {
                eprintln!(
                    "scaling: {name}: doubling the page cost {ratio:.2}x the time (limit {MAX_DOUBLING_RATIO})"
                );
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
