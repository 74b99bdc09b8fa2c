/**
 * The words of a stock and its flows in a column's name (年初数 | 本期新增 | 本期注销 | 期末数), in one
 * place: the header reader (header.ts, columns.ts) takes the closing stock for the row's value and
 * leaves the flows unread; the stock-flow check (checks/stock-flow.ts) places each column in
 * closing = opening + inflows − outflows. Both read the same vocabulary.
 */

/** What a stock or flow column's name may end in after its stock or flow word: 年初数, 期初余额, 新增人数. */
const MEASURE = "(?:数|数量|人数|户数|个数|家数|总数|余额|床位数|合计)?";
/** A period word before a flow's name: 本期新增, 本年减少, 当期注销. */
const FLOW_PERIOD = "(?:本期|本年|本月|本季|当期|当月|当年|年内|期内)?";
/** Ways in and out one at a time (a 新增 or a 减少 may hold them). */
const WAYS_IN = "新纳入|纳入|新登记|新成立|新设立|新建|新批|迁入|转入";
const WAYS_OUT = "注销|撤销|迁出|转出|死亡|退出|销户|核销";

/** The stock at the start of the period: 年初数, 期初数, 上年末数, 上期末, 上年底. */
export const OPENING = new RegExp(`^(?:年初|期初|上年末|上年年末|上年底|上期末|上月末|上季末)(?:实有)?${MEASURE}$`);
/** The stock at its end: 期末数, 年末数, 本期末, 现有, 实有数, 截至6月底, 截至2024年6月末. */
export const CLOSING = new RegExp(`^(?:期末|年末|本期末|本年末|本月末|本季末|现有|实有|截[至止](?:(?:19|20)\\d{2}年)?\\d{1,2}月[底末])${MEASURE}$`);
/** What came in: 新增 and 增加 (captured) say all of it; 新登记, 迁入 one way in. */
export const INFLOW = new RegExp(`^${FLOW_PERIOD}(?:(新增|增加)|${WAYS_IN})${MEASURE}$`);
/** What went out: 减少 (captured) says all of it; 注销, 迁出, 死亡 one way out. */
export const OUTFLOW = new RegExp(`^${FLOW_PERIOD}(?:(减少)|${WAYS_OUT})${MEASURE}$`);
/** The net change: 净增, 净增加, 净增减 (in less out). */
export const NET = new RegExp(`^${FLOW_PERIOD}净(?:增|增加|增减)${MEASURE}$`);
/** A name that opens with a flow, whatever follows (本期新增低保对象, 减少人数): not to be read as the row's value. */
export const FLOW_START = new RegExp(`^${FLOW_PERIOD}(?:新增|增加|减少|净增|净减|${WAYS_IN}|${WAYS_OUT})`);

/** A stock at a time in a name (月末在册数, 在保人数, 期末余额): counted at one moment, not summed over a period. */
export const STOCK_NOW = /月末|期末|年末|季末|月底|年底|在保|在院|在册|在岗|现有|存量|余额/;

/**
 * A column of stocks at a time anywhere in its name (月末在保人数, 期末数, 在院人数, 累计数): its figures
 * do not add up over periods down the rows (the 1-6月合计 of such a column is June's, no sum).
 */
export const STOCK_AT_A_TIME = new RegExp(`${STOCK_NOW.source}|累计`);

/**
 * A column of a stock with no time in its name (床位数, 实有人数, 现有机构, 在养人数, 资产总额): its
 * figures are what is held, not what was done, and do not add up over periods either.
 */
export const STOCK_HELD = /床位|实有|现有|在[保院册岗养站住办]|总数|总量|规模|结余|结存|资产|存款|保有/;

/**
 * A column of flows by its name anywhere in it: new things (新增低保对象, 新登记), things gone (注销,
 * 死亡), the net of both (净增): each period's figure is what happened in it, and a half year's is
 * the sum of its quarters. (A count of persons paid or helped, 发放高龄津贴(人), may count each once
 * over the half year: no flow by its name.)
 */
export const NEW_OR_GONE = new RegExp(`新增|净增|净减|${WAYS_IN}|${WAYS_OUT}`);

/** Units that count times something was done (人次, 户次, 件, 对): a column in them counts a flow. */
export const TIMES_UNITS: ReadonlySet<string> = new Set(["人次", "户次", "名次", "次", "件", "对", "具", "例", "起", "宗"]);
