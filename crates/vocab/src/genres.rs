//! What kind of document a report is, from its title.
//!
//! Governments submit self-evaluations (自评报告) and typical work cases
//! (典型工作案例); inspectors write bulletins (通报) and feedback (反馈意见)
//! about them. All four state figures that the rules on targets judge. Only
//! what governments submit is written up as cases of work: a bulletin's
//! paragraph on a county is the inspectors' summary, and how many items it
//! has, or whether each shows a result with a baseline, says nothing of the
//! county. The rules on cases (`structure.min-cases`, `detail`) do not
//! judge such a document.

use crate::search;

/// Words of a title that name a document the inspectors write.
pub const BY_INSPECTORS: [&str; 5] = ["通报", "反馈意见", "督导意见", "反馈报告", "评估意见"];

/// Words of a title that name typical work cases, whoever compiled them
/// (`关于印发…典型案例的通报` sends cases round: they are still cases).
pub const CASES: [&str; 1] = ["案例"];

/// Whether `title` names a document the inspectors write (a bulletin, a
/// feedback), not cases of work: `关于2022年度县级人民政府履行教育职责评价
/// 情况的通报`, `青禾市2022年度履行教育职责评价反馈意见`.
pub fn by_inspectors(title: &str) -> bool {
    search::contains_any(title, BY_INSPECTORS) && !search::contains_any(title, CASES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulletins_and_feedback_are_the_inspectors() {
        for title in [
            "关于2022年度县级人民政府履行教育职责评价情况的通报",
            "青禾市2022年度履行教育职责评价反馈意见",
            "关于对东岭县人民政府履行教育职责的督导意见",
        ] {
            assert!(by_inspectors(title), "{title}");
        }
        for title in [
            "2021年度东岭县人民政府履行教育职责情况自评报告",
            "2020年各市履行教育职责典型工作案例",
            "关于2022年度履行教育职责典型案例的通报",
        ] {
            assert!(!by_inspectors(title), "{title}");
        }
    }
}
