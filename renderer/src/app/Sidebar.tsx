import { useTranslation } from 'react-i18next';
import { views } from './views';
import { SandboxNotice } from './SandboxNotice';

/**
 * The sections. Below 1000 px wide it collapses to icons; each label then shows as a
 * tooltip on hover and keyboard focus, and stays the button's accessible name throughout.
 */
export function Sidebar({
  activeId,
  onSelect,
}: {
  activeId: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('app');
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
      <span className="nav-label">{t(view.labelKey)}</span>
    </button>
  );
  return (
    <nav className="sidebar" aria-label={t('nav.sections')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ⇡
        </span>
        <span className="brand-name">Dropship</span>
      </div>
      {views.filter((view) => !view.footer).map(renderItem)}
      <div className="sidebar-footer">
        <SandboxNotice />
      </div>
      {views.filter((view) => view.footer).map(renderItem)}
    </nav>
  );
}
