package vn.kcnatlas.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links to the resources of OGC API Features, on the host and scheme the client used (behind a
 * proxy too, as the forwarded headers tell).
 */
final class Links {

    private final String root;

    private Links(String root) {
        this.root = root;
    }

    /** The links of the current request. */
    static Links ofCurrentRequest() {
        return new Links(ServletUriComponentsBuilder.fromCurrentContextPath().path(OgcController.ROOT).toUriString());
    }

    /** The landing page's URL, to which every other path is relative. */
    String root() {
        return root;
    }

    String url(String path) {
        return root + path;
    }

    /**
     * A URL with query parameters. The values go in as template variables, which encodes every reserved
     * character: a '+' in a time zone offset must not come back as a space.
     */
    String url(String path, Map<String, String> query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(root + path);
        List<String> values = new ArrayList<>();
        query.forEach((name, value) -> {
            builder.queryParam(name, "{v" + values.size() + "}");
            values.add(value);
        });
        return builder.encode().buildAndExpand(values.toArray()).toUriString();
    }

    Link link(String path, String rel, Format format, String title) {
        return new Link(url(path), rel, format.mediaType().toString(), title);
    }

    /**
     * The self link, in the format served, and an alternate link for every other format offered: what
     * a resource offered in several formats must carry.
     */
    List<Link> selfAndAlternates(String path, Map<String, String> query, Format served, List<Format> offered) {
        List<Link> links = new ArrayList<>();
        links.add(withFormat(path, query, "self", served, offered, "This document"));
        offered.stream().filter(format -> format != served).forEach(format -> links.add(
                withFormat(path, query, "alternate", format, offered, "This document as " + format.mediaType())));
        return links;
    }

    /**
     * A link to a resource in one of the formats it offers. Only a format other than the resource's
     * default is asked for with {@code f}: GDAL makes an item's URL by appending "/" and the id to the
     * items link, so that link must have no query.
     */
    Link withFormat(String path, Map<String, String> query, String rel, Format format, List<Format> offered,
            String title) {
        Map<String, String> withF = new LinkedHashMap<>(query);
        if (format != offered.getFirst()) {
            withF.put("f", format.parameterValue());
        }
        return new Link(url(path, withF), rel, format.mediaType().toString(), title);
    }
}
