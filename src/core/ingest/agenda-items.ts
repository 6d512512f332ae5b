import { agendaItemId } from '../model/ids';
import { ordinalValue } from './organs';
import { ParsedAgendaItem } from './parsed-resolution';

/** One agenda item a text's header names: "Agenda item 71 (b)" is number 71, sub-item "b". */
export interface HeaderAgendaItem {
  number: number;
  subItem?: string;
  /** The item's title as printed under the line, joined into one line; absent when the header does not tell it reliably. */
  title?: string;
}

/** What a header says about the agenda: the session it belongs to, as printed, and the items. */
export interface HeaderAgenda {
  /** "78" for "Seventy-eighth session", "ES-10" for "Tenth emergency special session", "2044" for "2044 session". */
  session?: string;
  items: HeaderAgendaItem[];
}

/**
 * "Agenda item 71 (b)", "Agenda items 13 and 75 (a)", "Agenda items 20, 24 and 25", "Agenda item 68 (a) and (b)",
 * "Item 3 of the provisional agenda": the words before the list, and the list.
 */
const AGENDA_LINE = /^(?:Agenda items?|Items?)\s+(\d.*?)(?:\s+of the (?:provisional )?agenda)?\.?$/;
const ITEM = /^(\d{1,3})(?:\s*\(([a-z]{1,3})\))?$/;
const SUB_ITEM_ONLY = /^\(([a-z]{1,3})\)$/;
/** "Seventy-eighth session", "Tenth emergency special session", "Twenty-seventh special session", "2044 session". */
const SESSION_LINE = /^([A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th)) (?:(emergency special|special|regular) )?session$/;
const YEAR_SESSION_LINE = /^(\d{4}) session$/;
/**
 * A header line that is not part of an agenda item's title: the adoption line, the report, a draft's sponsors, the
 * resolution's number with its title, the symbol, the distribution, a committee.
 */
const NOT_TITLE = /^(?:Resolution adopted|Adopted by|\[|Distr\.|Original:|(?:[AES]|A\/HRC|E\/CN\.4)\/\S+$|(?:\d{1,4}\/\d{1,4}|\d{1,4}(?: [A-Z])? ?\([IVXLC]+\)|\d{1,4} ?\(\d{4}\))\.|(?:Revised )?[Dd]raft (?:resolution|decision)\b)|:?\s*(?:revised )?draft (?:resolution|decision)(?:\s+[AES]\/\S+)?$/i;

/**
 * Reads the agenda item line of a header and the title(s) printed under it, up to the next header fact (the adoption
 * line, a draft's sponsors, the number and title): each item's title is its own block of lines, in the order of the
 * items. When the blocks do not match the items one to one (several titles run on without a blank line between them,
 * or more blocks than items), which lines belong to which item cannot be told, so the titles are left out.
 */
export function readAgenda(lines: string[]): HeaderAgenda {
  const session = sessionOf(lines);
  const at = lines.findIndex((l) => AGENDA_LINE.test(l) && itemsOf(AGENDA_LINE.exec(l)![1]) !== undefined);
  if (at < 0) return { ...(session ? { session } : {}), items: [] };
  const items = itemsOf(AGENDA_LINE.exec(lines[at])![1])!;
  const blocks = titleBlocks(lines, at + 1);
  if (blocks.length === items.length) items.forEach((item, i) => (item.title = blocks[i]));
  return { ...(session ? { session } : {}), items };
}

/** "13 and 75 (a)" -> [13, 75 (a)]; "68 (a) and (b)" -> [68 (a), 68 (b)]; undefined if it is not such a list. */
function itemsOf(list: string): HeaderAgendaItem[] | undefined {
  const items: HeaderAgendaItem[] = [];
  for (const part of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const item = ITEM.exec(part);
    const sub = SUB_ITEM_ONLY.exec(part);
    if (item) items.push({ number: Number(item[1]), ...(item[2] ? { subItem: item[2] } : {}) });
    else if (sub && items.length > 0) items.push({ number: items[items.length - 1].number, subItem: sub[1] });
    else return undefined;
  }
  return items.length > 0 ? items : undefined;
}

/** The blocks of title lines after the agenda line, up to the first header fact. */
function titleBlocks(lines: string[], from: number): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      flush();
      continue;
    }
    if (NOT_TITLE.test(line)) {
      // "Argentina, Brazil, Chile and" / "Slovenia: draft resolution": a sponsors' line that wraps is no title.
      if (/draft (?:resolution|decision)/i.test(line)) while (current.length > 0 && /(?:,|\band)$/.test(current[current.length - 1])) current.pop();
      break;
    }
    current.push(line);
  }
  flush();
  return blocks.map((b) => b.join(' ').replace(/\s+/g, ' ').replace(/(\p{L})- (?=\p{Ll})/gu, '$1-').trim()).filter((t) => t !== '');
}

/** The session the header names, as the identifier of an agenda item uses it. */
function sessionOf(lines: string[]): string | undefined {
  for (const line of lines) {
    const year = YEAR_SESSION_LINE.exec(line);
    if (year) return year[1];
    const m = SESSION_LINE.exec(line);
    if (!m) continue;
    const n = ordinalValue(m[1]);
    if (n === undefined) continue;
    return m[2] === 'emergency special' ? `ES-${n}` : m[2] === 'special' ? `S-${n}` : String(n);
  }
  return undefined;
}

/** The agenda items of a parsed text, with their identifiers; none when the session they belong to is unknown. */
export function agendaItemsOf(organKey: string, agenda: HeaderAgenda | undefined, numberSession: number | undefined): ParsedAgendaItem[] {
  const session = agenda?.session ?? (numberSession !== undefined ? String(numberSession) : undefined);
  if (!agenda || session === undefined) return [];
  const seen = new Set<string>();
  return agenda.items.flatMap((item) => {
    const id = agendaItemId(organKey, session, item.number, item.subItem);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, session, number: item.number, ...(item.subItem ? { subItem: item.subItem } : {}), ...(item.title ? { title: item.title } : {}) }];
  });
}
