//! The evaluation table: one column per detector, one row per metric.

use crate::eval::EvalSummary;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// Writes the metrics of several detectors side by side.
pub fn write_eval_table<W: Write>(w: &mut W, names: &[&str], s: &[EvalSummary]) -> io::Result<()> {
    let Some(first) = s.first() else {
        return Ok(());
    };
    let groups: Vec<String> = first
        .pages_per_group
        .iter()
        .map(|(g, n)| format!("{g}={n}"))
        .collect();
    writeln!(w, "{} pages ({})", first.pages, groups.join(", "))?;
    // Document-labeled data: one row per source (and category).
    let labeled: Vec<String> = first
        .labeled
        .iter()
        .map(|r| {
            let what = if r.label == "spam" {
                "recall"
            } else {
                "false-positive rate"
            };
            match &r.category {
                Some(c) => format!("{what}:   {}/{c} ({})", r.source, r.documents),
                None => format!("{what}: {} ({})", r.source, r.documents),
            }
        })
        .collect();
    let width = labeled
        .iter()
        .map(|l| l.chars().count() + 1)
        .fold(34, usize::max);
    write!(w, "{:<width$}", "metric")?;
    for n in names {
        write!(w, " {n:>13}")?;
    }
    writeln!(w)?;
    let mut row = |label: &str, f: &dyn Fn(&EvalSummary) -> Option<f64>| -> io::Result<()> {
        write!(w, "{label:<width$}")?;
        for x in s {
            match f(x) {
                Some(v) => write!(w, " {v:>13.4}")?,
                None => write!(w, " {:>13}", "-")?,
            }
        }
        writeln!(w)
    };
    row("page precision", &|x| Some(x.page.precision))?;
    row("page recall", &|x| Some(x.page.recall))?;
    row("page F1", &|x| Some(x.page.f1))?;
    for group in first.flagged_rate_per_group.keys() {
        let label = match group.as_str() {
            "polluted" | "spam" => format!("flagged rate: {group} pages"),
            g => format!("false-positive rate: {g} pages"),
        };
        row(&label, &|x| x.flagged_rate_per_group.get(group).copied())?;
    }
    for (i, label) in labeled.iter().enumerate() {
        row(label, &|x| x.labeled.get(i).map(|r| r.rate))?;
    }
    if first.span_pages == 0 {
        return Ok(());
    }
    row("span char precision", &|x| Some(x.span_chars.precision))?;
    row("span char recall", &|x| Some(x.span_chars.recall))?;
    row("span char F1", &|x| Some(x.span_chars.f1))?;
    let kinds: BTreeSet<&String> = s.iter().flat_map(|x| x.recall_per_kind.keys()).collect();
    for k in kinds {
        row(&format!("char recall: {k}"), &|x| {
            x.recall_per_kind.get(k).copied()
        })?;
    }
    let obf: BTreeSet<&String> = s
        .iter()
        .flat_map(|x| x.recall_per_obfuscation.keys())
        .collect();
    for o in obf {
        row(&format!("char recall: obfuscation {o}"), &|x| {
            x.recall_per_obfuscation.get(o).copied()
        })?;
    }
    Ok(())
}
