import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../ui/states';
import { useNavigation } from '../stores/navigation-store';
import { overlays, views } from './views';
import { Sidebar } from './Sidebar';

export function App() {
  const { t } = useTranslation('app');
  const current = useNavigation((state) => state.current);
  const go = useNavigation((state) => state.go);
  const active = views.find((view) => view.id === current) ?? views[0];

  useEffect(() => {
    if (!current && views[0]) go(views[0].id);
  }, [current, go]);

  const ActiveView = active?.component;
  const label = active ? t(active.labelKey) : undefined;
  return (
    <div className="app">
      <Sidebar activeId={active?.id ?? ''} onSelect={go} />
      <main className="main" aria-label={label}>
        <Suspense fallback={<LoadingState label={t('opening', { view: label ?? '' })} />}>
          {ActiveView ? <ActiveView /> : null}
        </Suspense>
      </main>
      {overlays.map((Overlay, index) => (
        <Overlay key={index} />
      ))}
    </div>
  );
}
