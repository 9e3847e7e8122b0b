// A surveyors' marker file (VN-2000, marker,x,y) turned into a boundary by the server and shown on the
// map with its markers, then, if the planner applies it, made the zone's surveyed boundary with its
// markers stored beside it.
import { el, replaceChildren } from '../dom.js';
import { formatHa } from '../format.js';
import { t, tn } from '../i18n.js';
import { sentenceOf } from '../notice.js';
import { send } from './write-api.js';

const L = window.L;
const SURVEY_CRS = ['EPSG:5897', 'EPSG:9207'];
const BOUNDARY = { pane: 'editing', color: '#e65100', weight: 3, dashArray: '6 4', fillColor: '#e65100', fillOpacity: 0.12 };

/**
 * @param apply ({file, crs}) → outcome of the zone write ({saved} | {refused} | {conflict})
 */
/** @param fit (bounds) shows them on the map, clear of the zone panel */
export function createSurveyImport(map, { editBar, fit }) {
  const preview = L.featureGroup([], { pane: 'editing' }).addTo(map);

  function start({ zoneName, apply }) {
    const crs = el('select', { id: 'survey-crs', name: 'crs' },
      SURVEY_CRS.map((code) => el('option', { value: code }, t(`survey.crs.${code.replace(':', '')}`))));
    const file = el('input', { id: 'survey-file', type: 'file', accept: '.csv,text/csv' });
    const problems = el('ul', { className: 'edit-bar__problems', attrs: { 'aria-live': 'polite' } });
    editBar.open({
      heading: t('survey.title', { name: zoneName }),
      content: [
        el('div', { className: 'field' }, el('label', { className: 'field__label', htmlFor: 'survey-crs' }, t('survey.crs.label')), crs),
        el('div', { className: 'field' }, el('label', { className: 'field__label', htmlFor: 'survey-file' }, t('survey.file')), file),
        el('p', { className: 'field__hint' }, t('survey.hint')),
        problems],
      buttons: [
        { name: 'survey-preview', label: t('survey.preview'), primary: true, run: () => show() },
        { name: 'survey-apply', label: t('survey.apply'), run: () => applyBoundary() },
        { name: 'cancel', label: t('form.cancel'), run: () => editBar.close() }],
      closed: () => preview.clearLayers(),
    });
    editBar.button('survey-apply').disabled = true;

    async function show() {
      preview.clearLayers();
      replaceChildren(problems);
      editBar.button('survey-apply').disabled = true;
      if (!file.files[0]) {
        editBar.say(t('survey.chooseFile'));
        return;
      }
      try {
        const { body } = await send('POST', '/api/survey/markers', { params: { crs: crs.value }, body: file.files[0], contentType: 'text/csv' });
        draw(body);
      } catch (failure) {
        editBar.say(t('survey.refused'));
        const rows = failure.problem?.errors ?? [];
        replaceChildren(problems, rows.length > 0
          ? rows.map((row) => el('li', { lang: 'en' }, row.line ? t('survey.problemAt', { line: row.line, detail: row.detail }) : row.detail))
          : el('li', {}, sentenceOf(failure)));
      }
    }

    function draw(collection) {
      const boundaryFeature = collection.features.find((feature) => feature.id === 'boundary');
      const markers = collection.features.filter((feature) => feature.geometry.type === 'Point');
      preview.addLayer(L.geoJSON(boundaryFeature, { style: () => BOUNDARY, pane: 'editing' }));
      for (const marker of markers) {
        const [lon, lat] = marker.geometry.coordinates;
        preview.addLayer(L.circleMarker([lat, lon], { pane: 'editing', radius: 5, color: '#e65100', weight: 2, fillColor: '#fff', fillOpacity: 1 })
          .bindTooltip(marker.properties.marker, { permanent: true, direction: 'top', className: 'survey-marker-label' }));
      }
      fit(preview.getBounds());
      editBar.say(tn('survey.shown', markers.length, { count: markers.length, area: formatHa(boundaryFeature.properties.geodesicAreaHa) }));
      editBar.button('survey-apply').disabled = false;
    }

    async function applyBoundary() {
      const outcome = await apply({ file: file.files[0], crs: crs.value });
      if (outcome.saved) editBar.close();
      else if (outcome.refused) editBar.say(outcome.refused.map((problem) => problem.message).join(' '));
    }
  }

  return { start };
}
