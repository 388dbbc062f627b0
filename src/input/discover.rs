//! Discovery: the input files a scan reads, from what the user named.
//!
//! Named files are taken as given; directories are walked recursively in
//! sorted order, skipping hidden entries, keeping files that match the
//! `--glob` patterns; `--files-from` adds paths listed one per line. The list
//! is deterministic, so `--shard I/N` (every N-th file, starting at I) splits
//! it the same way on every machine.

use super::record::{Position, RecordError, SourceRef};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The input format of a file, told by its name once compression suffixes
/// (`.gz`, `.zst`) are set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One document per file: HTML or text.
    Page,
    /// A WARC or WET archive.
    Warc,
    /// One JSON document per line.
    Jsonl,
}

impl InputKind {
    /// The kind a file name implies; anything unknown is a page.
    pub fn from_name(name: &str) -> InputKind {
        let lower = name.to_ascii_lowercase();
        let stem = ["gz", "zst", "zstd"]
            .iter()
            .find_map(|ext| lower.strip_suffix(&format!(".{ext}")))
            .unwrap_or(&lower);
        let ext = stem.rsplit('.').next().unwrap_or("");
        match ext {
            "warc" | "wet" => InputKind::Warc,
            "jsonl" | "ndjson" | "json" => InputKind::Jsonl,
            _ => InputKind::Page,
        }
    }
}

/// One input file of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Where to read it; `-` is stdin.
    pub path: PathBuf,
    /// The name reports use: the path as named, or joined under the named
    /// directory.
    pub name: Arc<str>,
    /// The path below the named directory (the file name for a named file):
    /// mirrored output files are written under this name.
    pub relative: PathBuf,
    /// Size on disk, when known (stdin has none).
    pub size: Option<u64>,
}

impl InputFile {
    /// True for standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The kind its name implies (stdin is sniffed instead).
    pub fn kind(&self) -> InputKind {
        InputKind::from_name(&self.name)
    }
}

/// A deterministic subset of the inputs: file `k` (in discovery order) is in
/// shard `k mod count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, from 0.
    pub index: u64,
    /// How many shards there are.
    pub count: u64,
}

/// Why a `--shard` value was refused.
#[derive(Debug, thiserror::Error)]
#[error("--shard must be I/N with 0 <= I < N (e.g. 0/4), got {0:?}")]
pub struct ShardError(String);

impl std::str::FromStr for Shard {
    type Err = ShardError;

    fn from_str(s: &str) -> Result<Shard, ShardError> {
        let bad = || ShardError(s.to_string());
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u64 = i.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// Why discovery could not start.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// A `--glob` pattern that does not parse.
    #[error("bad --glob pattern: {0}")]
    Glob(#[from] globset::Error),
    /// The `--files-from` list could not be read.
    #[error("cannot read --files-from {path}: {source}")]
    FilesFrom {
        /// The list's path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// A file's identity: device and inode on Unix, so two names of one file
/// (links, `./a` and `a`) compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileId {
    device: u64,
    inode: u64,
}

impl FileId {
    /// The identity of what `path` names (links followed); `None` when it
    /// does not exist or can't be read.
    pub fn of_path(path: &Path) -> Option<FileId> {
        std::fs::metadata(path).ok().and_then(|m| FileId::of(&m))
    }

    /// The identity in `meta` (`None` where there are no inodes).
    pub fn of(meta: &std::fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId {
                device: meta.dev(),
                inode: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }
}

/// What to look for inside directories.
#[derive(Debug, Clone, Default)]
pub struct DiscoverOptions {
    /// Glob patterns a walked file must match (any of them); a leading `!`
    /// excludes. Named files are always taken.
    pub globs: Vec<String>,
    /// Only files of this kind are taken from directories.
    pub only_kind: Option<InputKind>,
    /// Keep only this shard of the list.
    pub shard: Option<Shard>,
    /// Files and directories that walks skip and listed paths refuse: the
    /// scan's own outputs, so that a scan never reads what it writes.
    pub exclude: Vec<FileId>,
}

struct Filter {
    include: Option<GlobSet>,
    exclude: GlobSet,
    only_kind: Option<InputKind>,
    outputs: Arc<[FileId]>,
}

impl Filter {
    fn new(options: &DiscoverOptions) -> Result<Filter, DiscoverError> {
        let mut include = GlobSetBuilder::new();
        let mut exclude = GlobSetBuilder::new();
        let mut any_include = false;
        for pattern in &options.globs {
            match pattern.strip_prefix('!') {
                Some(p) => {
                    exclude.add(Glob::new(p)?);
                }
                None => {
                    any_include = true;
                    include.add(Glob::new(pattern)?);
                }
            }
        }
        Ok(Filter {
            include: if any_include {
                Some(include.build()?)
            } else {
                None
            },
            exclude: exclude.build()?,
            only_kind: options.only_kind,
            outputs: options.exclude.clone().into(),
        })
    }

    fn accepts(&self, relative: &Path) -> bool {
        let kind_ok = self
            .only_kind
            .is_none_or(|k| InputKind::from_name(&relative.to_string_lossy()) == k);
        kind_ok
            && self.include.as_ref().is_none_or(|g| g.is_match(relative))
            && !self.exclude.is_match(relative)
    }
}

/// Lists the input files named by `inputs` and by the `files_from` list,
/// lazily: directories are walked and the list is read as the scan goes, so
/// memory does not grow with the number of files. Paths that can't be read
/// become error entries (in order), so each is reported once in the output.
pub fn discover<'a>(
    inputs: &'a [String],
    files_from: Option<&Path>,
    options: &DiscoverOptions,
) -> Result<Discovery<'a>, DiscoverError> {
    let filter = Filter::new(options)?;
    let mut named: Box<dyn Iterator<Item = Result<String, RecordError>> + Send + 'a> =
        Box::new(inputs.iter().cloned().map(Ok));
    if let Some(list) = files_from {
        named = Box::new(named.chain(read_list(list)?));
    }
    Ok(Discovery {
        named,
        walk: None,
        filter,
        shard: options.shard,
        index: 0,
    })
}

/// The input files of a scan, in order; see [`discover`].
pub struct Discovery<'a> {
    named: Box<dyn Iterator<Item = Result<String, RecordError>> + Send + 'a>,
    walk: Option<Walk>,
    filter: Filter,
    shard: Option<Shard>,
    index: u64,
}

/// A directory being walked.
struct Walk {
    root: PathBuf,
    name: String,
    entries: Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>> + Send>,
}

impl Iterator for Discovery<'_> {
    type Item = Result<InputFile, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let entry = self.next_entry()?;
            let k = self.index;
            self.index += 1;
            if self.shard.is_none_or(|s| k % s.count == s.index) {
                return Some(entry);
            }
        }
    }
}

impl Discovery<'_> {
    /// The next file or error, before sharding.
    fn next_entry(&mut self) -> Option<Result<InputFile, RecordError>> {
        loop {
            if let Some(walk) = self.walk.as_mut() {
                match walk.entries.next() {
                    None => self.walk = None,
                    Some(Err(e)) => {
                        let at = e
                            .path()
                            .map_or_else(|| walk.name.clone(), |p| p.display().to_string());
                        return Some(Err(missing(&at, format!("cannot read: {e}"))));
                    }
                    Some(Ok(entry)) if entry.file_type().is_dir() => {}
                    Some(Ok(entry)) => {
                        let relative = entry
                            .path()
                            .strip_prefix(&walk.root)
                            .unwrap_or(entry.path())
                            .to_path_buf();
                        if !self.filter.accepts(&relative) {
                            continue;
                        }
                        let meta = entry.metadata().ok();
                        if meta
                            .as_ref()
                            .and_then(FileId::of)
                            .is_some_and(|id| self.filter.outputs.contains(&id))
                        {
                            continue; // this scan's own output
                        }
                        let name: Arc<str> = entry.path().display().to_string().into();
                        // Walks take regular files only: a FIFO would block
                        // the scan forever, a device never end.
                        if !entry.file_type().is_file() {
                            let what = special_kind(&entry.file_type());
                            return Some(Err(missing(
                                &name,
                                format!("{what}, not a regular file: skipped"),
                            )));
                        }
                        return Some(Ok(InputFile {
                            name,
                            path: entry.path().to_path_buf(),
                            relative,
                            size: meta.map(|m| m.len()),
                        }));
                    }
                }
                continue;
            }
            let name = match self.named.next()? {
                Ok(name) => name,
                Err(e) => return Some(Err(e)),
            };
            if name == "-" {
                return Some(Ok(InputFile {
                    path: PathBuf::from("-"),
                    name: "-".into(),
                    relative: PathBuf::from("stdin"),
                    size: None,
                }));
            }
            let path = PathBuf::from(&name);
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => return Some(Err(missing(&name, format!("cannot read: {e}")))),
            };
            if FileId::of(&meta).is_some_and(|id| self.filter.outputs.contains(&id)) {
                return Some(Err(missing(
                    &name,
                    "is this scan's own output: not read".to_string(),
                )));
            }
            if !meta.is_dir() {
                let relative = path
                    .file_name()
                    .map_or_else(|| PathBuf::from(&name), PathBuf::from);
                return Some(Ok(InputFile {
                    name: name.as_str().into(),
                    path,
                    relative,
                    size: meta.is_file().then_some(meta.len()),
                }));
            }
            // Hidden entries (dot files and folders, among them the scan's
            // own temporary files) are skipped, as ripgrep does, and so are
            // directories that are this scan's output.
            let outputs = self.filter.outputs.clone();
            let entries = walkdir::WalkDir::new(&path)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(move |e| {
                    e.depth() == 0
                        || !(e.file_name().to_string_lossy().starts_with('.')
                            || e.file_type().is_dir()
                                && e.metadata()
                                    .ok()
                                    .and_then(|m| FileId::of(&m))
                                    .is_some_and(|id| outputs.contains(&id)))
                });
            self.walk = Some(Walk {
                root: path,
                name,
                entries: Box::new(entries),
            });
        }
    }
}

/// Reads a `--files-from` list lazily: one path per line, blank lines skipped.
fn read_list(
    list: &Path,
) -> Result<impl Iterator<Item = Result<String, RecordError>> + Send, DiscoverError> {
    let reader: Box<dyn BufRead + Send> = if list.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(list).map_err(|source| DiscoverError::FilesFrom {
            path: list.to_path_buf(),
            source,
        })?;
        Box::new(std::io::BufReader::new(file))
    };
    let list_name = list.display().to_string();
    Ok(reader
        .lines()
        .enumerate()
        .filter_map(move |(i, line)| match line {
            Err(e) => Some(Err(RecordError::at(
                SourceRef {
                    file: list_name.as_str().into(),
                    position: Position::Line(i as u64 + 1),
                },
                format!("cannot read the --files-from list: {e}"),
            ))),
            Ok(line) => {
                let name = line.trim_end_matches('\r');
                (!name.trim().is_empty()).then(|| Ok(name.to_string()))
            }
        }))
}

/// What a special file is, for its error line.
fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        } else if file_type.is_socket() {
            return "a socket";
        } else if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "a special file"
}

fn missing(name: &str, message: String) -> RecordError {
    RecordError::at(SourceRef::file(name.into()), message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_names() {
        assert_eq!(InputKind::from_name("a/CC-MAIN-1.warc.gz"), InputKind::Warc);
        assert_eq!(InputKind::from_name("x.warc.wet.gz"), InputKind::Warc);
        assert_eq!(InputKind::from_name("x.wet"), InputKind::Warc);
        assert_eq!(InputKind::from_name("docs.jsonl.zst"), InputKind::Jsonl);
        assert_eq!(InputKind::from_name("docs.json.gz"), InputKind::Jsonl);
        assert_eq!(InputKind::from_name("page.html.gz"), InputKind::Page);
        assert_eq!(InputKind::from_name("README"), InputKind::Page);
    }

    #[test]
    fn shards() {
        assert_eq!(
            "1/4".parse::<Shard>().unwrap(),
            Shard { index: 1, count: 4 }
        );
        for bad in ["4/4", "1", "a/b", "0/0"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn walk_is_sorted_filtered_and_sharded() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "b.html",
            "a.html",
            "sub/c.html",
            "sub/d.txt",
            ".hidden/e.html",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let root_name = root.to_str().unwrap().to_string();
        let names = |opts: &DiscoverOptions| -> Vec<String> {
            discover(std::slice::from_ref(&root_name), None, opts)
                .unwrap()
                .map(|e| e.unwrap().relative.display().to_string())
                .collect()
        };
        let all = names(&DiscoverOptions::default());
        assert_eq!(all, ["a.html", "b.html", "sub/c.html", "sub/d.txt"]);
        let html = names(&DiscoverOptions {
            globs: vec!["*.html".into(), "!b.*".into()],
            ..Default::default()
        });
        assert_eq!(html, ["a.html", "sub/c.html"]);
        let shard = names(&DiscoverOptions {
            shard: Some(Shard { index: 1, count: 2 }),
            ..Default::default()
        });
        assert_eq!(shard, ["b.html", "sub/d.txt"]);
        let names = ["no/such/file".to_string()];
        let mut missing = discover(&names, None, &DiscoverOptions::default()).unwrap();
        assert!(missing.next().unwrap().is_err());
        assert!(missing.next().is_none());
    }
}
