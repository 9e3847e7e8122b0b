package vn.kcnatlas.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.lot.LotStatus;
import vn.kcnatlas.ogc.FeatureSource.Queryable;

class ItemsQueryTest {

    private static final List<Queryable> LOT_QUERYABLES = List.of(Queryable.text("zone", "the zone"),
            Queryable.codes("status", "the status", LotStatus.class));

    private static ItemsQuery parse(Map<String, String> parameters) {
        return ItemsQuery.parse(parameters, LOT_QUERYABLES, false, Clock.systemUTC());
    }

    @Test
    void withoutParametersAsksForTheFirstTenAnywhere() {
        assertThat(parse(Map.of())).isEqualTo(new ItemsQuery(null, Map.of(), 0, 10, null));
    }

    @Test
    void aLimitOverTheMaximumIsTheMaximum() {
        assertThat(parse(Map.of("limit", "10000")).limit()).isEqualTo(10_000);
        assertThat(parse(Map.of("limit", "10001")).limit()).isEqualTo(10_000);
        assertThat(parse(Map.of("limit", String.valueOf(Long.MAX_VALUE))).limit()).isEqualTo(10_000);
        assertRefused(Map.of("limit", "0"), "limit");
        assertRefused(Map.of("limit", "99999999999999999999"), "limit");
    }

    @Test
    void bboxTakesFourOrSixNumbersAndIsClippedToTheWorld() {
        assertThat(parse(Map.of("bbox", "105.79, 10.49, 105.84, 10.54")).box())
                .isEqualTo(new BoundingBox(105.79, 10.49, 105.84, 10.54));
        assertThat(parse(Map.of("bbox", "105.79,10.49,-5,105.84,10.54,30")).box())
                .isEqualTo(new BoundingBox(105.79, 10.49, 105.84, 10.54));
        assertThat(parse(Map.of("bbox", "-181,-91,181,91")).box()).isEqualTo(new BoundingBox(-180, -90, 180, 90));
        assertRefused(Map.of("bbox", "105.79,10.54,105.84,10.49"), "empty or inverted");
        assertRefused(Map.of("bbox", "1,1,1,2"), "empty or inverted");
        assertRefused(Map.of("bbox", "181,0,190,10"), "outside");
        assertRefused(Map.of("bbox", "1,2,3,4,5"), "not 5 value(s)");
        assertRefused(Map.of("bbox", "1,2,3,Infinity"), "finite");
        assertRefused(Map.of("bbox", "1,2,3,4,"), "not 5 value(s)");
    }

    @Test
    void aWestGreaterThanTheEastIsABoxAcrossTheAntimeridian() {
        assertThat(parse(Map.of("bbox", "177,65,-177,70")).box()).isEqualTo(new BoundingBox(177, 65, -177, 70));
        assertThat(parse(Map.of("bbox", "177,-95,-177,95")).box()).isEqualTo(new BoundingBox(177, -90, -177, 90));
        assertThat(parse(Map.of("bbox", "180,65,-177,70")).box()).isEqualTo(new BoundingBox(-180, 65, -177, 70));
        assertRefused(Map.of("bbox", "190,65,-177,70"), "antimeridian");
        assertRefused(Map.of("bbox", "177,65,-190,70"), "antimeridian");
        assertRefused(Map.of("bbox", "180,65,-180,70"), "antimeridian");
        assertRefused(Map.of("bbox", "177,70,-177,65"), "empty or inverted");
        assertRefused(Map.of("bbox", "177,NaN,-177,70"), "not a finite number");
    }

    @Test
    void onlyCrs84IsAcceptedForBbox() {
        assertThat(parse(Map.of("bbox-crs", ItemsQuery.CRS84, "bbox", "1,2,3,4")).box()).isNotNull();
        assertRefused(Map.of("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326"), "bbox-crs");
    }

    @Test
    void datetimeTakesInstantsDatesAndIntervalsInOrder() {
        for (String valid : List.of("2024-05-01T08:00:00Z", "2024-05-01t08:00:00.123z", "2024-05-01T08:00:00+07:00",
                "2024-05-01", "2024-05-01/2024-05-01", "2024-05-01T23:00:00Z/2024-05-01", "../2024-05-01",
                "2024-05-01/", "../..")) {
            assertThat(parse(Map.of("datetime", valid))).as(valid).isEqualTo(new ItemsQuery(null, Map.of(), 0, 10, null));
        }
        for (String invalid : List.of("2024-05-01T08:00:00", "2024-5-1", "2024-05-01T", "2024-05-02/2024-05-01",
                "2024-05-01T00:00:00Z/2024-04-30T23:59:59Z", "now", "2024/2025/2026")) {
            assertRefused(Map.of("datetime", invalid), "datetime");
        }
    }

    @Test
    void queryablesKeepTheirValueAndCodedOnesMustBeACode() {
        ItemsQuery query = parse(Map.of("zone", "kcn-song-hau", "status", "leased"));

        assertThat(query.value("zone")).hasValue("kcn-song-hau");
        assertThat(query.code("status", LotStatus.class)).hasValue(LotStatus.LEASED);
        assertThat(query.value("tenant")).isEmpty();
        assertRefused(Map.of("status", "LEASED"), "none of available, reserved, leased");
    }

    @Test
    void inADatedCollectionAnInstantIsTheDayItFallsOnInVietnam() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(dated(Map.of("datetime", "2026-01-31T16:59:59Z"), clock).asOf()).isEqualTo("2026-01-31");
        assertThat(dated(Map.of("datetime", "2026-01-31T17:00:00Z"), clock).asOf()).isEqualTo("2026-02-01");
        assertThat(dated(Map.of("datetime", "2026-01-31"), clock).asOf()).isEqualTo("2026-01-31");
        assertThat(dated(Map.of("asOf", "2026-01-31"), clock).asOf()).isEqualTo("2026-01-31");
        assertThat(dated(Map.of("datetime", "2026-03-01T06:59:59+07:00"), clock).asOf()).as("today in Việt Nam")
                .isEqualTo("2026-03-01");
        assertThat(dated(Map.of(), clock).asOf()).isNull();
        assertThatThrownBy(() -> dated(Map.of("datetime", "2026-03-02"), clock)).hasMessageContaining("future");
        assertThatThrownBy(() -> dated(Map.of("datetime", "2026-01-01/2026-02-01"), clock))
                .hasMessageContaining("only an instant is supported");
    }

    private static ItemsQuery dated(Map<String, String> parameters, Clock clock) {
        return ItemsQuery.parse(parameters, LOT_QUERYABLES, true, clock);
    }

    private static void assertRefused(Map<String, String> parameters, String mentioned) {
        assertThatThrownBy(() -> parse(parameters)).isInstanceOfSatisfying(OgcException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.body().code()).isEqualTo("InvalidParameterValue");
            assertThat(e.getMessage()).contains(mentioned);
        });
    }
}
