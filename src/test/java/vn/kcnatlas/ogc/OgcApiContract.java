package vn.kcnatlas.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonPointer;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.Http;

/**
 * OGC API Features over HTTP, as GDAL and QGIS use it, on a store seeded with the project's geodata: 21
 * zones (5 without a boundary), 35 lots in three zones, 27 districts without boundaries. Each store runs it.
 */
abstract class OgcApiContract {

    private static final String GEO_JSON = "application/geo+json";
    private static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final List<String> COLLECTIONS = List.of("zones", "lots", "districts", "markers");
    private static final String AROUND_TAN_KIEU = "105.79,10.49,105.84,10.54";
    private static final String AROUND_SONG_HAU = "105.604,10.239,105.616,10.251";

    @LocalServerPort
    int port;
    @Autowired
    Importer importer;

    private Http http() {
        return new Http(port);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private JsonNode json(String path) {
        Http.Response response = http().get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json();
    }

    // ---- landing page, conformance, API definition

    @Test
    void landingPageLinksToTheApiDefinitionConformanceAndCollections() {
        Http.Response response = http().get("/ogc");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode page = response.json();
        assertThat(page.path("title").asString()).isEqualTo("KCN Atlas");
        assertThat(link(page, "self", "application/json")).isEqualTo(base() + "/ogc");
        assertThat(link(page, "service-desc", OPENAPI)).isEqualTo(base() + "/ogc/api");
        assertThat(link(page, "conformance", "application/json")).isEqualTo(base() + "/ogc/conformance");
        assertThat(link(page, "data", "application/json")).isEqualTo(base() + "/ogc/collections");
        page.path("links").forEach(l -> assertThat(http().get(path(l.path("href").asString())).status())
                .as(l.path("href").asString()).isEqualTo(200));
        assertThat(http().get("/ogc/").json()).isEqualTo(page);
    }

    @Test
    void conformanceDeclaresCoreGeoJsonAndOpenApi30() {
        assertThat(strings(json("/ogc/conformance").path("conformsTo"))).containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void apiDefinitionIsASelfContainedOpenApi30Document() throws IOException {
        Http.Response response = http().get("/ogc/api");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(OPENAPI);

        OpenAPI api = Json.mapper().readValue(response.body(), OpenAPI.class);
        assertThat(api.getOpenapi()).startsWith("3.0.");
        assertThat(api.getInfo().getTitle()).isNotBlank();
        assertThat(api.getServers().getFirst().getUrl()).isEqualTo(base() + "/ogc");
        assertThat(api.getComponents().getSchemas()).containsKeys("link", "landingPage", "confClasses",
                "collections", "collection", "exception", "featureCollectionGeoJSON", "featureGeoJSON");
        com.fasterxml.jackson.databind.JsonNode tree = Json.mapper().readTree(response.body());
        List<String> refs = tree.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(tree.at(JsonPointer.compile(ref.substring(1))).isMissingNode()).as(ref).isFalse();
        });

        Set<String> expected = new LinkedHashSet<>(List.of("/", "/conformance", "/api", "/collections"));
        COLLECTIONS.forEach(c -> expected.addAll(List.of("/collections/" + c, "/collections/" + c + "/schema",
                "/collections/" + c + "/items", "/collections/" + c + "/items/{featureId}")));
        assertThat(api.getPaths().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        api.getPaths().forEach((path, item) -> {
            assertThat(item.readOperationsMap()).as(path).containsOnlyKeys(PathItem.HttpMethod.GET);
            String collection = path.split("/").length > 2 ? path.split("/")[2] : "";
            String served = "/ogc" + (path.contains("{featureId}")
                    ? path.replace("{featureId}", someFeatureId(collection)) : path);
            boolean none = path.contains("{featureId}") && collection.equals("markers");
            assertThat(http().get(served).status()).as(served + (none ? ": the seed has no markers" : ""))
                    .isEqualTo(none ? 404 : 200);
        });

        assertThat(parameters(api, tree, "zones")).containsExactly("bbox", "bbox-crs", "datetime", "asOf", "limit",
                "offset", "f", "kind", "lifecycle", "investmentStatus", "clearanceStatus", "provinceCode", "districtCode",
                "commune2025Code", "province2025Code");
        assertThat(parameters(api, tree, "lots")).containsExactly("bbox", "bbox-crs", "datetime", "limit", "offset",
                "f", "zone", "status");
        assertThat(parameters(api, tree, "districts")).containsExactly("bbox", "bbox-crs", "datetime", "limit",
                "offset", "f", "provinceCode", "unitType");
        assertThat(parameters(api, tree, "markers")).containsExactly("bbox", "bbox-crs", "datetime", "limit",
                "offset", "f", "zone");
        JsonNode limit = json("/ogc/api").path("components").path("parameters").path("limit").path("schema");
        assertThat(limit.path("maximum").asInt()).isEqualTo(10_000);
        assertThat(limit.path("default").asInt()).isEqualTo(10);
    }

    /** The names of the parameters the items of a collection declare, references resolved. */
    private static List<String> parameters(OpenAPI api, com.fasterxml.jackson.databind.JsonNode tree,
            String collection) {
        return api.getPaths().get("/collections/" + collection + "/items").getGet().getParameters().stream()
                .map(p -> p.get$ref() == null ? p.getName()
                        : tree.at(JsonPointer.compile(p.get$ref().substring(1))).path("name").asText())
                .toList();
    }

    @Test
    void apiDefinitionAnswersPlainJsonToo() {
        assertThat(http().get("/ogc/api", Map.of("Accept", "application/json")).contentType())
                .startsWith("application/json");
        assertThat(http().get("/ogc/api?f=json").contentType()).startsWith("application/json");
    }

    @Test
    void springdocStillDescribesTheRestApiAndLeavesOgcOut() {
        JsonNode docs = json("/v3/api-docs");

        List<String> paths = new ArrayList<>(docs.path("paths").propertyNames());
        assertThat(paths).contains("/api/zones").noneMatch(p -> p.startsWith("/ogc"));
    }

    // ---- collections

    @Test
    void collectionsDescribeZonesLotsAndDistrictsWithExtentsFromTheData() {
        JsonNode document = json("/ogc/collections");

        assertThat(link(document, "self", "application/json")).isEqualTo(base() + "/ogc/collections");
        List<JsonNode> collections = StreamSupport.stream(document.path("collections").spliterator(), false).toList();
        assertThat(collections).extracting(c -> c.path("id").asString()).containsExactlyElementsOf(COLLECTIONS);
        for (JsonNode collection : collections) {
            String id = collection.path("id").asString();
            assertThat(collection.path("title").asString()).isNotBlank();
            assertThat(collection.path("description").asString()).isNotBlank();
            assertThat(collection.path("itemType").asString()).isEqualTo("feature");
            assertThat(strings(collection.path("crs"))).containsExactly(CRS84);
            assertThat(link(collection, "self", "application/json")).isEqualTo(base() + "/ogc/collections/" + id);
            assertThat(link(collection, "items", GEO_JSON)).as("GDAL appends /{featureId} to it")
                    .isEqualTo(base() + "/ogc/collections/" + id + "/items");
            assertThat(link(collection, "items", "application/json"))
                    .isEqualTo(base() + "/ogc/collections/" + id + "/items?f=json");
            assertThat(link(collection, "describedBy", "application/schema+json"))
                    .isEqualTo(base() + "/ogc/collections/" + id + "/schema");
            assertThat(json("/ogc/collections/" + id)).isEqualTo(collection);
        }
        assertThat(collections.get(0).path("title").asString()).isEqualTo("Khu, cụm công nghiệp");
        assertThat(bbox(collections.get(0))).containsExactly(envelopeOf("zones"));
        assertThat(bbox(collections.get(1))).containsExactly(envelopeOf("lots"));
        assertThat(collections.get(0).path("extent").path("spatial").path("crs").asString()).isEqualTo(CRS84);
        assertThat(collections.get(2).has("extent")).as("no district has a boundary yet").isFalse();
    }

    private static double[] bbox(JsonNode collection) {
        JsonNode box = collection.path("extent").path("spatial").path("bbox").path(0);
        return new double[] {box.path(0).asDouble(), box.path(1).asDouble(), box.path(2).asDouble(),
            box.path(3).asDouble()};
    }

    /** The box around every coordinate of a collection's features, read from its items. */
    private double[] envelopeOf(String collection) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        json("/ogc/collections/" + collection + "/items?limit=1000").path("features")
                .forEach(f -> f.path("geometry").path("coordinates").forEach(polygon -> polygon.forEach(ring -> ring
                        .forEach(point -> {
                            box[0] = Math.min(box[0], point.path(0).asDouble());
                            box[1] = Math.min(box[1], point.path(1).asDouble());
                            box[2] = Math.max(box[2], point.path(0).asDouble());
                            box[3] = Math.max(box[3], point.path(1).asDouble());
                        }))));
        return box;
    }

    @Test
    void schemasTypeEveryPropertyTheFeaturesCarry() {
        for (String collection : COLLECTIONS) {
            Http.Response response = http().get("/ogc/collections/" + collection + "/schema",
                    Map.of("Accept", "application/schema+json"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/schema+json");
            JsonNode declared = response.json().path("properties").path("properties").path("properties");
            for (JsonNode feature : json("/ogc/collections/" + collection + "/items?limit=1000").path("features")) {
                assertThat(new ArrayList<>(feature.path("properties").propertyNames())).as(collection)
                        .containsExactlyElementsOf(declared.propertyNames());
                feature.path("properties").properties().forEach(p -> {
                    if (!p.getValue().isNull()) {
                        assertThat(jsonType(p.getValue())).as(collection + "." + p.getKey())
                                .isEqualTo(declared.path(p.getKey()).path("type").asString());
                    }
                });
            }
        }
        assertThat(strings(json("/ogc/collections/lots/schema").path("properties").path("properties")
                .path("properties").path("status").path("enum"))).containsExactly("available", "reserved", "leased");
    }

    private static String jsonType(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "string";
    }

    // ---- items

    @Test
    void itemsComeTenToAPageWithCountsTimeAndLinks() {
        Http.Response response = http().get("/ogc/collections/zones/items");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(GEO_JSON);
        JsonNode page = response.json();
        assertThat(page.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(page.path("features").size()).isEqualTo(10);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(10);
        assertThat(page.path("numberMatched").asInt()).isEqualTo(21);
        assertThat(Instant.parse(page.path("timeStamp").asString())).isBetween(Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(1));
        String items = base() + "/ogc/collections/zones/items";
        assertThat(link(page, "self", GEO_JSON)).isEqualTo(items);
        assertThat(link(page, "alternate", "application/json")).isEqualTo(items + "?f=json");
        assertThat(link(page, "next", GEO_JSON)).isEqualTo(items + "?offset=10&limit=10");
        assertThat(link(page, "collection", "application/json")).isEqualTo(base() + "/ogc/collections/zones");
        assertThat(link(page, "prev", GEO_JSON)).isNull();
        JsonNode feature = page.path("features").path(0);
        assertThat(feature.path("id").asString()).isEqualTo("ccn-binh-an");
        assertThat(feature.path("properties").path("name").asString()).isEqualTo("Bình An");
    }

    @Test
    void nextLinksWalkEveryFeatureOnceInOrder() {
        for (String collection : COLLECTIONS) {
            List<String> all = ids(json("/ogc/collections/" + collection + "/items?limit=1000"));
            for (int limit : new int[] {1, 4, 7}) {
                assertThat(walk("/ogc/collections/" + collection + "/items?limit=" + limit, limit))
                        .as(collection + " by " + limit).containsExactlyElementsOf(all);
            }
        }
        JsonNode second = json("/ogc/collections/lots/items?limit=4&offset=4");
        assertThat(link(second, "prev", GEO_JSON)).isEqualTo(base() + "/ogc/collections/lots/items?limit=4&offset=0");
        assertThat(ids(json(path(link(second, "prev", GEO_JSON))))).containsExactlyElementsOf(
                ids(json("/ogc/collections/lots/items?limit=4")));
    }

    /** Follows next links from a first page and returns the ids met, checking each page's counts. */
    private List<String> walk(String first, int limit) {
        List<String> ids = new ArrayList<>();
        long matched = -1;
        String next = first;
        while (next != null) {
            JsonNode page = json(next);
            assertThat(page.path("numberReturned").asInt()).isEqualTo(page.path("features").size())
                    .isLessThanOrEqualTo(limit);
            if (matched >= 0) {
                assertThat(page.path("numberMatched").asLong()).isEqualTo(matched);
            }
            matched = page.path("numberMatched").asLong();
            ids.addAll(ids(page));
            String href = link(page, "next", GEO_JSON);
            next = href == null ? null : path(href);
        }
        assertThat(ids).hasSize((int) matched).doesNotHaveDuplicates();
        return ids;
    }

    @Test
    void aLimitOverTheMaximumIsTakenAsTheMaximum() {
        JsonNode page = json("/ogc/collections/lots/items?offset=30&limit=20000");

        assertThat(page.path("numberReturned").asInt()).isEqualTo(5);
        assertThat(link(page, "prev", GEO_JSON)).endsWith("?offset=0&limit=10000");
    }

    @Test
    void aBboxAcrossTheAntimeridianFindsTheFeaturesInEitherPart() {
        assertThat(json("/ogc/collections/zones/items?bbox=177,65,-177,70").path("numberMatched").asInt())
                .as("the box the OGC's test suite sends: nothing there, but no error").isZero();
        // Tân Kiều's latitudes, from its west edge east across the antimeridian, then from there to its east edge.
        String fromTanKieuEastward = "/ogc/collections/zones/items?limit=100&bbox=105.79,10.49,-170,10.54";
        String westwardToTanKieu = "/ogc/collections/zones/items?limit=100&bbox=170,10.49,105.84,10.54";
        assertThat(ids(json(fromTanKieuEastward))).contains("kcn-tan-kieu")
                .isEqualTo(ids(json("/ogc/collections/zones/items?limit=100&bbox=105.79,10.49,180,10.54")));
        assertThat(ids(json(westwardToTanKieu))).contains("kcn-tan-kieu")
                .isEqualTo(ids(json("/ogc/collections/zones/items?limit=100&bbox=-180,10.49,105.84,10.54")));
        assertThat(json("/ogc/collections/lots/items?bbox=105.604,10.239,-179,10.251").path("numberMatched").asInt())
                .as("the lots around Sông Hậu, in the west part").isEqualTo(10);
        assertThat(json("/ogc/collections/lots/items?bbox=179,10.239,105.616,10.251").path("numberMatched").asInt())
                .as("and in the east part").isEqualTo(10);
    }

    @Test
    void bboxFindsTheFeaturesWhoseGeometryMeetsIt() {
        assertThat(ids(json("/ogc/collections/zones/items?bbox=" + AROUND_TAN_KIEU))).containsExactly("kcn-tan-kieu");
        assertThat(ids(json("/ogc/collections/zones/items?bbox=105.79,10.49,0,105.84,10.54,100")))
                .as("six numbers, heights ignored").containsExactly("kcn-tan-kieu");
        assertThat(ids(json("/ogc/collections/zones/items?bbox-crs=" + Http.q(CRS84) + "&bbox=" + AROUND_TAN_KIEU)))
                .containsExactly("kcn-tan-kieu");
        assertThat(json("/ogc/collections/zones/items?bbox=-200,-100,200,100").path("numberMatched").asInt())
                .as("clipped to the world; zones without a boundary have no geometry to meet it").isEqualTo(16);
        assertThat(json("/ogc/collections/zones/items?bbox=106.5,11.5,106.6,11.6").path("numberMatched").asInt())
                .isZero();

        JsonNode songHau = json("/ogc/collections/lots/items?limit=3&bbox=" + AROUND_SONG_HAU);
        assertThat(songHau.path("numberMatched").asInt()).isEqualTo(10);
        assertThat(walk(path(link(songHau, "self", GEO_JSON)), 3)).hasSize(10)
                .allMatch(id -> id.startsWith("kcn-song-hau~"));
        assertThat(json("/ogc/collections/districts/items?bbox=" + AROUND_TAN_KIEU).path("numberMatched").asInt())
                .as("no district has a boundary yet").isZero();
    }

    @Test
    void propertyFiltersKeepFeaturesWithThatValue() {
        assertThat(ids(json("/ogc/collections/zones/items?kind=CCN&provinceCode=kien-giang")))
                .containsExactly("ccn-binh-an", "ccn-ham-ninh", "ccn-vinh-hoa-hung-nam");
        assertThat(ids(json("/ogc/collections/zones/items?lifecycle=operating&investmentStatus=seeking_tenants")))
                .containsExactly("kcn-sa-dec-a1", "kcn-thanh-loc");
        assertThat(ids(json("/ogc/collections/zones/items?clearanceStatus=not_started&kind=KCN")))
                .contains("kcn-xeo-ro").doesNotContain("kcn-song-hau");
        assertThat(ids(json("/ogc/collections/zones/items?districtCode=dong-thap.tp-cao-lanh"))).containsExactly(
                "ccn-quang-khanh", "ccn-tp-cao-lanh", "kcn-tran-quoc-toan", "kcn-tran-quoc-toan-mo-rong");
        assertThat(json("/ogc/collections/zones/items?provinceCode=ha-noi").path("numberMatched").asInt()).isZero();

        JsonNode thanhLoc = json("/ogc/collections/lots/items?zone=kcn-thanh-loc&limit=5");
        assertThat(thanhLoc.path("numberMatched").asInt()).isEqualTo(16);
        assertThat(link(thanhLoc, "next", GEO_JSON)).contains("zone=kcn-thanh-loc");
        assertThat(walk(path(link(thanhLoc, "self", GEO_JSON)), 5)).hasSize(16)
                .allMatch(id -> id.startsWith("kcn-thanh-loc~"));
        assertThat(json("/ogc/collections/lots/items?status=available").path("numberMatched").asInt()).isEqualTo(5);
        JsonNode leasedInSongHau = json("/ogc/collections/lots/items?status=leased&zone=kcn-song-hau&limit=100");
        leasedInSongHau.path("features").forEach(f -> {
            assertThat(f.path("properties").path("status").asString()).isEqualTo("leased");
            assertThat(f.path("properties").path("zone").asString()).isEqualTo("kcn-song-hau");
        });

        assertThat(json("/ogc/collections/districts/items?provinceCode=dong-thap").path("numberMatched").asInt())
                .isEqualTo(12);
        assertThat(json("/ogc/collections/districts/items?unitType=thanh_pho").path("numberMatched").asInt())
                .isEqualTo(6);
    }

    @Test
    void aValidDatetimeMatchesEveryFeatureOfACollectionWithoutTimeExtent() {
        int lots = json("/ogc/collections/lots/items").path("numberMatched").asInt();
        for (String datetime : List.of("2024-05-01T08:00:00Z", "2024-05-01T15:00:00+07:00", "2024-05-01",
                "2024-01-01/..", "../2024-01-01T00:00:00Z", "2024-01-01/2024-12-31", "2024-01-01/")) {
            assertThat(json("/ogc/collections/lots/items?datetime=" + Http.q(datetime)).path("numberMatched").asInt())
                    .as(datetime).isEqualTo(lots);
        }
        assertError(http().get("/ogc/collections/lots/items?asOf=2024-05-01"), 400, "InvalidParameterValue", "asOf");
    }

    @Test
    void zonesAreAnsweredAsOfTheDayAnInstantFallsOnAndIntervalsAreRefused() {
        for (String datetime : List.of("2024-05-01T08:00:00Z", "2024-05-01T15:00:00+07:00", "2024-05-01")) {
            assertThat(json("/ogc/collections/zones/items?datetime=" + Http.q(datetime)).path("numberMatched").asInt())
                    .as("the seeded zones count from the start: " + datetime).isEqualTo(21);
        }
        for (String interval : List.of("2024-01-01/..", "../2024-01-01T00:00:00Z", "2024-01-01/2024-12-31")) {
            Http.Response refused = http().get("/ogc/collections/zones/items?datetime=" + Http.q(interval));
            assertError(refused, 400, "InvalidParameterValue", "datetime");
            assertThat(refused.json().path("description").asString()).contains("only an instant is supported");
        }
        for (String bad : List.of("datetime=2099-01-01", "asOf=2099-01-01", "asOf=2024-05-01T08:00:00Z",
                "asOf=2024-05-01&datetime=2024-05-01")) {
            assertError(http().get("/ogc/collections/zones/items?" + bad), 400, "InvalidParameterValue",
                    bad.startsWith("datetime") ? "datetime" : "asOf");
        }
        JsonNode temporal = json("/ogc/collections/zones").path("extent").path("temporal");
        assertThat(temporal.path("interval").toString()).isEqualTo("[[\"1999-12-31T17:00:00Z\",null]]");
        assertThat(temporal.path("trs").asString()).isEqualTo("http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        assertThat(json("/ogc/collections/lots").path("extent").has("temporal")).isFalse();
    }

    @Test
    void aZonePageAsOfAnInstantKeepsItsOffsetInTheNextLink() {
        JsonNode page = json("/ogc/collections/zones/items?limit=5&datetime=" + Http.q("2024-05-01T15:00:00+07:00"));
        assertThat(json(path(link(page, "next", GEO_JSON))).path("numberReturned").asInt())
                .as("the '+' of the offset survives in the next link").isEqualTo(5);
    }

    // ---- single features

    @Test
    void everyListedFeatureCanBeFetchedByItsId() {
        for (String collection : COLLECTIONS) {
            for (JsonNode listed : json("/ogc/collections/" + collection + "/items?limit=1000").path("features")) {
                String id = listed.path("id").asString();
                Http.Response response = http().get("/ogc/collections/" + collection + "/items/" + id);
                assertThat(response.status()).as(collection + "/" + id).isEqualTo(200);
                assertThat(response.contentType()).startsWith(GEO_JSON);
                JsonNode feature = response.json();
                assertThat(feature.path("id").asString()).isEqualTo(id);
                assertThat(feature.path("properties")).isEqualTo(listed.path("properties"));
                assertThat(feature.path("geometry")).isEqualTo(listed.path("geometry"));
            }
        }
    }

    @Test
    void aFeatureLinksToItselfAndItsCollectionAndCarriesAnETag() {
        Http.Response response = http().get("/ogc/collections/zones/items/kcn-song-hau");

        JsonNode zone = response.json();
        assertThat(zone.path("type").asString()).isEqualTo("Feature");
        assertThat(zone.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        String self = base() + "/ogc/collections/zones/items/kcn-song-hau";
        assertThat(link(zone, "self", GEO_JSON)).isEqualTo(self);
        assertThat(link(zone, "alternate", "application/json")).isEqualTo(self + "?f=json");
        assertThat(link(zone, "collection", "application/json")).isEqualTo(base() + "/ogc/collections/zones");
        assertThat(response.etag()).startsWith("W/\"v" + zone.path("properties").path("version").asInt() + "-");
        Http.Response again = http().get("/ogc/collections/zones/items/kcn-song-hau",
                Map.of("If-None-Match", response.etag()));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(http().get("/ogc/collections/zones/items/kcn-song-hau?f=json").etag())
                .as("another format, another tag").isNotEqualTo(response.etag());

        JsonNode lot = json("/ogc/collections/lots/items/kcn-song-hau~L01");
        assertThat(lot.path("id").asString()).isEqualTo("kcn-song-hau~L01");
        assertThat(lot.path("properties").path("zone").asString()).isEqualTo("kcn-song-hau");
        assertThat(lot.path("properties").path("code").asString()).isEqualTo("L01");
        assertThat(json("/ogc/collections/lots/items/kcn-song-hau%7EL01")).isEqualTo(lot);

        Http.Response district = http().get("/ogc/collections/districts/items/dong-thap.huyen-cao-lanh");
        assertThat(district.json().path("geometry").isNull()).isTrue();
        assertThat(district.json().path("properties").path("displayName").asString()).isEqualTo("H. Cao Lãnh");
        assertThat(district.json().path("properties").path("province").asString()).isEqualTo("Đồng Tháp");
        assertThat(district.etag()).startsWith("W/\"v1-");
    }

    // ---- formats

    @Test
    void formatsAreChosenByFThenByAccept() {
        String items = "/ogc/collections/lots/items";
        assertThat(http().get(items, Map.of("Accept", "application/json")).contentType())
                .startsWith("application/json");
        assertThat(http().get(items, Map.of("Accept", "*/*")).contentType()).startsWith(GEO_JSON);
        assertThat(http().get(items, Map.of("Accept", "application/json;q=0.5, application/geo+json")).contentType())
                .startsWith(GEO_JSON);
        assertThat(http().get(items + "?f=json").contentType()).startsWith("application/json");
        assertThat(http().get(items + "?f=geojson", Map.of("Accept", "application/json")).contentType())
                .startsWith(GEO_JSON);
        assertThat(http().get(items + "?f=" + Http.q("application/geo+json")).contentType()).startsWith(GEO_JSON);
        assertThat(http().get("/ogc/collections", Map.of("Accept", "text/html,*/*;q=0.8")).contentType())
                .startsWith("application/json");

        JsonNode page = json(items + "?f=json&limit=5");
        assertThat(link(page, "self", "application/json")).endsWith("items?limit=5&f=json");
        assertThat(link(page, "alternate", GEO_JSON)).endsWith("items?limit=5");
        assertThat(link(page, "next", "application/json")).endsWith("items?limit=5&offset=5&f=json");
    }

    // ---- errors

    @Test
    void unknownRepeatedOrEmptyParametersAreRefused() {
        assertError(http().get("/ogc/collections/zones/items?foo=1"), 400, "InvalidParameterValue", "foo");
        assertError(http().get("/ogc/collections/zones/items?BBOX=" + AROUND_TAN_KIEU), 400, "InvalidParameterValue",
                "BBOX");
        assertError(http().get("/ogc/collections/zones/items?status=leased"), 400, "InvalidParameterValue", "status");
        assertError(http().get("/ogc?service=WFS"), 400, "InvalidParameterValue", "service");
        assertError(http().get("/ogc/collections?limit=5"), 400, "InvalidParameterValue", "limit");
        assertError(http().get("/ogc/collections/zones/items/kcn-song-hau?bbox=" + AROUND_TAN_KIEU), 400,
                "InvalidParameterValue", "bbox");
        assertError(http().get("/ogc/collections/zones/items?limit=1&limit=2"), 400, "InvalidParameterValue",
                "limit");
        assertError(http().get("/ogc/collections/zones/items?bbox="), 400, "InvalidParameterValue", "bbox");
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("bbox=1,2,3", "bbox"), Map.entry("bbox=a,b,c,d", "bbox"),
                Map.entry("bbox=105.79,10.54,105.84,10.49", "bbox"), Map.entry("bbox=200,0,210,10", "bbox"),
                Map.entry("bbox=190,0,170,10", "bbox"), Map.entry("bbox=180,0,-180,10", "bbox"),
                Map.entry("bbox=1,2,3,NaN", "bbox"),
                Map.entry("bbox-crs=" + Http.q("http://www.opengis.net/def/crs/EPSG/0/4326"), "bbox-crs"),
                Map.entry("limit=0", "limit"), Map.entry("limit=-1", "limit"), Map.entry("limit=ten", "limit"),
                Map.entry("limit=1.5", "limit"), Map.entry("offset=-1", "offset"), Map.entry("offset=x", "offset"),
                Map.entry("datetime=yesterday", "datetime"), Map.entry("datetime=2024-13-01", "datetime"),
                Map.entry("datetime=2024-05-01T08:00:00", "datetime"),
                Map.entry("datetime=" + Http.q("2024-02-01/2024-01-01"), "datetime"),
                Map.entry("datetime=" + Http.q("2024-01-01/2024-02-01/2024-03-01"), "datetime"),
                Map.entry("kind=kcn", "kind"), Map.entry("investmentStatus=open", "investmentStatus"));
        bad.forEach((query, parameter) -> assertError(http().get("/ogc/collections/zones/items?" + query), 400,
                "InvalidParameterValue", parameter));
        assertError(http().get("/ogc/collections/lots/items?status=sold"), 400, "InvalidParameterValue", "status");
        assertError(http().get("/ogc/collections/districts/items?unitType=xa"), 400, "InvalidParameterValue",
                "unitType");
    }

    @Test
    void unknownCollectionsFeaturesAndPathsAreNotFound() {
        for (String path : List.of("/ogc/collections/parks", "/ogc/collections/parks/items",
                "/ogc/collections/parks/items/p1", "/ogc/collections/parks/schema",
                "/ogc/collections/zones/items/kcn-nowhere", "/ogc/collections/lots/items/kcn-song-hau~L99",
                "/ogc/collections/lots/items/L01", "/ogc/collections/districts/items/ha-noi.ba-dinh",
                "/ogc/nothing", "/ogc/collections/zones/items/kcn-song-hau/extra")) {
            assertError(http().get(path), 404, "NotFound", "");
        }
    }

    @Test
    void unofferedFormatsAreNotAcceptable() {
        assertError(http().get("/ogc/collections/zones/items", Map.of("Accept", "text/html")), 406, "NotAcceptable",
                "");
        assertError(http().get("/ogc/collections/zones/items?f=html"), 406, "NotAcceptable", "");
        assertError(http().get("/ogc?f=geojson"), 406, "NotAcceptable", "");
        assertError(http().get("/ogc/api", Map.of("Accept", "application/xml")), 406, "NotAcceptable", "");
        assertError(http().get("/ogc/conformance", Map.of("Accept", "no/such;;type")), 406, "NotAcceptable", "");
    }

    @Test
    void otherMethodsThanGetAreNotAllowed() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            HttpResponse<String> response = send(method, "/ogc/collections/zones/items/kcn-song-hau");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
            assertThat(response.body()).contains("\"code\":\"MethodNotAllowed\"");
        }
        assertThat(send("POST", "/ogc").statusCode()).isEqualTo(405);
        assertThat(send("HEAD", "/ogc/collections/zones/items").statusCode()).isEqualTo(200);
        assertThat(send("OPTIONS", "/ogc/collections").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An OGC exception document, with the status and code, that names what is wrong and shows no stack. */
    private static void assertError(Http.Response response, int status, String code, String mentioned) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode error = response.json();
        assertThat(error.path("code").asString()).isEqualTo(code);
        assertThat(error.path("description").asString()).contains(mentioned);
        assertThat(response.text()).doesNotContain("Exception", "\tat ", "vn.kcnatlas");
    }

    // ---- changes

    @Test
    void anImportShowsAtOnceInTheExtentAndTheFeature() {
        double east = bbox(json("/ogc/collections/zones"))[2];
        Http.Response before = http().get("/ogc/collections/zones/items/kcn-tan-kieu");
        assertThat(east).as("Tân Kiều is the easternmost zone").isEqualTo(105.822247);

        moveTanKieu(0.004);
        try {
            assertThat(bbox(json("/ogc/collections/zones"))[2]).isCloseTo(105.826247, org.assertj.core.data.Offset
                    .offset(1e-9));
            Http.Response after = http().get("/ogc/collections/zones/items/kcn-tan-kieu",
                    Map.of("If-None-Match", before.etag()));
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.etag()).isNotEqualTo(before.etag());
        } finally {
            moveTanKieu(0);
        }
        assertThat(bbox(json("/ogc/collections/zones"))[2]).isEqualTo(east);
    }

    private void moveTanKieu(double degreesEast) {
        double[][] ring = {{105.822247, 10.510681}, {105.816215, 10.521721}, {105.81311, 10.522694},
            {105.809182, 10.520592}, {105.808364, 10.518333}, {105.81474, 10.506664}, {105.822247, 10.510681}};
        StringBuilder coordinates = new StringBuilder();
        for (double[] c : ring) {
            coordinates.append(coordinates.isEmpty() ? "" : ",").append('[').append(c[0] + degreesEast).append(',')
                    .append(c[1]).append(']');
        }
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"kcn-tan-kieu\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + coordinates + "]]},\"properties\":{"
                + "\"name\":\"Tân Kiều\",\"kind\":\"KCN\",\"province\":\"Đồng Tháp\",\"district\":\"H. Tháp Mười\","
                + "\"lifecycle\":\"under_construction\",\"clearanceStatus\":\"in_progress\","
                + "\"investmentStatus\":\"seeking_tenants\",\"boundaryQuality\":\"digitized\",\"areaHa\":148.71}}]}";
        ImportReport report = importer.importGeoJson("zones",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "moved.geojson",
                new ImportOptions(false, false, null, "planner", false), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    // ---- helpers

    /** The href of the first link with a relation and type, or null. */
    private static String link(JsonNode document, String rel, String type) {
        for (JsonNode link : document.path("links")) {
            if (link.path("rel").asString().equals(rel) && link.path("type").asString().equals(type)) {
                return link.path("href").asString();
            }
        }
        return null;
    }

    private String path(String href) {
        assertThat(href).startsWith(base());
        return href.substring(base().length());
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.path("features").forEach(f -> ids.add(f.path("id").asString()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String someFeatureId(String collection) {
        return switch (collection) {
            case "zones" -> "kcn-song-hau";
            case "lots" -> "kcn-song-hau~L01";
            case "markers" -> "kcn-song-hau~1";
            default -> "dong-thap.huyen-cao-lanh";
        };
    }
}
