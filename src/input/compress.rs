//! Compression: a file's bytes to the stream a format reader parses.
//!
//! The compression is recognised by its magic bytes, not by the file name, so
//! a misnamed file still opens. gzip is read member by member, as Common Crawl
//! writes it (one member per WARC record): a plain single-member decoder would
//! stop silently after the first record. Reading the members ourselves, rather
//! than with flate2's `MultiGzDecoder`, is what lets every record report the
//! byte offset of its gzip member, the offset the Common Crawl index uses.
//! zstd files may hold several frames; the zstd decoder reads them all.
//!
//! Neither decoder ever holds more than a buffer of output: the format readers
//! above them cap each document, so a decompression bomb costs time, not memory.

use flate2::bufread::GzDecoder;
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// Buffer size for reading files and decompressed streams.
pub const STREAM_BUFFER: usize = 256 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// How a stream is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Stored as is.
    None,
    /// gzip, possibly many members.
    Gzip,
    /// Zstandard, possibly many frames.
    Zstd,
}

impl Compression {
    /// Recognises a compression by the first bytes of a stream.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&GZIP_MAGIC) {
            Compression::Gzip
        } else if head.starts_with(&ZSTD_MAGIC) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// Counts the bytes read from a raw input (before decompression) into a
/// shared counter, which drives the progress bar and the MB/s of the input.
#[derive(Debug)]
pub struct CountingReader<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R> CountingReader<R> {
    /// Wraps `inner`, adding every byte read to `counter`.
    pub fn new(inner: R, counter: Arc<AtomicU64>) -> CountingReader<R> {
        CountingReader { inner, counter }
    }
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Where gzip members start: pairs of (offset in the decompressed stream,
/// offset of the member in the file), consulted by the WARC reader to give
/// each record its member offset. Entries behind the reader are pruned when
/// it asks, and the map never holds more than [`MAX_TRACKED_MEMBERS`]
/// (readers that never ask, such as JSONL, lose only the offsets).
#[derive(Debug, Clone, Default)]
pub struct MemberMap(Arc<Mutex<VecDeque<(u64, u64)>>>);

/// Most member starts a [`MemberMap`] keeps; the decompressor runs at most a
/// buffer ahead of the WARC reader, so only a few are ever pending.
pub const MAX_TRACKED_MEMBERS: usize = 1024;

impl MemberMap {
    fn push(&self, decompressed: u64, compressed: u64) {
        let mut starts = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if starts.len() >= MAX_TRACKED_MEMBERS {
            starts.pop_front();
        }
        starts.push_back((decompressed, compressed));
    }

    /// The file offset of the member holding decompressed byte `pos`.
    /// Positions must be asked in non-decreasing order.
    pub fn member_at(&self, pos: u64) -> Option<u64> {
        let mut starts = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        while starts.len() > 1 && starts.get(1).is_some_and(|&(d, _)| d <= pos) {
            starts.pop_front();
        }
        starts.front().filter(|&&(d, _)| d <= pos).map(|&(_, c)| c)
    }
}

/// Most compressed bytes of one gzip member kept for a resync: enough for
/// any WARC record member (Common Crawl's are tens of kilobytes); past it, a
/// damaged member is searched for its successor from where decoding failed.
const MEMBER_RECORD_CAP: usize = 4 * 1024 * 1024;

/// The compressed side of [`GzipMembers`]: the raw stream with its file
/// offset, a replay buffer read before it (bytes taken back for a resync),
/// and a record of the bytes the current member consumed, so that a damaged
/// member's successor can be searched for from just after its start.
struct MemberInput<R> {
    inner: R,
    replay: Vec<u8>,
    replay_at: usize,
    /// File offset of the next byte `fill_buf` returns.
    offset: u64,
    record: Vec<u8>,
    recording: bool,
}

impl<R: BufRead> MemberInput<R> {
    /// Starts recording a member at the current offset.
    fn start_member(&mut self) {
        self.record.clear();
        self.recording = true;
    }

    /// Bytes the current member consumed, when all of them were kept.
    fn take_record(&mut self) -> Option<Vec<u8>> {
        let kept = self.recording.then(|| std::mem::take(&mut self.record));
        self.recording = false;
        self.record.clear();
        kept
    }

    /// Puts `bytes`, which start at file offset `at`, back in front of the
    /// stream.
    fn push_back(&mut self, mut bytes: Vec<u8>, at: u64) {
        bytes.extend_from_slice(&self.replay[self.replay_at..]);
        self.replay = bytes;
        self.replay_at = 0;
        self.offset = at;
    }
}

impl<R: BufRead> Read for MemberInput<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for MemberInput<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.replay_at < self.replay.len() {
            return Ok(&self.replay[self.replay_at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        let from_replay = self.replay_at < self.replay.len();
        if self.recording {
            let taken = if from_replay {
                self.replay.get(self.replay_at..self.replay_at + amt)
            } else {
                // `consume` follows a `fill_buf` that returned these bytes:
                // this call returns the same buffer without reading.
                self.inner.fill_buf().ok().and_then(|b| b.get(..amt))
            };
            match taken {
                Some(bytes) if self.record.len() + amt <= MEMBER_RECORD_CAP => {
                    self.record.extend_from_slice(bytes)
                }
                _ => {
                    self.recording = false;
                    self.record = Vec::new();
                }
            }
        }
        if from_replay {
            self.replay_at += amt;
            if self.replay_at >= self.replay.len() {
                self.replay = Vec::new();
                self.replay_at = 0;
            }
        } else {
            self.inner.consume(amt);
        }
        self.offset += amt as u64;
    }
}

/// Whether `h` (at least [`GZIP_HEADER_LEN`] bytes) looks like the header
/// of a gzip member: magic, deflate, no reserved flag bits, a known extra
/// flag and OS byte. Strict enough that deflate data rarely passes.
fn looks_like_member(h: &[u8]) -> bool {
    h.len() >= GZIP_HEADER_LEN
        && h[..3] == [0x1f, 0x8b, 0x08]
        && h[3] & 0xE0 == 0
        && matches!(h[8], 0 | 2 | 4)
        && (h[9] <= 13 || h[9] == 255)
}

/// A gzip member header's fixed part.
const GZIP_HEADER_LEN: usize = 10;

/// A stretch of a gzip file that could not be decompressed (a damaged
/// member, or bytes between members that are no member) and was skipped:
/// the error that [`GzipMembers`] returns once for it, after which reading
/// goes on with the next member. Readers tell it apart with
/// [`DamagedMember::of`] and can resynchronize.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{cause}: {}", self.range())]
pub struct DamagedMember {
    /// File offset where the skipped bytes start.
    pub start: u64,
    /// File offset of the next member, where reading resumes; `None` when
    /// no member follows (the rest of the file is lost).
    pub resume: Option<u64>,
    /// Why the bytes could not be decompressed.
    pub cause: String,
}

impl DamagedMember {
    /// The damaged stretch in an I/O error, if that is what it reports.
    pub fn of(error: &io::Error) -> Option<&DamagedMember> {
        error
            .get_ref()
            .and_then(|e| e.downcast_ref::<DamagedMember>())
    }

    /// The skipped file bytes, for messages.
    pub fn range(&self) -> String {
        match self.resume {
            Some(end) => format!(
                "gzip bytes {}..{} of the file skipped, reading resumes at the next member",
                self.start, end
            ),
            None => format!(
                "gzip bytes from {} to the end of the file skipped (no further member): the rest of the file is lost",
                self.start
            ),
        }
    }
}

/// A member's decompressed bytes are held back until its checksum is
/// verified, up to this size: a damaged member of that size never hands a
/// parser a byte of garbage. Larger members (a whole JSONL file in one
/// member) stream through, and their damage shows where it is found.
const VERIFIED_MEMBER_CAP: usize = 2 * 1024 * 1024;
/// How much is decompressed at a time into the held-back bytes.
const STAGE_CHUNK: usize = 64 * 1024;

/// Reads every member of a gzip stream in turn, noting where each starts.
/// A damaged member, or bytes between members that are no member, is
/// reported once as a [`DamagedMember`] error; reading then goes on at the
/// next member found (its header is searched for from just after the
/// damaged member's start). Members up to [`VERIFIED_MEMBER_CAP`] are
/// checked whole before any of their bytes is handed on.
struct GzipMembers<R: BufRead> {
    decoder: Option<GzDecoder<MemberInput<R>>>,
    members: MemberMap,
    /// Bytes of the decompressed stream so far (handed on or held back):
    /// the decompressed offset of the next member.
    decoded: u64,
    member_start: u64,
    /// Verified bytes of the current member not yet handed on.
    staged: Vec<u8>,
    staged_at: usize,
    /// The current member outgrew the cap and streams through unverified.
    streaming: bool,
    /// The current member ended cleanly; the next is looked for on the
    /// next read, after the staged bytes are handed on.
    member_done: bool,
    /// An error to report once the staged bytes before it are handed on.
    pending_error: Option<io::Error>,
}

impl<R: BufRead> GzipMembers<R> {
    fn new(inner: R, members: MemberMap) -> GzipMembers<R> {
        members.push(0, 0);
        let mut input = MemberInput {
            inner,
            replay: Vec::new(),
            replay_at: 0,
            offset: 0,
            record: Vec::new(),
            recording: false,
        };
        input.start_member();
        GzipMembers {
            decoder: Some(GzDecoder::new(input)),
            members,
            decoded: 0,
            member_start: 0,
            staged: Vec::new(),
            staged_at: 0,
            streaming: false,
            member_done: false,
            pending_error: None,
        }
    }

    /// Starts decoding a member at the input's offset.
    fn begin(&mut self, mut input: MemberInput<R>) {
        self.member_start = input.offset;
        self.members.push(self.decoded, input.offset);
        input.start_member();
        self.decoder = Some(GzDecoder::new(input));
    }

    /// After a clean member: the end of the stream, the next member, or
    /// bytes that start none (an error, then the member after them).
    fn next_member(&mut self) -> io::Result<()> {
        let Some(finished) = self.decoder.take() else {
            return Ok(());
        };
        let mut rest = finished.into_inner();
        rest.take_record();
        let head = peek(&mut rest, GZIP_HEADER_LEN)?;
        if head.is_empty() {
            return Ok(());
        }
        if !looks_like_member(&head) {
            let start = rest.offset;
            self.member_start = u64::MAX;
            let cause = "bytes after a gzip member that start no member".to_string();
            return Err(self.resync(rest, start, cause));
        }
        self.begin(rest);
        Ok(())
    }

    /// The current member is damaged: resynchronizes, and drops its
    /// held-back bytes when another member follows. When none does (a file
    /// cut short), what could be decompressed is handed on first, as
    /// `zcat` would, and the error after it.
    fn damaged(&mut self, e: io::Error) -> io::Result<usize> {
        self.streaming = false;
        let cause = format!("damaged gzip member ({e})");
        let error = match self.decoder.take() {
            Some(failed) => {
                let start = self.member_start;
                self.resync(failed.into_inner(), start, cause)
            }
            None => e,
        };
        let resumes = DamagedMember::of(&error).is_some_and(|d| d.resume.is_some());
        if resumes || self.staged.is_empty() {
            self.staged.clear();
            self.staged_at = 0;
            return Err(error);
        }
        self.decoded += self.staged.len() as u64;
        self.pending_error = Some(error);
        Ok(0)
    }

    /// Searches for the next member after the damage that started at
    /// `start` and returns the error that reports the skipped bytes.
    fn resync(&mut self, mut input: MemberInput<R>, start: u64, cause: String) -> io::Error {
        // Search from just after the damaged member's start when its bytes
        // were kept, else from where decoding stopped.
        if let Some(mut kept) = input.take_record() {
            if kept.len() > 1 && self.member_start == start {
                kept.remove(0);
                input.push_back(kept, start + 1);
            }
        }
        let damage = match find_member(&mut input) {
            Ok(true) => {
                let resume = input.offset;
                self.begin(input);
                DamagedMember {
                    start,
                    resume: Some(resume),
                    cause,
                }
            }
            Ok(false) => DamagedMember {
                start,
                resume: None,
                cause,
            },
            Err(e) => DamagedMember {
                start,
                resume: None,
                cause: format!("{cause}; then {e}"),
            },
        };
        io::Error::new(io::ErrorKind::InvalidData, damage)
    }
}

/// Advances `input` to the next byte that starts a plausible gzip member
/// header; `false` at the end of the stream.
fn find_member<R: BufRead>(input: &mut MemberInput<R>) -> io::Result<bool> {
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        match memchr::memchr(GZIP_MAGIC[0], buf) {
            None => {
                let n = buf.len();
                input.consume(n);
            }
            Some(p) if p > 0 => input.consume(p),
            Some(_) => {
                if looks_like_member(&peek(input, GZIP_HEADER_LEN)?) {
                    return Ok(true);
                }
                input.consume(1);
            }
        }
    }
}

/// The next `n` bytes of `input` (fewer at its end), left unconsumed: a
/// header may straddle two buffer fills.
fn peek<R: BufRead>(input: &mut MemberInput<R>, n: usize) -> io::Result<Vec<u8>> {
    let at = input.offset;
    let buf = input.fill_buf()?;
    if buf.len() >= n {
        return Ok(buf[..n].to_vec());
    }
    let mut bytes = buf.to_vec();
    input.consume(bytes.len());
    while bytes.len() < n {
        let next = input.fill_buf()?;
        if next.is_empty() {
            break;
        }
        let k = next.len().min(n - bytes.len());
        bytes.extend_from_slice(&next[..k]);
        input.consume(k);
    }
    input.push_back(bytes.clone(), at);
    Ok(bytes)
}

impl<R: BufRead> Read for GzipMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if self.staged_at < self.staged.len() {
                let n = (self.staged.len() - self.staged_at).min(buf.len());
                buf[..n].copy_from_slice(&self.staged[self.staged_at..self.staged_at + n]);
                self.staged_at += n;
                return Ok(n);
            }
            if let Some(e) = self.pending_error.take() {
                return Err(e);
            }
            if std::mem::take(&mut self.member_done) {
                self.next_member()?;
                continue;
            }
            let Some(decoder) = self.decoder.as_mut() else {
                return Ok(0);
            };
            if self.streaming {
                match decoder.read(buf) {
                    Ok(0) => {
                        self.streaming = false;
                        self.member_done = true;
                    }
                    Ok(n) => {
                        self.decoded += n as u64;
                        return Ok(n);
                    }
                    Err(e) => {
                        // Nothing is held back while streaming: the error
                        // is reported at once.
                        self.staged.clear();
                        self.staged_at = 0;
                        self.damaged(e)?;
                    }
                }
                continue;
            }
            // Decompress the member, holding its bytes back until its
            // checksum is verified (or it outgrows the cap).
            self.staged.clear();
            self.staged_at = 0;
            loop {
                let len = self.staged.len();
                if len >= VERIFIED_MEMBER_CAP {
                    self.streaming = true;
                    break;
                }
                self.staged.resize(len + STAGE_CHUNK, 0);
                match decoder.read(&mut self.staged[len..]) {
                    Ok(0) => {
                        self.staged.truncate(len);
                        self.member_done = true;
                        break;
                    }
                    Ok(n) => self.staged.truncate(len + n),
                    Err(e) => {
                        self.staged.truncate(len);
                        self.damaged(e)?;
                        // The staged bytes go on, the error after them.
                        break;
                    }
                }
            }
            if self.pending_error.is_none() {
                self.decoded += self.staged.len() as u64;
            }
        }
    }
}

/// A decompressed, buffered stream and, for gzip, where its members start.
pub struct Decompressed {
    /// The decompressed bytes.
    pub reader: Box<dyn BufRead + Send>,
    /// gzip member starts, when the stream is gzip.
    pub members: Option<MemberMap>,
    /// The compression that was recognised.
    pub compression: Compression,
}

/// Recognises the compression of `raw` by its magic bytes and returns the
/// decompressed stream.
pub fn decompress<R: Read + Send + 'static>(mut raw: R) -> io::Result<Decompressed> {
    let head = read_head(&mut raw, ZSTD_MAGIC.len())?;
    let compression = Compression::sniff(&head);
    let buffered = BufReader::with_capacity(STREAM_BUFFER, io::Cursor::new(head).chain(raw));
    Ok(match compression {
        Compression::None => Decompressed {
            reader: Box::new(buffered),
            members: None,
            compression,
        },
        Compression::Gzip => {
            let members = MemberMap::default();
            let reader = GzipMembers::new(buffered, members.clone());
            Decompressed {
                reader: Box::new(BufReader::with_capacity(STREAM_BUFFER, reader)),
                members: Some(members),
                compression,
            }
        }
        Compression::Zstd => {
            // Multi-frame by default: the decoder goes on to the next frame
            // until the input ends (`single_frame` would stop after one).
            let reader = zstd::stream::read::Decoder::with_buffer(buffered)?;
            Decompressed {
                reader: Box::new(BufReader::with_capacity(STREAM_BUFFER, reader)),
                members: None,
                compression,
            }
        }
    })
}

/// Reads up to `n` bytes from the front of `reader` (fewer only at the end of
/// the stream), for sniffing; chain them back in front with `Cursor::chain`.
pub fn read_head<R: Read + ?Sized>(reader: &mut R, n: usize) -> io::Result<Vec<u8>> {
    let mut head = vec![0u8; n];
    let mut got = 0;
    while got < n {
        match reader.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    head.truncate(got);
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip_members(parts: &[&[u8]]) -> (Vec<u8>, Vec<u64>) {
        let mut out = Vec::new();
        let mut starts = Vec::new();
        for part in parts {
            starts.push(out.len() as u64);
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(part).unwrap();
            out.extend(enc.finish().unwrap());
        }
        (out, starts)
    }

    fn read_all(d: &mut Decompressed) -> io::Result<Vec<u8>> {
        let mut v = Vec::new();
        d.reader.read_to_end(&mut v)?;
        Ok(v)
    }

    #[test]
    fn every_gzip_member_is_read_and_located() {
        let (gz, starts) = gzip_members(&[b"first\n", b"second\n", b"third\n"]);
        let mut d = decompress(io::Cursor::new(gz)).unwrap();
        assert_eq!(d.compression, Compression::Gzip);
        assert_eq!(read_all(&mut d).unwrap(), b"first\nsecond\nthird\n");
        // Decompressed offsets 0, 6 and 13 start the three members.
        let members = d.members.unwrap();
        assert_eq!(members.member_at(0), Some(starts[0]));
        assert_eq!(members.member_at(6), Some(starts[1]));
        assert_eq!(members.member_at(12), Some(starts[1]));
        assert_eq!(members.member_at(13), Some(starts[2]));
    }

    #[test]
    fn truncated_gzip_is_an_error_not_a_silent_end() {
        let (gz, _) = gzip_members(&[b"first\n", b"second line that is long enough\n"]);
        let cut = gz[..gz.len() - 5].to_vec();
        let mut d = decompress(io::Cursor::new(cut)).unwrap();
        assert!(read_all(&mut d).is_err());
    }

    #[test]
    fn a_damaged_member_is_one_error_between_intact_members() {
        let (mut gz, starts) = gzip_members(&[b"first\n", b"second member\n", b"third\n"]);
        gz[starts[1] as usize + 12] ^= 0xFF;
        let mut d = decompress(io::Cursor::new(gz)).unwrap();
        let mut got = Vec::new();
        let mut errors = Vec::new();
        let mut buf = [0u8; 3];
        loop {
            match d.reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(e) => errors.push(DamagedMember::of(&e).cloned().unwrap()),
            }
        }
        // Nothing of the damaged member reaches the reader.
        assert_eq!(got, b"first\nthird\n");
        assert_eq!(
            errors,
            [DamagedMember {
                start: starts[1],
                resume: Some(starts[2]),
                cause: errors[0].cause.clone()
            }]
        );
        let members = d.members.unwrap();
        assert_eq!(members.member_at(6), Some(starts[2]));
    }

    #[test]
    fn every_zstd_frame_is_read() {
        let mut z = zstd::encode_all(&b"one\n"[..], 3).unwrap();
        z.extend(zstd::encode_all(&b"two\n"[..], 3).unwrap());
        let mut d = decompress(io::Cursor::new(z)).unwrap();
        assert_eq!(d.compression, Compression::Zstd);
        assert_eq!(read_all(&mut d).unwrap(), b"one\ntwo\n");
    }

    #[test]
    fn plain_and_tiny_streams_pass_through() {
        for input in [&b""[..], b"x", b"\x1f", b"plain text"] {
            let mut d = decompress(io::Cursor::new(input.to_vec())).unwrap();
            assert_eq!(d.compression, Compression::None);
            assert_eq!(read_all(&mut d).unwrap(), input);
        }
    }

    #[test]
    fn counting_reader_counts() {
        let counter = Arc::new(AtomicU64::new(0));
        let mut r = CountingReader::new(&b"12345"[..], counter.clone());
        let mut v = Vec::new();
        r.read_to_end(&mut v).unwrap();
        assert_eq!(counter.load(Ordering::Relaxed), 5);
    }
}
