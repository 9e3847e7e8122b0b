/**
 * The geometry rules every write path shares: the HTTP write API and the importer refuse the same
 * boundaries for the same reasons, in the same words.
 *
 * <p>Entry point: {@link vn.kcnatlas.geo.check.GeometryValidator#validate(tools.jackson.databind.JsonNode,
 * vn.kcnatlas.geo.check.Placement, vn.kcnatlas.geo.check.GeometryValidator.Options)} takes the geometry
 * member of a request as parsed JSON, so faults that cannot survive conversion to JTS (unclosed rings,
 * text for numbers, NaN) are still named with their JSON pointer. The caller says where the boundary
 * goes with a {@link vn.kcnatlas.geo.check.Placement}: {@link vn.kcnatlas.geo.check.ZonePlacement} (its
 * province and the other zones near it) or {@link vn.kcnatlas.geo.check.LotPlacement} (its zone and
 * the zone's other lots), handing over the data itself; nothing here reads a store. A write looks like:
 *
 * <pre>{@code
 * GeometryValidation checked = GeometryValidator.validate(body.get("geometry"),
 *         new ZonePlacement(province, box -> otherZonesMeeting(box)),
 *         new GeometryValidator.Options(repair, declaredAreaHa));
 * if (!checked.valid()) {
 *     throw new InvalidChangeException(...);                  // 422, errors [{code, message, pointer, coordinate}]
 * }
 * store(checked.accepted());                                  // MultiPolygon, SRID 4326
 * answer.putAll(GeometryRefusals.members(checked, "/geometry")); // area, comparison, warnings, repair
 * }</pre>
 *
 * <p>The codes are {@link vn.kcnatlas.geo.ProblemCode}; the limits are
 * {@link vn.kcnatlas.geo.BoundaryKind#maxVertices()} and {@link vn.kcnatlas.geo.check.Limits}; the
 * tolerances are the constants of {@code ZonePlacement} and {@code LotPlacement}. The rules about a
 * geometry on its own live in {@link vn.kcnatlas.geo.PolygonCheck}, which the attribute rules
 * (ZoneRules, LotGeoJson) call too.
 */
package vn.kcnatlas.geo.check;
