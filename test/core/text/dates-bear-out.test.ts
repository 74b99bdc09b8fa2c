import { flagged } from "./flagging";

const report = (meta: string) =>
  ["某区民政局2019年工作总结", meta, "", "2018年,区民政局围绕底线民生,各项工作稳步推进。", "一、主要工作", "(一)社会救助。全年发放低保金1200万元。", "(二)养老服务。新建养老床位300张。"].join("\n");

describe("period-mismatch: the date a report is out by says whether its title or its body names the wrong year", () => {
  test("published in January 2020: the 2019 title is borne out, the body's 2018 is the slip, said there alone", () => {
    expect(flagged(report("发布时间:2020-01-08  来源:某区民政局"))).toEqual(["period-mismatch:2018年"]);
  });
  test("with no date the title is said too: either may be the one changed", () => {
    expect(flagged(report(""))).toEqual(["period-mismatch:2019年", "period-mismatch:2018年"]);
  });
  test("published in January 2019, as a report of 2018 would be: the title is said too", () => {
    expect(flagged(report("发布时间:2019-01-08"))).toEqual(["period-mismatch:2019年", "period-mismatch:2018年"]);
  });
});
