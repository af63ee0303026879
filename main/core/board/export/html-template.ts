/**
 * A tiny escaping template: every interpolated value is HTML-escaped unless it is a
 * `Raw` fragment built by this module, so text from a service (release notes, titles)
 * can never become markup in the exported file.
 */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Value = string | number | Raw | undefined | null | false | readonly Value[];

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function render(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Raw) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

/** Only `data:image/…` and http(s) addresses may become `src`/`href` attributes. */
export function safeImage(url: string | undefined): string | undefined {
  return url && /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(url)
    ? url
    : undefined;
}

export function safeLink(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
