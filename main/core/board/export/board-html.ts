import type { Board } from '../../../../shared/contract/board';
import type { BoardCard, BoardSection, BoardSectionId } from '../../../../shared/domain/board';
import { sparkline } from '../../../../shared/domain/board-words';
import { formatUtcMinute } from '../../i18n/format';
import { currentLanguage, t } from '../../i18n/translate';
import { openBugsLine, percent, trendDescription, versionLine } from '../words';
import { markup as m, Raw, safeImage, safeLink } from './html-template';
import { EXPORT_CSS } from './styles';

/**
 * The board as one self-contained HTML page: inline CSS, images as data URLs, no script,
 * light and dark from the reader's system, and a print layout. A pure function of the
 * board and the moment it was taken, so tests can read exactly what a stakeholder gets.
 * Times are absolute, in UTC: the page is read later and elsewhere, where "2 min ago"
 * would be wrong. The words are in the core's language, and the page says which.
 * (The tag is `markup`, not `html`, so the formatter leaves the templates' text alone.)
 */
export function renderBoardHtml(board: Board, now: Date): string {
  const stamp = absolute(now.toISOString());
  const cards = board.cards.length
    ? board.cards.map((card) => cardHtml(card))
    : m`<p class="empty">${t('board:export.empty')}</p>`;
  return m`<!doctype html>
<html lang="${currentLanguage()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${t('board:export.title', { stamp })}</title>
<style>${new Raw(EXPORT_CSS)}</style>
</head>
<body>
<header class="top">
<h1>${t('board:export.heading')}</h1>
<p>${t('board:export.asOf', { stamp })}</p>
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
    ? m`<p class="version">${versionLine(installr.version, installr.buildNumber)}</p><p class="muted">${t('board:export.released', { when: absolute(installr.releasedAt) })}</p>`
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
  return sectionHtml('installr', t('board:export.install'), section, () => {
    if (!data) return m``;
    const notes = data.releaseNotes ? m`<p class="notes">${data.releaseNotes}</p>` : '';
    if (!link) return m`${notes}<p class="muted">${t('board:export.noInstallLink')}</p>`;
    const code = qr
      ? m`<img class="qr" src="${qr}" alt="${t('board:export.qrAlt', { title: data.title })}" width="112" height="112">`
      : '';
    return m`${notes}
<div class="install">${code}<p>${t('board:export.scan')}<br><a href="${link}">${link}</a></p></div>`;
  });
}

function testioHtml(section: BoardSection<'testio'>): Raw {
  const data = section.data;
  return sectionHtml('testio', t('board:export.testio'), section, () => {
    if (!data) return m``;
    const test = data.latestTest;
    if (!test)
      return m`<p class="muted">${t('board:export.noTests', { product: data.productTitle })}</p>`;
    const started = test.startedAt
      ? `${t('board:export.started', { when: absolute(test.startedAt) })} `
      : '';
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
  return sectionHtml('bitbar', t('board:export.bitbar'), section, () => {
    if (!data) return m``;
    const run = data.latestRun;
    if (!run)
      return m`<p class="muted">${t('board:export.noRuns', { project: data.projectTitle })}</p>`;
    const started = run.startedAt
      ? m` <span class="muted">· ${absolute(run.startedAt)}</span>`
      : '';
    return m`<p><span class="badge ${run.tone}">${run.resultLabel}</span> ${run.name}${started}</p>
${sparklineSvg(data.trend)}`;
  });
}

function productScienceHtml(section: BoardSection<'productscience'>): Raw {
  const data = section.data;
  return sectionHtml('productscience', t('board:export.productscience'), section, () => {
    if (!data) return m``;
    const upload = data.latestUpload;
    if (!upload)
      return m`<p class="muted">${t('board:export.noUpload', { project: data.project })}</p>`;
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
${waiting ? m`<p class="muted">${t('board:export.notChecked')}</p>` : body()}
</section>
`;
}

function sparklineSvg(trend: readonly number[]): Raw | string {
  const line = sparkline(trend, 120, 32);
  if (!line) return '';
  const latest = trend[trend.length - 1]!;
  return m`<p class="trend"><svg width="${line.width}" height="${line.height}" viewBox="0 0 ${line.width} ${line.height}" role="img" aria-label="${trendDescription(trend)}"><polyline points="${line.points}" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/><circle cx="${line.last.x}" cy="${line.last.y}" r="3" fill="currentColor"/></svg>
<span class="muted">${t('board:export.trend', { count: trend.length, latest: percent(latest) })}</span></p>`;
}

/** The section's problem, and the moment the data still shown is from. */
function exportNotice(section: BoardSection<BoardSectionId>): string | undefined {
  if (!section.problem) return undefined;
  const { message } = section.problem;
  return section.data && section.fetchedAt
    ? t('board:export.stale', { message, when: absolute(section.fetchedAt) })
    : message;
}

/** "20 Nov 2026, 09:00 UTC" / "20. Nov. 2026, 09:00 UTC". */
function absolute(iso: string | undefined): string {
  return formatUtcMinute(iso) ?? t('common:unknownTime');
}
