import { convertValue, formatNumber, formatQuantity, parseQuantity } from "../../../src/core/quantity";
import type { FormattableQuantity } from "../../../src/core/quantity";
import type { FormatStyle } from "../../../src/core/quantity/types";

const CASES: [FormattableQuantity, FormatStyle, string][] = [
  // The issue's own examples
  [{ number: 448000000, unit: "元" }, {}, "4.48亿元"],
  [{ number: 56000, unit: "人次" }, {}, "5.6万人次"],
  [{ number: 10995200, unit: "元" }, {}, "1099.52万元"],
  [{ number: 10995200, unit: "元" }, { unit: "万元" }, "1099.52万元"],
  // 万/亿 only when exact within two decimals
  [{ number: 12345, unit: "元" }, {}, "12345元"],
  [{ number: 99999, unit: "人" }, {}, "99999人"],
  [{ number: 10000, unit: "人" }, {}, "1万人"],
  [{ number: 9999, unit: "人" }, {}, "9999人"],
  [{ number: 300000000, unit: "元" }, {}, "3亿元"],
  [{ number: 123456780000, unit: "元" }, {}, "12345678万元"], // 1234.5678亿 would need four decimals; 万 is exact
  [{ number: 76000, unit: "平方米" }, {}, "7.6万平方米"],
  [{ number: 320000, unit: "小时" }, {}, "32万小时"],
  [{ number: 20000, unit: "元/年" }, {}, "2万元/年"],
  [{ number: 25000, unit: null }, {}, "2.5万"],
  [{ number: 250000, unit: "元" }, { maxDecimals: 0 }, "25万元"],
  [{ number: 255000, unit: "元" }, { maxDecimals: 0 }, "255000元"],
  [{ number: 12345, unit: "元" }, { maxDecimals: 4 }, "1.2345万元"],
  // Never for rates, rate points, time other than hours
  [{ number: 100000, unit: "%" }, {}, "100000%"],
  [{ number: 20000, unit: "个百分点" }, {}, "20000个百分点"],
  [{ number: 20000, unit: "年" }, {}, "20000年"],
  [{ number: 2023, unit: "年" }, {}, "2023年"],
  // Small figures, decimals, rounding, float noise
  [{ number: 4.8, unit: "%" }, {}, "4.8%"],
  [{ number: -3.2, unit: "%" }, {}, "-3.2%"],
  [{ number: 1100, unit: "元/月" }, {}, "1100元/月"],
  [{ number: 3.14159, unit: null }, {}, "3.14"],
  [{ number: 1.005, unit: "元" }, {}, "1.01元"],
  [{ number: 0.1 + 0.2, unit: "%" }, {}, "0.3%"],
  [{ number: 2.5, unit: "人" }, {}, "2.5人"],
  [{ number: 123456.789, unit: "元" }, {}, "123456.79元"],
  [{ number: 0, unit: "户" }, {}, "0户"],
  [{ number: -0, unit: "户" }, {}, "0户"],
  [{ number: 1e21, unit: null }, { scaleWords: false }, "1000000000000000000000"],
  [{ number: 0.0000005, unit: null }, { maxDecimals: 7 }, "0.0000005"],
  // Variant spellings in their usual form
  [{ number: 12.5, unit: "％" }, {}, "12.5%"],
  [{ number: 39600, unit: "㎡" }, {}, "3.96万平方米"],
  [{ number: 3, unit: "個" }, {}, "3个"],
  // Separators only when asked
  [{ number: 1234567, unit: "元" }, { scaleWords: false, separators: true }, "1,234,567元"],
  [{ number: 1234567.5, unit: null }, { scaleWords: false, separators: true }, "1,234,567.5"],
  [{ number: 1234567, unit: "元" }, { scaleWords: false }, "1234567元"],
  // A forced unit rounds there and keeps the table's unit
  [{ number: 12345, unit: "元" }, { unit: "万元" }, "1.23万元"],
  [{ number: 448000000, unit: "元" }, { unit: "万元" }, "44800万元"],
  [{ number: 56000, unit: "人次" }, { unit: "万人次" }, "5.6万人次"],
  [{ number: 5.6, unit: "万元" }, { unit: "元" }, "56000元"],
  [{ number: 1500, unit: "米" }, { unit: "公里" }, "1.5公里"],
  [{ number: 30, unit: "%" }, { unit: "万元" }, "30%"], // different dimension: the unit is not forced
  // Bounds in the reports' words
  [{ number: 16000, unit: "个", bound: "over" }, {}, "1.6万余个"],
  [{ number: 100, unit: "人", bound: "over" }, {}, "100余人"],
  [{ number: 80, unit: "%", bound: "over" }, {}, "80%以上"],
  [{ number: 3, unit: "年", bound: "over" }, {}, "3年以上"],
  [{ number: 500000000, unit: "元", bound: "about" }, {}, "约5亿元"],
  [{ number: 1000000, unit: "元", bound: "under" }, {}, "近100万元"],
  [{ number: 80, unit: "%", bound: "over" }, { bound: false }, "80%"],
  // Ranges with one scale for both ends
  [{ number: null, unit: "个月", range: [6, 12] }, {}, "6—12个月"],
  [{ number: null, unit: "元", range: [30000, 50000] }, {}, "3—5万元"],
  [{ number: null, unit: "元", range: [500, 10000] }, {}, "500—10000元"],
  // No number, no unit
  [{ number: null, unit: "元" }, {}, "元"],
  [{ number: null, unit: null }, {}, ""],
  [{ number: 56000, unit: "人次" }, { withoutUnit: true }, "5.6万"],
];

describe("formatQuantity in the official style", () => {
  it.each(CASES)("%j %j → %s", (q, style, expected) => {
    expect(formatQuantity(q, style)).toBe(expected);
  });

  it("writes a parsed quantity back in the reports' style", () => {
    expect(formatQuantity(parseQuantity("1.6万余个"))).toBe("1.6万余个");
    expect(formatQuantity(parseQuantity("约5亿元"))).toBe("约5亿元");
    expect(formatQuantity(parseQuantity("两千三百人"))).toBe("2300人");
    expect(formatQuantity(parseQuantity("１２，３４５．６元"))).toBe("12345.6元");
    expect(formatQuantity(parseQuantity("百分之六十"))).toBe("60%");
    expect(formatQuantity(parseQuantity("6～12个月"))).toBe("6—12个月");
  });
});

describe("formatNumber", () => {
  it("rounds half away from zero on the decimal digits, not the binary value", () => {
    expect(formatNumber(2.675, 2)).toBe("2.68"); // (2.675).toFixed(2) is "2.67"
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(formatNumber(-2.675, 2)).toBe("-2.68");
    expect(formatNumber(9.999, 2)).toBe("10");
    expect(formatNumber(0.004, 2)).toBe("0");
    expect(formatNumber(-0.004, 2)).toBe("0");
  });

  it("leaves integers whole and writes no exponent", () => {
    expect(formatNumber(123456789012345680000)).toBe("123456789012345680000");
    expect(formatNumber(1.5e-7, 8)).toBe("0.00000015");
  });
});

describe("convertValue between units of one dimension", () => {
  it.each<[number, string, string, number | null]>([
    [4.48, "亿元", "万元", 44800],
    [448000000, "元", "亿元", 4.48],
    [1099.52, "万元", "元", 10995200],
    [0.07, "亿元", "元", 7000000],
    [5.6, "万人次", "人次", 56000],
    [5.2, "万条", "条", 52000],
    [1500, "米", "公里", 1.5],
    [1, "公顷", "平方米", 10000],
    [12, "个月", "年", 12 * 30.4375 / 365.25],
    [30, "%", "‰", 300],
    [4.48, "亿元", "人", null],
    [4.48, "亿元", "斛", null],
    [Infinity, "元", "万元", null],
  ])("%d %s → %s = %d", (value, from, to, expected) => {
    const got = convertValue(value, from, to);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 12);
  });

  it("is exact, not merely close, between powers of ten", () => {
    expect(convertValue(4.48, "亿元", "元")).toBe(448000000);
    expect(convertValue(0.07, "亿元", "元")).toBe(7000000);
    expect(convertValue(10995200, "元", "万元")).toBe(1099.52);
  });
});
