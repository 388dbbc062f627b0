//! Lines with a length cap: the framing that JSONL documents and WARC headers
//! share.
//!
//! `BufRead::read_until` grows its buffer as long as no newline comes, so one
//! endless line (or a decompression bomb of a line) would take all memory.
//! [`read_capped_line`] keeps at most `cap` bytes and skips the rest of an
//! over-long line, reporting its length.

use std::io::{self, BufRead};

/// What [`read_capped_line`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRead {
    /// The stream ended before any byte of a new line.
    Eof,
    /// A line (without its `\n`) is in the buffer; `consumed` counts the
    /// bytes taken from the stream, newline included.
    Line {
        /// Bytes consumed from the stream.
        consumed: u64,
    },
    /// The line was longer than the cap and was skipped; `consumed` as above.
    TooLong {
        /// Bytes consumed from the stream (the whole line).
        consumed: u64,
    },
}

/// Reads one line into `buf` (cleared first, newline stripped), keeping at
/// most `cap` bytes. A last line without a newline is a line.
pub fn read_capped_line<R: BufRead + ?Sized>(
    reader: &mut R,
    cap: usize,
    buf: &mut Vec<u8>,
) -> io::Result<LineRead> {
    buf.clear();
    let mut consumed: u64 = 0;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (consumed, too_long) {
                (0, _) => LineRead::Eof,
                (_, true) => LineRead::TooLong { consumed },
                (_, false) => LineRead::Line { consumed },
            });
        }
        let (take, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let content = if done { take - 1 } else { take };
        if !too_long {
            if buf.len() + content > cap {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&available[..content]);
            }
        }
        reader.consume(take);
        consumed += take as u64;
        if done {
            return Ok(if too_long {
                LineRead::TooLong { consumed }
            } else {
                LineRead::Line { consumed }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    fn lines(input: &[u8], cap: usize) -> Vec<(LineRead, Vec<u8>)> {
        // A tiny buffer makes lines span many fills.
        let mut r = BufReader::with_capacity(3, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            let got = read_capped_line(&mut r, cap, &mut buf).unwrap();
            if got == LineRead::Eof {
                return out;
            }
            out.push((got, buf.clone()));
        }
    }

    #[test]
    fn lines_across_buffer_fills() {
        let got = lines(b"hello\nworld!\n\nlast", 100);
        assert_eq!(
            got,
            vec![
                (LineRead::Line { consumed: 6 }, b"hello".to_vec()),
                (LineRead::Line { consumed: 7 }, b"world!".to_vec()),
                (LineRead::Line { consumed: 1 }, b"".to_vec()),
                (LineRead::Line { consumed: 4 }, b"last".to_vec()),
            ]
        );
    }

    #[test]
    fn over_long_lines_are_skipped_whole() {
        let got = lines(b"12345\n123456\n1234567", 5);
        assert_eq!(got[0], (LineRead::Line { consumed: 6 }, b"12345".to_vec()));
        assert_eq!(got[1], (LineRead::TooLong { consumed: 7 }, Vec::new()));
        assert_eq!(got[2], (LineRead::TooLong { consumed: 7 }, Vec::new()));
        assert_eq!(got.len(), 3);
    }
}
