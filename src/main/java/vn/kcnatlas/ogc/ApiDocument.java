package vn.kcnatlas.ogc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.stereotype.Component;

import vn.kcnatlas.ogc.FeatureSource.Queryable;

/**
 * The OpenAPI 3.0 definition of this API, built from swagger-core's models and self-contained: every
 * {@code $ref} points inside the document. Each collection has paths of its own, as pygeoapi and
 * GeoServer describe theirs, so that its queryable properties appear as parameters of its items: GDAL and
 * QGIS look for them there to send attribute filters to the server. springdoc's {@code /v3/api-docs}
 * describes the other API, {@code /api}, and leaves this one out.
 */
@Component
class ApiDocument {

    static final List<Format> FORMATS = List.of(Format.OPENAPI, Format.JSON);

    private static final String CAPABILITIES = "Capabilities";
    private static final String DATA = "Data";
    private static final String SCHEMAS = "#/components/schemas/";

    private final FeatureSources sources;

    ApiDocument(FeatureSources sources) {
        this.sources = sources;
    }

    /** The document as JSON, written by swagger-core's own mapper, which knows its models. */
    byte[] json(Links links) {
        try {
            return Json.mapper().writeValueAsBytes(model(links));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The API definition cannot be written", e);
        }
    }

    OpenAPI model(Links links) {
        Paths paths = new Paths()
                .addPathItem("/", get(CAPABILITIES, "getLandingPage", "The landing page", List.of(parameter("f")),
                        "LandingPage"))
                .addPathItem("/conformance", get(CAPABILITIES, "getConformanceDeclaration",
                        "The conformance classes this API implements", List.of(parameter("f")), "Conformance"))
                .addPathItem("/api", get(CAPABILITIES, "getApiDefinition", "This API definition",
                        List.of(parameter("f-api")), "ApiDefinition"))
                .addPathItem("/collections", get(CAPABILITIES, "getCollections", "The collections of features",
                        List.of(parameter("f")), "Collections"));
        for (FeatureSource source : sources.all()) {
            String id = source.layer().id();
            String name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
            String title = source.layer().title().en();
            paths.addPathItem("/collections/" + id, get(CAPABILITIES, "describe" + name + "Collection",
                    "The collection of " + title.toLowerCase(Locale.ROOT), List.of(parameter("f")), "Collection"));
            paths.addPathItem("/collections/" + id + "/schema", get(CAPABILITIES, "get" + name + "Schema",
                    "The JSON Schema of the " + title.toLowerCase(Locale.ROOT), List.of(parameter("f-schema")),
                    "Schema"));
            PathItem items = get(DATA, "get" + name + "Features", "The " + title.toLowerCase(Locale.ROOT)
                    + ", a page at a time", itemsParameters(source), "Features");
            items.getGet().description(source.description());
            paths.addPathItem("/collections/" + id + "/items", items);
            PathItem item = get(DATA, "get" + name + "Feature", "One of the " + title.toLowerCase(Locale.ROOT),
                    List.of(parameter("featureId"), parameter("f-features")), "Feature");
            item.getGet().getResponses().addApiResponse("404", response("NotFound"));
            paths.addPathItem("/collections/" + id + "/items/{featureId}", item);
        }
        return new OpenAPI()
                .openapi("3.0.3")
                .info(new Info().title("KCN Atlas: OGC API Features").version("1.0.0")
                        .description("Vietnam's industrial zones and clusters (khu, cụm công nghiệp), their lots,"
                                + " districts and surveyed boundary markers, as OGC API Features Part 1: Core. Geometries are in CRS84 (longitude,"
                                + " latitude on WGS 84)."))
                .servers(List.of(new Server().url(links.root())))
                .tags(List.of(new Tag().name(CAPABILITIES).description("What the service offers"),
                        new Tag().name(DATA).description("The features")))
                .paths(paths)
                .components(components());
    }

    /** A GET operation; every one may answer 400, 406 and 500 besides its success. */
    private static PathItem get(String tag, String operationId, String summary, List<Parameter> parameters,
            String success) {
        return new PathItem().get(new Operation().tags(List.of(tag)).operationId(operationId).summary(summary)
                .parameters(parameters)
                .responses(new ApiResponses()
                        .addApiResponse("200", response(success))
                        .addApiResponse("400", response("InvalidParameter"))
                        .addApiResponse("406", response("NotAcceptable"))
                        .addApiResponse("500", response("ServerError"))));
    }

    private static List<Parameter> itemsParameters(FeatureSource source) {
        boolean dated = source.layer().dated();
        List<Parameter> parameters = new ArrayList<>(List.of(parameter("bbox"), parameter("bbox-crs"),
                parameter(dated ? "datetime-day" : "datetime")));
        if (dated) {
            parameters.add(parameter(ItemsQuery.AS_OF));
        }
        parameters.addAll(List.of(parameter("limit"), parameter("offset"), parameter("f-features")));
        for (Queryable queryable : source.queryables()) {
            StringSchema schema = new StringSchema();
            if (!queryable.values().isEmpty()) {
                schema._enum(queryable.values());
            }
            parameters.add(new Parameter().in("query").name(queryable.name()).required(false).schema(schema)
                    .style(Parameter.StyleEnum.FORM).explode(false)
                    .description(queryable.description() + ". Only features whose " + queryable.name()
                            + " equals this value."));
        }
        return parameters;
    }

    private static Parameter parameter(String name) {
        return new Parameter().$ref("#/components/parameters/" + name);
    }

    private static ApiResponse response(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static Schema<?> ref(String schema) {
        return new Schema<>().$ref(SCHEMAS + schema);
    }

    private static Components components() {
        return new Components()
                .addParameters("f", format("The format of the answer; the Accept header chooses when absent",
                        Format.JSON))
                .addParameters("f-api", format("The format of the API definition", Format.OPENAPI, Format.JSON))
                .addParameters("f-schema", format("The format of the schema", Format.SCHEMA, Format.JSON))
                .addParameters("f-features", format("The format of the features: GeoJSON, typed"
                        + " application/geo+json (geojson) or application/json (json)", Format.GEOJSON, Format.JSON))
                .addParameters("bbox", new Parameter().in("query").name("bbox").required(false)
                        .style(Parameter.StyleEnum.FORM).explode(false)
                        .description("Only features whose geometry meets this box: west,south,east,north in CRS84"
                                + " (six numbers with heights are accepted and the heights ignored). A box reaching"
                                + " past the world's edges is clipped to them; a west greater than the east is a box across the"
                                + " antimeridian.")
                        .schema(new ArraySchema().items(new NumberSchema()).minItems(4).maxItems(6)))
                .addParameters("bbox-crs", new Parameter().in("query").name("bbox-crs").required(false)
                        .description("The CRS of bbox; only CRS84 is supported")
                        .schema(new StringSchema().format("uri")._enum(List.of(ItemsQuery.CRS84))
                                ._default(ItemsQuery.CRS84)))
                .addParameters("datetime", new Parameter().in("query").name("datetime").required(false)
                        .style(Parameter.StyleEnum.FORM).explode(false)
                        .description("An RFC 3339 date-time or date, or an interval of them (start/end, '..' for an"
                                + " open end). Lots, districts and markers have no temporal extent, so a valid value"
                                + " matches every feature.")
                        .schema(new StringSchema()))
                .addParameters("datetime-day", new Parameter().in("query").name("datetime").required(false)
                        .style(Parameter.StyleEnum.FORM).explode(false)
                        .description("An instant: an RFC 3339 date such as 2024-05-01 or date-time such as"
                                + " 2024-05-01T08:00:00Z. The features are answered as they stood at the end of the"
                                + " day it falls on in Việt Nam (Asia/Ho_Chi_Minh): boundaries and attributes from"
                                + " the zone history, occupancy from the reports dated on or before that day. An"
                                + " interval, or a day after today, is refused.")
                        .schema(new StringSchema()))
                .addParameters(ItemsQuery.AS_OF, new Parameter().in("query").name(ItemsQuery.AS_OF).required(false)
                        .style(Parameter.StyleEnum.FORM).explode(false)
                        .description("Another name for datetime given as a date, YYYY-MM-DD, as /api/zones takes it;"
                                + " not with datetime.")
                        .schema(new StringSchema().format("date")))
                .addParameters("limit", new Parameter().in("query").name("limit").required(false)
                        .style(Parameter.StyleEnum.FORM).explode(false)
                        .description("How many features a page holds at most. A value over the maximum is taken as"
                                + " the maximum.")
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(ItemsQuery.MAX_LIMIT))._default(ItemsQuery.DEFAULT_LIMIT)))
                .addParameters("offset", new Parameter().in("query").name("offset").required(false)
                        .style(Parameter.StyleEnum.FORM).explode(false)
                        .description("How many matching features to skip; the next and prev links carry it")
                        .schema(new IntegerSchema().minimum(BigDecimal.ZERO)._default(0)))
                .addParameters("featureId", new Parameter().in("path").name("featureId").required(true)
                        .description("The id of a feature; a lot's is zone~code, e.g. kcn-song-hau~L01")
                        .schema(new StringSchema()))
                .addResponses("LandingPage", ok("The landing page", "landingPage", Format.JSON))
                .addResponses("Conformance", ok("The conformance classes", "confClasses", Format.JSON))
                .addResponses("ApiDefinition", ok("This document", "apiDefinition", Format.OPENAPI, Format.JSON))
                .addResponses("Collections", ok("The collections", "collections", Format.JSON))
                .addResponses("Collection", ok("The collection", "collection", Format.JSON))
                .addResponses("Schema", ok("The JSON Schema of the collection's features", "jsonSchema",
                        Format.SCHEMA, Format.JSON))
                .addResponses("Features", ok("A page of the features that match", "featureCollectionGeoJSON",
                        Format.GEOJSON, Format.JSON))
                .addResponses("Feature", ok("The feature", "featureGeoJSON", Format.GEOJSON, Format.JSON))
                .addResponses("InvalidParameter", error("A parameter is unknown, given twice or has a value that"
                        + " cannot be used"))
                .addResponses("NotFound", error("There is no such feature"))
                .addResponses("NotAcceptable", error("The format asked for, by f or Accept, is not offered"))
                .addResponses("ServerError", error("The server failed; the description names the logged incident"))
                .addSchemas("link", object(List.of("href", "rel"))
                        .addProperty("href", new StringSchema().format("uri"))
                        .addProperty("rel", new StringSchema())
                        .addProperty("type", new StringSchema())
                        .addProperty("title", new StringSchema()))
                .addSchemas("landingPage", object(List.of("links"))
                        .addProperty("title", new StringSchema())
                        .addProperty("description", new StringSchema())
                        .addProperty("links", links()))
                .addSchemas("confClasses", object(List.of("conformsTo"))
                        .addProperty("conformsTo", new ArraySchema().items(new StringSchema())))
                .addSchemas("apiDefinition", new ObjectSchema().description("An OpenAPI 3.0 document"))
                .addSchemas("jsonSchema", new ObjectSchema().description("A JSON Schema (2020-12) of a GeoJSON"
                        + " Feature"))
                .addSchemas("extent", new ObjectSchema()
                        .addProperty("spatial", new ObjectSchema()
                                .addProperty("bbox", new ArraySchema().minItems(1)
                                        .items(new ArraySchema().minItems(4).maxItems(6).items(new NumberSchema())))
                                .addProperty("crs", new StringSchema()._enum(List.of(ItemsQuery.CRS84)))))
                .addSchemas("collection", object(List.of("id", "links"))
                        .addProperty("id", new StringSchema())
                        .addProperty("title", new StringSchema())
                        .addProperty("description", new StringSchema())
                        .addProperty("links", links())
                        .addProperty("extent", ref("extent"))
                        .addProperty("itemType", new StringSchema()._default("feature"))
                        .addProperty("crs", new ArraySchema().items(new StringSchema())))
                .addSchemas("collections", object(List.of("links", "collections"))
                        .addProperty("links", links())
                        .addProperty("collections", new ArraySchema().items(ref("collection"))))
                .addSchemas("exception", object(List.of("code"))
                        .addProperty("code", new StringSchema())
                        .addProperty("description", new StringSchema()))
                .addSchemas("geometryGeoJSON", object(List.of("type")).nullable(true)
                        .description("A GeoJSON geometry, or null for a feature that has none yet")
                        .addProperty("type", new StringSchema()._enum(List.of("Point", "MultiPoint", "LineString",
                                "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection")))
                        .addProperty("coordinates", new ArraySchema().items(new Schema<>()))
                        .addProperty("geometries", new ArraySchema().items(ref("geometryGeoJSON"))))
                .addSchemas("featureGeoJSON", object(List.of("type", "geometry", "properties"))
                        .addProperty("type", new StringSchema()._enum(List.of("Feature")))
                        .addProperty("id", new StringSchema())
                        .addProperty("geometry", ref("geometryGeoJSON"))
                        .addProperty("properties", new ObjectSchema().nullable(true))
                        .addProperty("links", links()))
                .addSchemas("featureCollectionGeoJSON", object(List.of("type", "features"))
                        .addProperty("type", new StringSchema()._enum(List.of("FeatureCollection")))
                        .addProperty("timeStamp", new StringSchema().format("date-time"))
                        .addProperty("numberMatched", new IntegerSchema().minimum(BigDecimal.ZERO))
                        .addProperty("numberReturned", new IntegerSchema().minimum(BigDecimal.ZERO))
                        .addProperty("links", links())
                        .addProperty("features", new ArraySchema().items(ref("featureGeoJSON"))));
    }

    private static Parameter format(String description, Format... formats) {
        return new Parameter().in("query").name("f").required(false).description(description)
                .style(Parameter.StyleEnum.FORM).explode(false)
                .schema(new StringSchema()._enum(Arrays.stream(formats).map(Format::parameterValue).toList()));
    }

    private static ApiResponse ok(String description, String schema, Format... formats) {
        Content content = new Content();
        for (Format format : formats) {
            content.addMediaType(format.mediaType().toString(), new MediaType().schema(ref(schema)));
        }
        return new ApiResponse().description(description).content(content);
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType(Format.JSON.mediaType().toString(), new MediaType().schema(ref("exception"))));
    }

    private static Schema<?> object(List<String> required) {
        return new ObjectSchema().required(required);
    }

    private static ArraySchema links() {
        return new ArraySchema().items(ref("link"));
    }
}
