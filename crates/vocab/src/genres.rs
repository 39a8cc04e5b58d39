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

/// Words of a title that name a document the inspectors write: a
/// bulletin, a feedback, a briefing (`教育督导简报`: its paragraphs on each
/// county were held to the number of cases).
pub const BY_INSPECTORS: [&str; 6] = [
    "通报",
    "反馈意见",
    "督导意见",
    "反馈报告",
    "评估意见",
    "简报",
];

/// Words of a title that name typical work cases, whoever compiled them
/// (`关于印发…典型案例的通报` sends cases round: they are still cases).
pub const CASES: [&str; 1] = ["案例"];

/// Words of a title that name typical work, besides [`CASES`]: `典型经验做法`,
/// `经验做法选编`, `典型做法汇编`.
pub const TYPICAL: [&str; 2] = ["典型", "经验"];

/// Whether `title` names typical cases of work ([`CASES`], [`TYPICAL`]),
/// written up as cases ([`written_as_cases`]): `…典型工作案例汇编`,
/// `…典型经验做法`; not a self-evaluation, nor a bulletin of `典型问题`.
/// Under such a title a titled heading with paragraphs below it is a case.
pub fn names_typical_cases(title: &str) -> bool {
    (search::contains_any(title, CASES) || search::contains_any(title, TYPICAL))
        && written_as_cases(title)
}

/// Words of a title that name a rectification report: the government's
/// answer to the inspectors' feedback, item by item (`问题一：… 整改措施：…
/// 整改成效：…`), not cases of work, though written by the government
/// (`关于…反馈意见整改情况的报告` names the feedback it answers;
/// `…督导反馈问题整改落实情况的报告`, `…整改进展情况的报告`).
pub const RECTIFICATIONS: [&str; 5] = ["整改情况", "整改报告", "整改工作", "整改落实", "整改进展"];

/// Whether `title` names a document the inspectors write (a bulletin, a
/// feedback), not cases of work: `关于2022年度县级人民政府履行教育职责评价
/// 情况的通报`, `青禾市2022年度履行教育职责评价反馈意见`. A rectification
/// report that names the feedback it answers is the government's.
pub fn by_inspectors(title: &str) -> bool {
    search::contains_any(title, BY_INSPECTORS)
        && !search::contains_any(title, CASES)
        && !rectification(title)
}

/// Whether `title` names a rectification report ([`RECTIFICATIONS`]).
pub fn rectification(title: &str) -> bool {
    search::contains_any(title, RECTIFICATIONS)
}

/// Whether the document `title` names is written up as cases of work, which
/// the rules on cases judge: not a bulletin or a feedback
/// ([`by_inspectors`]), nor a rectification report ([`rectification`]).
pub fn written_as_cases(title: &str) -> bool {
    !by_inspectors(title) && !rectification(title)
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
            "教育督导简报",
        ] {
            assert!(by_inspectors(title), "{title}");
        }
        for title in [
            "2021年度东岭县人民政府履行教育职责情况自评报告",
            "2020年各市履行教育职责典型工作案例",
            "关于2022年度履行教育职责典型案例的通报",
            "白沙县关于2023年度履行教育职责评价反馈意见整改情况的报告",
        ] {
            assert!(!by_inspectors(title), "{title}");
        }
    }

    #[test]
    fn titles_of_typical_cases() {
        for title in [
            "苍梧市2024年度县级人民政府履行教育职责典型工作案例汇编",
            "2022年度市级人民政府履行教育职责典型经验做法",
            "关于2022年度履行教育职责典型案例的通报",
        ] {
            assert!(names_typical_cases(title), "{title}");
        }
        for title in [
            "2021年度东岭县人民政府履行教育职责情况自评报告",
            "关于2023年度履行教育职责评价典型问题的通报",
            "白沙县2023年度履行教育职责评价反馈问题整改情况报告",
        ] {
            assert!(!names_typical_cases(title), "{title}");
        }
    }

    #[test]
    fn rectification_reports_are_not_cases() {
        for title in [
            "白沙县2023年度履行教育职责评价反馈问题整改情况报告",
            "白沙县关于2023年度履行教育职责评价反馈意见整改情况的报告",
            "关于2022年度县级人民政府履行教育职责评价情况的通报",
            // Judged as cases of work, by the rules on cases.
            "苇塘县关于2023年度履行教育职责督导反馈问题整改落实情况的报告",
            "苇塘县关于2023年度履行教育职责督导反馈意见整改进展情况的报告",
        ] {
            assert!(!written_as_cases(title), "{title}");
        }
        for title in [
            "2021年度东岭县人民政府履行教育职责情况自评报告",
            "2020年各市履行教育职责典型工作案例",
        ] {
            assert!(written_as_cases(title), "{title}");
        }
    }
}
