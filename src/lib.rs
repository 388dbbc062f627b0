//! spamscan finds gambling SEO injection in Chinese web pages and says exactly
//! which spans are polluted.
//!
//! Data flows one way through the stages, each a module:
//!
//! ```text
//! input -> decode -> text (normalize, segment) -> model (features, scoring table)
//!       -> detect (polluted spans, page verdict) -> output (JSON, terminal)
//! ```
//!
//! The public API in a screen:
//!
//! * [`Model`]: a trained scoring table plus the text pipeline it was trained with.
//! * [`Detector`]: a model plus detection settings; turns a [`Document`] into a [`Report`].
//! * [`Document`]: decoded text with its optional title and meta fields.
//! * [`Report`]: the page verdict and its [`PollutedSpan`]s, offsets in Unicode code points.
//!
//! [`scan`] runs the whole pipeline over many inputs (directories, WARC/WET,
//! JSONL) on every core, in bounded memory, one output line per document;
//! [`serve`] answers the same questions over HTTP.

pub mod decode;
pub mod detect;
pub mod eval;
pub mod input;
pub mod model;
pub mod output;
pub mod scan;
#[cfg(feature = "serve")]
pub mod serve;
pub mod text;

pub use detect::{Detector, DetectorSettings, Document, PollutedSpan, Report, SpanKind, Verdict};
pub use model::Model;

/// The shipped default model (`models/default.model`), built into the
/// library so that every front end (the CLI, the Python bindings) finds the
/// same one without a path.
pub static DEFAULT_MODEL: &[u8] = include_bytes!("../models/default.model");

/// Loads the shipped default model ([`DEFAULT_MODEL`]).
pub fn default_model() -> Result<Model, model::ModelError> {
    Model::from_bytes(DEFAULT_MODEL)
}

/// Decodes raw page bytes (HTML or plain text, any common encoding) into a
/// [`Document`]: the composition of the `decode` stage that `score` and batch
/// scanning share. `forced` is the user's `--encoding`; `hint` a charset label
/// from transport metadata such as an HTTP header.
pub fn document_from_bytes(
    id: String,
    bytes: &[u8],
    forced: Option<&'static encoding_rs::Encoding>,
    hint: Option<&str>,
) -> Result<Document, decode::DecodeError> {
    let decoded = decode::decode_bytes(bytes, forced, hint)?;
    let kind = decode::sniff_kind(&decoded.text);
    let page = decode::extract(&decoded.text, kind)?;
    Ok(Document::from_page(id, page))
}
