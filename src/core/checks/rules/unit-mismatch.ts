import type { Finding } from "../../findings";
import { lookupUnit } from "../../quantity";
import type { Dimension } from "../../quantity/types";
import { findIndicator, type IndicatorSpec, normalizeHeader } from "../../schema";
import { cellText } from "../../table/header";
import type { TableColumn } from "../../table/types";
import { type CheckContext, type CheckRule, columnArrays, columnOfFigure, type Figure, type RowInfo } from "../context";
import { finding } from "../finding";

/** Dimensions an indicator accepts: its own and those of the units the catalogue lists for it. */
function accepted(spec: IndicatorSpec): Set<Dimension> {
  const out = new Set<Dimension>([spec.dimension]);
  for (const u of [spec.unit, ...spec.units]) {
    const info = lookupUnit(u);
    if (info) out.add(info.dimension);
  }
  return out;
}

/**
 * A fee paid to a person or for one (生活费, 救助费, 补助费, 护理费, 丧葬费, 医疗费, 抚恤费, 服务费) and a
 * body's funds (经费): money. Only these compounds: 会费, 学费, 消费 end in 费 too and say less.
 */
const MONEY_FEE = /(?:生活|救助|补助|护理|丧葬|医疗|抚恤|服务|经)费$/;
/** A fee waived (减免会费, 免除基本殡葬服务费): such a row may count those relieved of it (1200人), so its name says nothing. */
const WAIVED = /减免|免除|免收|免交|免缴|减收|减征|免征|代缴/;
/** Paying out what the name names (孤儿基本生活费发放, 救助资金拨付): the money still. */
const PAID_OUT = /(?:发放|拨付|支付|下拨)$/;

/** What a name says it measures, when it says so plainly (资金 is money, 人数 persons). */
function dimensionFromName(name: string): Dimension | undefined {
  const last = name.charCodeAt(name.length - 1);
  // 放 付 拨: the last characters of PAID_OUT; what is paid out is read without them (money only).
  if (last === 0x653e || last === 0x4ed8 || last === 0x62e8) {
    const m = PAID_OUT.exec(name);
    return m && m.index > 0 && moneyByName(name.slice(0, m.index)) ? "money" : undefined;
  }
  // 金 额 费 出 入 项 数: the last characters of the names below.
  if (last !== 0x91d1 && last !== 0x989d && last !== 0x8d39 && last !== 0x51fa && last !== 0x5165 && last !== 0x9879 && last !== 0x6570) return undefined;
  if (moneyByName(name)) return "money";
  if (/人数$/.test(name)) return "persons";
  if (/户数$/.test(name)) return "households";
  return undefined;
}

/** Whether a name ends in what can only be an amount of money. */
function moneyByName(name: string): boolean {
  // …金 is money: 公益金, 救助金, 抚恤金, 慰问金, 保障金 (奖金, 租金); a 基金 is also counted (社区慈善基金 12支).
  if (/(?:[^基]金|^金|金额|费用|支出|收入|款项)$/.test(name)) return true;
  return MONEY_FEE.test(name) && !WAIVED.test(name);
}

/**
 * A name that ends in who is counted (培训养老护理员, 事实无人抚养儿童, 集中供养孤儿, 残疾人两项补贴对象):
 * a count of persons (or of their households: 低保对象 in 户), never an amount of money. The reverse
 * of dimensionFromName's 资金 and 人数, for the name that does not end in 人数.
 */
const PERSON_NOUN = /(?:人员|[^动]员|对象|儿童|孤儿|老人|残疾人|志愿者|工作者|社工|居民|村民|群众)$/;

/** A catalogue entry that counts people only (人, 户, 人次): its name is a group of people. */
function countsPeople(allowed: ReadonlySet<Dimension>): boolean {
  for (const d of allowed) if (d !== "persons" && d !== "households") return false;
  return true;
}

function dimLabel(info: RowInfo): string {
  return info.spec ? [info.spec.unit, ...info.spec.units].join("/") : "";
}

/**
 * Whether a column's header names a unit the figures below it are in (差额(百分点), 资金(万元), 占比(%)):
 * such a column is read in that unit, whatever the row's 单位 says of its other figures.
 */
function ownUnit(col: TableColumn | undefined): boolean {
  return !!col?.headerUnit && !!lookupUnit(col.headerUnit);
}

/**
 * Figures of one row written with units of two kinds in their own cells (6,275万元 this period
 * beside 5,930人次 last year): one is mistyped. Reported on the one the catalogue's entry for the
 * name refuses (临时救助: 人次), else on the value column's (the figure reported).
 */
function mixedUnits(ctx: CheckContext, info: RowInfo, columns: ReturnType<typeof columnArrays>, out: Finding[]): boolean {
  let first: Figure | undefined;
  let other: Figure | undefined;
  for (const f of info.figures.values()) {
    // (A column in a unit of its own is compared with its header, not with the row's other figures.)
    if (f.unitFrom !== "cell" || !f.unit || !columns.valueLike[columnOfFigure(f)] || ownUnit(columns.at[columnOfFigure(f)])) continue;
    if (!first) first = f;
    else if (f.unit.dimension !== first.unit!.dimension) {
      other = f;
      break;
    }
  }
  if (!first || !other) return false;
  const spec = ctx.schema.indicators.length > 0 ? findIndicator(ctx.schema, info.row.indicatorKey) : undefined;
  const allowed = spec ? accepted(spec) : undefined;
  const value = ctx.columns.get("value")?.[0];
  let wrong = columnOfFigure(other) === value?.col ? other : first;
  if (allowed && allowed.has(first.unit!.dimension) !== allowed.has(other.unit!.dimension)) wrong = allowed.has(first.unit!.dimension) ? other : first;
  const right = wrong === first ? other : first;
  const column = columns.at[columnOfFigure(wrong)]!;
  const rightColumn = columns.at[columnOfFigure(right)]!;
  out.push(
    finding("unit-mismatch", ctx.msg.unitMismatchFigures({ unit: writtenUnit(wrong), other: writtenUnit(right), column: rightColumn.header }), {
      cell: wrong.cell,
      column,
      row: info.row,
      value: cellText(wrong.cell.raw).trim(),
      expected: writtenUnit(right),
    }),
  );
  return true;
}

/**
 * Whether the column's unit is written on the group above it (享受人数(人) / 2025年6月末): the group
 * names what the column counts, as a wide table's header does.
 */
function groupNamesUnit(col: TableColumn): boolean {
  const parts = col.header.split(" / ");
  if (parts.length < 2 || !col.headerUnit) return false;
  const unit = `(${normalizeHeader(col.headerUnit)})`;
  return parts.slice(0, -1).some((p) => normalizeHeader(p).endsWith(unit));
}

/** A figure's unit as its cell writes it, scale word and all (6,275万元 → 万元). */
function writtenUnit(f: Figure): string {
  return cellText(f.cell.raw).trim().replace(/^[-+]?[\d,.\s]+/, "") || (f.unitText ?? "");
}

/**
 * unit-mismatch: the unit cannot measure this indicator (persons for money: the catalogue's
 * dimension and units, or a name that says 资金/人数/户数), or units written in two places
 * (the value cell, the unit column, the header) disagree in dimension.
 * On the unit cell when the unit column is at fault, else on the value cell.
 */
export const unitMismatch: CheckRule = {
  code: "unit-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    const columns = columnArrays(ctx);
    const unitCol = ctx.columns.get("unit")?.[0];
    const value = ctx.columns.get("value")?.[0];
    const valueColumns = ctx.figureColumns().filter((fc) => columns.valueLike[fc.col]);
    // A unit in a value column's header can disagree with any row's; a unit in a cell only with the row's unit column.
    const headerUnits = valueColumns.some((fc) => !!columns.at[fc.col]!.headerUnit);
    // The dimensions each catalogue entry accepts, once per entry.
    const acceptedBy = new Map<IndicatorSpec, Set<Dimension>>();
    for (let r = 0; r < ctx.rows.length; r++) {
      const info = ctx.rows[r];
      const row = info.row;
      let flaggedRow = false;
      let suspect = headerUnits;
      if (!suspect && info.unit) for (const fc of valueColumns) if (fc.has(r) && fc.unitFrom(r) === "cell") suspect = true;
      // Unit column vs the header's unit.
      if (suspect)
        for (const f of info.figures.values()) {
        const c = columnOfFigure(f);
        if (!columns.valueLike[c]) continue;
        const col = columns.at[c]!;
        // (A column whose header names its own unit, 差额(百分点) or 资金(万元), is read in it, not in the
        // row's: -8.3个百分点 there is compared with 百分点 below, not with the 个 of the row's counts.)
        if (f.unitFrom === "cell" && info.unit && f.unit && f.unit.dimension !== info.unit.dimension && !ownUnit(col)) {
          const unit = f.q.unit ?? "";
          out.push(finding("unit-mismatch", ctx.msg.unitMismatchColumn({ unit, columnUnit: info.unitText ?? "" }), { cell: f.cell, column: col, row, value: cellText(f.cell.raw).trim(), expected: info.unitText ?? undefined }));
          flaggedRow = true;
        } else if (f.unitFrom !== "header" && col.headerUnit && f.unit) {
          const hu = lookupUnit(col.headerUnit);
          if (hu && hu.dimension !== f.unit.dimension) {
            const at = f.unitFrom === "column" && row.cells.unit ? row.cells.unit : f.cell;
            out.push(finding("unit-mismatch", ctx.msg.unitMismatchColumn({ unit: f.unitText ?? "", columnUnit: col.headerUnit }), { cell: at, column: f.unitFrom === "column" ? unitCol : col, row, value: f.unitText ?? "", expected: col.headerUnit }));
            flaggedRow = true;
          }
        }
      }
      if (flaggedRow) continue;
      // (Read only where two of the row's figures write their units: most rows' figures are plain numbers.)
      let written = 0;
      for (const fc of valueColumns) if (fc.has(r) && fc.unitFrom(r) === "cell") written++;
      if (written >= 2 && mixedUnits(ctx, info, columns, out)) continue;
      // The indicator's own dimension (catalogue, else a plain name).
      let allowed = info.spec ? acceptedBy.get(info.spec) : undefined;
      if (info.spec && !allowed) acceptedBy.set(info.spec, (allowed = accepted(info.spec)));
      const named = allowed ? undefined : dimensionFromName(info.row.indicatorKey);
      // (Not a part of another data row: 其中:80周岁以上老人 under 高龄津贴 is the money paid to them.)
      const persons = !allowed && !named && PERSON_NOUN.test(info.row.indicatorKey) && !(row.parentRow !== undefined && ctx.byRow.has(row.parentRow));
      if (!allowed && !named && !persons) continue;
      // 已完成投资(万元) as the value of a row named 适老化改造 (户): a column that names its own measure and
      // unit counts that measure, not what the row's name counts.
      if (value?.indicator && value.headerUnit) continue;
      // So too a group above the column that names its measure and unit (享受人数(人) over 2025年6月末).
      if (value && groupNamesUnit(value)) continue;
      const f = value ? info.figures.get(value.col) : undefined;
      const unit = f?.unit ?? info.unit;
      const unitText = f?.unitText ?? info.unitText;
      if (!unit || !unitText) continue;
      // A person's name only against its own row's unit: a sheet's 单位:万元 says what a table of
      // money is in, and its rows may be named by who receives it.
      if (persons && f && f.unitFrom !== "column" && f.unitFrom !== "cell") continue;
      // 人均救助资金 in 元/人 is money too: a per-head or per-month amount is a money figure.
      // 集中养育孤儿 in 元/人·月 (under 基本生活保障标准, or alone): a group of people in a money rate per
      // head or month is the standard paid to that group, not a count mistyped.
      const ok = persons
        ? unit.dimension !== "money"
        : allowed
          ? allowed.has(unit.dimension) || (unit.dimension === "money-per-period" && countsPeople(allowed))
          : unit.dimension === named || unit.dimension === "rate" || (named === "money" && unit.dimension === "money-per-period");
      if (ok) continue;
      const fromColumn = !f || f.unitFrom === "column";
      const cell = fromColumn && row.cells.unit ? row.cells.unit : f?.cell;
      if (!cell) continue;
      const expected = allowed ? dimLabel(info) : persons ? "persons-or-households" : named!;
      out.push(
        finding("unit-mismatch", ctx.msg.unitMismatchIndicator({ unit: unitText, indicator: row.indicator, expected: allowed ? `“${expected}”` : ctx.msg.measuredIn({ dimension: expected }) }), {
          cell,
          column: fromColumn ? unitCol : value,
          row,
          value: unitText,
          expected,
        }),
      );
    }
    return out;
  },
};
