// On a phone the list and filters slide over the map; this opens and closes them.
import { t } from './i18n.js';

/** @param onOpen called once the list is shown on a phone, so that it can show the selected zone */
export function createSidebar(sidebar, toggle, { onOpen }) {
  const phone = window.matchMedia('(max-width: 720px)');

  function setOpen(open) {
    sidebar.classList.toggle('sidebar--open', open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = t(open ? 'app.showMap' : 'app.showList');
  }

  toggle.addEventListener('click', () => {
    setOpen(!sidebar.classList.contains('sidebar--open'));
    if (sidebar.classList.contains('sidebar--open')) onOpen();
  });

  return {
    /** After a zone is picked from the list, a phone shows the map and the panel again. */
    closeOnPhone() {
      if (phone.matches) setOpen(false);
    },
    render() {
      setOpen(sidebar.classList.contains('sidebar--open'));
    },
  };
}
