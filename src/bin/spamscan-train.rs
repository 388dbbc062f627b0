//! `spamscan-train`: fits the naive Bayes model on labeled CSV sentences.

use anyhow::{Context, Result};
use clap::Parser;
use spamscan::model::train::{train, TrainParams};
use spamscan::model::PipelineSettings;
use spamscan::output;
use spamscan::output::terminal::{diagnostic, error_chain};
use spamscan::text::segment::read_user_dictionary;
use spamscan::text::{Normalizer, UserWord};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Train a spamscan model (multinomial naive Bayes, linfa-bayes) from labeled CSV rows.
///
/// Each CSV needs a header row with a text column and a label column. Labels
/// name one of two classes: genuine text or gambling spam.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Args {
    /// Labeled CSV files (UTF-8, optional BOM, header row).
    #[arg(required = true, value_name = "CSV")]
    inputs: Vec<PathBuf>,
    /// Where to write the model (written atomically).
    #[arg(short, long, value_name = "PATH")]
    output: PathBuf,
    /// Column holding the sentence.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_col: String,
    /// Column holding the label.
    #[arg(long, default_value = "label", value_name = "NAME")]
    label_col: String,
    /// A label meaning genuine text (repeatable; case-insensitive), e.g. ham, clean, 0.
    #[arg(
        long = "genuine-label",
        value_name = "LABEL",
        default_value = "genuine"
    )]
    genuine_labels: Vec<String>,
    /// A label meaning spam (repeatable; case-insensitive), e.g. gambling, 1.
    #[arg(long = "spam-label", value_name = "LABEL", default_value = "spam")]
    spam_labels: Vec<String>,
    /// Skip unusable rows with a counted warning instead of stopping at the first.
    #[arg(long)]
    skip_bad_rows: bool,
    /// Hold out this share of each class and print precision, recall, F1.
    #[arg(long, value_name = "SHARE")]
    validate: Option<f64>,
    /// Seed for the held-out selection.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Additive smoothing of naive Bayes.
    #[arg(long, default_value_t = 1.0)]
    alpha: f64,
    /// Drop features seen fewer times than this.
    #[arg(long, default_value_t = 2)]
    min_count: u32,
    /// jieba user dictionary (`word [freq] [tag]` per line) of terms to keep whole.
    #[arg(long, value_name = "PATH")]
    user_dict: Option<PathBuf>,
    /// Do not use character bigram features.
    #[arg(long)]
    no_bigrams: bool,
    /// Do not use pairs of adjacent words as features.
    #[arg(long)]
    no_word_pairs: bool,
    /// Print nothing but errors.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            diagnostic(&format!(
                "spamscan-train: error: {}",
                error_chain(e.as_ref())
            ));
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<()> {
    let args = Args::parse();
    // An interrupted run must not leave its temporary model file behind.
    if let Err(e) = output::file::remove_temp_files_on_signals() {
        diagnostic(&format!(
            "spamscan-train: warning: cannot watch for signals: {e}"
        ));
    }
    // Nothing is read before the model is known not to overwrite an input.
    let mut inputs: Vec<(&str, &Path)> =
        args.inputs.iter().map(|p| ("input", p.as_path())).collect();
    if let Some(dict) = &args.user_dict {
        inputs.push(("--user-dict", dict));
    }
    output::file::check_outputs(&[("-o", &args.output)], &inputs)?;
    let mut pipeline = PipelineSettings::default();
    pipeline.features.cjk_bigrams = !args.no_bigrams;
    pipeline.features.word_pairs = !args.no_word_pairs;
    if let Some(path) = &args.user_dict {
        let file = std::fs::File::open(path)
            .with_context(|| format!("cannot open user dictionary {}", path.display()))?;
        let words = read_user_dictionary(std::io::BufReader::new(file))
            .with_context(|| format!("user dictionary {}", path.display()))?;
        // Dictionary words are matched against normalized text, so fold them alike.
        let normalizer = Normalizer::new(pipeline.normalizer.clone());
        let mut folded: Vec<UserWord> = words
            .into_iter()
            .map(|w| UserWord {
                word: normalizer.normalize(&w.word).text,
                freq: w.freq,
            })
            .filter(|w| !w.word.is_empty())
            .collect();
        folded.sort_by(|a, b| a.word.cmp(&b.word));
        folded.dedup_by(|a, b| a.word == b.word);
        pipeline.segmenter.user_words = folded;
    }
    let params = TrainParams {
        inputs: args.inputs.clone(),
        text_column: args.text_col,
        label_column: args.label_col,
        genuine_labels: args.genuine_labels,
        spam_labels: args.spam_labels,
        skip_bad_rows: args.skip_bad_rows,
        validate: args.validate,
        seed: args.seed,
        alpha: args.alpha,
        min_count: args.min_count,
        pipeline,
    }
    .check()?;
    let (data, report) = train(&params)?;
    let bytes = data.to_bytes()?;
    output::file::write_output(&args.output, &bytes)
        .with_context(|| format!("cannot write model to {}", args.output.display()))?;
    if args.quiet {
        return Ok(());
    }
    let labels = [&data.labels.genuine, &data.labels.spam];
    for f in &report.files {
        diagnostic(&format!(
            "{}: {} rows read, kept {} {} + {} {}, skipped {}",
            f.path,
            f.rows_read,
            f.rows_per_class[0],
            labels[0],
            f.rows_per_class[1],
            labels[1],
            f.skipped
        ));
    }
    for bad in &report.bad_rows {
        diagnostic(&format!("warning: skipped {bad}"));
    }
    if report.bad_rows_total > report.bad_rows.len() as u64 {
        diagnostic(&format!(
            "warning: ... and {} more bad rows skipped",
            report.bad_rows_total - report.bad_rows.len() as u64
        ));
    }
    let rows = data.metadata.rows_per_label;
    diagnostic(&format!(
        "trained on {} {} + {} {} rows ({} + {} held out); {} of {} features kept (min count {})",
        rows[0],
        labels[0],
        rows[1],
        labels[1],
        report.held_out[0],
        report.held_out[1],
        report.features_kept,
        report.features_seen,
        data.metadata.min_count
    ));
    if let Some(v) = &report.validation {
        diagnostic(&format!(
            "validation ({:.0}% held out, sentence level): precision {:.4}  recall {:.4}  F1 {:.4}",
            v.share * 100.0,
            v.precision(),
            v.recall(),
            v.f1()
        ));
        diagnostic("confusion matrix (rows: actual, columns: predicted)");
        diagnostic(&format!("{:>12} {:>10} {:>10}", "", labels[0], labels[1]));
        diagnostic(&format!(
            "{:>12} {:>10} {:>10}",
            labels[0], v.true_negative, v.false_positive
        ));
        diagnostic(&format!(
            "{:>12} {:>10} {:>10}",
            labels[1], v.false_negative, v.true_positive
        ));
    }
    diagnostic(&format!("wrote {}", args.output.display()));
    Ok(())
}
