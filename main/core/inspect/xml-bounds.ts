import { FormatError, LimitError } from './errors';
import { MAX_PLIST_DEPTH, MAX_PLIST_OBJECTS } from './limits';
import { t } from '../i18n/translate';

/**
 * One linear pass over an XML property list before the DOM parser sees it: refuses
 * nesting deeper than MAX_PLIST_DEPTH, more than MAX_PLIST_OBJECTS elements, and a
 * DOCTYPE with its own entity declarations. The DOM parser and plist's tree walk take
 * time (and stack) that grows faster than the depth; past these bounds they never run.
 */
export function checkXmlBounds(xml: string): void {
  let depth = 0;
  let elements = 0;
  let at = xml.indexOf('<');
  while (at !== -1) {
    const next = xml.charCodeAt(at + 1);
    if (xml.startsWith('<!--', at)) {
      at = skipPast(xml, at, '-->');
    } else if (xml.startsWith('<![CDATA[', at)) {
      at = skipPast(xml, at, ']]>');
    } else if (next === 0x3f /* ? */) {
      at = skipPast(xml, at, '?>');
    } else if (next === 0x21 /* ! */) {
      const end = skipPast(xml, at, '>');
      if (xml.slice(at, end).includes('[')) {
        throw new LimitError(t('inspect:limit.entities'));
      }
      at = end;
    } else if (next === 0x2f /* / */) {
      depth--;
      at = skipPast(xml, at, '>');
    } else {
      const end = skipPast(xml, at, '>');
      elements++;
      if (xml.charCodeAt(end - 2) !== 0x2f /* / */) depth++;
      if (depth > MAX_PLIST_DEPTH) {
        throw new LimitError(t('inspect:limit.depth', { max: MAX_PLIST_DEPTH }));
      }
      if (elements > MAX_PLIST_OBJECTS) {
        throw new LimitError(t('inspect:limit.objects', { max: MAX_PLIST_OBJECTS }));
      }
      at = end;
    }
    at = xml.indexOf('<', at);
  }
}

function skipPast(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from + 1);
  if (end === -1) throw new FormatError('the XML ends inside a tag');
  return end + terminator.length;
}
