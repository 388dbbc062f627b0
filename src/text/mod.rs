//! Text: the stages that turn decoded text into words the model can count.
//!
//! [`normalize`] folds cosmetic variants (full-width, traditional, invisible
//! characters, symbols splitting a phrase) while keeping a map back to the
//! original offsets, and
//! [`segment`] cuts the folded text into words with jieba.

pub mod desymbol;
pub mod domains;
pub mod normalize;
pub mod segment;
pub mod sentence;

pub use normalize::{NormalizedText, Normalizer, NormalizerSettings};
pub use segment::{Segmenter, SegmenterSettings, UserWord, Word};
