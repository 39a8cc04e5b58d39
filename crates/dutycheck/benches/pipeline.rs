//! The pipeline's stages on the bundled sample report, one benchmark each:
//! read + parse, extract, evaluate (default rules). Run with
//! `cargo bench -p dutycheck --bench pipeline`. End-to-end figures over the
//! generated corpus come from `benches/corpus.sh`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dutycheck::Checker;
use dutycheck_catalog::Catalog;
use dutycheck_extract::Extractor;
use dutycheck_read::{ReadOptions, read_path};

fn sample() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/reports/shandong-2020-city-cases.txt"
    ))
}

fn stages(c: &mut Criterion) {
    let bytes = std::fs::metadata(sample()).map_or(0, |m| m.len());
    let options = ReadOptions::default();
    let doc = read_path(sample(), &options).expect("the sample reads");
    let extractor = Extractor::new(&Catalog::bundled());
    let checker = Checker::builder().build().expect("bundled rules");
    let (report, _) = checker.parse_path(sample()).expect("the sample parses");

    let mut group = c.benchmark_group("sample");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("read+parse", |b| {
        b.iter(|| {
            let doc = read_path(black_box(sample()), &options).expect("reads");
            dutycheck_parse::parse(&doc).expect("parses")
        })
    });
    group.bench_function("extract", |b| {
        let parsed = dutycheck_parse::parse(&doc).expect("parses");
        b.iter(|| {
            let mut r = parsed.clone();
            extractor.extract(black_box(&mut r));
            r
        })
    });
    group.bench_function("evaluate", |b| {
        b.iter(|| checker.check_report(black_box(&report)))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
