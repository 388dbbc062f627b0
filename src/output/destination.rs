//! Destinations: where batch-scan output lines go.
//!
//! [`StreamDestination`] writes one stream: stdout, or an [`OutputFile`]
//! (a file written under a temporary name in the same directory and renamed
//! into place only when the scan completes, so a reader never sees half a
//! file; a device or FIFO written in place). [`MirrorDestination`] writes one
//! file per input file under a directory, at the input's relative path and
//! with its compression (what Dolma attribute files need), each also renamed
//! into place when that input is complete.

use super::file::OutputFile;
use crate::input::{FileId, InputFile};
use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A sink for the ordered output of a scan.
pub trait Destination {
    /// Starts the output of an input file.
    fn begin_file(&mut self, file: &InputFile) -> io::Result<()>;
    /// Writes lines for the current input file.
    fn write(&mut self, lines: &[u8]) -> io::Result<()>;
    /// Completes the current input file's output.
    fn end_file(&mut self) -> io::Result<()>;
    /// Writes the lines of an input that could not even be listed (a missing
    /// path), which belong to no input file.
    fn orphan(&mut self, lines: &[u8]) -> io::Result<()>;
    /// Writes bytes that frame the whole output, outside any input file: a
    /// format's header or footer (see [`crate::output::record::RecordFormat`]).
    fn frame(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Completes all output.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// One output stream: stdout or an atomically written file.
pub struct StreamDestination {
    writer: BufWriter<Box<dyn Write>>,
    target: Option<OutputFile>,
}

impl StreamDestination {
    /// Writes to standard output.
    pub fn stdout() -> StreamDestination {
        StreamDestination {
            writer: BufWriter::with_capacity(1 << 16, Box::new(io::stdout())),
            target: None,
        }
    }

    /// Writes to `path` as an [`OutputFile`]: a file is replaced by `finish`.
    pub fn file(path: &Path) -> io::Result<StreamDestination> {
        let target = OutputFile::create(path)?;
        let handle = target.writer()?;
        Ok(StreamDestination {
            writer: BufWriter::with_capacity(1 << 16, Box::new(handle)),
            target: Some(target),
        })
    }
}

impl Destination for StreamDestination {
    fn begin_file(&mut self, _file: &InputFile) -> io::Result<()> {
        Ok(())
    }

    fn write(&mut self, lines: &[u8]) -> io::Result<()> {
        self.writer.write_all(lines)
    }

    fn end_file(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn orphan(&mut self, lines: &[u8]) -> io::Result<()> {
        self.writer.write_all(lines)
    }

    fn frame(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.writer.write_all(bytes)
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.writer.flush()?;
        match self.target.take() {
            Some(target) => target.commit(),
            None => Ok(()),
        }
    }
}

/// A compressed or plain writer over a temporary file.
enum Encoded {
    Plain(BufWriter<std::fs::File>),
    Gzip(flate2::write::GzEncoder<BufWriter<std::fs::File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<std::fs::File>>),
}

impl Encoded {
    fn for_name(name: &Path, file: std::fs::File) -> io::Result<Encoded> {
        let buffered = BufWriter::with_capacity(1 << 16, file);
        let lower = name.to_string_lossy().to_ascii_lowercase();
        Ok(if lower.ends_with(".gz") {
            Encoded::Gzip(flate2::write::GzEncoder::new(
                buffered,
                flate2::Compression::default(),
            ))
        } else if lower.ends_with(".zst") || lower.ends_with(".zstd") {
            Encoded::Zstd(zstd::stream::write::Encoder::new(buffered, 3)?)
        } else {
            Encoded::Plain(buffered)
        })
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Encoded::Plain(w) => w.write_all(bytes),
            Encoded::Gzip(w) => w.write_all(bytes),
            Encoded::Zstd(w) => w.write_all(bytes),
        }
    }

    fn finish(self) -> io::Result<()> {
        let mut buffered = match self {
            Encoded::Plain(w) => w,
            Encoded::Gzip(w) => w.finish()?,
            Encoded::Zstd(w) => w.finish()?,
        };
        buffered.flush()
    }
}

/// One output file per input file, mirrored under a directory.
pub struct MirrorDestination {
    dir: PathBuf,
    current: Option<(Encoded, OutputFile)>,
}

impl MirrorDestination {
    /// Mirrors `files` under `dir`; refuses inputs that would share an
    /// output file (the same relative path under two named directories) and
    /// outputs that would overwrite an input (`--output-dir` naming an input
    /// directory). Reads no input.
    pub fn new(
        dir: &Path,
        files: impl IntoIterator<Item = InputFile>,
    ) -> io::Result<MirrorDestination> {
        let mut seen = HashSet::new();
        for file in files {
            let out = dir.join(&file.relative);
            if !file.is_stdin() {
                let input = FileId::of_path(&file.path);
                if input.is_some() && FileId::of_path(&out) == input {
                    return Err(io::Error::other(format!(
                        "the output file {} is the input {} itself: choose an --output-dir outside the inputs' directories",
                        out.display(),
                        file.name
                    )));
                }
            }
            if !seen.insert(out) {
                return Err(io::Error::other(format!(
                    "two inputs would write the same output file {} (name them from one directory)",
                    dir.join(&file.relative).display()
                )));
            }
        }
        Ok(MirrorDestination {
            dir: dir.to_path_buf(),
            current: None,
        })
    }

    /// The output path of an input file.
    pub fn output_path(&self, file: &InputFile) -> PathBuf {
        self.dir.join(&file.relative)
    }
}

impl Destination for MirrorDestination {
    fn begin_file(&mut self, file: &InputFile) -> io::Result<()> {
        let path = self.output_path(file);
        let target = OutputFile::create(&path)?;
        let encoded = Encoded::for_name(&path, target.writer()?)?;
        self.current = Some((encoded, target));
        Ok(())
    }

    fn write(&mut self, lines: &[u8]) -> io::Result<()> {
        match self.current.as_mut() {
            Some((encoded, _)) => encoded.write_all(lines),
            None => Err(io::Error::other("output written outside an input file")),
        }
    }

    fn end_file(&mut self) -> io::Result<()> {
        if let Some((encoded, target)) = self.current.take() {
            encoded.finish()?;
            target.commit()?;
        }
        Ok(())
    }

    fn orphan(&mut self, lines: &[u8]) -> io::Result<()> {
        // A path that could not be read has no output file: its error line
        // goes to stderr (and into the summary's error count). A stderr that
        // can't take it changes nothing: the count still makes the exit 2.
        let _ = io::stderr().write_all(lines);
        Ok(())
    }

    fn frame(&mut self, bytes: &[u8]) -> io::Result<()> {
        // One file per input has no place for a whole-output frame.
        if bytes.is_empty() {
            Ok(())
        } else {
            Err(io::Error::other(
                "this output format writes one stream, not a file per input",
            ))
        }
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.end_file()
    }
}
