/**
 * The wording a review of `jiaohe narrate` on six new layouts asked for (probe 33), each asserted on
 * the real output of a made table (test/fixtures/tables/made).
 */
import { text } from "./made-tables";

describe("a row filed under 合计 in the category column (probe 33, z04)", () => {
  test("is a total over the sections: it opens the text, with no section of its own named 合计", async () => {
    const all = await text("z04-text-subtotals.clean.xlsx");
    expect(all.startsWith("民生保障资金7.25亿元,同比增长6.5%。")).toBe(true);
    expect(all).not.toContain("合计。");
    // The sections after it are numbered from (一), the lead not counted.
    expect(all).toContain("(一)社会救助。");
    expect(all).toContain("(三)慈善事业。");
  });
});

describe("a note that says the figure is the period's new ones (probe 33, z03)", () => {
  test("新增数 in the note: 新增持证社会工作者136人, not a stock 达到136人", async () => {
    const all = await text("z03-task-progress.clean.xlsx");
    expect(all).toContain("新增持证社会工作者136人,完成年度目标的68%");
    expect(all).not.toContain("持证社会工作者达到136人");
  });
});
