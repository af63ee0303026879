import { Suspense, useEffect } from 'react';
import { LoadingState } from '../ui/states';
import { useNavigation } from '../stores/navigation-store';
import { overlays, views } from './views';
import { Sidebar } from './Sidebar';

export function App() {
  const current = useNavigation((state) => state.current);
  const go = useNavigation((state) => state.go);
  const active = views.find((view) => view.id === current) ?? views[0];

  useEffect(() => {
    if (!current && views[0]) go(views[0].id);
  }, [current, go]);

  const ActiveView = active?.component;
  return (
    <div className="app">
      <Sidebar activeId={active?.id ?? ''} onSelect={go} />
      <main className="main" aria-label={active?.label}>
        <Suspense fallback={<LoadingState label={`Opening ${active?.label ?? 'view'}…`} />}>
          {ActiveView ? <ActiveView /> : null}
        </Suspense>
      </main>
      {overlays.map((Overlay, index) => (
        <Overlay key={index} />
      ))}
    </div>
  );
}
