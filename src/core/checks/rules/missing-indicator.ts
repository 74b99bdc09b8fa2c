import type { Finding } from "../../findings";
import { type CheckRule } from "../context";
import { finding } from "../finding";

/** missing-indicator: an indicator the schema marks `required` that no data row provides (a sheet-level finding). */
export const missingIndicator: CheckRule = {
  code: "missing-indicator",
  check(ctx) {
    const out: Finding[] = [];
    const required = ctx.schema.indicators.filter((i) => i.required);
    if (required.length === 0 || ctx.table.columns.length === 0) return out;
    const present = new Set<object>();
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      if (info.spec) present.add(info.spec);
    }
    for (const spec of required) {
      if (present.has(spec)) continue;
      out.push(finding("missing-indicator", ctx.msg.missingIndicator({ indicator: spec.name }), { expected: spec.name }));
    }
    return out;
  },
};
