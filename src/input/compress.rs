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

/// A buffered reader that counts how many bytes its consumer has consumed:
/// the file offset of the next gzip member.
struct ConsumedCount<R> {
    inner: R,
    consumed: u64,
}

impl<R: BufRead> Read for ConsumedCount<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.consumed += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for ConsumedCount<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.consumed += amt as u64;
        self.inner.consume(amt);
    }
}

/// Reads every member of a gzip stream in turn, noting where each starts.
struct GzipMembers<R: BufRead> {
    decoder: Option<GzDecoder<ConsumedCount<R>>>,
    members: MemberMap,
    produced: u64,
}

impl<R: BufRead> GzipMembers<R> {
    fn new(inner: R, members: MemberMap) -> GzipMembers<R> {
        members.push(0, 0);
        let counted = ConsumedCount { inner, consumed: 0 };
        GzipMembers {
            decoder: Some(GzDecoder::new(counted)),
            members,
            produced: 0,
        }
    }
}

impl<R: BufRead> Read for GzipMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let Some(decoder) = self.decoder.as_mut() else {
                return Ok(0);
            };
            let n = decoder.read(buf)?;
            if n > 0 {
                self.produced += n as u64;
                return Ok(n);
            }
            // This member is complete (its CRC checked); another may follow.
            let Some(finished) = self.decoder.take() else {
                return Ok(0);
            };
            let mut rest = finished.into_inner();
            if rest.fill_buf()?.is_empty() {
                return Ok(0);
            }
            self.members.push(self.produced, rest.consumed);
            self.decoder = Some(GzDecoder::new(rest));
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
