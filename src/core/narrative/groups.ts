import type { TableModel } from "../table/types";
import { breakdownFirst, type Fact } from "./facts";
import { NOT_WHAT, withoutUnit } from "./places";

/**
 * A table of indicator groups across the header (城市 | 农村, each over 本期 | 上年同期 | 同比(%);
 * 特困人员 | 临时救助 over 人数 | 金额) is told group by group, and a row's name alone would say
 * the same indicator twice with two figures (低保对象8120人 … 低保对象30112人). Each figure is
 * named with its group, as a report says it: 城市低保对象, 农村低保对象; 特困人员人数.
 */

/**
 * The name of the group a table's figures stand under: written above the header (TableColumn.group),
 * or the header's upper part (城市 / 本期). Undefined when it names no group.
 */
export function groupNameOf(table: TableModel): string | undefined {
  const value = table.columns.find((c) => c.role === "value");
  if (!value) return undefined;
  const name = withoutUnit(value.group ?? (value.header.includes(" / ") ? value.header.split(" / ").slice(0, -1).join("") : ""));
  return name !== "" && !NOT_WHAT.test(name) ? name : undefined;
}

/**
 * Names each fact with its group: a breakdown before the name it narrows (城市 + 城乡低保对象 →
 * 城市低保对象), any other group before the name unless the name already says it.
 */
export function nameByGroup(group: string, facts: readonly Fact[]): void {
  for (const fact of facts) {
    const name = fact.name.trim();
    if (name === "" || name.includes(group)) continue;
    const narrowed = breakdownFirst(`${name}(${group})`);
    fact.name = narrowed !== `${name}(${group})` ? narrowed : group + name;
  }
}
