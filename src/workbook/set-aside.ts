/**
 * A re-run replaces the add-in's earlier sheets only once the new ones are complete: until
 * then the old ones are set aside under other names, so a cancel or a failure can put them back.
 */
export interface SetAsideSheet {
  id: string;
  name: string;
  tables: { id: string; name: string }[];
}

/** Sheet names no sheet has yet: "CX previous 1", "CX previous 2", … */
function freeNames(taken: readonly string[], count: number): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const names: string[] = [];
  for (let k = 1; names.length < count; k++) if (!used.has(`cx previous ${k}`)) names.push(`CX previous ${k}`);
  return names;
}
const asideTable = (name: string) => `${name}_previous`.slice(0, 255);

/** Renames the sheets (and their tables, whose names the new sheets reuse) out of the way. */
export async function setAsideSheets(context: Excel.RequestContext, ids: readonly string[]): Promise<SetAsideSheet[]> {
  const sheets = ids.map((id) => {
    const sheet = context.workbook.worksheets.getItem(id).load('id,name');
    return { sheet, tables: sheet.tables.load('items/id,items/name') };
  });
  const all = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = freeNames(all.items.map((w) => w.name), sheets.length);
  const aside = sheets.map(({ sheet, tables }) => ({ id: sheet.id, name: sheet.name, tables: tables.items.map((t) => ({ id: t.id, name: t.name })) }));
  sheets.forEach(({ sheet, tables }, i) => {
    sheet.name = names[i];
    for (const t of tables.items) t.name = asideTable(t.name);
  });
  await context.sync();
  return aside;
}

/** Gives the set-aside sheets and tables their names back (after the new sheets are gone). */
export async function restoreSheets(context: Excel.RequestContext, aside: readonly SetAsideSheet[]): Promise<void> {
  for (const s of aside) {
    const sheet = context.workbook.worksheets.getItem(s.id);
    sheet.name = s.name;
    for (const t of s.tables) sheet.tables.getItem(asideTable(t.name)).name = t.name;
  }
  await context.sync();
}

/** Deletes the set-aside sheets once the new ones are in place. */
export async function dropSetAside(context: Excel.RequestContext, aside: readonly SetAsideSheet[]): Promise<void> {
  for (const s of aside) context.workbook.worksheets.getItem(s.id).delete();
  await context.sync();
}
