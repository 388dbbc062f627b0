//! Metrics of the scoring service, written in the Prometheus text format
//! (version 0.0.4) for `GET /metrics`: requests by route and status,
//! documents by verdict, refusals and failures by reason, a latency
//! histogram per route, and the load right now (requests in flight, request
//! bytes held).
//!
//! Labels take values from fixed sets only (routes are mapped to the known
//! ones), so no request can grow the number of series.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency histogram's buckets, in seconds.
pub const LATENCY_BUCKETS: [f64; 15] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The routes metrics know; anything else is `other`.
pub const ROUTES: [&str; 4] = ["/v1/score", "/v1/score/batch", "/healthz", "/metrics"];

/// The `route` label of a request path as routed (`None`: no route matched).
pub fn route_label(matched: Option<&str>) -> &'static str {
    matched
        .and_then(|m| ROUTES.iter().find(|r| **r == m))
        .copied()
        .unwrap_or("other")
}

/// Why a request was refused or failed, from its status code.
pub fn error_reason(status: u16) -> Option<&'static str> {
    Some(match status {
        200..=399 => return None,
        400 => "bad_request",
        404 => "not_found",
        413 => "too_large",
        503 => "busy",
        504 => "timeout",
        500..=599 => "internal",
        _ => "bad_request",
    })
}

/// A cumulative histogram over [`LATENCY_BUCKETS`].
#[derive(Debug, Clone, Default)]
struct Histogram {
    buckets: [u64; LATENCY_BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        for (bucket, bound) in self.buckets.iter_mut().zip(LATENCY_BUCKETS) {
            if seconds <= bound {
                *bucket += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }
}

/// Documents scored, by verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerdictCounts {
    /// Documents found polluted.
    pub polluted: u64,
    /// Documents found clean.
    pub clean: u64,
    /// Documents that could not be scored (undecodable, bad JSON line).
    pub error: u64,
}

#[derive(Debug, Default)]
struct Counters {
    requests: BTreeMap<(&'static str, u16), u64>,
    latency: BTreeMap<&'static str, Histogram>,
    errors: BTreeMap<&'static str, u64>,
    documents: VerdictCounts,
}

/// The service's counters. Cheap to update from any thread.
#[derive(Debug, Default)]
pub struct Metrics {
    counters: Mutex<Counters>,
}

/// Load figures read when the metrics are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Load {
    /// Requests admitted and not yet answered.
    pub in_flight: usize,
    /// Most requests admitted at once.
    pub max_in_flight: usize,
    /// Request body bytes reserved right now.
    pub body_bytes: u64,
    /// Most request body bytes held at once.
    pub max_body_bytes: u64,
}

impl Metrics {
    fn counters(&self) -> std::sync::MutexGuard<'_, Counters> {
        // A panic elsewhere while holding the lock leaves plain counters
        // behind: still worth reporting.
        self.counters.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Counts an answered request.
    pub fn request(&self, route: &'static str, status: u16, took: Duration) {
        let mut c = self.counters();
        *c.requests.entry((route, status)).or_default() += 1;
        c.latency
            .entry(route)
            .or_default()
            .observe(took.as_secs_f64());
        if let Some(reason) = error_reason(status) {
            *c.errors.entry(reason).or_default() += 1;
        }
    }

    /// Counts scored documents.
    pub fn documents(&self, counts: VerdictCounts) {
        let mut c = self.counters();
        c.documents.polluted += counts.polluted;
        c.documents.clean += counts.clean;
        c.documents.error += counts.error;
    }

    /// Documents counted so far.
    pub fn verdicts(&self) -> VerdictCounts {
        self.counters().documents
    }

    /// The metrics in the Prometheus text format.
    pub fn render(&self, load: Load) -> String {
        let c = self.counters();
        let mut out = String::with_capacity(4096);
        // Writing to a String cannot fail.
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        line(
            "# HELP spamscan_http_requests_total HTTP requests answered, by route and status code."
                .into(),
        );
        line("# TYPE spamscan_http_requests_total counter".into());
        for ((route, status), n) in &c.requests {
            line(format!(
                "spamscan_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
            ));
        }
        line("# HELP spamscan_documents_total Documents scored, by verdict (error: could not be scored).".into());
        line("# TYPE spamscan_documents_total counter".into());
        let d = c.documents;
        for (verdict, n) in [
            ("polluted", d.polluted),
            ("clean", d.clean),
            ("error", d.error),
        ] {
            line(format!(
                "spamscan_documents_total{{verdict=\"{verdict}\"}} {n}"
            ));
        }
        line("# HELP spamscan_errors_total Requests refused or failed, by reason.".into());
        line("# TYPE spamscan_errors_total counter".into());
        for reason in [
            "bad_request",
            "not_found",
            "too_large",
            "busy",
            "timeout",
            "internal",
        ] {
            let n = c.errors.get(reason).copied().unwrap_or(0);
            line(format!("spamscan_errors_total{{reason=\"{reason}\"}} {n}"));
        }
        line("# HELP spamscan_http_request_duration_seconds Time from request to response, by route.".into());
        line("# TYPE spamscan_http_request_duration_seconds histogram".into());
        for (route, h) in &c.latency {
            let mut text = String::new();
            for (bound, n) in LATENCY_BUCKETS.iter().zip(h.buckets) {
                let _ = writeln!(
                    text,
                    "spamscan_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                text,
                "spamscan_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                text,
                "spamscan_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = write!(
                text,
                "spamscan_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
            line(text);
        }
        for (name, help, value, kind) in [
            (
                "spamscan_requests_in_flight",
                "Scoring requests admitted and not yet answered.",
                load.in_flight as u64,
                "gauge",
            ),
            (
                "spamscan_requests_in_flight_max",
                "Most scoring requests admitted at once (--max-in-flight).",
                load.max_in_flight as u64,
                "gauge",
            ),
            (
                "spamscan_request_body_bytes",
                "Request body bytes reserved by admitted requests.",
                load.body_bytes,
                "gauge",
            ),
            (
                "spamscan_request_body_bytes_max",
                "Most request body bytes held at once (--max-buffered-bytes).",
                load.max_body_bytes,
                "gauge",
            ),
        ] {
            line(format!("# HELP {name} {help}"));
            line(format!("# TYPE {name} {kind}"));
            line(format!("{name} {value}"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_histogram_in_text_format() {
        let m = Metrics::default();
        m.request("/v1/score", 200, Duration::from_millis(3));
        m.request("/v1/score", 200, Duration::from_millis(300));
        m.request("/v1/score", 503, Duration::from_micros(100));
        m.documents(VerdictCounts {
            polluted: 1,
            clean: 1,
            error: 0,
        });
        let text = m.render(Load {
            in_flight: 2,
            max_in_flight: 64,
            body_bytes: 10,
            max_body_bytes: 100,
        });
        for expected in [
            "spamscan_http_requests_total{route=\"/v1/score\",status=\"200\"} 2",
            "spamscan_http_requests_total{route=\"/v1/score\",status=\"503\"} 1",
            "spamscan_documents_total{verdict=\"polluted\"} 1",
            "spamscan_errors_total{reason=\"busy\"} 1",
            "spamscan_errors_total{reason=\"timeout\"} 0",
            "spamscan_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"0.0005\"} 1",
            "spamscan_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"0.005\"} 2",
            "spamscan_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"0.5\"} 3",
            "spamscan_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"+Inf\"} 3",
            "spamscan_http_request_duration_seconds_count{route=\"/v1/score\"} 3",
            "spamscan_requests_in_flight 2",
            "spamscan_request_body_bytes_max 100",
        ] {
            assert!(text.lines().any(|l| l == expected), "{expected}\n{text}");
        }
        // Every sample line is `name{labels} value` or `name value`.
        for l in text.lines().filter(|l| !l.starts_with('#')) {
            let value = l.rsplit(' ').next().unwrap();
            assert!(value.parse::<f64>().is_ok(), "{l}");
        }
    }

    #[test]
    fn labels_come_from_fixed_sets() {
        assert_eq!(route_label(Some("/v1/score")), "/v1/score");
        assert_eq!(route_label(Some("/anything/else")), "other");
        assert_eq!(route_label(None), "other");
        assert_eq!(error_reason(200), None);
        assert_eq!(error_reason(413), Some("too_large"));
        assert_eq!(error_reason(418), Some("bad_request"));
    }
}
