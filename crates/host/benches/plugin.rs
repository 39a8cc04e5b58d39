//! What isolation costs: one plugin check on one report, in-process against
//! in a worker, and the worker's start-up.
//!
//! The report is the sample `tests/fixtures/reports/shandong-2020-city-cases.txt`,
//! read, parsed and extracted as the CLI does; the check is
//! `growth-consistency/growth`. Run with
//! `cargo bench -p dutycheck-host --bench plugin`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use dutycheck_host::{Document, HostOptions, Isolation, LoadedPlugin, WorkerCommand};
use serde_json::json;

fn sample() -> dutycheck_model::Report {
    let path = support::workspace().join("tests/fixtures/reports/shandong-2020-city-cases.txt");
    let doc = dutycheck_read::read_path(&path, &dutycheck_read::ReadOptions::default())
        .expect("sample reads");
    let mut report = dutycheck_parse::parse(&doc).expect("sample parses");
    dutycheck_extract::Extractor::new(&dutycheck_catalog::Catalog::bundled()).extract(&mut report);
    report
}

fn options(isolation: Isolation) -> HostOptions {
    HostOptions {
        isolation,
        timeout: Duration::from_secs(30),
        worker: Some(WorkerCommand::new(
            &support::built().worker,
            Vec::<String>::new(),
        )),
        ..HostOptions::default()
    }
}

fn bench(c: &mut Criterion) {
    let lib = &support::built().rust["growth-consistency"];
    let report = sample();
    let options_json = json!({});
    let mut group = c.benchmark_group("growth check per report");
    for (name, isolation) in [
        ("in-process", Isolation::InProcess),
        ("worker", Isolation::Worker),
    ] {
        let plugin = LoadedPlugin::load(lib, &options(isolation)).expect("plugin loads");
        // What the engine does per report: serialise once, then call.
        group.bench_function(name, |b| {
            b.iter(|| {
                let doc = Document::new(&report).expect("serialises");
                black_box(
                    plugin
                        .run_document("growth", &options_json, &doc, None)
                        .expect("runs"),
                )
            })
        });
    }
    // A second check on a report the worker already holds: only the request
    // crosses the pipe (the engine sends each report once per worker).
    let plugin = LoadedPlugin::load(lib, &options(Isolation::Worker)).expect("plugin loads");
    let doc = Document::new(&report).expect("serialises");
    group.bench_function("worker, report already sent", |b| {
        b.iter(|| {
            black_box(
                plugin
                    .run_document("growth", &options_json, &doc, None)
                    .expect("runs"),
            )
        })
    });
    group.finish();
    let mut group = c.benchmark_group("worker");
    group.sample_size(20);
    group.bench_function("start-up (spawn, load, manifest, exit)", |b| {
        b.iter(|| {
            black_box(LoadedPlugin::load(lib, &options(Isolation::Worker)).expect("worker starts"))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
