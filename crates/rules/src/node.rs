//! The span-aware YAML tree lives in the catalog crate, the lowest crate that
//! reads user YAML (catalog entries are declared in packs and in the
//! configuration too); the rule loader walks the same tree.

pub(crate) use dutycheck_catalog::yaml::{Node, Src, scalar_text, to_u32};
