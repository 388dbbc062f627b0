//! Fuzz target `csv_train`: see `check_csv_train` in `fuzz/checks.rs` for the invariants.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_csv_train(data));
