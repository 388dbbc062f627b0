//! Fuzz target `warc`: see `check_warc` in `fuzz/checks.rs` for the invariants.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_warc(data));
