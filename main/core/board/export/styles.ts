/**
 * The exported file's stylesheet: calm, readable anywhere, light or dark from the
 * reader's system, and a print layout that keeps each card on one page.
 */
export const EXPORT_CSS = `
:root {
  --bg: #f6f7f9; --surface: #ffffff; --border: #dde1e7; --text: #1d2330; --muted: #5b6474;
  --good: #1f8a4c; --good-soft: #e3f5ea; --warn: #a86400; --warn-soft: #fdf1dc;
  --bad: #c93838; --bad-soft: #fde8e8; --info: #2f6fed; --info-soft: #e6eefe;
  --neutral-soft: #eceef2; --accent: #2f6fed;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #17191e; --surface: #1f2228; --border: #333844; --text: #e8eaef; --muted: #a5adbb;
    --good: #4cc17f; --good-soft: #1c3327; --warn: #e6a23c; --warn-soft: #3a2f1b;
    --bad: #f07171; --bad-soft: #3d2224; --info: #7ea6f8; --info-soft: #22304d;
    --neutral-soft: #2b2f37; --accent: #7ea6f8;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; padding: 32px 24px; background: var(--bg); color: var(--text);
  font: 15px/1.5 -apple-system, BlinkMacSystemFont, 'Segoe UI', system-ui, Ubuntu, sans-serif;
}
h1, h2, h3, p { margin: 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
.top { max-width: 1100px; margin: 0 auto 24px; }
.top h1 { font-size: 26px; letter-spacing: -0.01em; }
.top p { color: var(--muted); margin-top: 4px; }
.cards {
  max-width: 1100px; margin: 0 auto; display: grid; gap: 20px;
  grid-template-columns: repeat(auto-fill, minmax(min(420px, 100%), 1fr)); align-items: start;
}
.empty { color: var(--muted); }
.card {
  background: var(--surface); border: 1px solid var(--border); border-radius: 14px;
  padding: 20px; display: flex; flex-direction: column; gap: 16px;
}
.card-head { display: flex; gap: 14px; align-items: center; }
.card-head h2 { font-size: 19px; }
.version { font-weight: 500; }
.icon { width: 48px; height: 48px; border-radius: 12px; flex: none; }
.muted { color: var(--muted); }
.section { display: flex; flex-direction: column; gap: 6px; border-top: 1px solid var(--border); padding-top: 14px; }
.section h3 {
  font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--muted);
}
.notes { white-space: pre-line; }
.install { display: flex; gap: 14px; align-items: center; margin-top: 4px; }
.qr { width: 112px; height: 112px; border-radius: 8px; background: #fff; padding: 4px; flex: none; }
.install p { font-size: 13px; color: var(--muted); }
.notice {
  background: var(--warn-soft); color: var(--text); border-radius: 8px; padding: 8px 10px;
  font-size: 13.5px; border-left: 3px solid var(--warn);
}
.unavailable > :not(h3):not(.notice) { opacity: 0.6; }
.badge {
  display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 13px;
  font-weight: 500; background: var(--neutral-soft); color: var(--muted);
}
.badge.good { background: var(--good-soft); color: var(--good); }
.badge.warning { background: var(--warn-soft); color: var(--warn); }
.badge.bad { background: var(--bad-soft); color: var(--bad); }
.badge.info { background: var(--info-soft); color: var(--info); }
.trend { display: flex; align-items: center; gap: 10px; color: var(--accent); }
.trend .muted { font-size: 13px; }
@media print {
  :root {
    --bg: #fff; --surface: #fff; --text: #000; --muted: #444; --border: #bbb;
  }
  body { padding: 0; font-size: 12pt; }
  .cards { display: block; }
  .card { break-inside: avoid; page-break-inside: avoid; margin-bottom: 16px; border-color: #bbb; }
  a { color: #000; }
}
`;
