/**
 * Bitbar answers in XML unless the request says `Accept: application/json` (see the doc's
 * first paragraph). The emulator does the same, so a client that forgets the header fails
 * its tests instead of working by accident.
 */
export function toXml(value: unknown, tag = 'response'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${element(tag, value)}`;
}

function element(tag: string, value: unknown): string {
  if (value === null || value === undefined) return `<${tag}/>`;
  if (Array.isArray(value))
    return `<${tag}>${value.map((item) => element('item', item)).join('')}</${tag}>`;
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${tag}>${inner}</${tag}>`;
  }
  return `<${tag}>${escape(String(value))}</${tag}>`;
}

function escape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
