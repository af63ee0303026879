import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSection, BoardSectionId } from '../../../../shared/domain/board';
import {
  openBugsLine,
  runLabel,
  sectionNotice,
  severityLabel,
  testStatus,
  uploadLabel,
  when,
} from './board-words';
import { Badge } from '../../ui';
import { Sparkline } from './Sparkline';

/** The parts of a card, one per service; each shows its own trouble and nothing else's. */
/** What every part gets: its data, the clock, and the id of its card's title. */
interface PartProps<S extends BoardSectionId> {
  section: BoardSection<S>;
  now: number;
  /** Names the part "<app> <heading>", so each card's parts are told apart as landmarks. */
  cardHeadingId: string;
}

function Part({
  id,
  heading,
  section,
  now,
  cardHeadingId,
  children,
}: PartProps<BoardSectionId> & {
  id: BoardSectionId;
  heading: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('board');
  const headingId = `${cardHeadingId}-${id}`;
  const notice = sectionNotice(id, section, now);
  const waiting = !section.data && !section.problem;
  return (
    <section
      className={`board-part${notice ? ' board-part-unavailable' : ''}`}
      data-section={id}
      aria-labelledby={`${cardHeadingId} ${headingId}`}
    >
      <h3 id={headingId}>{heading}</h3>
      {notice ? (
        <p className="board-notice" role="status">
          {notice}
        </p>
      ) : null}
      {waiting ? (
        <div className="skeleton" style={{ width: '70%' }} aria-label={t('part.checking')} />
      ) : (
        <div className="board-part-body">{children}</div>
      )}
    </section>
  );
}

export function InstallPart({ section, now, cardHeadingId }: PartProps<'installr'>) {
  const { t } = useTranslation('board');
  const data = section.data;
  return (
    <Part
      id="installr"
      heading={t('part.install')}
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data?.releaseNotes ? <p className="board-notes">{data.releaseNotes}</p> : null}
      {data?.installUrl ? (
        <div className="board-install">
          {data.installQr ? (
            <img
              className="board-qr"
              src={data.installQr}
              alt={t('install.qr', { app: data.title })}
              width={104}
              height={104}
            />
          ) : null}
          <p className="subtle">
            {t('install.scan')}
            <br />
            <a href={data.installUrl} target="_blank" rel="noreferrer">
              {data.installUrl}
            </a>
          </p>
        </div>
      ) : data ? (
        <p className="muted">{t('install.noLink')}</p>
      ) : null}
    </Part>
  );
}

export function TestioPart({ section, now, cardHeadingId }: PartProps<'testio'>) {
  const { t } = useTranslation('board');
  const data = section.data;
  const test = data?.latestTest;
  const status = test ? testStatus(test) : undefined;
  return (
    <Part
      id="testio"
      heading={t('part.testio')}
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data && !test ? (
        <p className="muted">{t('testio.noTests', { product: data.productTitle })}</p>
      ) : null}
      {data && test ? (
        <>
          <p className="board-line">
            <Badge tone={test.tone}>{status?.label}</Badge>
            <span>{test.title}</span>
          </p>
          <p className="subtle">
            {test.startedAt ? `${t('testio.started', { when: when(test.startedAt, now) })} ` : ''}
            {status?.detail}
          </p>
          <p className="board-line">
            <span>{openBugsLine(data.openBugTotal)}</span>
            {data.openBugs.map((bug) => (
              <Badge key={bug.severity} tone={bug.tone}>
                {bug.count} {severityLabel(bug)}
              </Badge>
            ))}
          </p>
        </>
      ) : null}
    </Part>
  );
}

export function BitbarPart({ section, now, cardHeadingId }: PartProps<'bitbar'>) {
  const { t } = useTranslation('board');
  const data = section.data;
  const run = data?.latestRun;
  return (
    <Part
      id="bitbar"
      heading={t('part.bitbar')}
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data && !run ? (
        <p className="muted">{t('bitbar.noRuns', { project: data.projectTitle })}</p>
      ) : null}
      {data && run ? (
        <>
          <p className="board-line">
            <Badge tone={run.tone}>{runLabel(run)}</Badge>
            <span>{run.name}</span>
            {run.startedAt ? <span className="subtle">{when(run.startedAt, now)}</span> : null}
          </p>
          <Sparkline values={data.trend} />
        </>
      ) : null}
    </Part>
  );
}

export function ProductSciencePart({ section, now, cardHeadingId }: PartProps<'productscience'>) {
  const { t } = useTranslation('board');
  const data = section.data;
  const upload = data?.latestUpload;
  return (
    <Part
      id="productscience"
      heading={t('part.productscience')}
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data && !upload ? (
        <p className="muted">{t('productscience.notYet', { project: data.project })}</p>
      ) : null}
      {upload ? (
        <p className="board-line">
          <Badge tone={upload.tone}>{uploadLabel(upload)}</Badge>
          <span>{upload.buildName}</span>
          <span className="subtle">{when(upload.at, now)}</span>
        </p>
      ) : null}
    </Part>
  );
}
