//! Fuzz target `html`: see `check_html` in `fuzz/checks.rs` for the invariants.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_html(data));
