//! The parts of text output that only appear with `--waivers` or
//! `--baseline`: waived findings (not counted, but a reviewer must still see
//! what was accepted, by whom and until when), waivers to review, and the
//! comparison with the baseline. Printed after the findings, before the
//! compliance tables; nothing is printed for a run without either, so the
//! plain text output is unchanged.

use std::fmt::Write;

use dutycheck_model::WaivedFinding;

use crate::sink::Tail;

use crate::context::place;
use crate::terminal::terminal_safe as safe;

/// Appends one waived finding. With `quiet`, only the waived *errors* are
/// listed (they would have been errors).
pub(crate) fn waived_text(out: &mut String, w: &WaivedFinding, quiet: bool) {
    let f = &w.finding;
    if quiet && f.severity != dutycheck_model::Severity::Error {
        return;
    }
    let _ = writeln!(
        out,
        "waived {}[{}]: {}\n  --> {}:{}:{}",
        f.severity.as_str(),
        safe(&f.rule),
        safe(&f.message),
        safe(&f.path),
        f.line,
        f.column
    );
    if let Some(p) = place(f) {
        let _ = writeln!(out, "   = {}", safe(&p));
    }
    let _ = writeln!(
        out,
        "   = waived by {} until {}: {} ({})\n",
        safe(&w.waiver.approver),
        safe(&w.waiver.expires),
        safe(&w.waiver.reason),
        safe(&w.waiver.origin)
    );
}

/// Appends the waiver notes and the baseline line, after the waived
/// findings. With `quiet`, the notes are left out.
pub(crate) fn notes_and_baseline(out: &mut String, run: &Tail<'_>, quiet: bool) {
    if !quiet {
        for n in run.waiver_notes {
            let _ = writeln!(
                out,
                "{} waiver: {}: {}\n",
                n.kind.as_str(),
                safe(&n.origin),
                safe(&n.message)
            );
        }
    }
    if let Some(b) = run.baseline {
        let _ = writeln!(
            out,
            "baseline {}: {} new, {} unchanged (not shown), {} fixed",
            safe(&b.path),
            b.new,
            b.unchanged,
            b.fixed.len()
        );
        if !quiet {
            for f in &b.fixed {
                let at = match &f.section {
                    Some(_) => crate::context::place_of(f.section.as_deref(), f.case)
                        .map_or_else(String::new, |p| format!(" ({p})")),
                    None => String::new(),
                };
                let _ = writeln!(
                    out,
                    "  fixed [{}]{}: {}",
                    safe(&f.rule),
                    safe(&at),
                    safe(&f.message)
                );
            }
        }
        out.push('\n');
    }
}
