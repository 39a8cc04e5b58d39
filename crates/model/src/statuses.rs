//! One row of the compliance matrix, stored for many rules.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Status;

/// Rule id → [`Status`] for one section, sorted by rule id.
///
/// It reads like the `BTreeMap<String, Status>` it serialises as (`get`,
/// `keys`, `values`, iteration in id order), but it is stored as a list of
/// statuses next to a **shared**, sorted list of rule ids. Every section of
/// every report in a run is judged on the same rules, so the engine builds the
/// id list once per rule set and each section only adds one status byte per
/// rule. With a map, 1,000 rules cost 1,000 string copies and tree inserts per
/// section, which was most of the time of evaluation with many rules (see the
/// README, "Performance").
#[derive(Clone, Default)]
pub struct RuleStatuses {
    ids: RuleIds,
    /// `statuses[i]` is the status of rule `ids[i]`.
    statuses: Vec<Status>,
}

/// The rule ids of a compliance matrix: sorted, without duplicates, and
/// cheap to share (cloning one is a reference count).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RuleIds(Arc<[String]>);

impl RuleIds {
    /// Sorts and deduplicates `ids`.
    pub fn new(mut ids: Vec<String>) -> RuleIds {
        ids.sort_unstable();
        ids.dedup();
        RuleIds(ids.into())
    }

    /// Where `id` is in the sorted list.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.0.binary_search_by(|k| k.as_str().cmp(id)).ok()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

impl fmt::Debug for RuleIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

impl RuleStatuses {
    /// A row: one status per id of `ids`, in its order. `None` when the
    /// lengths differ.
    pub fn new(ids: &RuleIds, statuses: Vec<Status>) -> Option<RuleStatuses> {
        (ids.len() == statuses.len()).then(|| RuleStatuses {
            ids: ids.clone(),
            statuses,
        })
    }

    /// The status of rule `id`.
    pub fn get(&self, id: &str) -> Option<&Status> {
        self.statuses.get(self.ids.position(id)?)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Rule ids, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.ids.iter()
    }

    /// Statuses, in the order of [`RuleStatuses::keys`].
    pub fn values(&self) -> impl Iterator<Item = &Status> {
        self.statuses.iter()
    }

    /// `(id, status)` pairs sorted by id.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Status)> {
        self.ids.0.iter().zip(self.statuses.iter())
    }

    pub fn len(&self) -> usize {
        self.statuses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.statuses.is_empty()
    }
}

impl<'a> IntoIterator for &'a RuleStatuses {
    type Item = (&'a String, &'a Status);
    type IntoIter = std::iter::Zip<std::slice::Iter<'a, String>, std::slice::Iter<'a, Status>>;

    fn into_iter(self) -> Self::IntoIter {
        self.ids.0.iter().zip(self.statuses.iter())
    }
}

/// Collects pairs; a later status for the same id replaces an earlier one,
/// as with a map.
impl FromIterator<(String, Status)> for RuleStatuses {
    fn from_iter<I: IntoIterator<Item = (String, Status)>>(iter: I) -> Self {
        let map: BTreeMap<String, Status> = iter.into_iter().collect();
        let (ids, statuses): (Vec<String>, Vec<Status>) = map.into_iter().unzip();
        RuleStatuses {
            ids: RuleIds(ids.into()),
            statuses,
        }
    }
}

impl std::ops::Index<&str> for RuleStatuses {
    type Output = Status;

    /// # Panics
    /// When `id` has no status, as a map's `Index` does.
    fn index(&self, id: &str) -> &Status {
        match self.get(id) {
            Some(s) => s,
            None => panic!("no status for rule `{id}`"),
        }
    }
}

impl PartialEq for RuleStatuses {
    fn eq(&self, other: &Self) -> bool {
        self.statuses == other.statuses
            && (Arc::ptr_eq(&self.ids.0, &other.ids.0) || self.ids == other.ids)
    }
}

impl fmt::Debug for RuleStatuses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for RuleStatuses {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// In JSON, a map from rule id to [`Status`], sorted by id.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for RuleStatuses {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleStatuses".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let status = generator.subschema_for::<Status>();
        schemars::json_schema!({
            "description": "Rule id → the rule's status in the section, for every rule in force, sorted by id.",
            "type": "object",
            "additionalProperties": status,
        })
    }
}

impl<'de> Deserialize<'de> for RuleStatuses {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, Status>::deserialize(deserializer)?;
        Ok(map.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> RuleStatuses {
        [
            ("b".to_string(), Status::Fail),
            ("a".to_string(), Status::Pass),
            ("c".to_string(), Status::Missing),
        ]
        .into_iter()
        .collect()
    }

    #[test]
    fn reads_like_a_sorted_map() {
        let r = row();
        assert_eq!(r.get("a"), Some(&Status::Pass));
        assert_eq!(r.get("b"), Some(&Status::Fail));
        assert_eq!(r.get("z"), None);
        assert!(r.contains_key("c"));
        assert_eq!(r.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(r["c"], Status::Missing);
        assert_eq!(r.len(), 3);
    }

    #[test]
    fn serialises_as_a_map_and_back() {
        let r = row();
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, r#"{"a":"pass","b":"fail","c":"missing"}"#);
        let back: RuleStatuses = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn shared_ids_are_sorted_and_statuses_must_fit() {
        let ids = RuleIds::new(vec!["b".to_string(), "a".to_string(), "b".to_string()]);
        assert_eq!(ids.iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(ids.position("b"), Some(1));
        let row = RuleStatuses::new(&ids, vec![Status::Pass, Status::Fail]);
        assert_eq!(row.and_then(|r| r.get("b").copied()), Some(Status::Fail));
        assert!(RuleStatuses::new(&ids, vec![Status::Pass]).is_none());
    }

    #[test]
    fn a_later_status_replaces_an_earlier_one() {
        let r: RuleStatuses = [
            ("a".to_string(), Status::Pass),
            ("a".to_string(), Status::Fail),
        ]
        .into_iter()
        .collect();
        assert_eq!(r.len(), 1);
        assert_eq!(r["a"], Status::Fail);
    }
}
