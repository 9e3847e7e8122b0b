package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.geographiclib.Geodesic;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.District;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.report.SourceRepository;
import vn.kcnatlas.report.TargetRepository;
import vn.kcnatlas.support.SharedGeodata;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/** The seed data as the server loads it on first start: complete, valid and where the facts put it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedDataTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> vn.kcnatlas.support.TempStore.h2Url(vn.kcnatlas.support.TempStore.newDirectory()));
    }

    @Autowired
    ZoneRepository zones;
    @Autowired
    AdminUnitRepository adminUnits;
    @Autowired
    LotRepository lots;
    @Autowired
    TargetRepository targets;
    @Autowired
    SourceRepository sources;
    @Autowired
    Importer importer;

    @Test
    void loadsEveryZoneDistrictTargetAndLot() {
        List<ZoneView> all = zones.find(ZoneQuery.ALL);
        assertThat(all).hasSize(21);
        assertThat(all.stream().filter(z -> z.zone().boundary() != null)).hasSize(16);
        assertThat(adminUnits.provinces()).hasSize(2);
        assertThat(adminUnits.districts()).hasSize(27);
        assertThat(targets.all()).hasSize(18);
        assertThat(sources.all()).extracting(s -> s.id()).contains("000_94adf07991790db2", "004_53d47e5277c7f35a");
        assertThat(lots.count()).isEqualTo(35);
    }

    @Test
    void boundariesAreValidApproximateAndSizedToTheDeclaredArea() {
        for (ZoneView zone : zones.find(ZoneQuery.ALL)) {
            if (zone.zone().boundary() == null) {
                assertThat(zone.zone().boundaryQuality()).as(zone.zone().code()).isNull();
                continue;
            }
            assertThat(zone.zone().boundary().isValid()).as(zone.zone().code()).isTrue();
            assertThat(zone.zone().boundaryQuality().code()).as(zone.zone().code()).isEqualTo("approximate");
            assertThat(zone.figures().areaMismatch()).as(zone.zone().code()).isFalse();
            if (zone.zone().land().areaHa() != null) {
                assertThat(zone.figures().geometricAreaHa()).as(zone.zone().code())
                        .isCloseTo(zone.zone().land().areaHa(), org.assertj.core.data.Percentage.withPercentage(1));
            }
        }
    }

    @Test
    void everyZoneLiesNearItsDistrictAndEveryLotInsideItsZone() {
        Map<String, District> districts = adminUnits.districts().stream()
                .collect(Collectors.toMap(District::code, d -> d));
        for (ZoneView zone : zones.find(ZoneQuery.ALL)) {
            Point label = districts.get(zone.zone().districtCode()).labelPoint();
            assertThat(metres(zone.place().markerPoint(), label)).as(zone.zone().code()).isLessThan(25_000);
        }
        for (ZoneView zone : zones.find(ZoneQuery.ALL)) {
            lots.findByZone(zone.zone().code()).forEach(lot -> assertThat(
                    zone.zone().boundary().buffer(1e-6).covers(lot.boundary())).as(lot.id()).isTrue());
        }
    }

    @Test
    void zonesWithAKnownPositionLieWithinSixKilometresOfTheirEstimate() throws Exception {
        Path facts = SharedGeodata.file("zones-facts.csv");
        int checked = 0;
        try (Reader reader = Files.newBufferedReader(facts, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("lat_estimate").isBlank()) {
                    continue;
                }
                ZoneView zone = zones.findByCode(row.get("code")).orElseThrow();
                assertThat(zone.zone().boundary()).as(row.get("code")).isNotNull();
                Point estimate = vn.kcnatlas.geo.Wgs84.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(
                        Double.parseDouble(row.get("lon_estimate")), Double.parseDouble(row.get("lat_estimate"))));
                assertThat(metres(zone.zone().boundary().getCentroid(), estimate)).as(row.get("code")).isLessThan(6000);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(16);
    }

    @Test
    void zoneBoundariesLieInsideTheirDistrictsOfficialBoundaries() {
        Path boundaries = SharedGeodata.file("districts-dongthap-kiengiang.geojson");
        ImportReport report = importer.importFile("districts", boundaries,
                new ImportOptions(false, false, null, "test", false), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();

        Map<String, District> districts = adminUnits.districts().stream()
                .collect(Collectors.toMap(District::code, d -> d));
        zones.find(ZoneQuery.ALL).stream().filter(z -> z.zone().boundary() != null).forEach(zone -> assertThat(
                districts.get(zone.zone().districtCode()).boundary().covers(zone.zone().boundary()))
                .as(zone.zone().code()).isTrue());
    }

    private static double metres(Point a, Point b) {
        return Geodesic.WGS84.Inverse(a.getY(), a.getX(), b.getY(), b.getX()).s12;
    }
}
