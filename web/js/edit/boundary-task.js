// Drawing or reshaping one boundary in the edit bar: what to do with the mouse, the area drawn so far,
// the boundary's quality and the reason for the change, and the buttons to finish, redraw, save or stop.
import { el } from '../dom.js';
import { formatHa } from '../format.js';
import { t } from '../i18n.js';
import { sentenceOf } from '../notice.js';
import { BOUNDARY_QUALITIES } from '../vocabulary.js';

/**
 * @param editor the boundary editor (edit/boundary-editor.js)
 */
export function createBoundaryTask({ editBar, editor, refusals }) {
  const area = el('p', { className: 'edit-bar__area', attrs: { 'aria-live': 'polite' } });

  function showArea() {
    const ha = editor.areaHa();
    area.textContent = ha === null ? '' : t('boundary.area', { area: formatHa(ha) });
    const finish = editBar.button('finish');
    if (finish) finish.hidden = !editor.drawing;
  }

  /**
   * @param geometry the boundary to reshape, or null to draw one
   * @param quality how good the boundary is said to be now: the choice offered first (digitized for a new one)
   * @param details whether the bar asks for the boundary's quality and a reason (a new zone's form does)
   * @param save ({geometry, boundaryQuality, comment}) → {saved} | {refused} | {conflict}, or {} while a next
   *   step (a new zone's form) takes over, the drawing kept
   */
  function start({ heading, geometry, quality: currentQuality = null, details, saveLabel, save }) {
    const quality = el('select', { id: 'boundary-quality', name: 'boundaryQuality' },
      BOUNDARY_QUALITIES.map((code) => el('option', { value: code, selected: code === (currentQuality ?? 'digitized') },
        t(`enum.boundaryQuality.${code}`))));
    const comment = el('input', { id: 'boundary-comment', name: 'comment', type: 'text', autocomplete: 'off' });
    editBar.open({
      heading,
      content: [
        el('p', { className: 'field__hint' }, t(geometry ? 'boundary.hintEdit' : 'boundary.hintDraw')),
        area,
        details ? [
          el('div', { className: 'field' }, el('label', { className: 'field__label', htmlFor: 'boundary-quality' }, t('form.field.boundaryQuality')), quality),
          el('div', { className: 'field' }, el('label', { className: 'field__label', htmlFor: 'boundary-comment' }, t('form.comment')), comment),
        ] : null],
      buttons: [
        { name: 'finish', label: t('boundary.finish'), run: () => editor.finishDrawing() },
        { name: 'redraw', label: t('boundary.redraw'), run: () => editor.drawNew() },
        { name: 'save-boundary', label: saveLabel, primary: true, run: () => submit() },
        { name: 'cancel', label: t('form.cancel'), run: () => editBar.close() }],
      closed: () => {
        editor.clear();
        refusals.clear();
        document.body.classList.remove('editing-boundary');
      },
    });
    document.body.classList.add('editing-boundary');
    if (geometry) editor.editExisting(geometry);
    else editor.drawNew();

    async function submit() {
      const drawn = editor.geometry();
      if (!drawn) {
        editBar.say(t('boundary.nothingDrawn'));
        return;
      }
      const saveButton = editBar.button('save-boundary');
      saveButton.disabled = true;
      try {
        const outcome = await save({ geometry: drawn, boundaryQuality: quality.value, comment: comment.value.trim() || null });
        if (outcome.saved) editBar.close();
        else if (outcome.refused) editBar.say(t('boundary.refused', { count: outcome.refused.length }));
      } catch (failure) {
        editBar.say(sentenceOf(failure));
      } finally {
        saveButton.disabled = false;
      }
    }
  }

  return { start, showArea };
}
