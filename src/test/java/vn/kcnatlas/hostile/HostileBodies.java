package vn.kcnatlas.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The bodies of the hostile corpus: its escaped text, or what a generator named in it makes. */
final class HostileBodies {

    private HostileBodies() {
    }

    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    /** @param spec {@code -}, {@code @generator:argument} or escaped text ({@link HostileCase#body()}) */
    static byte[] of(String spec) {
        return spec.equals("-") ? null : MADE.computeIfAbsent(spec, HostileBodies::make);
    }

    private static byte[] make(String spec) {
        if (!spec.startsWith("@")) {
            return unescape(spec).getBytes(StandardCharsets.UTF_8);
        }
        int colon = spec.indexOf(':');
        String generator = colon < 0 ? spec.substring(1) : spec.substring(1, colon);
        String argument = colon < 0 ? "" : spec.substring(colon + 1);
        return switch (generator) {
            case "nested-arrays" -> utf8(feature("{\"type\":\"Polygon\",\"coordinates\":"
                    + "[".repeat(count(argument)) + "]".repeat(count(argument)) + "}", "\"name\":\"Sâu\""));
            case "nested-objects" -> utf8(feature(null, "\"name\":" + "{\"a\":".repeat(count(argument)) + "1"
                    + "}".repeat(count(argument))));
            case "vertices" -> utf8(feature(ring(count(argument)), "\"name\":\"Nhiều Đỉnh\""));
            case "long-name" -> utf8(feature(null, "\"name\":\"" + "Đ".repeat(count(argument)) + "\""));
            case "long-key" -> utf8(feature(null, "\"" + "k".repeat(count(argument)) + "\":1"));
            case "many-members" -> utf8(feature(null, members(count(argument))));
            case "bytes" -> HexFormat.ofDelimiter(" ").parseHex(argument);
            case "utf8-then-bytes" -> concat(utf8(argument.substring(0, argument.indexOf('|'))),
                    HexFormat.ofDelimiter(" ").parseHex(argument.substring(argument.indexOf('|') + 1)));
            case "zeros" -> new byte[count(argument)];
            case "gzip-bomb" -> gzip(count(argument));
            case "zip-bomb" -> zip(count(argument));
            case "truncated-gpkg" -> concat(utf8("SQLite format 3\0"), new byte[count(argument)]);
            case "marker-rows" -> utf8(markerRows(count(argument)));
            default -> throw new IllegalArgumentException("no body generator '" + generator + "'");
        };
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"id\":\"kcn-thu-doc\",\"geometry\":" + geometry + ",\"properties\":{"
                + properties + "},\"comment\":\"hostile\"}";
    }

    /** A closed ring of {@code n} positions around a point of Đồng Tháp. */
    private static String ring(int n) {
        StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i % (n - 1)) / (n - 1);
            ring.append(i == 0 ? "" : ",").append('[').append(micro(105.6 + 0.01 * Math.cos(angle))).append(',')
                    .append(micro(10.6 + 0.01 * Math.sin(angle))).append(']');
        }
        return ring.append("]]}").toString();
    }

    /** A coordinate to six decimals, about 10 cm. */
    private static double micro(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String members(int n) {
        StringBuilder members = new StringBuilder("\"name\":\"Nhiều Thuộc Tính\"");
        for (int i = 0; i < n; i++) {
            members.append(",\"m").append(i).append("\":").append(i);
        }
        return members.toString();
    }

    /** A marker file of {@code n} rows in EPSG:5897, inside Vietnam. */
    private static String markerRows(int n) {
        StringBuilder csv = new StringBuilder("marker,x,y\n");
        for (int i = 0; i < n; i++) {
            csv.append("M").append(i).append(',').append(1_160_000 + i).append(',').append(560_000 + i % 7).append('\n');
        }
        return csv.toString();
    }

    private static byte[] gzip(int zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(new byte[zeros]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(int zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zones.geojson"));
            zip.write(new byte[zeros]);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int count(String argument) {
        return Integer.parseInt(argument.replace("_", ""));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
