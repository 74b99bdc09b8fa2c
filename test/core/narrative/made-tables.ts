import { join } from "node:path";
import { readTableSheets } from "../../../src/cli/read";
import { checkGrid } from "../../../src/core/checks";
import { narrate, type Narrative } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";

const schema = getBuiltinSchema("civil-affairs")!;
const MADE = join(__dirname, "../../fixtures/tables/made");

/** Each sheet's narrative of a made table (test/fixtures/tables/made), checked first as the CLI does. */
export async function narrated(file: string): Promise<Narrative[]> {
  const grids = await readTableSheets(join(MADE, file), schema, { skipped: () => undefined });
  return grids.map((g) => {
    const { table, findings } = checkGrid(g, schema);
    return narrate(table, findings, schema);
  });
}

/** The text as `jiaohe narrate --schema civil-affairs` prints it: heading and paragraph, one a line, sheets one after the other. */
export async function text(file: string): Promise<string> {
  return (await narrated(file)).map((n) => n.paragraphs.map((p) => p.heading + p.text).join("\n")).join("\n\n");
}
