// Who is signed in, and what their roles let the pages offer: editing to planners and admins, a zone's
// history to them and to officials, report entry on the dashboard to officials and admins (as
// security/AccessRules allows), the enquiries inbox to zone managers and admins. Anonymous readers get the
// investor map and the public dashboard.
import { readForEdit, send } from './write-api.js';

const SESSION = '/api/session';
const EDITORS = ['PLANNER', 'ADMIN'];
const INSIDERS = ['PLANNER', 'OFFICIAL', 'ADMIN'];
const REPORTERS = ['OFFICIAL', 'ADMIN'];
const ENQUIRY_READERS = ['ZONE_MANAGER', 'ADMIN'];
const ANONYMOUS = { authenticated: false, username: null, roles: [] };

export function createSession() {
  let current = ANONYMOUS;
  const listeners = new Set();

  function become(answer) {
    current = answer?.authenticated ? answer : ANONYMOUS;
    listeners.forEach((listener) => listener(current));
  }

  const hasAny = (roles) => current.roles.some((role) => roles.includes(role));

  return {
    async load() {
      become((await readForEdit(SESSION)).body);
    },
    async signIn(username, password) {
      await readForEdit(SESSION); // a fresh CSRF token in the cookie before the login sends it
      become((await send('POST', SESSION, { body: { username, password } })).body);
    },
    async signOut() {
      await send('DELETE', SESSION);
      become(ANONYMOUS);
    },
    get user() {
      return current;
    },
    /** May create zones, change their boundaries and attributes, revert them and delete lots. */
    get canEdit() {
      return hasAny(EDITORS);
    },
    /** May read a zone's history. */
    get canSeeHistory() {
      return hasAny(INSIDERS);
    },
    /** May enter a zone's periodic report. */
    get canReport() {
      return hasAny(REPORTERS);
    },
    /** May read and answer enquiries (all zones' for an admin, their own zones' for a zone manager). */
    get canReadEnquiries() {
      return hasAny(ENQUIRY_READERS);
    },
    onChange(listener) {
      listeners.add(listener);
    },
  };
}
