// Zone changes as the write API takes them: a merge patch or a new zone, each based on the version the
// planner started from (If-Match). What comes back is sorted out here once for every editor: a 412 goes
// to the conflict dialog with both versions, a 422's geometry problems to the map at their points, and
// the rest of the 422 back to the editor, which shows it on its fields.
import { zonePath } from '../api.js';
import { send } from './write-api.js';

const MERGE_PATCH = 'application/merge-patch+json';

/**
 * @param conflicts {show({base, yours, server, redo})}
 * @param refusals {show(errors)}: the geometry problems on the map
 * @param onSaved (feature) once the server has taken a change
 */
export function createZoneWrites({ conflicts, refusals, onSaved }) {
  /**
   * Answers {saved: feature} or {refused: [problems]} (a 422, its geometry problems on the map too) or
   * {conflict: true} (a 412, shown); throws for anything else.
   */
  async function attempt(write, { base = null, yours = null, redo = null } = {}) {
    refusals.clear();
    try {
      const { body } = await write();
      onSaved(body);
      return { saved: body };
    } catch (failure) {
      if (failure.status === 422) {
        refusals.show(failure.errors);
        return { refused: failure.errors };
      }
      if (failure.status === 412 && failure.problem.current) {
        conflicts.show({ base, yours, server: failure.problem.current, redo });
        return { conflict: true };
      }
      throw failure;
    }
  }

  return {
    /**
     * @param zone {code, etag, feature}: the zone as the change started from it
     * @param patch {properties?, geometry?, comment?}
     * @param redo opens the same editor again on the zone as it now is
     */
    patch(zone, patch, redo) {
      return attempt(() => send('PATCH', zonePath(zone.code), { body: patch, contentType: MERGE_PATCH, ifMatch: zone.etag }),
        { base: zone.feature, yours: patch, redo });
    },
    create(feature) {
      return attempt(() => send('POST', '/api/zones', { body: feature, contentType: 'application/geo+json' }));
    },
    /** A marker file made the zone's surveyed boundary, its markers stored with it. */
    applySurvey(zone, { file, crs, comment }, redo) {
      return attempt(() => send('POST', zonePath(zone.code, 'markers'), { params: { crs, comment }, body: file,
        contentType: 'text/csv', ifMatch: zone.etag }), { base: zone.feature, yours: { geometry: null }, redo });
    },
    revert(zone, version, redo) {
      return attempt(() => send('POST', zonePath(zone.code, 'revert'), { params: { version }, ifMatch: zone.etag }),
        { base: zone.feature, yours: {}, redo });
    },
  };
}
