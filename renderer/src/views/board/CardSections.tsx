import type { ReactNode } from 'react';
import type { BoardSection, BoardSectionId } from '../../../../shared/domain/board';
import { openBugsLine, sectionNotice, when } from '../../../../shared/domain/board-words';
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
  const headingId = `${cardHeadingId}-${id}`;
  const notice = sectionNotice(section, now);
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
        <div className="skeleton" style={{ width: '70%' }} aria-label="Checking…" />
      ) : (
        <div className="board-part-body">{children}</div>
      )}
    </section>
  );
}

export function InstallPart({ section, now, cardHeadingId }: PartProps<'installr'>) {
  const data = section.data;
  return (
    <Part id="installr" heading="Install" section={section} now={now} cardHeadingId={cardHeadingId}>
      {data?.releaseNotes ? <p className="board-notes">{data.releaseNotes}</p> : null}
      {data?.installUrl ? (
        <div className="board-install">
          {data.installQr ? (
            <img
              className="board-qr"
              src={data.installQr}
              alt={`QR code to install ${data.title}`}
              width={104}
              height={104}
            />
          ) : null}
          <p className="subtle">
            Scan with your phone’s camera, or open
            <br />
            <a href={data.installUrl} target="_blank" rel="noreferrer">
              {data.installUrl}
            </a>
          </p>
        </div>
      ) : data ? (
        <p className="muted">No install link yet.</p>
      ) : null}
    </Part>
  );
}

export function TestioPart({ section, now, cardHeadingId }: PartProps<'testio'>) {
  const data = section.data;
  const test = data?.latestTest;
  return (
    <Part
      id="testio"
      heading="Testers’ findings"
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data && !test ? <p className="muted">No tests for {data.productTitle} yet.</p> : null}
      {data && test ? (
        <>
          <p className="board-line">
            <Badge tone={test.tone}>{test.statusLabel}</Badge>
            <span>{test.title}</span>
          </p>
          <p className="subtle">
            {test.startedAt ? `Started ${when(test.startedAt, now)}. ` : ''}
            {test.statusDetail}
          </p>
          <p className="board-line">
            <span>{openBugsLine(data.openBugTotal)}</span>
            {data.openBugs.map((bug) => (
              <Badge key={bug.severity} tone={bug.tone}>
                {bug.count} {bug.label}
              </Badge>
            ))}
          </p>
        </>
      ) : null}
    </Part>
  );
}

export function BitbarPart({ section, now, cardHeadingId }: PartProps<'bitbar'>) {
  const data = section.data;
  const run = data?.latestRun;
  return (
    <Part
      id="bitbar"
      heading="Automated tests on devices"
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data && !run ? <p className="muted">No test runs in {data.projectTitle} yet.</p> : null}
      {data && run ? (
        <>
          <p className="board-line">
            <Badge tone={run.tone}>{run.resultLabel}</Badge>
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
  const data = section.data;
  const upload = data?.latestUpload;
  return (
    <Part
      id="productscience"
      heading="Performance build"
      section={section}
      now={now}
      cardHeadingId={cardHeadingId}
    >
      {data && !upload ? (
        <p className="muted">Dropship has not sent a build to {data.project} yet.</p>
      ) : null}
      {upload ? (
        <p className="board-line">
          <Badge tone={upload.tone}>{upload.stateLabel}</Badge>
          <span>{upload.buildName}</span>
          <span className="subtle">{when(upload.at, now)}</span>
        </p>
      ) : null}
    </Part>
  );
}
