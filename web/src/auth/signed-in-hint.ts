/**
 * The session cookie is httpOnly, so the web app notes in localStorage under this key that someone signed in:
 * anonymous visitors then do not ask /auth/me (a 401). The browser tests' harness writes the same note for a session
 * it signs in without the login page.
 */
export const SIGNED_IN_HINT_KEY = 'banshi.signedIn';
