//! `spamscan`: scores pages for gambling SEO injection and flags the spans.
//!
//! Exit codes follow grep and spamc: 0 every input clean, 1 at least one
//! input polluted, 2 an error (bad arguments, unreadable input or model).

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use spamscan::detect::{Detector, DetectorSettings, Verdict};
use spamscan::input::{
    discover, read_input, DiscoverOptions, InputKind, Shard, DEFAULT_MAX_DOC_BYTES,
    DEFAULT_SCAN_MAX_DOC_BYTES,
};
use spamscan::output::html::HtmlReportFile;
use spamscan::output::terminal::{diagnostic, error_chain};
use spamscan::serve::ServeConfig;
use spamscan::{decode, document_from_bytes, output, Model};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use termcolor::{ColorChoice, StandardStream};

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
    /// Batch-scan directories, WARC/WET archives and JSONL corpora on every
    /// core: one output line per document (report, Dolma attributes or
    /// cleaned documents) and a summary on stderr.
    ///
    /// Exit status: 0 all clean, 1 polluted documents found, 2 some inputs or
    /// documents failed (each has an error line) or the scan could not run.
    Scan(Box<ScanArgs>),
    /// Serve scoring over HTTP until SIGTERM: POST /v1/score (a raw page, or
    /// JSON {"id","html"|"text","title"?}), POST /v1/score/batch (JSONL),
    /// GET /healthz, GET /metrics (Prometheus).
    Serve(ServeArgs),
}

#[derive(clap::Args, Debug)]
struct ServeArgs {
    /// Address to listen on (port 0: any free port; the address is printed).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    listen: String,
    /// Refuse request bodies larger than this many bytes (413).
    #[arg(long, value_name = "BYTES", default_value_t = ServeConfig::default().max_doc_bytes)]
    max_doc_bytes: u64,
    /// Most scoring requests admitted at once; more are refused (503).
    #[arg(long, value_name = "N", default_value_t = ServeConfig::default().max_in_flight)]
    max_in_flight: usize,
    /// Most request body bytes held at once (a body without a length counts
    /// as --max-doc-bytes); more are refused (503).
    #[arg(long, value_name = "BYTES", default_value_t = ServeConfig::default().max_buffered_bytes)]
    max_buffered_bytes: u64,
    /// Documents scored at once [default: one per core].
    #[arg(long, value_name = "N")]
    workers: Option<usize>,
    /// Seconds a request may take, from arrival to answer (504 past it).
    #[arg(long, value_name = "SECONDS", default_value_t = ServeConfig::default().timeout.as_secs_f64())]
    timeout: f64,
    #[command(flatten)]
    model: ModelOpt,
    #[command(flatten)]
    detector: DetectorOpts,
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
    /// Cost of re-entering a span: spans are cut where they bridge genuine
    /// text costing more (set it to the switch penalty to never cut).
    #[arg(long, default_value_t = DetectorSettings::default().split_penalty)]
    split_penalty: f64,
    /// Evidence a span needs outside its strongest word: a page is never
    /// polluted on the strength of one word.
    #[arg(long, default_value_t = DetectorSettings::default().min_support)]
    min_support: f64,
}

impl DetectorOpts {
    fn settings(&self) -> Result<DetectorSettings> {
        Ok(DetectorSettings {
            threshold: self.threshold,
            bias: self.bias,
            switch_penalty: self.switch_penalty,
            max_llr: self.max_llr,
            split_penalty: self.split_penalty,
            min_support: self.min_support,
        }
        .check()?)
    }
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// Labeled pages, one JSON object per line: gold spans marked in place
    /// (`group`, `gold`) or a document `label` (spam|genuine) with optional
    /// `source` and `category`; `text` or `html`.
    #[arg(required = true, value_name = "PAGES.jsonl")]
    pages: Vec<PathBuf>,
    #[command(flatten)]
    model: ModelOpt,
    #[command(flatten)]
    detector: DetectorOpts,
    /// Term lists (*.txt) for the keyword baseline [default: the
    /// repository's training/lexicon, looked for in the current directory,
    /// above this executable and where this binary was built].
    #[arg(long, value_name = "DIR")]
    lexicon: Option<PathBuf>,
    /// Also write the metrics as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json_out: Option<PathBuf>,
    /// Write each page's gold and predicted spans as JSONL to this file (error analysis).
    #[arg(long, value_name = "FILE")]
    dump: Option<PathBuf>,
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
    /// Also write an HTML report of the inputs to FILE (see `scan --format html`).
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    #[command(flatten)]
    html_text: HtmlOpts,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // An interrupted run must not leave its temporary output files behind.
    // The service writes no files and handles SIGTERM itself (it finishes
    // the requests in flight), so it keeps the signals.
    if !matches!(cli.command, Command::Serve(_)) {
        if let Err(e) = output::file::remove_temp_files_on_signals() {
            diagnostic(&format!("spamscan: warning: cannot watch for signals: {e}"));
        }
    }
    let result = match cli.command {
        Command::Score(args) => score(args),
        Command::Model(args) => describe_model(args),
        Command::Eval(args) => evaluate(args),
        Command::Scan(args) => scan(*args),
        Command::Serve(args) => serve(args),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`spamscan scan … | head`): stop quietly, as
        // other Unix filters do.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            diagnostic(&format!("spamscan: error: {}", error_chain(e.as_ref())));
            ExitCode::from(2)
        }
    }
}

/// Whether `e` comes from writing to a closed pipe.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn load_model(opt: &ModelOpt) -> Result<Model> {
    match &opt.model {
        Some(path) => Model::load(path).map_err(|e| {
            let context = spamscan::model::load_failure_context(path, &e);
            anyhow::Error::from(e).context(context)
        }),
        None => spamscan::default_model().context("the built-in default model is damaged"),
    }
}

fn describe_model(args: ModelArgs) -> Result<ExitCode> {
    let model = load_model(&args.model)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, model.summary())?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// The encoding `--encoding LABEL` forces, if given; an unknown label is an error.
fn forced_encoding(label: Option<&str>) -> Result<Option<&'static encoding_rs::Encoding>> {
    Ok(label.map(decode::encoding_for_label).transpose()?)
}

fn score(args: ScoreArgs) -> Result<ExitCode> {
    let settings = args.detector.settings()?;
    let forced = forced_encoding(args.encoding.as_deref())?;
    let model = load_model(&args.model)?;
    let detector = Detector::new(&model, settings);
    let color = match args.color {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto if std::io::stdout().is_terminal() => ColorChoice::Auto,
        ColorWhen::Auto => ColorChoice::Never,
    };
    if args.html_text.given() && args.html.is_none() {
        anyhow::bail!("--html-text-chars and --html-clean-chars need --html FILE");
    }
    let mut html = match &args.html {
        Some(path) => Some(
            HtmlReportFile::create(path, args.html_text.settings(detector.settings().threshold))
                .with_context(|| format!("cannot write {}", path.display()))?,
        ),
        None => None,
    };
    let mut stdout = StandardStream::stdout(color);
    let (mut polluted, mut failed) = (false, false);
    for name in &args.inputs {
        let mut size = 0u64;
        let doc = read_input(name, args.max_doc_bytes)
            .map_err(anyhow::Error::from)
            .and_then(|bytes| {
                size = bytes.len() as u64;
                document_from_bytes(name.clone(), &bytes, forced, None)
                    .with_context(|| name.clone())
            });
        let doc = match doc {
            Ok(doc) => doc,
            Err(e) => {
                diagnostic(&format!("spamscan: error: {}", error_chain(e.as_ref())));
                failed = true;
                if let Some(html) = html.as_mut() {
                    html.add_failure(name, &format!("{e:#}"), size)
                        .context("cannot write the HTML report")?;
                }
                continue;
            }
        };
        let report = spamscan::detect::windows::detect_windowed(&detector, &doc);
        if let Some(html) = html.as_mut() {
            html.add_document(name, &report, &doc, size)
                .context("cannot write the HTML report")?;
        }
        polluted |= report.verdict == Verdict::Polluted;
        if args.json {
            let text = args.emit_text.then_some(doc.body.as_str());
            output::write_json(&mut stdout, &report, text)?;
        } else {
            output::write_human(&mut stdout, &report, &doc.body)?;
        }
    }
    stdout.flush()?;
    if let Some(html) = html {
        html.finish().context("cannot write the HTML report")?;
    }
    Ok(if failed {
        ExitCode::from(2)
    } else if polluted {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn serve(args: ServeArgs) -> Result<ExitCode> {
    use spamscan::serve::{run, Event, ScoringService};
    let settings = args.detector.settings()?;
    let timeout = std::time::Duration::try_from_secs_f64(args.timeout).with_context(|| {
        format!(
            "--timeout must be a positive number of seconds, got {}",
            args.timeout
        )
    })?;
    let default = ServeConfig::default();
    let config = ServeConfig {
        max_doc_bytes: args.max_doc_bytes,
        max_in_flight: args.max_in_flight,
        max_buffered_bytes: args.max_buffered_bytes,
        workers: args.workers.unwrap_or(default.workers),
        timeout,
    }
    .check()?;
    let model = std::sync::Arc::new(load_model(&args.model)?);
    let service = ScoringService::new(model, settings, config);
    run(&args.listen, service, |event| match event {
        Event::Listening(addr) => diagnostic(&format!("spamscan: listening on http://{addr}")),
        Event::ShuttingDown => {
            diagnostic("spamscan: shutting down: finishing the requests in flight")
        }
    })?;
    diagnostic("spamscan: stopped");
    Ok(ExitCode::SUCCESS)
}

/// The repository's `training/lexicon`, wherever `eval` runs from: below
/// the current directory, below a directory holding this executable
/// (`target/release/spamscan` in a checkout), or in the checkout this binary
/// was built from.
fn default_lexicon() -> Result<PathBuf> {
    const LEXICON: &str = "training/lexicon";
    let exe = std::env::current_exe().ok();
    let candidates = std::iter::once(PathBuf::from(LEXICON))
        .chain(
            exe.iter()
                .flat_map(|e| e.ancestors().skip(1).map(|d| d.join(LEXICON))),
        )
        .chain(std::iter::once(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(LEXICON),
        ));
    for dir in candidates {
        if dir.is_dir() {
            return Ok(dir);
        }
    }
    anyhow::bail!(
        "no keyword lexicon found: run from the spamscan repository or name its training/lexicon with --lexicon DIR"
    )
}

fn evaluate(args: EvalArgs) -> Result<ExitCode> {
    use spamscan::eval::baselines::{KeywordBaseline, SentenceBaseline};
    use spamscan::eval::{prepare, EvalPage, Evaluation};
    use std::io::BufRead;

    let settings = args.detector.settings()?;
    let model = load_model(&args.model)?;
    let detector = Detector::new(&model, settings);
    let lexicon = match args.lexicon {
        Some(dir) => dir,
        None => default_lexicon()?,
    };
    let keywords = KeywordBaseline::from_lexicon_dir(&lexicon, &model)
        .with_context(|| format!("cannot read lexicon {}", lexicon.display()))?;
    let sentences = SentenceBaseline::new(&model);
    let mut dump = match &args.dump {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => None,
    };
    let mut evals = [
        Evaluation::default(),
        Evaluation::default(),
        Evaluation::default(),
    ];
    let lines = args.pages.iter().map(|path| {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        Ok(std::io::BufReader::new(file)
            .lines()
            .enumerate()
            .map(move |(i, l)| (path, i, l)))
    });
    let lines = lines.collect::<Result<Vec<_>>>()?.into_iter().flatten();
    for (path, i, line) in lines {
        let where_ = || format!("{}:{}", path.display(), i + 1);
        let line = line.with_context(where_)?;
        if line.trim().is_empty() {
            continue;
        }
        let page: EvalPage = serde_json::from_str(&line).with_context(where_)?;
        let prepared = prepare(&page).with_context(where_)?;
        let doc = &prepared.document;
        let report = detector.detect(doc);
        if let Some(d) = dump.as_mut() {
            use std::io::Write;
            let field_text = |f: &str, b: usize| -> Option<&str> {
                match f {
                    "body" => Some(doc.body.as_str()),
                    "title" => doc.title.as_deref(),
                    "meta_description" => doc.meta_description.as_deref(),
                    "meta_keywords" => doc.meta_keywords.as_deref(),
                    "hidden" => doc.hidden.get(b).map(|h| h.text.as_str()),
                    _ => None,
                }
            };
            let gold: Vec<_> = prepared
                .gold
                .iter()
                .map(|g| {
                    let t: String = field_text(g.field, g.block)
                        .map(|t| t.chars().skip(g.start).take(g.end - g.start).collect())
                        .unwrap_or_default();
                    serde_json::json!({"field": g.field, "block": g.block, "start": g.start, "end": g.end,
                        "kind": prepared.info[g.index].kind, "obf": prepared.info[g.index].obfuscation, "text": t})
                })
                .collect();
            let rec = serde_json::json!({"id": doc.id, "group": prepared.group, "verdict": report.verdict,
                "gold": gold, "spans": report.spans, "body": doc.body, "title": doc.title});
            writeln!(d, "{rec}")?;
        }
        evals[0].add(&prepared, &report);
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

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum ScanFormat {
    /// One JSON line per document: the `score --json` object plus its source.
    Report,
    /// Dolma attribute files, one per input JSONL file (needs --output-dir).
    Dolma,
    /// The documents as JSONL with their polluted spans cut out.
    Clean,
    /// One self-contained HTML page to read (use -o FILE): a summary, a
    /// sortable table, each document's text with its spans highlighted.
    Html,
}

/// How much text an HTML report keeps per document.
#[derive(clap::Args, Debug)]
#[command(next_help_heading = "HTML report")]
struct HtmlOpts {
    /// Most characters kept of each field of a polluted document: its spans
    /// with as much context as fits, the cuts marked [default: 400].
    #[arg(long, value_name = "N")]
    html_text_chars: Option<usize>,
    /// Most characters kept of each field of a clean document, a preview
    /// [default: 0: the table's title and score only].
    #[arg(long, value_name = "N")]
    html_clean_chars: Option<usize>,
}

impl HtmlOpts {
    fn given(&self) -> bool {
        self.html_text_chars.is_some() || self.html_clean_chars.is_some()
    }

    fn settings(&self, threshold: f64) -> output::html::HtmlSettings {
        let default = output::html::HtmlSettings::default();
        output::html::HtmlSettings {
            polluted_chars: self.html_text_chars.unwrap_or(default.polluted_chars),
            clean_chars: self.html_clean_chars.unwrap_or(default.clean_chars),
            threshold,
        }
    }
}

#[derive(clap::Args, Debug)]
struct ScanArgs {
    /// Files, directories (walked recursively) or `-` for stdin. HTML or text
    /// pages; WARC/WET (`.warc`, `.wet`, gzip or not); JSONL (`.jsonl`,
    /// `.json.gz`, `.jsonl.gz`, `.jsonl.zst`, …).
    #[arg(value_name = "INPUT", required_unless_present = "files_from")]
    inputs: Vec<String>,
    /// Also scan the paths listed in FILE, one per line (`-`: stdin).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// In directories, scan only files whose path below the directory matches
    /// GLOB (repeatable; `!GLOB` excludes). Named files are always scanned.
    #[arg(long = "glob", value_name = "GLOB")]
    globs: Vec<String>,
    /// Scan only shard I of N (0-based): input file k is in shard k mod N.
    #[arg(long, value_name = "I/N")]
    shard: Option<Shard>,
    /// Output format.
    #[arg(long, value_enum, default_value = "report")]
    format: ScanFormat,
    /// Write the output to FILE (under a temporary name, renamed when
    /// complete) instead of stdout.
    #[arg(short, long, value_name = "FILE", conflicts_with = "output_dir")]
    output: Option<PathBuf>,
    /// With --format dolma: write one attribute file per input file under
    /// DIR, at its path below the named directory, with its compression.
    #[arg(long, value_name = "DIR")]
    output_dir: Option<PathBuf>,
    /// Dolma attribute names are PREFIX__spamscan__polluted and
    /// PREFIX__spamscan__doc.
    #[arg(long, value_name = "PREFIX", default_value = "spamscan")]
    attribute_prefix: String,
    /// With --format clean: leave out whole documents whose page score is at
    /// or above SCORE (they are counted in the summary).
    #[arg(long, value_name = "SCORE")]
    drop_threshold: Option<f64>,
    /// JSONL field holding the document text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,
    /// JSONL field holding the document id (absent: `file:line`).
    #[arg(long, value_name = "NAME", default_value = "id")]
    id_field: String,
    /// Worker threads [default: one per core].
    #[arg(short = 'j', long, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Refuse documents larger than this many bytes: each is an error line.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_SCAN_MAX_DOC_BYTES)]
    max_doc_bytes: u64,
    /// Decode pages with this encoding (WHATWG label: utf-8, gbk, big5, …).
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Also write the summary as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    stats_json: Option<PathBuf>,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    html: HtmlOpts,
    #[command(flatten)]
    model: ModelOpt,
    #[command(flatten)]
    detector: DetectorOpts,
}

/// Refuses a scan whose outputs (`-o`, `--stats-json`) name one of its
/// named inputs, its `--files-from` list or each other, and returns the
/// identities of the outputs that exist now (`--output-dir` is created
/// here), which directory walks skip: a scan never reads what it writes.
fn scan_outputs(args: &ScanArgs) -> Result<Vec<spamscan::input::FileId>> {
    use spamscan::input::FileId;
    use std::path::Path;
    let mut inputs: Vec<(&str, &Path)> = args
        .inputs
        .iter()
        .map(|name| match name.as_str() {
            // Standard input, when it is a file (`< file`).
            "-" => ("standard input", Path::new("/dev/stdin")),
            name => ("input", Path::new(name)),
        })
        .collect();
    if let Some(list) = &args.files_from {
        inputs.push(("--files-from", list));
    }
    let mut outputs: Vec<(&str, &Path)> = Vec::new();
    if let Some(path) = &args.output {
        outputs.push(("-o", path));
    }
    if let Some(path) = &args.stats_json {
        outputs.push(("--stats-json", path));
    }
    output::file::check_outputs(&outputs, &inputs)?;
    if let Some(dir) = &args.output_dir {
        output::file::check_outputs(&[("--output-dir", dir)], &inputs)?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create --output-dir {}", dir.display()))?;
        outputs.push(("--output-dir", dir));
    }
    Ok(outputs
        .iter()
        .filter_map(|(_, path)| FileId::of_path(path))
        .collect())
}

fn scan(mut args: ScanArgs) -> Result<ExitCode> {
    use spamscan::output::clean::CleanFormat;
    use spamscan::output::destination::{Destination, MirrorDestination, StreamDestination};
    use spamscan::output::dolma::DolmaFormat;
    use spamscan::output::progress::ProgressView;
    use spamscan::output::record::RecordFormat;
    use spamscan::output::report::ReportFormat;
    use spamscan::output::summary::{write_summary, write_summary_json};
    use spamscan::scan::{InputTotals, Scan, ScanSettings};

    let dolma = args.format == ScanFormat::Dolma;
    if dolma != args.output_dir.is_some() {
        anyhow::bail!(
            "--format dolma needs --output-dir, and --output-dir is only for --format dolma"
        );
    }
    if args.html.given() && args.format != ScanFormat::Html {
        anyhow::bail!("--html-text-chars and --html-clean-chars are only for --format html");
    }
    if args.drop_threshold.is_some() && args.format != ScanFormat::Clean {
        anyhow::bail!("--drop-threshold is only for --format clean");
    }
    let clean = CleanFormat::new(args.drop_threshold)?;
    let settings = args.detector.settings()?;
    let forced = forced_encoding(args.encoding.as_deref())?;
    // Nothing is read before the outputs are known not to overwrite an input.
    let outputs = scan_outputs(&args)?;
    let options = DiscoverOptions {
        globs: args.globs.clone(),
        only_kind: dolma.then_some(InputKind::Jsonl),
        shard: args.shard,
        exclude: outputs,
    };
    if args.files_from.as_deref() == Some(std::path::Path::new("-")) {
        // Discovery may run more than once (checks, progress totals): a list
        // on stdin is read once, here.
        args.files_from = None;
        for line in std::io::stdin().lines() {
            let line = line.context("cannot read the --files-from list from stdin")?;
            if !line.trim().is_empty() {
                args.inputs.push(line.trim_end_matches('\r').to_string());
            }
        }
    }
    let inputs = || discover(&args.inputs, args.files_from.as_deref(), &options);
    if dolma {
        if let Some(file) = inputs()?
            .flatten()
            .find(|f| !f.is_stdin() && f.kind() != InputKind::Jsonl)
        {
            anyhow::bail!(
                "--format dolma reads JSONL documents only (attribute files line up with them), not {}",
                file.name
            );
        }
    }
    let model = load_model(&args.model)?;
    let detector = Detector::new(&model, settings);
    let format: Box<dyn RecordFormat> = match args.format {
        ScanFormat::Report => Box::new(ReportFormat),
        ScanFormat::Dolma => Box::new(DolmaFormat::new(&args.attribute_prefix)),
        ScanFormat::Clean => Box::new(clean),
        ScanFormat::Html => Box::new(output::html::HtmlFormat::new(
            args.html.settings(detector.settings().threshold),
        )),
    };
    let destination: Box<dyn Destination> = match (&args.output_dir, &args.output) {
        (Some(dir), _) => Box::new(MirrorDestination::new(dir, inputs()?.flatten())?),
        (None, Some(path)) => Box::new(
            StreamDestination::file(path)
                .with_context(|| format!("cannot write {}", path.display()))?,
        ),
        (None, None) => Box::new(StreamDestination::stdout()),
    };
    let mut scan_settings = ScanSettings {
        max_doc_bytes: args.max_doc_bytes,
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        forced_encoding: forced,
        ..ScanSettings::default()
    };
    if let Some(n) = args.threads {
        scan_settings.threads = usize::from(n);
    }
    let scanner = Scan::new(&detector, format.as_ref(), scan_settings);
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    // Counting the inputs first (a second walk, nothing kept) gives the bar
    // its total and ETA; a list read from stdin can only be read once.
    let totals = show_progress
        .then(|| inputs().map(InputTotals::count))
        .transpose()?;
    let mut view: Option<ProgressView> = None;
    let summary = scanner.run(inputs()?, totals, destination, &mut |p| {
        if show_progress {
            view.get_or_insert_with(|| ProgressView::new(p.bytes_total))
                .update(p);
        }
    })?;
    if let Some(view) = &view {
        view.finish();
    }
    if !args.quiet {
        // The summary is a diagnostic: if stderr can't take it, the exit
        // status still tells the scan's outcome.
        let mut text = Vec::new();
        write_summary(&mut text, &summary)?;
        diagnostic(String::from_utf8_lossy(&text).trim_end());
    }
    if let Some(path) = &args.stats_json {
        let mut json = Vec::new();
        write_summary_json(&mut json, &summary)?;
        output::file::write_output(path, &json)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(if summary.errors > 0 || !summary.balanced() {
        ExitCode::from(2)
    } else if summary.polluted > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
