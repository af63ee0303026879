import { views } from './views';
import { SandboxNotice } from './SandboxNotice';

export function Sidebar({
  activeId,
  onSelect,
}: {
  activeId: string;
  onSelect: (id: string) => void;
}) {
  const renderItem = (view: (typeof views)[number]) => (
    <button
      key={view.id}
      type="button"
      className="nav-item"
      aria-current={view.id === activeId ? 'page' : undefined}
      onClick={() => onSelect(view.id)}
    >
      <span className="nav-icon" aria-hidden>
        {view.icon}
      </span>
      {view.label}
    </button>
  );
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ⇡
        </span>
        Dropship
      </div>
      {views.filter((view) => !view.footer).map(renderItem)}
      <div className="sidebar-footer">
        <SandboxNotice />
      </div>
      {views.filter((view) => view.footer).map(renderItem)}
    </nav>
  );
}
