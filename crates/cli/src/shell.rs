//! `dutycheck completions SHELL` and `dutycheck man`: shell completion
//! scripts and man pages, generated from the clap definition of the command
//! line ([`crate::args::Cli`]), so that every flag, value and help text is
//! the one the parser uses. The exit codes are in the man page's "EXIT
//! STATUS" part through the same text `--help` shows ([`crate::args::EXIT_CODES`]).

use std::io::Write;

use clap::CommandFactory;

use crate::args::{Cli, CompletionsArgs, ManArgs};
use crate::{EXIT_ERROR, EXIT_OK};

pub fn completions(args: &CompletionsArgs) -> u8 {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "dutycheck", &mut out);
    write_stdout(&out)
}

pub fn man(args: &ManArgs) -> u8 {
    let cmd = Cli::command();
    match &args.out_dir {
        None => {
            let mut out = Vec::new();
            if let Err(e) = render(cmd, &mut out) {
                eprintln!("error: cannot render the man page: {e}");
                return EXIT_ERROR;
            }
            write_stdout(&out)
        }
        Some(dir) => match write_pages(cmd, dir) {
            Ok(written) => {
                for p in written {
                    println!("wrote {}", p.display());
                }
                EXIT_OK
            }
            Err(e) => {
                eprintln!("error: cannot write man pages into {}: {e}", dir.display());
                EXIT_ERROR
            }
        },
    }
}

/// `dutycheck.1` and one page per visible command, `dutycheck-check.1` …
fn write_pages(
    cmd: clap::Command,
    dir: &std::path::Path,
) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut page = |cmd: clap::Command, name: String| -> std::io::Result<()> {
        let path = dir.join(format!("{name}.1"));
        let mut out = Vec::new();
        render(
            cmd.bin_name(name.replace('-', " ")).name(name.clone()),
            &mut out,
        )?;
        std::fs::write(&path, out)?;
        written.push(path);
        Ok(())
    };
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("dutycheck-{}", sub.get_name());
        page(sub.clone(), name)?;
    }
    page(cmd, "dutycheck".to_string())?;
    Ok(written)
}

/// A man page: clap_mangen's sections, with the text after `--help`
/// ([`crate::args::EXIT_CODES`]) as the conventional "EXIT STATUS" section
/// instead of clap_mangen's generic "EXTRA".
fn render(cmd: clap::Command, out: &mut Vec<u8>) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(out)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(out)?;
    }
    if let Some(after) = cmd.get_after_help() {
        let text = after.to_string();
        let body = text
            .strip_prefix("Exit status:")
            .unwrap_or(&text)
            .trim_matches('\n');
        out.extend_from_slice(b".SH \"EXIT STATUS\"\n.nf\n");
        for line in body.lines() {
            out.extend_from_slice(roff_line(line).as_bytes());
            out.push(b'\n');
        }
        out.extend_from_slice(b".fi\n");
    }
    // Only the top command has a version (clap_mangen's version section
    // needs one).
    if cmd.get_version().is_some() || cmd.get_long_version().is_some() {
        man.render_version_section(out)?;
    }
    Ok(())
}

/// Plain text as one roff line: backslashes and hyphens escaped, and a
/// leading `.` or `'` kept from being read as a request.
fn roff_line(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

fn write_stdout(bytes: &[u8]) -> u8 {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`dutycheck man | head`) is not an error.
    let _ = out.write_all(bytes);
    let _ = out.flush();
    EXIT_OK
}
