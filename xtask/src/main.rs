//! `cargo run -p xtask -- TASK [OPTIONS]`; see the library documentation.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::{corpus, rules, write_corpus};

const USAGE: &str = "usage:
  cargo run -p xtask -- gen-corpus --n N --out DIR [--seed S]
  cargo run -p xtask -- gen-rules  --n N --out FILE [--seed S] [--strict]
  cargo run -p xtask -- names      --out FILE";

/// The options every task understands.
struct Options {
    n: u64,
    out: Option<PathBuf>,
    seed: u64,
    /// `gen-rules --strict`: bounds that fail about half of the values.
    strict: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        n: 1000,
        out: None,
        seed: corpus::DEFAULT_SEED,
        strict: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--n" | "-n" => {
                let v = value()?;
                o.n = v.parse().map_err(|_| format!("--n: not a number: {v}"))?;
            }
            "--seed" => {
                let v = value()?;
                o.seed = v
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            "--out" | "-o" => o.out = Some(PathBuf::from(value()?)),
            "--strict" => o.strict = true,
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((task, rest)) = args.split_first() else {
        return Err("no task given".to_string());
    };
    let o = parse(rest)?;
    let out = o.out.clone().ok_or("--out is required")?;
    match task.as_str() {
        "gen-corpus" => {
            let bytes =
                write_corpus(&out, o.n, o.seed).map_err(|e| format!("{}: {e}", out.display()))?;
            eprintln!(
                "wrote {} reports, {bytes} bytes ({:.1} MB), seed {}, to {}",
                o.n,
                bytes as f64 / 1e6,
                o.seed,
                out.display()
            );
            Ok(())
        }
        "gen-rules" => {
            let n = usize::try_from(o.n).map_err(|_| "--n is too large".to_string())?;
            let bounds = if o.strict {
                rules::Bounds::Strict
            } else {
                rules::Bounds::Loose
            };
            std::fs::write(&out, rules::threshold_rules(n, o.seed, bounds))
                .map_err(|e| format!("{}: {e}", out.display()))
        }
        "names" => {
            std::fs::write(&out, rules::names()).map_err(|e| format!("{}: {e}", out.display()))
        }
        other => Err(format!("unknown task {other}")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
