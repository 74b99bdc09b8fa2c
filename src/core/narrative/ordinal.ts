import Nzh from "nzh/cn";
import type { Locale } from "../findings/types";

/** The outline's ordinal: 一, 二 … 十一 (the reports' (一)(二)); 1, 2 … in English. */
export function ordinal(n: number, locale: Locale = "zh-CN"): string {
  return locale === "en-US" ? String(n) : Nzh.encodeS(n);
}
