// What a signed-in user may do to zones, put where they work: for editors (planners, admins) a new zone
// from the header, and on a zone's panel its attributes, its boundary (drawn, reshaped or from a marker
// file) and its history with revert; for officials the history alone; for anonymous readers nothing.
import { zonePath } from '../api.js';
import { asOfParams } from '../as-of.js';
import { el, replaceChildren } from '../dom.js';
import { formatDate } from '../format.js';
import { t } from '../i18n.js';
import { createBoundaryEditor } from './boundary-editor.js';
import { createBoundaryTask } from './boundary-task.js';
import { createConflictDialog } from './conflict-dialog.js';
import { translateDrawing } from './draw-words.js';
import { createEditBar } from './edit-bar.js';
import { createHistoryPanel } from './history-panel.js';
import { createRefusalsLayer } from './refusals-layer.js';
import { createSurveyImport } from './survey-import.js';
import { readForEdit } from './write-api.js';
import { createZoneForm } from './zone-form.js';
import { createZoneWrites } from './zone-writes.js';

/**
 * @param parts {actions: the panel's edit buttons' box, newZone: header button, editBar, formDialog,
 *   conflictDialog, historyPanel}
 * @param onSaved (code) once a zone was written: the map, the list and the panel show it anew
 * @param onError (error) a zone could not be read to start editing it
 * @param fitBesideZone, fitBesideHistory (bounds) show them on the map clear of the zone or the history panel
 */
export function createEditing(parts, { map, session, districts, onSaved, onError, fitBesideZone, fitBesideHistory }) {
  translateDrawing();
  const editBar = createEditBar(parts.editBar);
  const refusals = createRefusalsLayer(map);
  const conflicts = createConflictDialog(parts.conflictDialog);
  const writes = createZoneWrites({
    conflicts,
    refusals,
    onSaved: (feature) => {
      onSaved(feature.id);
      if (history.code === feature.id) history.show(feature.id);
    },
  });
  const editor = createBoundaryEditor(map, { onShapeChange: () => task.showArea(), fit: fitBesideZone });
  const task = createBoundaryTask({ editBar, editor, refusals });
  const survey = createSurveyImport(map, { editBar, fit: fitBesideZone });
  const form = createZoneForm(parts.formDialog, { districts, writes });
  const history = createHistoryPanel(parts.historyPanel, { map, session, writes, loadZone, fit: fitBesideHistory,
    onClosed: () => parts.actions.querySelector('[data-action="history"]')?.focus() });
  let zoneCode = null;

  parts.newZone.addEventListener('click', () => newZone());

  async function loadZone(code) {
    const { body, etag } = await readForEdit(zonePath(code));
    return { code, etag, feature: body };
  }

  async function editAttributes(code) {
    const zone = await loadZone(code);
    const base = zone.feature.properties;
    form.open({
      heading: t('form.editTitle', { name: base.name }),
      identity: false,
      values: base,
      save: (values, comment) => {
        const changed = Object.fromEntries(Object.entries(values).filter(([name, value]) => (base[name] ?? null) !== value));
        if (Object.keys(changed).length === 0) return { refused: [{ pointer: null, message: t('form.nothingChanged') }] };
        return writes.patch(zone, { properties: changed, comment }, () => editAttributes(code));
      },
    });
  }

  async function editBoundary(code) {
    const zone = await loadZone(code);
    // A boundary is put up where it is; a zone without one is drawn in the view the planner chose, since its
    // pin stands by its district's centre, not where the zone lies.
    const { geometry, properties } = zone.feature;
    task.start({
      heading: t(geometry ? 'boundary.editTitle' : 'boundary.drawTitle', { name: properties.name }),
      geometry,
      quality: properties.boundaryQuality,
      details: true,
      saveLabel: t('boundary.save'),
      save: (drawn) => writes.patch(zone, { geometry: drawn.geometry, properties: { boundaryQuality: drawn.boundaryQuality },
        comment: drawn.comment }, () => editBoundary(code)),
    });
  }

  async function importSurvey(code) {
    const zone = await loadZone(code);
    survey.start({
      zoneName: zone.feature.properties.name,
      apply: ({ file, crs }) => writes.applySurvey(zone, { file, crs, comment: t('survey.comment', { file: file.name }) },
        () => importSurvey(code)),
    });
  }

  /** A new zone: its boundary first, then the form for who and what it is; the bar stays until it is created. */
  function newZone() {
    task.start({
      heading: t('boundary.newTitle'),
      geometry: null,
      details: false,
      saveLabel: t('boundary.next'),
      save: ({ geometry }) => {
        form.open({
          heading: t('form.newTitle'),
          identity: true,
          values: { lifecycle: 'planned', clearanceStatus: 'not_started', investmentStatus: 'not_open', boundaryQuality: 'digitized' },
          save: async (values, comment) => {
            const outcome = await writes.create(newFeature(values, geometry, comment));
            if (outcome.saved) editBar.close();
            return outcome;
          },
        });
        return {};
      },
    });
  }

  function newFeature(values, geometry, comment) {
    const { code, districtCode, ...properties } = values;
    const district = districts.features.find((feature) => feature.properties.code === districtCode)?.properties;
    return { type: 'Feature', id: code, geometry, comment,
      properties: { ...properties, code, districtCode, provinceCode: district?.provinceCode ?? null } };
  }

  function button(action, label, run) {
    return el('button', { type: 'button', className: 'button button--ghost', dataset: { action },
      on: { click: () => Promise.resolve(run()).catch(onError) } }, label);
  }

  /** The edit buttons, or, while the map shows a past day, why there are none: edits change today's zone. */
  function editButtons(code) {
    const { asOf } = asOfParams();
    if (asOf) return el('p', { className: 'field__hint', dataset: { role: 'past-day' } }, t('edit.pastDay', { date: formatDate(asOf) }));
    return [
      button('edit-attributes', t('edit.attributes'), () => editAttributes(code)),
      button('edit-boundary', t('edit.boundary'), () => editBoundary(code)),
      button('import-survey', t('edit.survey'), () => importSurvey(code)),
    ];
  }

  function render() {
    const pastDay = Boolean(asOfParams().asOf);
    if (pastDay) editBar.close();
    parts.newZone.hidden = !session.canEdit || pastDay;
    const allowed = zoneCode && session.canSeeHistory;
    parts.actions.hidden = !allowed;
    if (!allowed) {
      replaceChildren(parts.actions);
      return;
    }
    const code = zoneCode;
    replaceChildren(parts.actions, session.canEdit ? editButtons(code) : null,
      button('history', t('edit.history'), () => history.show(code)));
    history.render();
  }

  session.onChange(() => {
    if (!session.canEdit) editBar.close();
    if (!session.canSeeHistory) history.hide();
    render();
  });

  return {
    /** The zone in the panel changed (null: none). */
    showZone(code) {
      zoneCode = code;
      if (history.code && history.code !== code) history.hide();
      render();
    },
    /** Words changed (language), or the day the map shows. */
    render() {
      translateDrawing();
      render();
    },
    /** Something is being edited: Escape belongs to it, not to the zone panel. */
    get busy() {
      return editBar.isOpen || !parts.historyPanel.hidden;
    },
  };
}
