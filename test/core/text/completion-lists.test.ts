import { lintText } from "../../../src/core/text";

/**
 * A completion rate whose target is named inside its phrase (`完成年度计划3000人次的118.7%`) after a
 * 、-list of figures in several units: the rate measures the list's figure in the target's unit,
 * not the list's last figure (probe 43: `3260人次、车辆1145台次` silenced the check).
 */
const summary = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === "completion-mismatch")
    .map((f) => `${f.value}→${f.expected}`);

describe("the figure in the target's unit of a list is what the rate measures", () => {
  test.each([
    ["出动街面巡查3260人次、车辆1145台次,完成年度计划3000人次的118.7%。", "118.7%→108.7"],
    ["开展入户走访5200户、电话回访880次,完成年度目标4000户的103.0%。", "103.0%→130.0"],
    ["新增护理型床位320张、养老机构2家,为年度目标400张的85%。", "85%→80.0"],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  test.each([
    "出动街面巡查3260人次、车辆1145台次,完成年度计划3000人次的108.7%。",
    "开展入户走访5200户、电话回访880次,完成年度目标4000户的130.0%。",
    // two figures in the target's unit: which one the rate measures, the list does not say
    "走访城市困难群众3260人次、农村困难群众1145人次,完成年度计划3000人次的38.2%。",
    // no figure in the target's unit
    "出动车辆1145台次、巡查12天,完成年度计划3000人次的118.7%。",
    // the list's items joined by a comma: another clause
    "出动街面巡查3260人次,车辆1145台次,完成年度计划3000人次的50.0%。",
  ])("%s raises nothing", (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe("a 、-list whose items in the target's unit count toward it together (probe 44)", () => {
  test.each([
    "培训社区工作者1860人次、社会组织负责人420人次,完成年度计划2000人次的114%。",
    "新增养老床位440张、改造提升床位260张,完成年度任务700张的100%。",
  ])("%s raises nothing", (text) => {
    expect(summary(text)).toEqual([]);
  });

  // (The expected rate is the nearest of those the figures give, the sum's among them: 2280 of 2000.)
  it("a rate that neither an item nor the sum gives is still found", () => {
    expect(summary("培训社区工作者1860人次、社会组织负责人420人次,完成年度计划2000人次的124%。")).toEqual(["124%→114.0"]);
  });
});
