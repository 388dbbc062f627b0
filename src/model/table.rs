//! The scoring table: per-feature log-likelihood ratios in flat hash tables.
//!
//! Naive Bayes over two classes reduces to a sum: the log-odds of spam for a
//! text is the prior log-odds plus, for every feature occurrence, the
//! feature's log-likelihood ratio `log P(f | spam) - log P(f | genuine)`.
//! Scoring therefore never builds the dense rows linfa-bayes needs; it looks
//! each feature up once. Features absent from the table carry no evidence.
//!
//! The lookup runs once per word and once per CJK character of every field,
//! so the table is built at load time for that: open addressing with linear
//! probing over flat slot arrays (no per-key allocation, one cache line per
//! probe), short word keys held inline in their slots and longer ones in a
//! byte arena, compared only when the slot's 32-bit hash tag matches.
//! Lookups are exact: a feature is found only if its bytes equal a stored
//! key.

use super::features::{bigram_key, Feature, PAIR_MARK};
use super::format::ModelData;
use std::hash::Hasher;

/// Feature -> log-likelihood ratio (spam over genuine).
#[derive(Debug, Default, Clone)]
pub struct ScoringTable {
    words: WordTable,
    /// Word pairs, keyed by their text without the [`PAIR_MARK`] the
    /// vocabulary stores them with.
    pairs: WordTable,
    bigrams: BigramTable,
    prior_log_odds: f64,
}

impl ScoringTable {
    /// Builds the table from a model's per-class log-probabilities.
    pub fn from_model(data: &ModelData) -> ScoringTable {
        let llr = |i: usize| data.log_prob_spam[i] - data.log_prob_genuine[i];
        let n_pairs = data
            .words
            .iter()
            .filter(|w| w.starts_with(PAIR_MARK))
            .count();
        let mut words = WordTable::with_capacity(data.words.len() - n_pairs);
        let mut pairs = WordTable::with_capacity(n_pairs);
        for (i, w) in data.words.iter().enumerate() {
            match w.strip_prefix(PAIR_MARK) {
                Some(pair) => pairs.insert(pair, llr(i)),
                None => words.insert(w, llr(i)),
            }
        }
        let offset = data.words.len();
        let mut bigrams = BigramTable::with_capacity(data.bigrams.len());
        for (i, &k) in data.bigrams.iter().enumerate() {
            bigrams.insert(k, llr(offset + i));
        }
        ScoringTable {
            words,
            pairs,
            bigrams,
            prior_log_odds: data.log_prior[1] - data.log_prior[0],
        }
    }

    /// Log-likelihood ratio of one feature; `None` if the model never saw it.
    #[inline]
    pub fn llr(&self, feature: Feature<'_>) -> Option<f64> {
        match feature {
            Feature::Word(w) => self.words.get(w),
            Feature::Pair(t) => self.pairs.get(t),
            Feature::Bigram(a, b) => self.bigrams.get(bigram_key(a, b)),
        }
    }

    /// Starts loading the slot `feature` would probe into the cache, so that a
    /// later [`ScoringTable::llr`] of it does not wait on memory. A hint
    /// only: no effect on results.
    #[inline(always)]
    pub fn prefetch(&self, feature: Feature<'_>) {
        let slot: *const u8 = match feature {
            Feature::Word(w) => self.words.slot_ptr(w),
            Feature::Pair(t) => self.pairs.slot_ptr(t),
            Feature::Bigram(a, b) => {
                let i = self.bigrams.index(bigram_key(a, b));
                self.bigrams.slots[i..].as_ptr().cast()
            }
        };
        prefetch(slot);
    }

    /// log P(spam) - log P(genuine) before any evidence.
    pub fn prior_log_odds(&self) -> f64 {
        self.prior_log_odds
    }

    /// Number of features in the table.
    pub fn len(&self) -> usize {
        self.words.len + self.pairs.len + self.bigrams.len
    }

    /// True when the table holds no feature.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Asks the CPU to bring the cache line at `p` closer; never faults.
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint; it reads nothing architecturally and
    // cannot fault, whatever the address.
    #[allow(unused_unsafe)]
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Slot count for `n` keys: a power of two at most half full, so probe runs
/// stay short (about 1.5 probes per hit, 2.5 per miss).
fn slot_count(n: usize) -> usize {
    (n.saturating_mul(2)).max(8).next_power_of_two()
}

/// Marks an empty word slot (no arena offset reaches it: see [`WordTable::insert`]).
const EMPTY_OFFSET: u32 = u32::MAX;
/// Ends every key in the word arena; never a byte of UTF-8, so a stored key
/// matches a probe only if both have the same length.
const KEY_END: u8 = 0xFF;

/// Longest key held inline in its slot.
const INLINE_MAX: usize = 15;
/// Last inline byte of a key longer than [`INLINE_MAX`] (never a length).
const INLINE_LONG: u8 = 0xFF;

/// A key as stored inline: its bytes zero-padded, its length last; keys too
/// long for that share one pattern and are compared in the arena. Equal
/// inline forms of short keys mean equal keys, so a hit on a short word
/// (nearly all of them) reads nothing but its slot.
#[inline(always)]
fn inline_key(w: &str) -> [u8; 16] {
    let mut k = [0u8; 16];
    if w.len() <= INLINE_MAX {
        for (d, s) in k.iter_mut().zip(w.bytes()) {
            *d = s;
        }
        k[15] = w.len() as u8;
    } else {
        k[15] = INLINE_LONG;
    }
    k
}

/// One word slot: 32 bytes, two to a cache line.
#[derive(Debug, Clone, Copy)]
struct WordSlot {
    /// The key's [`inline_key`] form.
    inline: [u8; 16],
    value: f64,
    /// High 32 bits of the key's hash.
    tag: u32,
    /// Start of the key in the arena, or [`EMPTY_OFFSET`].
    offset: u32,
}

/// Words -> values, keys in one arena.
#[derive(Debug, Clone)]
struct WordTable {
    slots: Vec<WordSlot>,
    arena: Vec<u8>,
    /// Words that did not fit a 32-bit arena offset (never in practice: model
    /// files are far smaller), kept exact all the same.
    overflow: rustc_hash::FxHashMap<Box<str>, f64>,
    len: usize,
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable::with_capacity(0)
    }
}

#[inline]
fn word_hash(w: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(w.as_bytes());
    // Fx leaves the low bits weak for short keys; fold the high bits in
    // before they index the table.
    let x = h.finish();
    (x ^ (x >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9)
}

impl WordTable {
    fn with_capacity(n: usize) -> WordTable {
        let empty = WordSlot {
            inline: [0; 16],
            value: 0.0,
            tag: 0,
            offset: EMPTY_OFFSET,
        };
        WordTable {
            // At most 3/4 full: slots are twice the size of bigram slots,
            // and linear probing stays short at that load.
            slots: vec![empty; (n.saturating_mul(4) / 3 + 1).max(8).next_power_of_two()],
            arena: Vec::new(),
            overflow: Default::default(),
            len: 0,
        }
    }

    /// Whether the key in `slot` is `w`, whose inline form is `inline`.
    #[inline(always)]
    fn is_key(&self, slot: &WordSlot, inline: &[u8; 16], tag: u32, w: &str) -> bool {
        slot.inline == *inline
            && (inline[15] != INLINE_LONG || (slot.tag == tag && self.key_at(slot.offset, w)))
    }

    #[inline]
    fn key_at(&self, offset: u32, w: &str) -> bool {
        let start = offset as usize;
        let end = start + w.len();
        self.arena.get(start..end) == Some(w.as_bytes()) && self.arena.get(end) == Some(&KEY_END)
    }

    /// Inserts or, for a key seen before, overwrites (the last value wins,
    /// as it did with a hash map).
    fn insert(&mut self, w: &str, value: f64) {
        if let Some(v) = self.overflow.get_mut(w) {
            *v = value;
            return;
        }
        if self.len * 4 >= self.slots.len() * 3 {
            self.grow();
        }
        let h = word_hash(w);
        let tag = (h >> 32) as u32;
        let inline = inline_key(w);
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.offset == EMPTY_OFFSET {
                break;
            }
            if self.is_key(&slot, &inline, tag, w) {
                self.slots[i].value = value;
                return;
            }
            i = (i + 1) & mask;
        }
        let offset = match u32::try_from(self.arena.len()) {
            Ok(o) if (o as usize) + w.len() < EMPTY_OFFSET as usize => o,
            _ => {
                self.overflow.insert(w.into(), value);
                self.len += 1;
                return;
            }
        };
        self.arena.extend_from_slice(w.as_bytes());
        self.arena.push(KEY_END);
        self.slots[i] = WordSlot {
            inline,
            value,
            tag,
            offset,
        };
        self.len += 1;
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let arena = std::mem::take(&mut self.arena);
        let overflow = std::mem::take(&mut self.overflow);
        *self = WordTable::with_capacity(old.len() * 3 / 2);
        for slot in old.into_iter().filter(|s| s.offset != EMPTY_OFFSET) {
            let start = slot.offset as usize;
            let len = arena[start..]
                .iter()
                .position(|&b| b == KEY_END)
                .unwrap_or(arena.len() - start);
            // Keys went in as &str, so the bytes are UTF-8.
            if let Ok(w) = std::str::from_utf8(&arena[start..start + len]) {
                self.insert(w, slot.value);
            }
        }
        for (w, v) in overflow {
            self.overflow.insert(w, v);
            self.len += 1;
        }
    }

    /// The slot `w` would be probed at first, for prefetching.
    #[inline(always)]
    fn slot_ptr(&self, w: &str) -> *const u8 {
        let i = word_hash(w) as usize & (self.slots.len() - 1);
        self.slots[i..].as_ptr().cast()
    }

    #[inline]
    fn get(&self, w: &str) -> Option<f64> {
        let h = word_hash(w);
        let tag = (h >> 32) as u32;
        let inline = inline_key(w);
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = &self.slots[i];
            if slot.offset == EMPTY_OFFSET {
                break;
            }
            if self.is_key(slot, &inline, tag, w) {
                return Some(slot.value);
            }
            i = (i + 1) & mask;
        }
        if self.overflow.is_empty() {
            None
        } else {
            self.overflow.get(w).copied()
        }
    }
}

/// Marks an empty bigram slot: not a valid [`bigram_key`] (chars stop at
/// U+10FFFF), so no stored bigram can collide with it.
const EMPTY_KEY: u64 = u64::MAX;

/// Bigram keys -> values, 16-byte slots.
#[derive(Debug, Clone)]
struct BigramTable {
    slots: Vec<(u64, f64)>,
    /// `64 - log2(slots)`: the multiplicative hash keeps the top bits.
    shift: u32,
    /// A stored [`EMPTY_KEY`] (only possible in a hand-made model file).
    empty_key_value: Option<f64>,
    len: usize,
}

impl Default for BigramTable {
    fn default() -> Self {
        BigramTable::with_capacity(0)
    }
}

impl BigramTable {
    fn with_capacity(n: usize) -> BigramTable {
        let slots = slot_count(n);
        BigramTable {
            slots: vec![(EMPTY_KEY, 0.0); slots],
            shift: 64 - slots.trailing_zeros(),
            empty_key_value: None,
            len: 0,
        }
    }

    #[inline]
    fn index(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn insert(&mut self, key: u64, value: f64) {
        if key == EMPTY_KEY {
            if self.empty_key_value.replace(value).is_none() {
                self.len += 1;
            }
            return;
        }
        if self.len * 2 >= self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            let empty = self.empty_key_value;
            *self = BigramTable::with_capacity(old.len());
            self.empty_key_value = empty;
            self.len = usize::from(empty.is_some());
            for (k, v) in old.into_iter().filter(|s| s.0 != EMPTY_KEY) {
                self.insert(k, v);
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.index(key);
        loop {
            let (k, _) = self.slots[i];
            if k == key {
                self.slots[i].1 = value;
                return;
            }
            if k == EMPTY_KEY {
                self.slots[i] = (key, value);
                self.len += 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<f64> {
        if key == EMPTY_KEY {
            return self.empty_key_value;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.index(key);
        loop {
            let (k, v) = self.slots[i];
            if k == key {
                return Some(v);
            }
            if k == EMPTY_KEY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A deterministic pseudo-random word over a small alphabet, so that
    /// prefixes, equal lengths and near-misses are common.
    fn word(seed: &mut u64) -> String {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let alphabet = ['a', 'b', '澳', '门', '#', '1'];
        let len = 1 + (*seed >> 58) as usize % 12;
        (0..len)
            .map(|k| alphabet[((*seed >> (4 * k + 8)) % alphabet.len() as u64) as usize])
            .collect()
    }

    #[test]
    fn word_table_agrees_with_a_hash_map() {
        let mut seed = 7u64;
        let mut reference = HashMap::new();
        let mut table = WordTable::with_capacity(3); // forces growth
        for i in 0..3000 {
            let w = word(&mut seed);
            reference.insert(w.clone(), i as f64);
            table.insert(&w, i as f64);
        }
        assert_eq!(table.len, reference.len());
        for _ in 0..6000 {
            let w = word(&mut seed);
            assert_eq!(table.get(&w), reference.get(&w).copied(), "{w}");
        }
        for (w, &v) in &reference {
            assert_eq!(table.get(w), Some(v));
        }
        // A stored key's proper prefix and extension are distinct keys.
        let mut t = WordTable::with_capacity(2);
        t.insert("澳门", 1.0);
        assert_eq!(t.get("澳"), None);
        assert_eq!(t.get("澳门彩"), None);
        assert_eq!(t.get(""), None);
        assert_eq!(t.get("澳门"), Some(1.0));
    }

    #[test]
    fn bigram_table_agrees_with_a_hash_map() {
        let mut seed = 11u64;
        let mut reference = HashMap::new();
        let mut table = BigramTable::with_capacity(1);
        for i in 0..5000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let key = bigram_key(
                char::from_u32(0x4E00 + (seed >> 40) as u32 % 64).unwrap_or('a'),
                char::from_u32(0x4E00 + (seed >> 20) as u32 % 64).unwrap_or('a'),
            );
            reference.insert(key, i as f64);
            table.insert(key, i as f64);
        }
        table.insert(EMPTY_KEY, -1.0);
        reference.insert(EMPTY_KEY, -1.0);
        assert_eq!(table.len, reference.len());
        for a in 0x4E00u32..0x4E00 + 70 {
            for b in 0x4E00u32..0x4E00 + 70 {
                let key = ((a as u64) << 32) | b as u64;
                assert_eq!(table.get(key), reference.get(&key).copied());
            }
        }
        assert_eq!(table.get(EMPTY_KEY), Some(-1.0));
    }
}
