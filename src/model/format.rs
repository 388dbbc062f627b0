//! The saved model format: a small header, then a postcard-encoded [`ModelData`].
//!
//! ```text
//! offset  size  field
//! 0       8     magic "SPAMSCAN"
//! 8       4     format version, u32 little-endian
//! 12      8     payload length in bytes, u64 little-endian
//! 20      4     CRC-32 of the payload, u32 little-endian
//! 24      …     payload: postcard encoding of ModelData
//! ```
//!
//! postcard has a documented, stable wire format, so a file written by one
//! build reads back in another. Files are written to a temporary name in the
//! target directory and renamed into place, so a crash never leaves a
//! half-written model where a good one was.

use super::features::PipelineSettings;
use std::io::Write;
use std::path::Path;

/// First bytes of every model file.
pub const MAGIC: &[u8; 8] = b"SPAMSCAN";
/// The format version this build reads and writes (2: normalizer symbol
/// joining; 3: word-pair features).
pub const FORMAT_VERSION: u32 = 3;
const HEADER_LEN: usize = 24;
/// Largest payload a model file may declare (the shipped model's is about
/// 4 MB): a damaged or hostile header can't make loading read gigabytes.
pub const MAX_PAYLOAD_BYTES: u64 = 1 << 30;

/// Why a model file was refused.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The model path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Not a spamscan model at all.
    #[error("not a spamscan model file (bad magic bytes)")]
    BadMagic,
    /// Written by a different format version.
    #[error("model format version {found} is not supported (this build reads version {FORMAT_VERSION}); retrain with this spamscan-train")]
    Version {
        /// Version found in the header.
        found: u32,
    },
    /// Shorter than its header says: a truncated download or copy.
    #[error("model file is truncated: header promises {expected} payload bytes, found {found}")]
    Truncated {
        /// Payload bytes the header declares.
        expected: u64,
        /// Payload bytes present.
        found: u64,
    },
    /// The payload does not match its checksum.
    #[error(
        "model file is corrupt: checksum mismatch (stored {stored:08x}, computed {computed:08x})"
    )]
    Checksum {
        /// Checksum in the header.
        stored: u32,
        /// Checksum of the bytes present.
        computed: u32,
    },
    /// The payload decodes to something inconsistent.
    #[error("model file is corrupt: {0}")]
    Invalid(String),
}

/// Names of the two classes as the training CSV spelled them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ClassLabels {
    /// Canonical name of the genuine class.
    pub genuine: String,
    /// Canonical name of the spam class.
    pub spam: String,
}

/// One training input, identified by name and content hash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceDigest {
    /// File name (without directories, so models are reproducible across machines).
    pub name: String,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// Rows used for training from this file.
    pub rows: u64,
}

/// Precision, recall and F1 of the spam class on held-out rows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidationMetrics {
    /// Share of rows held out.
    pub share: f64,
    /// Spam rows predicted spam.
    pub true_positive: u64,
    /// Genuine rows predicted spam.
    pub false_positive: u64,
    /// Spam rows predicted genuine.
    pub false_negative: u64,
    /// Genuine rows predicted genuine.
    pub true_negative: u64,
}

impl ValidationMetrics {
    /// TP / (TP + FP), 0 when undefined.
    pub fn precision(&self) -> f64 {
        ratio(self.true_positive, self.true_positive + self.false_positive)
    }
    /// TP / (TP + FN), 0 when undefined.
    pub fn recall(&self) -> f64 {
        ratio(self.true_positive, self.true_positive + self.false_negative)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// How the model was trained: enough to audit and reproduce it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrainingMetadata {
    /// Training rows per class: `[genuine, spam]`.
    pub rows_per_label: [u64; 2],
    /// Input files.
    pub sources: Vec<SourceDigest>,
    /// Additive (Laplace/Lidstone) smoothing.
    pub alpha: f64,
    /// Features seen fewer times than this were dropped.
    pub min_count: u32,
    /// Version of the spamscan that trained the model.
    pub trainer_version: String,
    /// Held-out sentence-level metrics, when `--validate` was used.
    pub validation: Option<ValidationMetrics>,
}

/// Everything a model file holds.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModelData {
    /// How to rebuild the text pipeline.
    pub pipeline: PipelineSettings,
    /// Class names.
    pub labels: ClassLabels,
    /// Word features (and word pairs, keyed by [`super::features::PAIR_MARK`]
    /// and their text), sorted; their weights come first in the log-prob vectors.
    pub words: Vec<String>,
    /// Bigram features as [`super::features::bigram_key`]s, sorted; weights follow the words'.
    pub bigrams: Vec<u64>,
    /// log P(feature | genuine), one per word then bigram, from linfa-bayes.
    pub log_prob_genuine: Vec<f64>,
    /// log P(feature | spam), same layout.
    pub log_prob_spam: Vec<f64>,
    /// log P(class) from the training rows: `[genuine, spam]`.
    pub log_prior: [f64; 2],
    /// Provenance and validation.
    pub metadata: TrainingMetadata,
}

impl ModelData {
    /// Checks the invariants the scorer relies on.
    pub fn validate(&self) -> Result<(), ModelError> {
        let n = self.words.len() + self.bigrams.len();
        if self.log_prob_genuine.len() != n || self.log_prob_spam.len() != n {
            return Err(ModelError::Invalid(format!(
                "{} features but {} / {} weights",
                n,
                self.log_prob_genuine.len(),
                self.log_prob_spam.len()
            )));
        }
        let finite = |v: &[f64]| v.iter().all(|x| x.is_finite());
        if !finite(&self.log_prob_genuine)
            || !finite(&self.log_prob_spam)
            || !finite(&self.log_prior)
        {
            return Err(ModelError::Invalid("non-finite weight".into()));
        }
        Ok(())
    }

    /// Encodes header and payload.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ModelError> {
        let payload = postcard::to_stdvec(self).map_err(|e| ModelError::Invalid(e.to_string()))?;
        let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        Ok(out)
    }

    /// Decodes and validates a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<ModelData, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        if bytes.len() < HEADER_LEN {
            return Err(ModelError::Truncated {
                expected: 0,
                found: 0,
            });
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let version = u32_at(8);
        if version != FORMAT_VERSION {
            return Err(ModelError::Version { found: version });
        }
        let mut len_bytes = [0u8; 8];
        len_bytes.copy_from_slice(&bytes[12..20]);
        let expected = u64::from_le_bytes(len_bytes);
        let payload = &bytes[HEADER_LEN..];
        if payload.len() as u64 > expected {
            return Err(ModelError::Invalid(format!(
                "the file goes on past the {expected} payload bytes its header promises"
            )));
        }
        if payload.len() as u64 != expected {
            return Err(ModelError::Truncated {
                expected,
                found: payload.len() as u64,
            });
        }
        let stored = u32_at(20);
        let computed = crc32fast::hash(payload);
        if stored != computed {
            return Err(ModelError::Checksum { stored, computed });
        }
        let data: ModelData =
            postcard::from_bytes(payload).map_err(|e| ModelError::Invalid(e.to_string()))?;
        data.validate()?;
        Ok(data)
    }

    /// Writes the model atomically: temporary file in the same directory, then rename.
    pub fn write_atomic(&self, path: &Path) -> Result<(), ModelError> {
        let io = |source| ModelError::Io {
            path: path.display().to_string(),
            source,
        };
        let bytes = self.to_bytes()?;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut tmp = tempfile::Builder::new()
            .prefix(".spamscan-model-")
            .tempfile_in(dir)
            .map_err(io)?;
        tmp.write_all(&bytes).map_err(io)?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }

    /// Reads and validates a model file (see [`ModelData::read_from`]).
    pub fn read(path: &Path) -> Result<ModelData, ModelError> {
        let io = |source| ModelError::Io {
            path: path.display().to_string(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        ModelData::read_from(file).map_err(|e| match e {
            ModelError::Io { source, .. } => io(source),
            other => other,
        })
    }

    /// Reads and validates a model from a stream: the 24-byte header first,
    /// then exactly the payload it promises (at most [`MAX_PAYLOAD_BYTES`])
    /// and one byte more to tell a longer file. Neither a huge file nor an
    /// endless stream (`/dev/zero`, a FIFO) is read past that.
    pub fn read_from<R: std::io::Read>(reader: R) -> Result<ModelData, ModelError> {
        use std::io::Read;
        let io = |source| ModelError::Io {
            path: String::new(),
            source,
        };
        let mut bytes = Vec::with_capacity(HEADER_LEN);
        let mut reader = reader;
        (&mut reader)
            .take(HEADER_LEN as u64)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() < HEADER_LEN {
            return ModelData::from_bytes(&bytes);
        }
        // The header alone settles magic and version (from_bytes checks them
        // first); only the promised length is left to judge.
        if let Err(e) = ModelData::from_bytes(&bytes) {
            if !matches!(e, ModelError::Truncated { .. }) {
                return Err(e);
            }
        }
        let mut len_bytes = [0u8; 8];
        len_bytes.copy_from_slice(&bytes[12..20]);
        let expected = u64::from_le_bytes(len_bytes);
        if expected > MAX_PAYLOAD_BYTES {
            return Err(ModelError::Invalid(format!(
                "its header promises {expected} payload bytes, more than the {MAX_PAYLOAD_BYTES}-byte limit"
            )));
        }
        bytes
            .try_reserve_exact(expected as usize + 1)
            .map_err(|e| io(std::io::Error::other(e)))?;
        reader
            .take(expected + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        ModelData::from_bytes(&bytes)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Read;

    pub(crate) fn tiny_model() -> ModelData {
        ModelData {
            pipeline: PipelineSettings::default(),
            labels: ClassLabels {
                genuine: "genuine".into(),
                spam: "spam".into(),
            },
            words: vec!["六合彩".into(), "新闻".into()],
            bigrams: vec![super::super::features::bigram_key('开', '奖')],
            log_prob_genuine: vec![-9.0, -3.0, -8.0],
            log_prob_spam: vec![-2.0, -9.0, -2.5],
            log_prior: [-0.5f64.exp().ln(), -1.0],
            metadata: TrainingMetadata {
                rows_per_label: [10, 5],
                sources: vec![],
                alpha: 1.0,
                min_count: 1,
                trainer_version: "test".into(),
                validation: None,
            },
        }
    }

    #[test]
    fn round_trip() {
        let m = tiny_model();
        let bytes = m.to_bytes().unwrap();
        assert_eq!(ModelData::from_bytes(&bytes).unwrap(), m);
    }

    #[test]
    fn refuses_damage() {
        let bytes = tiny_model().to_bytes().unwrap();
        assert!(matches!(
            ModelData::from_bytes(b"hello"),
            Err(ModelError::BadMagic)
        ));
        assert!(matches!(
            ModelData::from_bytes(&bytes[..10]),
            Err(ModelError::Truncated { .. })
        ));
        assert!(matches!(
            ModelData::from_bytes(&bytes[..bytes.len() - 3]),
            Err(ModelError::Truncated { .. })
        ));
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        assert!(matches!(
            ModelData::from_bytes(&flipped),
            Err(ModelError::Checksum { .. })
        ));
        let mut other = bytes.clone();
        other[8] = 99;
        assert!(matches!(
            ModelData::from_bytes(&other),
            Err(ModelError::Version { found: 99 })
        ));
        // Every truncation is refused, none panics.
        for cut in 0..bytes.len() {
            assert!(ModelData::from_bytes(&bytes[..cut]).is_err());
        }
    }

    #[test]
    fn streams_are_read_no_further_than_the_header_allows() {
        // An endless stream of zeros: bad magic after 24 bytes.
        assert!(matches!(
            ModelData::read_from(std::io::repeat(0)),
            Err(ModelError::BadMagic)
        ));
        // A valid model followed by an endless stream: refused after one byte more.
        let bytes = tiny_model().to_bytes().unwrap();
        let endless = std::io::Cursor::new(bytes.clone()).chain(std::io::repeat(7));
        let err = ModelData::read_from(endless).unwrap_err();
        assert!(err.to_string().contains("goes on past"), "{err}");
        // A header that promises more than the cap is refused unread.
        let mut huge = bytes[..HEADER_LEN].to_vec();
        huge[12..20].copy_from_slice(&(5u64 << 30).to_le_bytes());
        let err =
            ModelData::read_from(std::io::Cursor::new(huge).chain(std::io::repeat(0))).unwrap_err();
        assert!(err.to_string().contains("limit"), "{err}");
        // A whole model reads back; every cut is refused.
        assert_eq!(
            ModelData::read_from(std::io::Cursor::new(bytes.clone())).unwrap(),
            tiny_model()
        );
        for cut in 0..bytes.len() {
            assert!(ModelData::read_from(&bytes[..cut]).is_err());
        }
    }

    #[test]
    fn inconsistent_payload_is_refused() {
        let mut m = tiny_model();
        m.log_prob_spam.pop();
        let bytes = m.to_bytes().unwrap();
        assert!(matches!(
            ModelData::from_bytes(&bytes),
            Err(ModelError::Invalid(_))
        ));
    }

    #[test]
    fn atomic_write_then_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.model");
        let m = tiny_model();
        m.write_atomic(&path).unwrap();
        assert_eq!(ModelData::read(&path).unwrap(), m);
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1);
    }
}
