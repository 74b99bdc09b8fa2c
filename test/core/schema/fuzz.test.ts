import fc from "fast-check";
import { BUILTIN_SOURCES, formatPath, parseSchema } from "../../../src/core/schema";

/** Every scalar leaf of a JSON value, with its path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function setAt(root: any, path: (string | number)[], value: unknown): void {
  let node = root;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path[path.length - 1]] = value;
}

describe("parseSchema on arbitrary and damaged input", () => {
  test("never throws, and a refusal always names a path and a reason", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
        const r = parseSchema(json);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(typeof p.path).toBe("string");
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("any one value of a built-in replaced by an object is reported at exactly that path", () => {
    const docs = BUILTIN_SOURCES.map((s) => JSON.parse(JSON.stringify(s)));
    const cases = docs.flatMap((doc, d) => leaves(doc).map((path) => [d, path] as const));
    fc.assert(
      fc.property(fc.constantFrom(...cases), ([d, path]) => {
        const doc = JSON.parse(JSON.stringify(docs[d]));
        setAt(doc, path, { oops: 1 });
        const r = parseSchema(doc);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(formatPath(path));
      }),
      { numRuns: 400 },
    );
  });
});
