package vn.kcnatlas.export;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.lot.LotGeoJson;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.zone.Readers;
import vn.kcnatlas.zone.ZoneGeoJson;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * Every zone and lot as a file: GeoJSON, GeoPackage or a CSV sheet for spreadsheets, each of which
 * {@code scripts/import zones|lots FILE} reads back as they are. Zones carry what the reader may see: the public
 * fields without a login, everything for staff.
 */
@RestController
class FeatureExportController {

    private final ZoneRepository zones;
    private final LotRepository lots;
    private final JsonMapper json;
    private final Clock clock;

    FeatureExportController(ZoneRepository zones, LotRepository lots, JsonMapper json, Clock clock) {
        this.zones = zones;
        this.lots = lots;
        this.json = json;
        this.clock = clock;
    }

    /** {@code layer} may be left out: a GeoPackage then holds both layers, the other formats the zones. */
    @Operation(summary = "Zones and lots as a file", description = "format geojson (the default), gpkg or csv;"
            + " layer zones or lots. Without layer a GeoPackage holds both layers (tables zones and lots, EPSG:4326),"
            + " the other formats the zones. Every format imports back with scripts/import zones|lots FILE;"
            + " CSV is also a sheet for spreadsheets (UTF-8 with a byte order mark, the boundary as WKT in the"
            + " first column). Zones carry the public fields without a login, staff-only fields too when signed in.")
    @GetMapping("/api/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String layer, Principal principal) {
        FeatureFormat as = ExportResponses.choice("format", format, FeatureFormat.class, FeatureFormat.GEOJSON);
        FeatureLayer only = ExportResponses.choice("layer", layer, FeatureLayer.class, null);
        List<FeatureLayer> chosen = only != null ? List.of(only)
                : as.manyLayers() ? List.of(FeatureLayer.values()) : List.of(FeatureLayer.ZONES);
        Map<FeatureLayer, List<GeoJsonFeature>> layers = new LinkedHashMap<>();
        chosen.forEach(l -> layers.put(l, features(l, Readers.of(principal))));
        String what = only == null && as.manyLayers() ? "zones-lots" : chosen.get(0).code();
        return ExportResponses.file(what, VietnamDays.today(clock), as.code(), as.mediaType(), as.write(layers, json));
    }

    private List<GeoJsonFeature> features(FeatureLayer layer, Readers readers) {
        return switch (layer) {
            case ZONES -> zones.find(ZoneQuery.ALL).stream().map(z -> ZoneGeoJson.feature(z, readers)).toList();
            case LOTS -> lots.find(new LotRepository.Filter(null, null, null), 0, Integer.MAX_VALUE).stream()
                    .map(LotGeoJson::feature).toList();
        };
    }
}
