// Where the map looks when a zone is picked or every zone is wanted: on it, and clear of the zone panel.
const L = window.L;

export function createViewFitting(map, { panelShell, shapes, markers }) {
  /** Padding that keeps what is fitted out from under the panel (at the side, or a sheet at the bottom). */
  function padding(margin) {
    if (panelShell.hidden) return { padding: [margin, margin] };
    const mapBox = map.getContainer().getBoundingClientRect();
    const panelBox = panelShell.getBoundingClientRect();
    const right = panelBox.top <= mapBox.top + 1 ? Math.max(0, mapBox.right - panelBox.left) : 0;
    const bottom = panelBox.left <= mapBox.left + 1 ? Math.max(0, mapBox.bottom - panelBox.top) : 0;
    return { paddingTopLeft: [margin, margin], paddingBottomRight: [margin + right, margin + bottom] };
  }

  return {
    /** A zone's shape, or for a zone without one the few kilometres around its pin. */
    zoomTo(feature, { animate = true } = {}) {
      const point = feature.properties.markerPoint;
      const bounds = shapes.boundsOf(feature.id) ?? (point && L.latLng(point[1], point[0]).toBounds(3000));
      if (bounds) map.flyToBounds(bounds, { maxZoom: 16, animate, ...padding(40) });
    },
    fitZones() {
      const bounds = shapes.bounds().extend(markers.bounds());
      if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, ...padding(30) });
    },
  };
}
