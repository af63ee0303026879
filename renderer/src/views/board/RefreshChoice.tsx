import { REFRESH_CHOICES } from '../../../../shared/contract/board';
import { useBoard } from '../../stores/board-store';

const words = (seconds: number) =>
  seconds < 60 ? `${seconds} seconds` : seconds === 60 ? 'minute' : `${seconds / 60} minutes`;

/** How often the board checks the services; any stored value stays selectable. */
export function RefreshChoice({ seconds }: { seconds: number }) {
  const setRefreshInterval = useBoard((s) => s.setRefreshInterval);
  const choices = [...new Set<number>([...REFRESH_CHOICES, seconds])].sort((a, b) => a - b);
  return (
    <p className="board-refresh subtle">
      <label htmlFor="board-refresh">The board updates itself every</label>
      <select
        id="board-refresh"
        className="select"
        value={seconds}
        onChange={(event) => void setRefreshInterval(Number(event.target.value))}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {words(choice)}
          </option>
        ))}
      </select>
    </p>
  );
}
