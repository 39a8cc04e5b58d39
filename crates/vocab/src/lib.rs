//! The vocabulary of dutycheck: every word of the domain that more than one
//! stage reads or writes, in one place.
//!
//! Reports are Chinese prose. Reading them (parse, extract), judging them
//! (rules, engine, plugins) and writing about them (render) all need the same
//! small set of words: where a clause ends, what a numeral is worth, which
//! word makes a figure inexact, which unit means which kind of figure, which
//! verb states a rise and which a fall, and how a number is written back for
//! a person. When each stage kept its own list, the lists drifted apart (a
//! qualifier known to the extractor but not to the plugin test builder, a
//! number formatter that printed float noise). Here each idea lives once;
//! adding a word means adding it here, and every stage sees it.
//!
//! The crate is plain data and small functions, with no dependency beyond
//! the model's types, so that every crate (and every plugin, through the
//! SDK's re-export `dutycheck_plugin::vocab`) can use it.
//!
//! | module | words |
//! |---|---|
//! | [`punctuation`] | sentence and clause ends, full-width folding |
//! | [`numerals`] | Chinese numerals (十百千万亿, 两, 〇, financial forms), the one parser, Arabic multipliers |
//! | [`qualifiers`] | 约, 近, 超过, 余, 以上 … and the [`Qualifier`](dutycheck_model::Qualifier) each means |
//! | [`units`] | units with their [`QuantityKind`](dutycheck_model::QuantityKind), the kind → unit table |
//! | [`changes`] | change verbs (增长, 下降 …), comparisons (比上年, 同比 …) |
//! | [`links`] | linking words between a name and its figure, list separators, range connectors, masks |
//! | [`periods`] | parts of a year (`1-9月`, `上半年`, `截至9月底`): a figure for one is not the year's |
//! | [`plans`] | plans, goals, requirements and standards (力争, 计划, 到2025年, 国家标准), plan sections |
//! | [`genres`] | the titles of documents the inspectors write (通报, 反馈意见), which are not cases of work |
//! | [`regions`] | suffixes of region names (市, 县, 区, 省) for matching them across reports, the region a title names |
//! | [`search`] | finding those words in a short stretch of text, without `str`'s per-word searcher setup; [`search::Leads`], a list's first characters, to rule a stretch out first |
//! | [`format`] | the one function that writes a number for people, and the one that writes a change (`下降2.6%`) |

pub mod changes;
pub mod format;
pub mod genres;
pub mod links;
pub mod numerals;
pub mod periods;
pub mod plans;
pub mod punctuation;
pub mod qualifiers;
pub mod regions;
pub mod search;
pub mod units;

pub use format::{
    change_verb, format_change, format_decimals, format_like, format_number, scaled_like,
};
pub use punctuation::{fold_width, is_clause_end, is_sentence_end};
