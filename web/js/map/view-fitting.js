// Where the map looks when a zone is picked or every zone is wanted: on it, and clear of the zone panel.
import { latLngOf } from './map-view.js';

const PIN_RADIUS = 14; // px around a pin's point that its icon covers

/**
 * @param legend the legend's element, which stands in the map's bottom corner: what is fitted keeps above it
 */
export function createViewFitting(map, { panelShell, shapes, markers, legend = null }) {
  /**
   * How much of the map the open panel covers: {right} at the side (desktop) or {bottom} (a phone's sheet);
   * with a panel open, the bottom also keeps clear of the (folded) legend.
   */
  function covered() {
    if (panelShell.hidden) return { right: 0, bottom: 0 };
    const mapBox = map.getContainer().getBoundingClientRect();
    const panelBox = panelShell.getBoundingClientRect();
    const legendBox = legend?.getBoundingClientRect();
    const underLegend = legendBox && legendBox.height > 0 ? Math.max(0, mapBox.bottom - legendBox.top) : 0;
    return {
      right: panelBox.top <= mapBox.top + 1 ? Math.max(0, mapBox.right - panelBox.left) : 0,
      bottom: Math.max(underLegend, panelBox.left <= mapBox.left + 1 ? Math.max(0, mapBox.bottom - panelBox.top) : 0),
    };
  }

  /** Padding that keeps what is fitted out from under the panel (at the side, or a sheet at the bottom). */
  function padding(margin) {
    if (panelShell.hidden) return { padding: [margin, margin] };
    const { right, bottom } = covered();
    return { paddingTopLeft: [margin, margin], paddingBottomRight: [margin + right, margin + bottom] };
  }

  /** Where a zone is drawn now, in the map's pixels: its shape and its pin, whichever are on the map. */
  function boxOf(feature) {
    const boxes = [];
    const bounds = shapes.boundsOf(feature.id);
    if (bounds) boxes.push([map.latLngToContainerPoint(bounds.getNorthWest()), map.latLngToContainerPoint(bounds.getSouthEast())]);
    const pin = markers.pinOf(feature.id);
    if (pin) {
      const point = map.latLngToContainerPoint(pin);
      boxes.push([point.subtract([PIN_RADIUS, PIN_RADIUS]), point.add([PIN_RADIUS, PIN_RADIUS])]);
    }
    if (boxes.length === 0) return null;
    return {
      left: Math.min(...boxes.map(([nw]) => nw.x)),
      top: Math.min(...boxes.map(([nw]) => nw.y)),
      right: Math.max(...boxes.map(([, se]) => se.x)),
      bottom: Math.max(...boxes.map(([, se]) => se.y)),
    };
  }

  return {
    /** A zone's shape, or for a zone without one the few kilometres around its pin (where the pin stands). */
    zoomTo(feature, { animate = true } = {}) {
      const point = feature.properties.markerPoint;
      const pin = markers.positionOf(feature.id) ?? (point && latLngOf(point));
      const bounds = shapes.boundsOf(feature.id) ?? pin?.toBounds(3000);
      if (bounds) map.flyToBounds(bounds, { maxZoom: 16, animate, ...padding(40) });
    },
    /**
     * Keeps a zone chosen on the map in sight beside or above the panel that opened for it: the map pans,
     * at the same zoom, just far enough (or centres the zone in the free part when it is bigger than that).
     */
    reveal(feature, margin = 40) {
      const box = boxOf(feature);
      if (!box) return;
      const size = map.getSize();
      const { right, bottom } = covered();
      const along = (start, end, frameStart, frameEnd) => {
        if (end - start > frameEnd - frameStart) return (start + end) / 2 - (frameStart + frameEnd) / 2;
        if (start < frameStart) return start - frameStart;
        return end > frameEnd ? end - frameEnd : 0;
      };
      const dx = along(box.left, box.right, margin, size.x - right - margin);
      const dy = along(box.top, box.bottom, margin, size.y - bottom - margin);
      if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) map.panBy([Math.round(dx), Math.round(dy)]);
    },
    /** Any bounds, clear of the panel. */
    fit(bounds) {
      map.fitBounds(bounds, { maxZoom: 16, ...padding(40) });
    },
    /** Every zone drawn; at once (animate false) for the first view, which the base map waits for. */
    fitZones({ animate = true } = {}) {
      const bounds = shapes.bounds().extend(markers.bounds());
      if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, animate, ...padding(30) });
    },
  };
}
