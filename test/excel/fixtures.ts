/** Fixture workbooks for the Excel layer's tests, built from the project's own .xlsx fixtures. */
import * as path from "path";
import { readXlsx } from "../../src/cli/read/xlsx";
import type { Grid } from "../../src/core/table/grid";
import type { FakeWorkbook } from "../host/fake-excel";
import { workbookFromGrid } from "./harness";

export async function fixtureGrid(name: "jinhua-2023" | "qianjiang-2020h1"): Promise<Grid> {
  const { grids } = await readXlsx(path.join(__dirname, "..", "fixtures", `${name}.xlsx`));
  return grids[0];
}

export async function fixtureWorkbook(name: "jinhua-2023" | "qianjiang-2020h1"): Promise<FakeWorkbook> {
  return workbookFromGrid(await fixtureGrid(name), `${name}.xlsx`);
}

export { largeSubmission } from "./large-submission";
