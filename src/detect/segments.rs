//! Polluted segments: a two-state (genuine / polluted) Viterbi decode over
//! per-character evidence.
//!
//! Each character carries evidence: the log-likelihood ratios of the features
//! covering it, shared out over their characters. Staying genuine costs
//! nothing; a polluted character earns its evidence minus a per-character
//! `bias` (so ordinary text, with evidence near zero, stays genuine); entering
//! the polluted state costs `switch_penalty` (so a lone spammy word in a
//! genuine sentence is not enough, while a run of them is). The decode finds
//! the set of segments with the highest total margin exactly, in one pass.

/// One decoded segment over character positions, half-open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// First position.
    pub start: usize,
    /// One past the last position.
    pub end: usize,
    /// Sum of `evidence - bias` over the segment minus the switch penalty:
    /// how much better labelling it polluted is than leaving it genuine.
    pub margin: f64,
}

/// Decodes polluted segments from per-position emissions (`evidence - bias`).
/// Returns the segments and the best single-segment margin over the whole
/// sequence (negative when no segment pays for its switch penalty).
pub fn decode(emissions: &[f64], switch_penalty: f64) -> (Vec<Segment>, f64) {
    let n = emissions.len();
    if n == 0 {
        return (Vec::new(), f64::NEG_INFINITY);
    }
    // from_genuine[i]: the polluted state at i was entered at i (vs. continued).
    let mut entered = vec![false; n];
    // genuine_from_polluted[i]: the genuine state at i came from polluted at i-1.
    let mut left = vec![false; n];
    let mut g = 0.0f64;
    let mut p = f64::NEG_INFINITY;
    let mut best_single = f64::NEG_INFINITY;
    let mut run = f64::NEG_INFINITY; // Kadane: best segment ending here
    for (i, &e) in emissions.iter().enumerate() {
        let (g_prev, p_prev) = (g, p);
        left[i] = p_prev > g_prev;
        g = g_prev.max(p_prev);
        let enter = g_prev - switch_penalty;
        entered[i] = enter >= p_prev;
        p = enter.max(p_prev) + e;
        run = if run > 0.0 { run + e } else { e };
        best_single = best_single.max(run - switch_penalty);
        // `run` restarts when its sum drops to zero or below.
    }
    // Backtrack.
    let mut segments = Vec::new();
    let mut in_polluted = p > g;
    let mut end = n;
    let mut i = n;
    while i > 0 {
        i -= 1;
        if in_polluted {
            if entered[i] {
                let margin = emissions[i..end].iter().sum::<f64>() - switch_penalty;
                segments.push(Segment {
                    start: i,
                    end,
                    margin,
                });
                in_polluted = false;
            }
        } else if left[i] {
            in_polluted = true;
            end = i;
        }
    }
    segments.reverse();
    (segments, best_single)
}

/// Splits a decoded segment where it bridges genuine text: the segment's
/// emissions are decoded again with the smaller `split_penalty`, so a gap
/// that costs more than re-entering is cut out and a piece that does not pay
/// for re-entering is dropped. The segment as a whole already paid the full
/// switch penalty; this only decides which of its parts are polluted, so the
/// pieces keep the parent's margin. With `split_penalty >= switch_penalty`
/// the segment is returned whole.
pub fn refine(emissions: &[f64], segment: Segment, split_penalty: f64) -> Vec<Segment> {
    let (pieces, _) = decode(&emissions[segment.start..segment.end], split_penalty);
    if pieces.len() <= 1
        && pieces
            .first()
            .is_none_or(|p| p.end - p.start == segment.end - segment.start)
    {
        return vec![segment];
    }
    pieces
        .into_iter()
        .map(|p| Segment {
            start: segment.start + p.start,
            end: segment.start + p.end,
            margin: segment.margin,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refine_cuts_bridged_genuine_stretches() {
        // Two strong runs bridged by a 6-char genuine gap under penalty 12.
        let mut e = vec![-1.0; 30];
        for i in (2..8).chain(14..20) {
            e[i] = 3.0;
        }
        let (segs, _) = decode(&e, 12.0);
        assert_eq!(segs.len(), 1);
        assert_eq!((segs[0].start, segs[0].end), (2, 20));
        let pieces = refine(&e, segs[0], 4.0);
        let spans: Vec<(usize, usize)> = pieces.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(spans, vec![(2, 8), (14, 20)]);
        assert!(pieces.iter().all(|p| p.margin == segs[0].margin));
        // A penalty as large as the switch leaves the segment whole.
        assert_eq!(refine(&e, segs[0], 12.0), segs);
    }

    #[test]
    fn finds_a_dense_run_in_neutral_text() {
        let mut e = vec![-0.5; 30];
        for x in &mut e[10..16] {
            *x = 3.0;
        }
        let (segs, best) = decode(&e, 4.0);
        assert_eq!(segs.len(), 1);
        assert_eq!((segs[0].start, segs[0].end), (10, 16));
        assert!((segs[0].margin - (18.0 - 4.0)).abs() < 1e-9);
        assert!((best - segs[0].margin).abs() < 1e-9);
    }

    #[test]
    fn a_lone_spike_does_not_pay_the_switch() {
        let mut e = vec![-0.5; 20];
        e[5] = 2.0;
        let (segs, best) = decode(&e, 4.0);
        assert!(segs.is_empty());
        assert!(best < 0.0);
    }

    #[test]
    fn two_runs_with_a_long_gap_stay_apart_and_a_short_gap_merges() {
        let mut e = vec![-1.0; 60];
        for x in &mut e[5..10] {
            *x = 3.0;
        }
        for x in &mut e[40..45] {
            *x = 3.0;
        }
        for x in &mut e[47..50] {
            *x = 3.0;
        }
        let (segs, _) = decode(&e, 4.0);
        let spans: Vec<(usize, usize)> = segs.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(spans, vec![(5, 10), (40, 50)]);
    }

    #[test]
    fn run_at_the_very_end_and_start() {
        let e = vec![5.0, 5.0, -2.0, -2.0, -2.0, -2.0, 5.0, 5.0];
        let (segs, _) = decode(&e, 3.0);
        let spans: Vec<(usize, usize)> = segs.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(spans, vec![(0, 2), (6, 8)]);
        assert!(decode(&[], 1.0).0.is_empty());
    }

    /// Brute force over all labelings of short sequences: the decode must be optimal.
    #[test]
    fn decode_is_optimal_on_small_sequences() {
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as f64 / (1u64 << 31) as f64) * 6.0 - 3.0
        };
        for _ in 0..300 {
            let n = 1 + (next().abs() as usize * 3) % 10;
            let e: Vec<f64> = (0..n).map(|_| next()).collect();
            let penalty = 1.5;
            let best = (0u32..(1 << n))
                .map(|mask| {
                    let mut total = 0.0;
                    let mut prev = false;
                    for (i, &x) in e.iter().enumerate() {
                        let on = mask & (1 << i) != 0;
                        if on {
                            total += x;
                            if !prev {
                                total -= penalty;
                            }
                        }
                        prev = on;
                    }
                    total
                })
                .fold(0.0f64, f64::max);
            let (segs, _) = decode(&e, penalty);
            let got: f64 = segs.iter().map(|s| s.margin).sum();
            assert!((got - best).abs() < 1e-9, "{e:?}: got {got}, best {best}");
        }
    }
}
