import type { Board } from '../../../../shared/contract/board';
import type { BoardCard, BoardSection, BoardSectionId } from '../../../../shared/domain/board';
import {
  openBugsLine,
  percent,
  sparkline,
  trendDescription,
  versionLine,
} from '../../../../shared/domain/board-words';
import { markup as m, Raw, safeImage, safeLink } from './html-template';
import { EXPORT_CSS } from './styles';

/**
 * The board as one self-contained HTML page: inline CSS, images as data URLs, no script,
 * light and dark from the reader's system, and a print layout. A pure function of the
 * board and the moment it was taken, so tests can read exactly what a stakeholder gets.
 * Times are absolute, in UTC: the page is read later and elsewhere, where "2 min ago"
 * would be wrong.
 * (The tag is `markup`, not `html`, so the formatter leaves the templates' text alone.)
 */
export function renderBoardHtml(board: Board, now: Date): string {
  const stamp = absolute(now.toISOString());
  const cards = board.cards.length
    ? board.cards.map((card) => cardHtml(card))
    : m`<p class="empty">No apps are on the board yet.</p>`;
  return m`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>App status — ${stamp}</title>
<style>${new Raw(EXPORT_CSS)}</style>
</head>
<body>
<header class="top">
<h1>App status</h1>
<p>As of ${stamp}. Made with Dropship.</p>
</header>
<main class="cards">
${cards}
</main>
</body>
</html>
`.html;
}

function cardHtml(card: BoardCard): Raw {
  const installr = card.installr?.data;
  const icon = safeImage(card.icon);
  const subtitle = installr
    ? m`<p class="version">${versionLine(installr.version, installr.buildNumber)}</p><p class="muted">Released ${absolute(installr.releasedAt)}</p>`
    : '';
  return m`<article class="card">
<header class="card-head">
${icon ? m`<img class="icon" src="${icon}" alt="" width="48" height="48">` : ''}
<div><h2>${card.title}</h2>${subtitle}</div>
</header>
${card.installr ? installrHtml(card.installr) : ''}
${card.testio ? testioHtml(card.testio) : ''}
${card.bitbar ? bitbarHtml(card.bitbar) : ''}
${card.productscience ? productScienceHtml(card.productscience) : ''}
</article>
`;
}

function installrHtml(section: BoardSection<'installr'>): Raw {
  const data = section.data;
  const link = safeLink(data?.installUrl);
  const qr = safeImage(data?.installQr);
  return sectionHtml('installr', 'Install', section, () => {
    if (!data) return m``;
    const notes = data.releaseNotes ? m`<p class="notes">${data.releaseNotes}</p>` : '';
    if (!link) return m`${notes}<p class="muted">No install link yet.</p>`;
    const code = qr
      ? m`<img class="qr" src="${qr}" alt="QR code to install ${data.title}" width="112" height="112">`
      : '';
    return m`${notes}
<div class="install">${code}<p>Scan with your phone’s camera, or open<br><a href="${link}">${link}</a></p></div>`;
  });
}

function testioHtml(section: BoardSection<'testio'>): Raw {
  const data = section.data;
  return sectionHtml('testio', 'Testers’ findings', section, () => {
    if (!data) return m``;
    const test = data.latestTest;
    if (!test) return m`<p class="muted">No tests for ${data.productTitle} yet.</p>`;
    const started = test.startedAt ? `Started ${absolute(test.startedAt)}. ` : '';
    const bugs = data.openBugs.map(
      (bug, i) =>
        m`${i ? ' ' : ''}<span class="badge ${bug.tone}">${bug.count} ${bug.label}</span>`,
    );
    return m`<p><span class="badge ${test.tone}">${test.statusLabel}</span> ${test.title}</p>
<p class="muted">${started}${test.statusDetail}</p>
<p>${openBugsLine(data.openBugTotal)}${data.openBugs.length ? ': ' : ''}${bugs}</p>`;
  });
}

function bitbarHtml(section: BoardSection<'bitbar'>): Raw {
  const data = section.data;
  return sectionHtml('bitbar', 'Automated tests on devices', section, () => {
    if (!data) return m``;
    const run = data.latestRun;
    if (!run) return m`<p class="muted">No test runs in ${data.projectTitle} yet.</p>`;
    const started = run.startedAt
      ? m` <span class="muted">· ${absolute(run.startedAt)}</span>`
      : '';
    return m`<p><span class="badge ${run.tone}">${run.resultLabel}</span> ${run.name}${started}</p>
${sparklineSvg(data.trend)}`;
  });
}

function productScienceHtml(section: BoardSection<'productscience'>): Raw {
  const data = section.data;
  return sectionHtml('productscience', 'Performance build', section, () => {
    if (!data) return m``;
    const upload = data.latestUpload;
    if (!upload)
      return m`<p class="muted">Dropship has not sent a build to ${data.project} yet.</p>`;
    return m`<p><span class="badge ${upload.tone}">${upload.stateLabel}</span> ${upload.buildName} <span class="muted">· ${absolute(upload.at)}</span></p>`;
  });
}

function sectionHtml(
  id: BoardSectionId,
  heading: string,
  section: BoardSection<BoardSectionId>,
  body: () => Raw,
): Raw {
  const notice = exportNotice(section);
  const waiting = !section.data && !section.problem;
  return m`<section class="section ${id}${notice ? ' unavailable' : ''}">
<h3>${heading}</h3>
${notice ? m`<p class="notice">${notice}</p>` : ''}
${waiting ? m`<p class="muted">Not checked yet.</p>` : body()}
</section>
`;
}

function sparklineSvg(trend: readonly number[]): Raw | string {
  const line = sparkline(trend, 120, 32);
  if (!line) return '';
  const latest = trend[trend.length - 1]!;
  return m`<p class="trend"><svg width="${line.width}" height="${line.height}" viewBox="0 0 ${line.width} ${line.height}" role="img" aria-label="${trendDescription(trend)}"><polyline points="${line.points}" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/><circle cx="${line.last.x}" cy="${line.last.y}" r="3" fill="currentColor"/></svg>
<span class="muted">Last ${trend.length} runs, latest ${percent(latest)} passed</span></p>`;
}

/** The section's problem, and the moment the data still shown is from. */
function exportNotice(section: BoardSection<BoardSectionId>): string | undefined {
  if (!section.problem) return undefined;
  const { message } = section.problem;
  return section.data && section.fetchedAt
    ? `${message} — showing what we knew as of ${absolute(section.fetchedAt)}`
    : message;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "20 Nov 2026, 09:00 UTC". */
function absolute(iso: string | undefined): string {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) return 'at an unknown time';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
