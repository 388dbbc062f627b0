//! Input: where documents come from. For now a file path or `-` for stdin,
//! read whole with a size cap so a huge or endless input can't exhaust memory.

use std::io::Read;
use std::path::Path;

/// Default cap on one document's size: real pages are far smaller.
pub const DEFAULT_MAX_DOC_BYTES: u64 = 64 * 1024 * 1024;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Opening or reading failed.
    #[error("{name}: {source}")]
    Io {
        /// The input as named by the user.
        name: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Larger than the configured cap.
    #[error("{name}: larger than the {limit}-byte limit (raise it with --max-doc-bytes)")]
    TooLarge {
        /// The input as named by the user.
        name: String,
        /// The cap in bytes.
        limit: u64,
    },
}

/// Reads a whole input (`-` is stdin), refusing more than `max_bytes`.
pub fn read_input(name: &str, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    let io = |source| InputError::Io {
        name: name.to_string(),
        source,
    };
    let mut bytes = Vec::new();
    let reader: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let path = Path::new(name);
        if path.is_dir() {
            return Err(io(std::io::Error::other("is a directory")));
        }
        Box::new(std::fs::File::open(path).map_err(io)?)
    };
    // Read one byte past the cap to tell "exactly at the cap" from "over it".
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge {
            name: name.to_string(),
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_is_enforced_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"12345").unwrap();
        let name = p.to_str().unwrap();
        assert_eq!(read_input(name, 5).unwrap(), b"12345");
        assert!(matches!(
            read_input(name, 4),
            Err(InputError::TooLarge { .. })
        ));
        let missing = dir.path().join("missing.html");
        let err = read_input(missing.to_str().unwrap(), 5).unwrap_err();
        assert!(err.to_string().contains("missing.html"));
        assert!(read_input(dir.path().to_str().unwrap(), 5).is_err());
    }
}
