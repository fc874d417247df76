import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import './global.css';

// The first render is a transition: React renders it in slices and lets the phone's main thread breathe between
// them (input, paint), instead of one long task while every component of the page mounts.
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
