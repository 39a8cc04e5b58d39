//! Which configuration files may load plugins: the user's trust file.
//!
//! A plugin is a shared library: loading it runs its code with the user's
//! rights. `dutycheck check` finds `dutycheck.yaml` by walking up from the
//! current directory, so a config it *finds* may belong to someone else: a
//! checkout of another project, a downloaded archive, or anything under a
//! world-writable directory such as `/tmp`. Loading the `plugins:` of such a
//! config would run a stranger's code just because the user ran `check`
//! below it.
//!
//! So the `plugins:` of a discovered config load only when the user said so,
//! in the spirit of direnv's `allow`:
//!
//! - `--trust-config-plugins`, for one run;
//! - or an entry in this trust file, written by `dutycheck trust [CONFIG]`,
//!   keyed by the config's canonical path **and** the SHA-256 of its
//!   content. Editing the config (adding a plugin, changing a path) makes it
//!   untrusted again until `dutycheck trust` is run again; `dutycheck trust
//!   --revoke` removes the entry.
//!
//! A config named with `--config` is trusted: the user chose it. Plugins
//! given with `--plugin` are always loaded for the same reason.
//!
//! The file lives at `$XDG_CONFIG_HOME/dutycheck/trusted.yaml`, or
//! `~/.config/dutycheck/trusted.yaml` without `XDG_CONFIG_HOME`:
//!
//! ```yaml
//! # Configs whose plugins dutycheck may load (`dutycheck trust`).
//! trusted:
//!   - config: "/home/me/project/dutycheck.yaml"
//!     sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
//! ```
//!
//! A trust file that cannot be read or parsed trusts nothing, and says why:
//! it never fails open.

use std::io::Write;
use std::path::{Path, PathBuf};

use dutycheck_catalog::yaml_error;
use dutycheck_model::Diagnostic;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The trust file's name inside its directory.
const FILE_NAME: &str = "trusted.yaml";

/// One trusted config: its canonical path and the SHA-256 of its content
/// (lowercase hex).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trusted {
    pub config: PathBuf,
    pub sha256: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrustFile {
    #[serde(default)]
    trusted: Vec<Trusted>,
}

/// The user's trust file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustStore {
    path: PathBuf,
    entries: Vec<Trusted>,
}

/// The SHA-256 of a config's content, in lowercase hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The config's path as trust entries key it: canonical, so that
/// `../dutycheck.yaml` and `/home/me/p/dutycheck.yaml` are one entry, and a
/// link is trusted for what it points to.
pub fn config_key(config: &Path) -> std::io::Result<PathBuf> {
    std::fs::canonicalize(config)
}

impl TrustStore {
    /// Where the trust file is: `$XDG_CONFIG_HOME/dutycheck/trusted.yaml`,
    /// else `$HOME/.config/dutycheck/trusted.yaml`. `None` without either
    /// variable (then nothing is trusted, and `dutycheck trust` says why).
    pub fn default_path() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(PathBuf::from)
                    .filter(|p| p.is_absolute())
                    .map(|h| h.join(".config"))
            })?;
        Some(base.join("dutycheck").join(FILE_NAME))
    }

    /// Reads the trust file at `path`. A missing file is an empty store.
    pub fn load(path: &Path) -> Result<TrustStore, Diagnostic> {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(Diagnostic::file(
                    shown,
                    format!("cannot read the trust file: {e}"),
                ));
            }
        };
        let file: TrustFile = if text.trim().is_empty() {
            TrustFile::default()
        } else {
            serde_saphyr::from_str::<Option<TrustFile>>(&text)
                .map_err(|e| {
                    yaml_error(&shown, &text, &e).with_help(
                        "the trust file is written by `dutycheck trust`; fix or delete it, then trust the configs again",
                    )
                })?
                .unwrap_or_default()
        };
        Ok(TrustStore {
            path: path.to_path_buf(),
            entries: file.trusted,
        })
    }

    /// The file this store was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The trusted configs.
    pub fn entries(&self) -> &[Trusted] {
        &self.entries
    }

    /// Whether the config at canonical path `key` with content hash `hash`
    /// is trusted.
    pub fn is_trusted(&self, key: &Path, hash: &str) -> bool {
        self.entries
            .iter()
            .any(|t| t.config == key && t.sha256.eq_ignore_ascii_case(hash))
    }

    /// The hash `key` was trusted with, if it was (to tell "edited since"
    /// from "never trusted").
    pub fn trusted_hash(&self, key: &Path) -> Option<&str> {
        self.entries
            .iter()
            .find(|t| t.config == key)
            .map(|t| t.sha256.as_str())
    }

    /// Trusts `key` with `hash`, replacing an earlier entry for it.
    pub fn trust(&mut self, key: &Path, hash: &str) {
        self.entries.retain(|t| t.config != key);
        self.entries.push(Trusted {
            config: key.to_path_buf(),
            sha256: hash.to_string(),
        });
    }

    /// Removes the entry of `key`; whether there was one.
    pub fn revoke(&mut self, key: &Path) -> bool {
        let before = self.entries.len();
        self.entries.retain(|t| t.config != key);
        self.entries.len() != before
    }

    /// Writes the store back: to a temporary file next to it, then renamed
    /// over it, so that a crash leaves the old file or the new one, never
    /// half of one. The directory is created when missing.
    pub fn save(&self) -> Result<(), Diagnostic> {
        let shown = self.path.display().to_string();
        let fail = |what: &str, e: std::io::Error| {
            Diagnostic::file(shown.clone(), format!("cannot {what} the trust file: {e}"))
        };
        let mut text = String::from(
            "# Configs whose plugins dutycheck may load, by canonical path and SHA-256\n\
             # of their content. Written by `dutycheck trust`; an edited config is\n\
             # untrusted until it is trusted again.\n",
        );
        if self.entries.is_empty() {
            text.push_str("trusted: []\n");
        } else {
            text.push_str("trusted:\n");
        }
        for t in &self.entries {
            let Some(config) = t.config.to_str() else {
                return Err(Diagnostic::file(
                    t.config.display().to_string(),
                    "a config path that is not UTF-8 cannot be trusted",
                ));
            };
            // JSON strings are YAML double-quoted scalars: any path is
            // written safely, quotes and all.
            let quote = |s: &str| serde_json::Value::from(s).to_string();
            text.push_str(&format!(
                "  - config: {}\n    sha256: {}\n",
                quote(config),
                quote(&t.sha256)
            ));
        }
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| fail("create the directory of", e))?;
        }
        let tmp = self.path.with_extension("yaml.tmp");
        let mut file = std::fs::File::create(&tmp).map_err(|e| fail("write", e))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| fail("write", e))?;
        std::fs::rename(&tmp, &self.path).map_err(|e| fail("replace", e))
    }
}

/// The plugins of a discovered config that were not loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    /// The config, as shown (relative to the current directory when inside
    /// it).
    pub config: PathBuf,
    pub plugins: Vec<PathBuf>,
    pub why: Untrusted,
}

/// Why a discovered config's plugins were not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Untrusted {
    /// The trust file has no entry for it.
    NotTrusted,
    /// It was trusted with other content: it was edited since.
    Changed,
    /// There is no trust file to ask (no `XDG_CONFIG_HOME` or `HOME`), or it
    /// is unreadable: nothing is trusted.
    NoTrustFile(String),
}

impl Withheld {
    /// One warning per plugin, naming the config and the plugin, with what
    /// to do.
    pub fn warnings(&self) -> Vec<String> {
        let config = self.config.display();
        let why = match &self.why {
            Untrusted::NotTrusted => "which is not trusted".to_string(),
            Untrusted::Changed => "which changed since it was trusted".to_string(),
            Untrusted::NoTrustFile(reason) => format!("and no config is trusted: {reason}"),
        };
        let help = match &self.why {
            Untrusted::Changed => format!(
                "review the change, then run `dutycheck trust {config}` again (or pass --trust-config-plugins, or --config {config})"
            ),
            _ => format!(
                "a config found in a parent directory may be someone else's; if it is yours, run `dutycheck trust {config}` (or pass --trust-config-plugins, or --config {config})"
            ),
        };
        self.plugins
            .iter()
            .map(|p| {
                format!(
                    "warning: plugin {} not loaded: it is named by {config}, a config found by walking up from the current directory, {why}\n  = help: {help}",
                    p.display()
                )
            })
            .collect()
    }
}

/// Takes the `plugins:` out of `config`, found at `path` by walking up,
/// unless `trust_flag` (`--trust-config-plugins`) or the trust file at
/// `store` trusts it (its canonical path with the hash of the text it was
/// parsed from). `None`: nothing withheld (no plugins, or trusted).
pub fn withhold_untrusted(
    config: &mut dutycheck_rules::Config,
    path: &Path,
    trust_flag: bool,
    store: Option<&Path>,
) -> Option<Withheld> {
    if config.plugins.is_empty() || trust_flag {
        return None;
    }
    let why = match (store, config_key(path)) {
        (None, _) => Untrusted::NoTrustFile(
            "neither XDG_CONFIG_HOME nor HOME is set to an absolute path".to_string(),
        ),
        (Some(_), Err(e)) => Untrusted::NoTrustFile(format!("{}: {e}", path.display())),
        (Some(store), Ok(key)) => match TrustStore::load(store) {
            Err(e) => Untrusted::NoTrustFile(format!(
                "the trust file {} is unreadable: {}",
                store.display(),
                e.message
            )),
            Ok(s) => {
                let hash = content_hash(config.text());
                if s.is_trusted(&key, &hash) {
                    return None;
                }
                if s.trusted_hash(&key).is_some() {
                    Untrusted::Changed
                } else {
                    Untrusted::NotTrusted
                }
            }
        },
    };
    Some(Withheld {
        config: path.to_path_buf(),
        plugins: std::mem::take(&mut config.plugins),
        why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_sha256_hex() {
        // The SHA-256 of "test", as `sha256sum` prints it.
        assert_eq!(
            content_hash("test"),
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        );
    }

    #[test]
    fn a_missing_file_trusts_nothing_and_a_saved_one_reads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("dutycheck").join(FILE_NAME);
        let mut store = TrustStore::load(&path).expect("a missing file is empty");
        assert!(store.entries().is_empty());
        let key = dir.path().join("a \"quoted\": path/dutycheck.yaml");
        store.trust(&key, &content_hash("plugins: [x.so]\n"));
        store.save().expect("saved");
        let again = TrustStore::load(&path).expect("reads back");
        assert_eq!(again, store);
        assert!(again.is_trusted(&key, &content_hash("plugins: [x.so]\n")));
        // Edited: another hash, untrusted, but the old entry is known.
        assert!(!again.is_trusted(&key, &content_hash("plugins: [y.so]\n")));
        assert!(again.trusted_hash(&key).is_some());
        let mut revoked = again;
        assert!(revoked.revoke(&key));
        assert!(!revoked.revoke(&key));
        revoked.save().expect("saved");
        assert!(
            TrustStore::load(&path)
                .expect("reads back")
                .entries()
                .is_empty()
        );
    }

    #[test]
    fn plugins_of_a_discovered_config_load_only_when_trusted_and_unchanged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config_path = dir.path().join("dutycheck.yaml");
        let store = dir.path().join("trust").join(FILE_NAME);
        let text = "plugins: [libx.so]\n";
        std::fs::write(&config_path, text).expect("write");
        let parse = |text: &str| {
            dutycheck_rules::Config::parse("dutycheck.yaml", text, dir.path()).expect("valid")
        };
        // Untrusted: withheld, with a warning naming the config and the plugin.
        let mut config = parse(text);
        let w =
            withhold_untrusted(&mut config, &config_path, false, Some(&store)).expect("withheld");
        assert!(config.plugins.is_empty());
        assert_eq!(w.why, Untrusted::NotTrusted);
        assert_eq!(w.plugins, [dir.path().join("libx.so")]);
        let warnings = w.warnings();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("libx.so"), "{}", warnings[0]);
        assert!(warnings[0].contains(&config_path.display().to_string()));
        // The flag: loaded.
        let mut config = parse(text);
        assert_eq!(
            withhold_untrusted(&mut config, &config_path, true, Some(&store)),
            None
        );
        assert_eq!(config.plugins.len(), 1);
        // Trusted: loaded.
        let mut s = TrustStore::load(&store).expect("empty");
        s.trust(
            &config_key(&config_path).expect("exists"),
            &content_hash(text),
        );
        s.save().expect("saved");
        let mut config = parse(text);
        assert_eq!(
            withhold_untrusted(&mut config, &config_path, false, Some(&store)),
            None
        );
        assert_eq!(config.plugins.len(), 1);
        // Edited: withheld again, saying so.
        let edited = "plugins: [libx.so, liby.so]\n";
        let mut config = parse(edited);
        let w =
            withhold_untrusted(&mut config, &config_path, false, Some(&store)).expect("withheld");
        assert_eq!(w.why, Untrusted::Changed);
        assert_eq!(w.warnings().len(), 2);
        // No trust file to ask: nothing is trusted.
        let mut config = parse(text);
        let w = withhold_untrusted(&mut config, &config_path, false, None).expect("withheld");
        assert!(matches!(w.why, Untrusted::NoTrustFile(_)));
        // A broken trust file trusts nothing either.
        std::fs::write(&store, "trusted: 3\n").expect("write");
        let mut config = parse(text);
        let w =
            withhold_untrusted(&mut config, &config_path, false, Some(&store)).expect("withheld");
        assert!(matches!(w.why, Untrusted::NoTrustFile(_)), "{w:?}");
    }

    #[test]
    fn a_broken_trust_file_is_an_error_at_its_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "trusted:\n  - config: /a\n    sha: x\n").expect("write");
        let e = TrustStore::load(&path).expect_err("unknown key");
        assert_eq!(e.line, Some(3), "{e:?}");
        assert!(e.message.contains("sha"), "{}", e.message);
    }
}
