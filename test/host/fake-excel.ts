/**
 * A stand-in Excel host: an in-memory workbook behind exactly the slice of the Excel JavaScript
 * API that `src/excel` uses, with Office.js batch semantics — calls queue requests, `load` marks
 * properties to fetch, nothing happens until `context.sync()`, reading a property that was not
 * loaded and synced throws `PropertyNotLoaded`, and methods on a null object fail the batch with
 * `ItemNotFound`. It is framework-free (no jest, no Node APIs) so that both the unit tests
 * (test/excel, with office-addin-mock for the `Office` namespace) and the browser end-to-end test
 * of the task pane (bundled into the page before the pane's code) can use it.
 *
 * Why hand-written: office-addin-mock has no Excel semantics (no ranges, no batching), and no
 * maintained package offers an in-memory Excel object model.
 *
 * Usage:
 *   const wb = FakeWorkbook.fromRows("Sheet1", [["指标", "2024年"], ["救助人数", 120]]);
 *   const host = createFakeExcel(wb, { sets: "1.18", platform: "PC" });
 *   installFakeExcel(host);              // globalThis.Excel and globalThis.Office
 *   host.stats.syncs                     // round trips so far; host.stats.maxPayloadBytes
 *   FakeWorkbook.fromJSON(wb.toJSON())   // "save and reopen"
 *
 * Host options: `sets` is the highest ExcelApi requirement set supported ("1.18" default; "1.12"
 * has no notes, "1.9" no comments, "1.8" no getRanges); `platform` "OfficeOnline" turns on the
 * 5 MB payload limit per round trip (`payloadLimit` to change it).
 */

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface FakeCell {
  value?: string | number | boolean | null;
  /** Shown text when it differs from the value's default rendering. */
  text?: string;
  numberFormat?: string;
  /** An Excel error value, e.g. "#DIV/0!". */
  error?: string;
  formula?: string;
  fill?: FakeFill;
  bold?: boolean;
  wrap?: boolean;
  verticalAlignment?: string;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

// ---------------------------------------------------------------------------------------------
// Addresses

function colLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
export function cellAddress(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}
export function rectToAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}
function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function splitSheetRef(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}
/** "B3", "B3:D9" (optionally with $ and a sheet) → rectangle; throws InvalidArgument otherwise. */
export function parseAddress(address: string): Rect {
  const { local } = splitSheetRef(address);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local);
  if (!m) throw hostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}"`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[3] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export class FakeHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
function hostError(code: string, message: string): FakeHostError {
  return new FakeHostError(code, message);
}

// ---------------------------------------------------------------------------------------------
// The workbook model

export class FakeSheet {
  /** rows[r][c]; holes are blank cells without formatting. */
  rows: (FakeCell | undefined)[][] = [];
  notes = new Map<string, string>();
  tables: { name: string; address: string }[] = [];
  merges: string[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Sheet protection: format and note writes fail, as in Excel. */
  protected = false;
  columnWidths = new Map<number, number>();
  constructor(public name: string) {}

  cell(address: string): FakeCell {
    const { top, left } = parseAddress(address);
    return this.at(top, left);
  }
  at(row: number, col: number): FakeCell {
    const r = (this.rows[row] ??= []);
    return (r[col] ??= {});
  }
  peek(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }
  /** Bounding rectangle of cells with a value (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.rows.forEach((row, r) => {
      row?.forEach((c, col) => {
        if (!c) return;
        const has = hasValue(c) || (!valuesOnly && (c.fill !== undefined || c.numberFormat !== undefined || c.bold !== undefined));
        if (!has) return;
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      });
    });
    if (!valuesOnly) {
      for (const a of this.notes.keys()) {
        const p = parseAddress(a);
        top = Math.min(top, p.top);
        left = Math.min(left, p.left);
        bottom = Math.max(bottom, p.top);
        right = Math.max(right, p.left);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

function hasValue(c: FakeCell): boolean {
  return c.error !== undefined || c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== "");
}

export interface FakeComment {
  id: string;
  sheet: string;
  address: string;
  content: string;
}

export interface FakeWorkbookJSON {
  name: string;
  active: string;
  selection: { sheet: string; address: string };
  sheets: {
    name: string;
    visibility: FakeSheet["visibility"];
    protected?: boolean;
    cells: [number, number, FakeCell][];
    notes: [string, string][];
    tables: { name: string; address: string }[];
    merges: string[];
    columnWidths: [number, number][];
  }[];
  settings: [string, unknown][];
  comments: FakeComment[];
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  comments: FakeComment[] = [];
  active = "";
  selection = { sheet: "", address: "A1" };
  private nextComment = 1;
  constructor(public name = "workbook.xlsx") {}

  /** A workbook with one sheet holding `rows` from A1 (null for a blank cell). */
  static fromRows(sheetName: string, rows: (string | number | boolean | null | FakeCell)[][], name?: string): FakeWorkbook {
    const wb = new FakeWorkbook(name);
    const sheet = wb.addSheet(sheetName);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        if (typeof v === "object") sheet.rows[r] = Object.assign(sheet.rows[r] ?? [], { [c]: { ...v } });
        else sheet.at(r, c).value = v;
      }),
    );
    return wb;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw hostError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.active) {
      this.active = name;
      this.selection = { sheet: name, address: "A1" };
    }
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  activeSheet(): FakeSheet {
    return this.sheet(this.active) ?? this.sheets[0];
  }
  addComment(sheet: string, address: string, content: string): FakeComment {
    const c = { id: `c${this.nextComment++}`, sheet, address, content };
    this.comments.push(c);
    return c;
  }

  toJSON(): FakeWorkbookJSON {
    return {
      name: this.name,
      active: this.active,
      selection: { ...this.selection },
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: s.rows.flatMap((row, r) => (row ?? []).flatMap((c, col) => (c ? [[r, col, structuredCloneCell(c)] as [number, number, FakeCell]] : []))),
        notes: [...s.notes],
        tables: s.tables.map((t) => ({ ...t })),
        merges: [...s.merges],
        columnWidths: [...s.columnWidths],
      })),
      settings: [...this.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v))]),
      comments: this.comments.map((c) => ({ ...c })),
    };
  }

  /** Reopen: a new workbook from saved JSON (what survives saving: cells, notes, settings, sheets). */
  static fromJSON(json: FakeWorkbookJSON): FakeWorkbook {
    const data = JSON.parse(JSON.stringify(json)) as FakeWorkbookJSON;
    const wb = new FakeWorkbook(data.name);
    for (const s of data.sheets) {
      const sheet = wb.addSheet(s.name);
      sheet.visibility = s.visibility;
      sheet.protected = !!s.protected;
      for (const [r, c, cell] of s.cells) (sheet.rows[r] ??= [])[c] = cell;
      sheet.notes = new Map(s.notes);
      sheet.tables = s.tables;
      sheet.merges = s.merges;
      sheet.columnWidths = new Map(s.columnWidths);
    }
    wb.active = data.active;
    wb.selection = data.selection;
    wb.settings = new Map(data.settings);
    wb.comments = data.comments;
    wb.nextComment = data.comments.length + 1;
    return wb;
  }
}

function structuredCloneCell(c: FakeCell): FakeCell {
  return JSON.parse(JSON.stringify(c)) as FakeCell;
}

// ---------------------------------------------------------------------------------------------
// Cell rendering (the small part of Excel's number formatting the tests need)

function renderText(c: FakeCell | undefined): string {
  if (!c) return "";
  if (c.text !== undefined) return c.text;
  if (c.error !== undefined) return c.error;
  const v = c.value;
  if (v === undefined || v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = c.numberFormat ?? "General";
  if (fmt === "General" || fmt === "@") return String(v);
  const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
  const pct = fmt.includes("%");
  const n = pct ? v * 100 : v;
  let s = n.toFixed(decimals);
  if (fmt.includes(",")) {
    const [i, d] = s.split(".");
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d ? `.${d}` : "");
  }
  return pct ? `${s}%` : s;
}
function valueOf(c: FakeCell | undefined): string | number | boolean {
  if (!c) return "";
  if (c.error !== undefined) return c.error;
  return c.value ?? "";
}
function valueType(c: FakeCell | undefined): string {
  if (!c) return "Empty";
  if (c.error !== undefined) return "Error";
  const v = c.value;
  if (v === undefined || v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

// ---------------------------------------------------------------------------------------------
// Requests and round trips

export interface FakeHostOptions {
  /** Highest ExcelApi set supported, "1.1" … "1.18". */
  sets?: string;
  platform?: "PC" | "Mac" | "OfficeOnline";
  displayLanguage?: string;
  /** Bytes a round trip may carry (loaded data + written data); default 5 MB on OfficeOnline. */
  payloadLimit?: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Largest single round trip, in bytes of JSON (loaded values and written values). */
  maxPayloadBytes: number;
  /** Requests queued in the largest round trip. */
  maxRequests: number;
  /** Largest single load request (one range's loaded properties), in bytes of JSON. */
  maxRequestBytes: number;
  /** Round trips refused for passing `payloadLimit`, and the largest one accepted. */
  refusedRoundTrips: number;
  maxAcceptedPayloadBytes: number;
  /** Writes made to the workbook while events were enabled (should be 0 for marks). */
  writesWithEventsOn: number;
  screenUpdatingSuspended: number;
  /** Longest address string passed to getRanges. */
  longestGetRangesAddress: number;
  /** Largest area (cells) passed to getCellProperties. */
  largestCellPropertiesArea: number;
}

type Action = () => void;

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

function bytesOf(v: unknown): number {
  const s = JSON.stringify(v) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return n;
}

export class FakeContext {
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly application: ApplicationProxy;
  private queue: Action[] = [];
  private payload = 0;
  private requests = 0;
  constructor(readonly host: FakeHost) {
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
    this.application = new ApplicationProxy(this);
  }
  get model(): FakeWorkbook {
    return this.host.workbook;
  }
  /** Requests queued and not yet sent. */
  get pending(): number {
    return this.queue.length;
  }
  /** Queues a request (it runs against the model at the next sync). */
  enqueue(action: Action): void {
    this.queue.push(action);
  }
  addPayload(bytes: number): void {
    this.payload += bytes;
  }
  /** Notes a write to the document (for the events check). */
  wrote(): void {
    if (this.host.eventsEnabled) this.host.stats.writesWithEventsOn++;
  }
  requireSet(version: string, what: string): void {
    if (!versionAtLeast(this.host.sets, version)) throw hostError("ApiNotFound", `${what} needs ExcelApi ${version}; this host supports ${this.host.sets}.`);
  }
  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.payload = 0;
    this.requests = actions.length;
    this.host.stats.syncs++;
    for (const a of actions) a();
    const limit = this.host.payloadLimit;
    this.host.stats.maxPayloadBytes = Math.max(this.host.stats.maxPayloadBytes, this.payload);
    this.host.stats.maxRequests = Math.max(this.host.stats.maxRequests, this.requests);
    if (limit !== undefined && this.payload > limit) {
      this.host.stats.refusedRoundTrips++;
      throw hostError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${this.payload} > ${limit} bytes).`);
    }
    this.host.stats.maxAcceptedPayloadBytes = Math.max(this.host.stats.maxAcceptedPayloadBytes, this.payload);
    this.host.screenSuspended = false;
  }
}

/** Base of every proxy: loaded values, the null-object flag, and the resolver to the model. */
class Proxy<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeContext,
    protected resolveModel: () => T | null,
    private readonly typeName: string,
  ) {}
  /** The model object, or ItemNotFound (a method used on a null object fails the batch). */
  protected model(): T {
    const m = this.resolveModel();
    if (m === null || m === undefined) throw hostError("ItemNotFound", `The requested ${this.typeName} doesn't exist.`);
    return m;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw hostError("PropertyNotLoaded", `isNullObject of ${this.typeName} is not available before load and context.sync().`);
    return this.nullState;
  }
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw hostError("PropertyNotLoaded", `The property '${name}' of ${this.typeName} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(name) as V;
  }
  /** Property names this proxy can load, with how to read each from the model. */
  protected readers(): Record<string, (m: T) => unknown> {
    return {};
  }
  load(spec?: string | string[] | Record<string, unknown>): this {
    const names = normalizeLoad(spec);
    if (names.length === 0) throw new Error(`${this.typeName}.load() without property names loads everything; name what you need.`);
    this.context.enqueue(() => this.applyLoad(names));
    return this;
  }
  protected applyLoad(names: string[]): void {
    const m = this.resolveModel();
    this.nullState = m === null || m === undefined;
    if (this.nullState) return;
    const readers = this.readers();
    let bytes = 0;
    for (const n of names) {
      const read = readers[n];
      if (!read) throw hostError("InvalidArgument", `${this.typeName} has no loadable property '${n}'.`);
      const v = read(m as T);
      bytes += bytesOf(v);
      this.loaded.set(n, v);
    }
    this.context.addPayload(bytes);
    const stats = this.context.host.stats;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
  }
  /** Queues a write: runs at sync with the model. */
  protected write(fn: (m: T) => void, bytes = 0): void {
    this.context.enqueue(() => {
      this.context.addPayload(bytes);
      this.context.wrote();
      fn(this.model());
    });
  }
}

function normalizeLoad(spec?: string | string[] | Record<string, unknown>): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => normalizeLoad(s));
  return Object.keys(spec).filter((k) => spec[k]);
}

/** A collection: `load("items/a,items/b")` gives `items`, each with those properties loaded. */
class CollectionProxy<M, P extends Proxy<M>> extends Proxy<M[]> {
  private itemProxies: P[] | undefined;
  constructor(
    context: FakeContext,
    resolve: () => M[] | null,
    typeName: string,
    private readonly makeItem: (m: M) => P,
  ) {
    super(context, resolve, typeName);
  }
  get items(): P[] {
    if (!this.itemProxies) throw hostError("PropertyNotLoaded", "The property 'items' is not available before load and context.sync().");
    return this.itemProxies;
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    const names = normalizeLoad(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue(() => {
      const list = this.model();
      this.itemProxies = list.map((m) => {
        const p = this.makeItem(m);
        (p as unknown as { applyLoad(n: string[]): void }).applyLoad(names);
        return p;
      });
    });
    return this;
  }
}

class ClientResult<V> {
  private loadedValue: { v: V } | undefined;
  set(v: V): void {
    this.loadedValue = { v };
  }
  get value(): V {
    if (!this.loadedValue) throw hostError("PropertyNotLoaded", "ClientResult.value is not available before context.sync().");
    return this.loadedValue.v;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies

class RuntimeProxy extends Proxy<FakeHost> {
  constructor(context: FakeContext) {
    super(context, () => context.host, "Runtime");
  }
  protected override readers() {
    return { enableEvents: (h: FakeHost) => h.eventsEnabled };
  }
  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.context.requireSet("1.8", "runtime.enableEvents");
    this.context.enqueue(() => {
      this.context.host.eventsEnabled = v;
    });
  }
}

class ApplicationProxy extends Proxy<FakeHost> {
  constructor(context: FakeContext) {
    super(context, () => context.host, "Application");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireSet("1.9", "suspendScreenUpdatingUntilNextSync");
    this.context.enqueue(() => {
      this.context.host.screenSuspended = true;
      this.context.host.stats.screenUpdatingSuspended++;
    });
  }
}

class SettingProxy extends Proxy<{ key: string; wb: FakeWorkbook }> {
  protected override readers() {
    return { value: (m: { key: string; wb: FakeWorkbook }) => m.wb.settings.get(m.key), key: (m: { key: string }) => m.key };
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.write((m) => {
      m.wb.settings.delete(m.key);
    });
  }
}

class SettingsProxy {
  constructor(private readonly context: FakeContext) {}
  getItemOrNullObject(key: string): SettingProxy {
    const wb = this.context.model;
    return new SettingProxy(this.context, () => (wb.settings.has(key) ? { key, wb } : null), "Setting");
  }
  add(key: string, value: unknown): SettingProxy {
    const wb = this.context.model;
    this.context.enqueue(() => {
      this.context.addPayload(bytesOf(value));
      wb.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return new SettingProxy(this.context, () => ({ key, wb }), "Setting");
  }
}

class CommentProxy extends Proxy<FakeComment> {
  protected override readers() {
    return { id: (c: FakeComment) => c.id, content: (c: FakeComment) => c.content };
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.write((c) => {
      c.content = v;
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const c = this.model();
      const sheet = this.context.model.sheet(c.sheet);
      return sheet ? { sheet, rect: parseAddress(c.address) } : null;
    });
  }
  delete(): void {
    this.write((c) => {
      const wb = this.context.model;
      wb.comments = wb.comments.filter((x) => x !== c);
    });
  }
}

class CommentsProxy extends CollectionProxy<FakeComment, CommentProxy> {
  constructor(context: FakeContext) {
    super(context, () => context.model.comments, "CommentCollection", (m) => new CommentProxy(context, () => (context.model.comments.includes(m) ? m : null), "Comment"));
    context.requireSet("1.10", "workbook.comments");
  }
  add(target: string, content: string): CommentProxy {
    let created: FakeComment | null = null;
    this.context.enqueue(() => {
      const { sheet, local } = splitSheetRef(target);
      const wb = this.context.model;
      const ws = sheet ? wb.sheet(sheet) : wb.activeSheet();
      if (!ws) throw hostError("ItemNotFound", `No sheet for comment address ${target}.`);
      const rect = parseAddress(local);
      if (rect.top !== rect.bottom || rect.left !== rect.right) throw hostError("InvalidArgument", "A comment goes on one cell.");
      const address = cellAddress(rect.top, rect.left);
      if (wb.comments.some((c) => c.sheet === ws.name && c.address === address)) throw hostError("InvalidArgument", `Cell ${address} already has a comment.`);
      this.context.wrote();
      created = wb.addComment(ws.name, address, content);
    });
    return new CommentProxy(this.context, () => created, "Comment");
  }
}

interface NoteRef {
  sheet: FakeSheet;
  address: string;
}

class NoteProxy extends Proxy<NoteRef> {
  protected override readers() {
    return { content: (n: NoteRef) => n.sheet.notes.get(n.address) };
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.write((n) => {
      n.sheet.notes.set(n.address, v);
    }, bytesOf(v));
  }
  delete(): void {
    this.write((n) => {
      n.sheet.notes.delete(n.address);
    });
  }
}

class NotesProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    context.requireSet("1.18", "worksheet.notes");
  }
  private key(address: string): string {
    const r = parseAddress(address);
    if (r.top !== r.bottom || r.left !== r.right) throw hostError("InvalidCellAddress", "A note goes on one cell.");
    return cellAddress(r.top, r.left);
  }
  getItemOrNullObject(address: string): NoteProxy {
    const key = this.key(address);
    return new NoteProxy(
      this.context,
      () => {
        const sheet = this.sheet();
        return sheet.notes.has(key) ? { sheet, address: key } : null;
      },
      "Note",
    );
  }
  add(address: string, content: string): NoteProxy {
    const key = this.key(address);
    this.context.enqueue(() => {
      const sheet = this.sheet();
      refuseIfProtected(sheet);
      if (sheet.notes.has(key)) throw hostError("InvalidArgument", `Cell ${key} already has a note.`);
      this.context.addPayload(bytesOf(content));
      this.context.wrote();
      sheet.notes.set(key, content);
    });
    return new NoteProxy(this.context, () => ({ sheet: this.sheet(), address: key }), "Note");
  }
}

interface RangeRef {
  sheet: FakeSheet;
  rect: Rect;
}

function cellsOf(ref: RangeRef, fn: (row: number, col: number) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = ref.rect.left; c <= ref.rect.right; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

function refuseIfProtected(sheet: FakeSheet): void {
  if (sheet.protected) throw hostError("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet.");
}

function fillOfCell(c: FakeCell | undefined): FakeFill {
  return { ...NO_FILL, ...(c?.fill ?? {}) };
}

class FillProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly refs: () => RangeRef[],
  ) {}
  private set(patch: Partial<FakeFill>): void {
    this.context.enqueue(() => {
      this.context.wrote();
      for (const ref of this.refs()) {
        refuseIfProtected(ref.sheet);
        for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
          for (let c = ref.rect.left; c <= ref.rect.right; c++) {
            const cell = ref.sheet.at(r, c);
            const fill = { ...fillOfCell(cell), ...patch };
            // Setting a colour on an unfilled cell makes the fill solid, as Excel does.
            if (patch.color !== undefined && patch.pattern === undefined && fill.pattern === "None") fill.pattern = "Solid";
            cell.fill = fill;
          }
        }
      }
    });
  }
  set color(v: string) {
    this.set({ color: v.toUpperCase() });
  }
  set pattern(v: string) {
    this.context.requireSet("1.9", "RangeFill.pattern");
    this.set({ pattern: v });
  }
  set patternColor(v: string) {
    this.set({ patternColor: v.toUpperCase() });
  }
  set tintAndShade(v: number) {
    this.set({ tintAndShade: v });
  }
  set patternTintAndShade(v: number) {
    this.set({ patternTintAndShade: v });
  }
  clear(): void {
    this.context.enqueue(() => {
      this.context.wrote();
      for (const ref of this.refs()) {
        refuseIfProtected(ref.sheet);
        for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
          for (let c = ref.rect.left; c <= ref.rect.right; c++) {
            const cell = ref.sheet.peek(r, c);
            if (cell) delete cell.fill;
          }
        }
      }
    });
  }
}

class FormatProxy {
  readonly fill: FillProxy;
  readonly font: { bold: boolean };
  constructor(
    private readonly context: FakeContext,
    private readonly refs: () => RangeRef[],
  ) {
    this.fill = new FillProxy(context, refs);
    const each = (fn: (c: FakeCell) => void) =>
      this.context.enqueue(() => {
        this.context.wrote();
        for (const ref of this.refs()) cellsOf(ref, (r, c) => fn(ref.sheet.at(r, c)));
      });
    this.font = {
      set bold(v: boolean) {
        each((c) => {
          c.bold = v;
        });
      },
      get bold(): boolean {
        throw hostError("PropertyNotLoaded", "font.bold is write-only in this stand-in.");
      },
    };
    this.each = each;
  }
  private each: (fn: (c: FakeCell) => void) => void;
  set wrapText(v: boolean) {
    this.each((c) => {
      c.wrap = v;
    });
  }
  set verticalAlignment(v: string) {
    this.each((c) => {
      c.verticalAlignment = v;
    });
  }
  set columnWidth(v: number) {
    this.context.enqueue(() => {
      for (const ref of this.refs()) for (let c = ref.rect.left; c <= ref.rect.right; c++) ref.sheet.columnWidths.set(c, v);
    });
  }
  autofitRows(): void {
    this.context.enqueue(() => undefined);
  }
  autofitColumns(): void {
    this.context.enqueue(() => undefined);
  }
}

class TableProxy extends Proxy<{ sheet: FakeSheet; name: string; address: string }> {
  protected override readers() {
    return { name: (t: { name: string }) => t.name };
  }
  get name(): string {
    return this.get("name");
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.model();
      return { sheet: t.sheet, rect: parseAddress(t.address) };
    });
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

class RangeAreasProxy extends Proxy<RangeRef[]> {
  readonly format: FormatProxy;
  constructor(context: FakeContext, resolve: () => RangeRef[] | null) {
    super(context, resolve, "RangeAreas");
    this.format = new FormatProxy(context, () => this.model());
  }
  protected override readers() {
    return {
      address: (refs: RangeRef[]) => refs.map((r) => `${quoteName(r.sheet.name)}!${rectToAddress(r.rect)}`).join(","),
      areaCount: (refs: RangeRef[]) => refs.length,
    };
  }
  get address(): string {
    return this.get("address");
  }
}

export class RangeProxy extends Proxy<RangeRef> {
  readonly format: FormatProxy;
  constructor(context: FakeContext, resolve: () => RangeRef | null) {
    super(context, resolve, "Range");
    this.format = new FormatProxy(context, () => [this.model()]);
  }
  protected override readers() {
    const sheetOf = (ref: RangeRef) => ref.sheet;
    return {
      address: (ref: RangeRef) => `${quoteName(ref.sheet.name)}!${rectToAddress(ref.rect)}`,
      rowIndex: (ref: RangeRef) => ref.rect.top,
      columnIndex: (ref: RangeRef) => ref.rect.left,
      rowCount: (ref: RangeRef) => ref.rect.bottom - ref.rect.top + 1,
      columnCount: (ref: RangeRef) => ref.rect.right - ref.rect.left + 1,
      cellCount: (ref: RangeRef) => (ref.rect.bottom - ref.rect.top + 1) * (ref.rect.right - ref.rect.left + 1),
      values: (ref: RangeRef) => this.bounded(ref, () => cellsOf(ref, (r, c) => valueOf(sheetOf(ref).peek(r, c)))),
      text: (ref: RangeRef) => this.bounded(ref, () => cellsOf(ref, (r, c) => renderText(sheetOf(ref).peek(r, c)))),
      numberFormat: (ref: RangeRef) => this.bounded(ref, () => cellsOf(ref, (r, c) => sheetOf(ref).peek(r, c)?.numberFormat ?? "General")),
      valueTypes: (ref: RangeRef) => this.bounded(ref, () => cellsOf(ref, (r, c) => valueType(sheetOf(ref).peek(r, c)))),
      formulas: (ref: RangeRef) => this.bounded(ref, () => cellsOf(ref, (r, c) => sheetOf(ref).peek(r, c)?.formula ?? valueOf(sheetOf(ref).peek(r, c)))),
    };
  }
  /** Excel refuses reads of more than 5,000,000 cells. */
  private bounded<V>(ref: RangeRef, read: () => V): V {
    const cells = (ref.rect.bottom - ref.rect.top + 1) * (ref.rect.right - ref.rect.left + 1);
    if (cells > 5_000_000) throw hostError("RangeExceedsLimit", "The cell count in range has exceeded the maximum supported number.");
    return read();
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.write((ref) => {
      this.checkShape(ref, v, "values");
      cellsOf(ref, (r, c) => {
        const cell = ref.sheet.at(r, c);
        const x = v[r - ref.rect.top][c - ref.rect.left];
        delete cell.formula;
        delete cell.error;
        delete cell.text;
        cell.value = x === "" ? null : (x as FakeCell["value"]);
        return null;
      });
    }, bytesOf(v));
  }
  get text(): string[][] {
    return this.get("text");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write((ref) => {
      this.checkShape(ref, v, "numberFormat");
      cellsOf(ref, (r, c) => (ref.sheet.at(r, c).numberFormat = v[r - ref.rect.top][c - ref.rect.left]));
    }, bytesOf(v));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  set formulas(v: string[][]) {
    this.write((ref) => {
      this.checkShape(ref, v, "formulas");
      cellsOf(ref, (r, c) => {
        const f = v[r - ref.rect.top][c - ref.rect.left];
        const cell = ref.sheet.at(r, c);
        if (typeof f === "string" && f.startsWith("=")) {
          cell.formula = f;
          // The stand-in does not calculate; a HYPERLINK shows its friendly name.
          const m = /^=HYPERLINK\(".*?",\s*"(.*)"\)$/.exec(f);
          cell.value = m ? m[1].replace(/""/g, '"') : null;
        } else cell.value = f;
        return null;
      });
    }, bytesOf(v));
  }
  private checkShape(ref: RangeRef, v: unknown[][], what: string): void {
    const rows = ref.rect.bottom - ref.rect.top + 1;
    const cols = ref.rect.right - ref.rect.left + 1;
    if (v.length !== rows || v.some((r) => r.length !== cols)) {
      throw hostError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
    }
  }
  getCellProperties(opts: { format?: { fill?: Record<string, boolean> }; address?: boolean }): ClientResult<unknown[][]> {
    this.context.requireSet("1.9", "getCellProperties");
    const result = new ClientResult<unknown[][]>();
    this.context.enqueue(() => {
      const ref = this.model();
      const cells = (ref.rect.bottom - ref.rect.top + 1) * (ref.rect.right - ref.rect.left + 1);
      this.context.host.stats.largestCellPropertiesArea = Math.max(this.context.host.stats.largestCellPropertiesArea, cells);
      const wanted = Object.keys(opts.format?.fill ?? {}).filter((k) => opts.format?.fill?.[k]) as (keyof FakeFill)[];
      const v = cellsOf(ref, (r, c) => {
        const fill = fillOfCell(ref.sheet.peek(r, c));
        const out: Record<string, unknown> = {};
        if (opts.address) out.address = `${quoteName(ref.sheet.name)}!${cellAddress(r, c)}`;
        if (wanted.length) out.format = { fill: Object.fromEntries(wanted.map((k) => [k, fill[k]])) };
        return out;
      });
      this.context.addPayload(bytesOf(v));
      result.set(v);
    });
    return result;
  }
  getTables(fullyContained?: boolean): CollectionProxy<{ sheet: FakeSheet; name: string; address: string }, TableProxy> {
    this.context.requireSet("1.9", "Range.getTables");
    const ctx = this.context;
    return new CollectionProxy(
      ctx,
      () => {
        const ref = this.model();
        return ref.sheet.tables
          .filter((t) => {
            const tr = parseAddress(t.address);
            return fullyContained ? tr.top <= ref.rect.top && tr.bottom >= ref.rect.bottom && tr.left <= ref.rect.left && tr.right >= ref.rect.right : intersects(tr, ref.rect);
          })
          .map((t) => ({ sheet: ref.sheet, ...t }));
      },
      "TableScopedCollection",
      (m) => new TableProxy(ctx, () => m, "Table"),
    );
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.requireSet("1.13", "getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.context, () => {
      const ref = this.model();
      const areas = ref.sheet.merges.map((a) => parseAddress(a)).filter((m) => intersects(m, ref.rect));
      return areas.length ? areas.map((rect) => ({ sheet: ref.sheet, rect })) : null;
    });
  }
  select(): void {
    this.context.enqueue(() => {
      const ref = this.model();
      this.context.model.active = ref.sheet.name;
      this.context.model.selection = { sheet: ref.sheet.name, address: rectToAddress(ref.rect) };
    });
  }
  clear(applyTo?: string): void {
    this.write((ref) => {
      // Only cells that exist: a whole-sheet range has 17 billion addresses.
      ref.sheet.rows.forEach((row, r) => {
        if (!row || r < ref.rect.top || r > ref.rect.bottom) return;
        row.forEach((cell, c) => {
          if (!cell || c < ref.rect.left || c > ref.rect.right) return;
          if (applyTo === "Contents") {
            delete cell.value;
            delete cell.formula;
            delete cell.error;
            delete cell.text;
          } else delete row[c];
        });
      });
    });
  }
}

class ProtectionProxy extends Proxy<FakeSheet> {
  constructor(context: FakeContext, resolve: () => FakeSheet | null) {
    super(context, resolve, "WorksheetProtection");
  }
  protected override readers() {
    return { protected: (s: FakeSheet) => s.protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class WorksheetProxy extends Proxy<FakeSheet> {
  constructor(context: FakeContext, resolve: () => FakeSheet | null) {
    super(context, resolve, "Worksheet");
  }
  protected override readers() {
    return { name: (s: FakeSheet) => s.name, visibility: (s: FakeSheet) => s.visibility, position: (s: FakeSheet) => this.context.model.sheets.indexOf(s) };
  }
  get name(): string {
    return this.get("name");
  }
  set visibility(v: FakeSheet["visibility"]) {
    this.write((s) => {
      s.visibility = v;
    });
  }
  get visibility(): FakeSheet["visibility"] {
    return this.get("visibility");
  }
  private protectionProxy: ProtectionProxy | undefined;
  /** A navigation property: the same object every time, as in Office.js. */
  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.context, () => this.model()));
  }
  get notes(): NotesProxy {
    return new NotesProxy(this.context, () => this.model());
  }
  get onChanged(): { add(handler: (e: unknown) => Promise<unknown>): EventHandlerResult } {
    this.context.requireSet("1.7", "Worksheet.onChanged");
    return {
      add: (handler) => {
        const result = new EventHandlerResult(this.context, () => this.model().name, handler);
        this.context.enqueue(() => this.context.host.handlers.push(result));
        return result;
      },
    };
  }
  getRange(address?: string): RangeProxy {
    const rect = address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseAddress(address);
    return new RangeProxy(this.context, () => ({ sheet: this.model(), rect }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.model(), rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } }));
  }
  getRanges(address: string): RangeAreasProxy {
    this.context.requireSet("1.9", "getRanges");
    const stats = this.context.host.stats;
    stats.longestGetRangesAddress = Math.max(stats.longestGetRangesAddress, address.length);
    // office-js #5198: address strings past ~8,192 characters fail.
    if (address.length > 8192) throw hostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    const rects = address.split(",").map((a) => parseAddress(a));
    return new RangeAreasProxy(this.context, () => rects.map((rect) => ({ sheet: this.model(), rect })));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.model();
      const rect = s.usedRect(!!valuesOnly);
      return rect ? { sheet: s, rect } : null;
    });
  }
  activate(): void {
    this.context.enqueue(() => {
      const s = this.model();
      if (s.visibility !== "Visible") throw hostError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.active = s.name;
      this.context.model.selection = { sheet: s.name, address: "A1" };
    });
  }
  delete(): void {
    this.write((s) => {
      // As Excel documents: a "VeryHidden" sheet must be made hidden or visible before deletion.
      if (s.visibility === "VeryHidden") throw hostError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
      const wb = this.context.model;
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.comments = wb.comments.filter((c) => c.sheet !== s.name);
    });
  }
}

class WorksheetsProxy extends CollectionProxy<FakeSheet, WorksheetProxy> {
  constructor(context: FakeContext) {
    super(context, () => context.model.sheets, "WorksheetCollection", (m) => new WorksheetProxy(context, () => (context.model.sheets.includes(m) ? m : null)));
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.activeSheet());
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheet(name) ?? null);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw hostError("ItemNotFound", `The requested worksheet "${name}" doesn't exist.`);
      return s;
    });
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.context.enqueue(() => {
      this.context.wrote();
      created = this.context.model.addSheet(name);
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

class WorkbookProxy extends Proxy<FakeWorkbook> {
  readonly worksheets: WorksheetsProxy;
  readonly settings: SettingsProxy;
  constructor(context: FakeContext) {
    super(context, () => context.model, "Workbook");
    this.worksheets = new WorksheetsProxy(context);
    this.settings = new SettingsProxy(context);
  }
  protected override readers() {
    return { name: (w: FakeWorkbook) => w.name };
  }
  get name(): string {
    return this.get("name");
  }
  private commentsProxy: CommentsProxy | undefined;
  get comments(): CommentsProxy {
    return (this.commentsProxy ??= new CommentsProxy(this.context));
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const wb = this.context.model;
      const sheet = wb.sheet(wb.selection.sheet) ?? wb.activeSheet();
      // As Excel documents: getSelectedRange throws when several ranges are selected.
      if (wb.selection.address.includes(",")) throw hostError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, rect: parseAddress(wb.selection.address) };
    });
  }
}

export class EventHandlerResult {
  constructor(
    readonly context: FakeContext,
    readonly sheetName: () => string,
    readonly handler: (e: unknown) => Promise<unknown>,
  ) {}
  remove(): void {
    this.context.enqueue(() => {
      this.context.host.handlers = this.context.host.handlers.filter((h) => h !== this);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The host

export class FakeHost {
  readonly stats: FakeStats = {
    runs: 0,
    syncs: 0,
    maxPayloadBytes: 0,
    maxRequests: 0,
    maxRequestBytes: 0,
    refusedRoundTrips: 0,
    maxAcceptedPayloadBytes: 0,
    writesWithEventsOn: 0,
    screenUpdatingSuspended: 0,
    longestGetRangesAddress: 0,
    largestCellPropertiesArea: 0,
  };
  readonly sets: string;
  readonly platform: "PC" | "Mac" | "OfficeOnline";
  readonly displayLanguage: string;
  readonly payloadLimit: number | undefined;
  eventsEnabled = true;
  screenSuspended = false;
  handlers: EventHandlerResult[] = [];
  /** Every context made by `run`, newest last (tests spy on their `sync`). */
  readonly contexts: FakeContext[] = [];
  /** Called with each new context before the batch runs (e.g. to attach a jest spy). */
  onContext?: (context: FakeContext) => void;

  constructor(
    public workbook: FakeWorkbook,
    options: FakeHostOptions = {},
  ) {
    this.sets = options.sets ?? "1.18";
    this.platform = options.platform ?? "PC";
    this.displayLanguage = options.displayLanguage ?? "zh-CN";
    this.payloadLimit = options.payloadLimit ?? (this.platform === "OfficeOnline" ? 5 * 1024 * 1024 : undefined);
  }

  /** `Excel.run(batch)` or `Excel.run(object, batch)` (the latter reuses the object's context). */
  readonly run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<T>;
    // Excel.run(context, batch) and Excel.run(clientObject, batch) both continue an earlier context.
    const reuse = typeof a === "function" ? undefined : a instanceof FakeContext ? a : (a as { context?: FakeContext }).context;
    const context = reuse ?? new FakeContext(this);
    if (!reuse) {
      this.contexts.push(context);
      this.onContext?.(context);
    }
    this.stats.runs++;
    const result = await batch(context);
    // Office.js sends what is still queued when the batch returns (a round trip like any other).
    if (context.pending > 0) await context.sync();
    return result;
  };

  isSetSupported = (name: string, version?: string): boolean => name === "ExcelApi" && versionAtLeast(this.sets, version ?? "1.1");

  /** A user's edit from the grid: changes the model and fires onChanged (when events are on). */
  async userEdit(sheet: string, address: string, patch: Partial<FakeCell>): Promise<void> {
    const s = this.workbook.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    Object.assign(s.cell(address), patch);
    if (!this.eventsEnabled) return;
    for (const h of this.handlers.filter((x) => x.sheetName() === s.name)) await h.handler({ address, worksheetId: s.name, changeType: "RangeEdited", source: "Local" });
  }

  /** What `Office` needs to say about this host. */
  officeNamespace(): Record<string, unknown> {
    return {
      context: {
        displayLanguage: this.displayLanguage,
        platform: this.platform,
        requirements: { isSetSupported: this.isSetSupported },
      },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS", Android: "Android", Universal: "Universal" },
      HostType: { Excel: "Excel" },
    };
  }
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeHostOptions = {}): FakeHost {
  return new FakeHost(workbook, options);
}

/**
 * Puts the stand-in on `globalThis`: `Excel.run` from the host, and `Office.context`
 * (requirements, displayLanguage, platform) merged into any `Office` already there.
 */
export function installFakeExcel(host: FakeHost): void {
  const g = globalThis as unknown as { Excel?: unknown; Office?: Record<string, unknown>; __jiaoheFakeHost?: FakeHost };
  g.Excel = { run: host.run };
  // For a browser test to look at the workbook (page.evaluate(() => window.__jiaoheFakeHost.workbook…)).
  g.__jiaoheFakeHost = host;
  const office = host.officeNamespace();
  const existing = g.Office ?? {};
  g.Office = { ...office, ...existing, context: { ...(existing.context as object), ...(office.context as object) } };
}
