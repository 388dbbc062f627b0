//! `spamscan`: scores pages for gambling SEO injection and flags the spans.
//!
//! Exit codes follow grep and spamc: 0 every input clean, 1 at least one
//! input polluted, 2 an error (bad arguments, unreadable input or model).

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use spamscan::detect::{Detector, DetectorSettings, Verdict};
use spamscan::input::{read_input, DEFAULT_MAX_DOC_BYTES};
use spamscan::{decode, document_from_bytes, output, Model};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use termcolor::{ColorChoice, StandardStream};

/// The model shipped in `models/`, built into the binary so it is always found.
static DEFAULT_MODEL: &[u8] = include_bytes!("../../models/default.model");

/// Find gambling SEO injection in Chinese web pages and flag the polluted spans.
///
/// Exit status: 0 clean, 1 polluted, 2 error.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score pages (HTML or text, any common encoding) and flag polluted spans.
    Score(ScoreArgs),
    /// Describe a model: sizes, labels, training provenance and validation.
    Model(ModelArgs),
    /// Measure detection quality on labeled pages whose gold spans are marked
    /// in place (see training/pages.py), beside a keyword-list and a
    /// sentence-level naive Bayes baseline.
    Eval(EvalArgs),
}

/// Span decoding and verdict parameters.
#[derive(clap::Args, Debug)]
#[command(next_help_heading = "Detector tuning")]
struct DetectorOpts {
    /// Page score at or above which a page is polluted, in [0, 1].
    #[arg(long, default_value_t = DetectorSettings::default().threshold)]
    threshold: f64,
    /// Evidence (log-likelihood ratio) a character must exceed to be polluted.
    #[arg(long, default_value_t = DetectorSettings::default().bias)]
    bias: f64,
    /// Cost of opening a polluted span.
    #[arg(long, default_value_t = DetectorSettings::default().switch_penalty)]
    switch_penalty: f64,
    /// Cap on one feature's log-likelihood ratio.
    #[arg(long, default_value_t = DetectorSettings::default().max_llr)]
    max_llr: f64,
}

impl DetectorOpts {
    fn settings(&self) -> Result<DetectorSettings> {
        Ok(DetectorSettings {
            threshold: self.threshold,
            bias: self.bias,
            switch_penalty: self.switch_penalty,
            max_llr: self.max_llr,
        }
        .check()?)
    }
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// Labeled pages, one JSON object per line.
    #[arg(value_name = "PAGES.jsonl")]
    pages: PathBuf,
    #[command(flatten)]
    model: ModelOpt,
    #[command(flatten)]
    detector: DetectorOpts,
    /// Term lists (*.txt) for the keyword baseline.
    #[arg(long, default_value = "training/lexicon", value_name = "DIR")]
    lexicon: PathBuf,
    /// Also write the metrics as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json_out: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct ModelOpt {
    /// Model file [default: the shipped model built into this binary].
    #[arg(long, env = "SPAMSCAN_MODEL", value_name = "PATH")]
    model: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct ModelArgs {
    #[command(flatten)]
    model: ModelOpt,
}

#[derive(Copy, Clone, Debug, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
struct ScoreArgs {
    /// Files to score; `-` reads stdin.
    #[arg(required = true, value_name = "FILE|-")]
    inputs: Vec<String>,
    #[command(flatten)]
    model: ModelOpt,
    /// Print one JSON object per input instead of the human view.
    #[arg(long)]
    json: bool,
    /// With --json, include the text the span offsets index as "text".
    #[arg(long, requires = "json")]
    emit_text: bool,
    #[command(flatten)]
    detector: DetectorOpts,
    /// Decode input with this encoding (WHATWG label: utf-8, gbk, gb18030, big5, …).
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_DOC_BYTES, value_name = "BYTES")]
    max_doc_bytes: u64,
    /// When to colour the human view.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorWhen,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Score(args) => score(args),
        Command::Model(args) => describe_model(args),
        Command::Eval(args) => evaluate(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("spamscan: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn load_model(opt: &ModelOpt) -> Result<Model> {
    match &opt.model {
        Some(path) => {
            Model::load(path).with_context(|| format!("cannot load model {}", path.display()))
        }
        None => Model::from_bytes(DEFAULT_MODEL).context("the built-in default model is damaged"),
    }
}

fn describe_model(args: ModelArgs) -> Result<ExitCode> {
    let model = load_model(&args.model)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, model.summary())?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

fn score(args: ScoreArgs) -> Result<ExitCode> {
    let settings = args.detector.settings()?;
    let forced = args
        .encoding
        .as_deref()
        .map(decode::encoding_for_label)
        .transpose()?;
    let model = load_model(&args.model)?;
    let detector = Detector::new(&model, settings);
    let color = match args.color {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto if std::io::stdout().is_terminal() => ColorChoice::Auto,
        ColorWhen::Auto => ColorChoice::Never,
    };
    let mut stdout = StandardStream::stdout(color);
    let (mut polluted, mut failed) = (false, false);
    for name in &args.inputs {
        let doc = read_input(name, args.max_doc_bytes)
            .map_err(anyhow::Error::from)
            .and_then(|bytes| {
                document_from_bytes(name.clone(), &bytes, forced, None)
                    .with_context(|| name.clone())
            });
        let doc = match doc {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("spamscan: error: {e:#}");
                failed = true;
                continue;
            }
        };
        let report = detector.detect(&doc);
        polluted |= report.verdict == Verdict::Polluted;
        if args.json {
            let text = args.emit_text.then_some(doc.body.as_str());
            output::write_json(&mut stdout, &report, text)?;
        } else {
            output::write_human(&mut stdout, &report, &doc.body)?;
        }
    }
    stdout.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else if polluted {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn evaluate(args: EvalArgs) -> Result<ExitCode> {
    use spamscan::eval::baselines::{KeywordBaseline, SentenceBaseline};
    use spamscan::eval::{prepare, EvalPage, Evaluation};
    use std::io::BufRead;

    let settings = args.detector.settings()?;
    let model = load_model(&args.model)?;
    let detector = Detector::new(&model, settings);
    let keywords = KeywordBaseline::from_lexicon_dir(&args.lexicon, &model)
        .with_context(|| format!("cannot read lexicon {}", args.lexicon.display()))?;
    let sentences = SentenceBaseline::new(&model);
    let file = std::fs::File::open(&args.pages)
        .with_context(|| format!("cannot open {}", args.pages.display()))?;
    let mut evals = [
        Evaluation::default(),
        Evaluation::default(),
        Evaluation::default(),
    ];
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let where_ = || format!("{}:{}", args.pages.display(), i + 1);
        let line = line.with_context(where_)?;
        if line.trim().is_empty() {
            continue;
        }
        let page: EvalPage = serde_json::from_str(&line).with_context(where_)?;
        let prepared = prepare(&page).with_context(where_)?;
        let doc = &prepared.document;
        evals[0].add(&prepared, &detector.detect(doc));
        evals[1].add(&prepared, &keywords.detect(doc));
        evals[2].add(&prepared, &sentences.detect(doc));
    }
    let names = ["spamscan", "keyword list", "sentence NB"];
    let summaries: Vec<_> = evals.iter().map(Evaluation::summary).collect();
    let mut out = std::io::stdout().lock();
    output::write_eval_table(&mut out, &names, &summaries)?;
    if let Some(path) = &args.json_out {
        let json: serde_json::Map<String, serde_json::Value> = names
            .iter()
            .zip(&summaries)
            .map(|(n, s)| Ok((n.to_string(), serde_json::to_value(s)?)))
            .collect::<Result<_>>()?;
        std::fs::write(path, serde_json::to_string_pretty(&json)? + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}
