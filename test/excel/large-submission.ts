/**
 * A civil-affairs submission of `n` indicator rows under a jinhua-style header, with a defect in
 * every 10th row (a wrong growth rate: 5,000 on 50,000 rows, so the mark cap and the getRanges chunking are exercised) and every 333rd (an empty value). No imports: the sync-count
 * benchmark (scripts/bench/51-excel-syncs.mjs) compiles and runs it outside jest.
 */
export function largeSubmission(n: number): (string | number | null)[][] {
  // Catalogue indicators counted in 人, so the planted defects are the only ones by design.
  const names = ["低保对象", "城市低保对象", "农村低保对象", "特困人员", "低收入人口", "经济困难老年人补贴", "高龄津贴", "持证养老护理员"];
  const rows: (string | number | null)[][] = [["类别", "指标名称", "单位", "2023年", "2022年", "同比增长(%)", "责任处室", "备注"]];
  for (let i = 0; i < n; i++) {
    const cur = 1000 + (i % 97);
    const prev = 900 + (i % 89);
    const growth = i % 10 === 7 ? -5 : Math.round(((cur - prev) / prev) * 1000) / 10;
    rows.push(["社会救助", `${names[i % names.length]}（${i + 1}）`, "人", i % 333 === 5 ? null : cur, prev, growth, "社会救助处", null]);
  }
  return rows;
}
