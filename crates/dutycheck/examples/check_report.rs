//! Check one report from Rust and print the result as JSON, then as SARIF.
//!
//! ```sh
//! cargo run -p dutycheck --example check_report -- tests/fixtures/reports/county-2021-failing.txt
//! ```
//!
//! The run is plain serialisable data (the value `dutycheck check --format
//! json` prints), so a project can snapshot it with insta in its own CI.

fn main() -> Result<(), dutycheck::Error> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures/reports/shandong-2020-city-cases.txt".to_string());
    let checker = dutycheck::Checker::builder().build()?;
    let run = checker.check_path(&path)?;
    let s = run.summary;
    println!(
        "{path}: {} error(s), {} warning(s), {} info(s)",
        s.errors, s.warnings, s.infos
    );
    for f in &run.findings {
        println!("  {}:{} [{}] {}", f.line, f.column, f.rule, f.message);
    }
    // Any output format, from the same run.
    let (_, sources) = checker.check_paths(&[&path]);
    let sarif = dutycheck::outputs::render(
        dutycheck::outputs::Format::Sarif,
        &checker,
        &run,
        &sources,
        dutycheck::outputs::RenderOptions::default(),
    );
    println!("SARIF: {} bytes", sarif.len());
    Ok(())
}
