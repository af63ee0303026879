import { useEffect } from 'react';
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
        {ActiveView ? <ActiveView /> : null}
      </main>
      {overlays.map((Overlay, index) => (
        <Overlay key={index} />
      ))}
    </div>
  );
}
