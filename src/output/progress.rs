//! The progress bar of a batch scan, on stderr (indicatif): input bytes read
//! against the total when the inputs are files (with an ETA), files done,
//! documents and the read rate. The caller shows it only on a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::time::Duration;

/// Where a scan is, as the progress bar shows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanProgress {
    /// Input files finished.
    pub files_done: u64,
    /// Input files in all, when counted beforehand.
    pub files_total: Option<u64>,
    /// Documents written out.
    pub documents: u64,
    /// Input bytes read (as stored).
    pub bytes_read: u64,
    /// Input bytes in all, when every input is a file of known size.
    pub bytes_total: Option<u64>,
}

/// A progress bar drawn on stderr.
pub struct ProgressView {
    bar: ProgressBar,
}

impl ProgressView {
    /// A bar sized for `bytes_total` (a spinner when unknown).
    pub fn new(bytes_total: Option<u64>) -> ProgressView {
        let bar = match bytes_total {
            Some(total) => {
                let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
                let style = ProgressStyle::with_template(
                    "{bar:30} {percent:>3}% {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                );
                if let Ok(style) = style {
                    bar.set_style(style);
                }
                bar
            }
            None => {
                let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                let style = ProgressStyle::with_template(
                    "{spinner} {binary_bytes} {binary_bytes_per_sec} {elapsed} {msg}",
                );
                if let Ok(style) = style {
                    bar.set_style(style);
                }
                bar
            }
        };
        bar.enable_steady_tick(Duration::from_millis(200));
        ProgressView { bar }
    }

    /// Shows the latest counts.
    pub fn update(&self, p: &ScanProgress) {
        self.bar.set_position(p.bytes_read);
        let total = p.files_total.map_or(String::new(), |t| format!("/{t}"));
        self.bar.set_message(format!(
            "files {}{total}, {} docs",
            p.files_done, p.documents
        ));
    }

    /// Removes the bar (the summary follows).
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
