//! The HTML report's layout, measured in headless Chromium (issue 16.7): at
//! 1400 px the page has no horizontal overflow, and no text of a chart runs
//! past the edge of its drawing (a value label clipped at the right, a
//! negative bar's label over the section names). Without Chromium the test
//! prints a `SKIPPED` line and passes; `.ci/run` installs it and sets
//! `DUTYCHECK_REQUIRE_CHROMIUM=1`, so that in CI it runs or fails.
//!
//! The page has no script and forbids scripts (its Content-Security-Policy);
//! the test loads a copy without that line and with a small script that
//! writes the measurements into the DOM, which `--dump-dom` prints.

mod support;

use support::*;

/// Reports whose charts have what used to overflow: qualified values
/// (`近90%`, `95%以上`), a negative growth, amounts of ten digits, a value
/// above the target's scale (126.35%) and a long section name.
const LABELS: &str = "tests/fixtures/reports/city-2020-labels.txt";

/// Reports of two years: the page ends with a line chart per region and
/// indicator, with value labels above or below the points and targets'
/// labels right of the plot.
const HISTORY: &str = "tests/fixtures/history";

const MEASURE: &str = r#"<script>
window.addEventListener('load', function () {
  var clipped = [];
  document.querySelectorAll('svg').forEach(function (svg) {
    var vb = svg.viewBox.baseVal;
    svg.querySelectorAll('text').forEach(function (t) {
      var b = t.getBBox();
      if (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5) {
        clipped.push(t.textContent + ' spans ' + b.x.toFixed(1) + '..' + (b.x + b.width).toFixed(1) + ' of 0..' + vb.width);
      }
    });
  });
  var out = document.createElement('pre');
  out.id = 'dutycheck-measure';
  out.textContent = JSON.stringify({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    charts: document.querySelectorAll('svg').length,
    clipped: clipped
  });
  document.body.appendChild(out);
});
</script>"#;

/// The measurements of `report`'s HTML at `width` px.
fn measure(browser: &str, report: &str, width: u32) -> serde_json::Value {
    let name = report.rsplit('/').next().unwrap_or(report);
    let dir = tempdir(&format!("layout-{width}-{name}"));
    let out = dutycheck(&["check", report, "--format", "html"]);
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    let csp = out
        .stdout
        .lines()
        .find(|l| l.starts_with("<meta http-equiv=\"Content-Security-Policy\""))
        .expect("the page forbids scripts");
    let page = out
        .stdout
        .replace(csp, "")
        .replace("</body>", &format!("{MEASURE}\n</body>"));
    let path = dir.join("page.html");
    std::fs::write(&path, page).expect("write the page");
    let dom = chromium_dom(browser, &path, width, 2000, &dir.join("profile"));
    let start = dom
        .find("<pre id=\"dutycheck-measure\">")
        .unwrap_or_else(|| panic!("{report}: the measuring script did not run:\n{dom}"));
    let json = &dom[start + "<pre id=\"dutycheck-measure\">".len()..];
    let json = &json[..json.find("</pre>").expect("closed")];
    let json = json
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&gt;", ">")
        .replace("&lt;", "<");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

#[test]
fn html_has_no_horizontal_overflow_and_no_clipped_chart_text_at_1400px() {
    let Some(browser) = chromium("html_has_no_horizontal_overflow_at_1400px") else {
        return;
    };
    for report in [SAMPLE, FAILING, LABELS, HISTORY] {
        let m = measure(&browser, report, 1400);
        let (scroll, inner) = (m["scrollWidth"].as_u64(), m["innerWidth"].as_u64());
        assert_eq!(inner, Some(1400), "{report}: {m}");
        assert!(
            scroll <= inner,
            "{report}: the page is wider than the window: {m}"
        );
        assert!(
            m["charts"].as_u64() > Some(0),
            "{report}: no chart drawn: {m}"
        );
        assert_eq!(m["clipped"], serde_json::json!([]), "{report}: {m}");
    }
}
