import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
// antd's prebuilt stylesheet: its components are styled by this file and the theme's CSS variables (App.tsx,
// zeroRuntime) rather than by styles computed in the browser on every page load
import 'antd/dist/antd.css';
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
