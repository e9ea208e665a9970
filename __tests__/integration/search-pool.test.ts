// The search pools against real PostgreSQL: generic statements are prepared once and planned
// without their values, a connection holding too many of them is replaced, a failed statement
// leaves the pool working, and tags (text[]) come back exactly, whatever they hold.
import { resetDatabase } from "../support/db";
import { closeSearchPool, querySearch, type SearchPlan } from "@/lib/db/search-pool";

beforeAll(resetDatabase);
afterAll(closeSearchPool);

const PLANS: SearchPlan[] = ["generic", "custom"];

describe.each(PLANS)("the %s pool", (plan) => {
  it("returns text arrays exactly, quoted, escaped, empty and NULL elements included", async () => {
    const arrays = [
      [],
      ["npc"],
      ["npc", "group1", "forest"],
      ["two words", "a,comma", 'a "quote"', "back\\slash", "{brace}", "", "NULL", "null", " padded "],
      ["élan", "ドラゴン", "NUL"],
    ];
    for (const array of arrays) {
      const [row] = await querySearch<{ tags: string[] }>({ text: "SELECT $1::text[] AS tags", values: [array] }, plan);
      expect(row.tags).toEqual(array);
    }
    const [row] = await querySearch<{ tags: (string | null)[]; empty: string[]; none: null; nested: string[][] }>(
      {
        text: `SELECT ARRAY['a', NULL, 'b']::text[] AS tags, '{}'::text[] AS empty, NULL::text[] AS none,
          ARRAY[ARRAY['a','b'],ARRAY['c','d']]::text[] AS nested`,
        values: [],
      },
      plan,
    );
    expect(row).toEqual({
      tags: ["a", null, "b"],
      empty: [],
      none: null,
      nested: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
  });

  it("keeps answering after a statement fails", async () => {
    await expect(querySearch({ text: "SELECT 1 / $1::int AS x", values: [0] }, plan)).rejects.toThrow(
      /division by zero/,
    );
    expect(await querySearch({ text: "SELECT 1 / $1::int AS x", values: [1] }, plan)).toEqual([{ x: 1 }]);
  });
});

describe("the generic pool", () => {
  const preparedHere = (name: string) =>
    querySearch<{ generic_plans: string; custom_plans: string; count: string }>(
      {
        text: `SELECT (SELECT count(*) FROM pg_prepared_statements) AS count,
          COALESCE(sum(generic_plans), 0) AS generic_plans, COALESCE(sum(custom_plans), 0) AS custom_plans
          FROM pg_prepared_statements WHERE statement LIKE $1`,
        values: [`%${name}%`],
      },
      "generic",
    );

  it("prepares a statement once and plans it without its values", async () => {
    const text = "SELECT $1::int + 1 AS next /* plan-once */";
    for (const value of [1, 2, 3, 4, 5, 6, 7]) {
      expect(await querySearch({ text, values: [value] }, "generic")).toEqual([{ next: value + 1 }]);
    }
    // Sequential statements reuse one idle connection (the pool hands out the last returned).
    const [row] = await preparedHere("plan-once");
    expect(Number(row.generic_plans)).toBeGreaterThanOrEqual(7);
    expect(Number(row.custom_plans)).toBe(0);
  });

  it("replaces a connection once it holds more than 16 prepared statements", async () => {
    for (let shape = 0; shape < 100; shape++) {
      const text = `SELECT $1::int * ${shape} AS product /* shape ${shape} */`;
      expect(await querySearch({ text, values: [2] }, "generic")).toEqual([{ product: 2 * shape }]);
      const [row] = await preparedHere("no such statement");
      // Its own statement and this count, beside at most 16 others.
      expect(Number(row.count)).toBeLessThanOrEqual(18);
    }
  });
});
