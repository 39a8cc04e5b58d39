// A naive textlint rule equivalent to one dutycheck threshold rule, for the
// speed comparison in benches/corpus.sh (never used by dutycheck itself):
// every catalog name or alias (from the file in $DUTYCHECK_NAMES, one per
// line) followed in the same clause by a percentage below 80 is reported.
"use strict";
const fs = require("fs");
const names = fs
  .readFileSync(process.env.DUTYCHECK_NAMES, "utf8")
  .split("\n")
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const pattern = new RegExp("(" + names.join("|") + ")[^。；，]*?(\\d+(?:\\.\\d+)?)%", "g");
module.exports = function (context) {
  const { Syntax, RuleError, report, getSource } = context;
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      for (const m of text.matchAll(pattern)) {
        if (parseFloat(m[2]) < 80) {
          report(node, new RuleError(`${m[1]} ${m[2]}% < 80%`, { index: m.index }));
        }
      }
    },
  };
};
