//! `dutycheck history`: each region's values across the years of the
//! reports given, one table per indicator (regions × years), each value
//! with its source (path:line).

use std::fmt::Write as _;

use dutycheck::model::{History, display_width};
use dutycheck_render::terminal_safe;

use super::args::{HistoryArgs, ParseFormat};
use super::{EXIT_ERROR, EXIT_OK, emit};

pub fn run(args: &HistoryArgs) -> u8 {
    if let Some(missing) = args.paths.iter().find(|p| !p.exists()) {
        eprintln!(
            "error: {}: no such file or directory",
            terminal_safe(&missing.display().to_string())
        );
        eprintln!("  = help: give report files, or directories of reports");
        return EXIT_ERROR;
    }
    let builder = match super::config::builder(&[], &args.select) {
        Ok(b) => b,
        Err(errors) => {
            super::print_diagnostics("configuration", &errors);
            return EXIT_ERROR;
        }
    };
    let checker = match builder
        .year(args.year)
        .read_options(args.read.options())
        .root(args.root.root.clone())
        .build()
    {
        Ok(c) => c,
        Err(errors) => {
            super::print_diagnostics("rules", &errors);
            return EXIT_ERROR;
        }
    };
    if let Some(id) = &args.indicator
        && checker.catalog().get(id).is_none()
    {
        eprintln!("error: unknown indicator `{}`", terminal_safe(id));
        let ids = checker.catalog().indicators().iter().map(|i| i.id.as_str());
        match dutycheck::model::did_you_mean(id, ids) {
            Some(s) => eprintln!("  = help: did you mean `{s}`?"),
            None => eprintln!("  = help: `dutycheck catalog list` lists the indicators"),
        }
        return EXIT_ERROR;
    }
    let files = dutycheck::discover::reports(&args.paths);
    // The bar of `check` (on a terminal, from 8 reports): every report is
    // read and extracted, which on a large corpus takes a while.
    let progress = crate::progress::Bar::new(false);
    let mut history = checker.history_all_with(&files, &progress);
    if let Some(id) = &args.indicator {
        for region in &mut history.regions {
            for year in &mut region.years {
                year.values.retain(|v| &v.indicator == id);
            }
        }
    }
    let text = match args.format {
        ParseFormat::Json => {
            let mut json = serde_json::to_string_pretty(&history).unwrap_or_default();
            json.push('\n');
            json
        }
        ParseFormat::Text => table(&history, checker.catalog()),
    };
    match emit(&text, None) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{}", e.one_line());
            EXIT_ERROR
        }
    }
}

/// One table per indicator, in catalog order: a row per region, a column
/// per year, each cell the first level stated that year and where.
fn table(history: &History, catalog: &dutycheck_catalog::Catalog) -> String {
    let years = history.years();
    let mut out = String::new();
    for indicator in catalog.indicators() {
        let rows: Vec<(String, Vec<String>)> = history
            .regions
            .iter()
            .filter_map(|r| {
                let cells: Vec<String> = years
                    .iter()
                    .map(|y| {
                        r.year(*y)
                            .and_then(|e| e.level(&indicator.id).map(|v| (e, v)))
                            .map(|(e, v)| format!("{} ({}:{})", v.text, e.path, v.line))
                            .unwrap_or_else(|| "—".to_string())
                    })
                    .collect();
                let name = r.years.last().map_or(r.region.clone(), |y| y.name.clone());
                cells.iter().any(|c| c != "—").then_some((name, cells))
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{} {}", indicator.id, indicator.name);
        let mut header = vec!["region".to_string()];
        header.extend(years.iter().map(i32::to_string));
        let mut lines: Vec<Vec<String>> = vec![header];
        for (name, cells) in rows {
            let mut line = vec![name];
            line.extend(cells);
            lines.push(line);
        }
        let widths: Vec<usize> = (0..=years.len())
            .map(|i| {
                lines
                    .iter()
                    .map(|l| l.get(i).map_or(0, |c| display_width(c)))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for line in lines {
            let mut row = String::from(" ");
            for (i, cell) in line.iter().enumerate() {
                row.push(' ');
                row.push_str(&terminal_safe(cell));
                if i + 1 < line.len() {
                    let pad = widths[i].saturating_sub(display_width(cell));
                    row.push_str(&" ".repeat(pad + 1));
                }
            }
            let _ = writeln!(out, "{}", row.trim_end());
        }
        out.push('\n');
    }
    for c in &history.conflicts {
        let _ = writeln!(
            out,
            "note: {} {}: two reports, {} and {}; the table shows the first",
            terminal_safe(&c.name),
            c.year,
            terminal_safe(&c.kept),
            terminal_safe(&c.other)
        );
    }
    for path in &history.undated {
        let _ = writeln!(
            out,
            "note: {}: no year in the title, not in any history (use --year)",
            terminal_safe(path)
        );
    }
    if out.is_empty() {
        out.push_str("no values in the reports given\n");
    }
    out
}
