package vn.kcnatlas.map.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import vn.kcnatlas.map.MapLayer;

/**
 * TileAddress reads tile paths by hand; these properties check it against the regular expressions it
 * replaced, over paths made of the pieces that matter (slashes, digits, signs, @2x, extensions, layer
 * names in any case, non-ASCII digits), so any path reads as it did.
 */
class TileAddressTest {

    private static final int EXAMPLES = 20_000;
    private static final Pattern PATH = Pattern.compile("/tiles/([^/]+)/([^/]+)/([^/]+)/([^/]+)");
    private static final Pattern NAME = Pattern.compile("(\\d+)(@2x)?\\.(png|mvt)");
    private static final List<String> PIECES = List.of("/", "/", "/tiles/", "tiles", "zones", "ZoneS", "lots", "x",
            "0", "1", "7", "12", "3251", "1927", "99999999999", "-", "+", "@2x", "@2", ".png", ".mvt", ".PNG", ".",
            "png", "mvt", "\u0663", " ", "%20", "é", "\n");

    /** What the regular expressions made of a path: null if it is no tile path, else the reading's parts. */
    private record Expected(MapLayer layer, String name, String z, String x, String y, boolean hiDpi, boolean vector) {

        static Expected of(String path) {
            Matcher segments = PATH.matcher(path);
            if (!segments.matches()) {
                return null;
            }
            Matcher name = NAME.matcher(segments.group(4));
            return new Expected(MapLayer.byId(segments.group(1)).orElse(null), name.matches() ? segments.group(4) : null,
                    segments.group(2), segments.group(3), name.matches() ? name.group(1) : null,
                    name.matches() && name.group(2) != null, name.matches() && name.group(3).equals("mvt"));
        }
    }

    private static Gen<String> paths() {
        Gen<String> pieces = lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 12).map(p -> String.join("", p));
        Gen<String> tileLike = lists().of(arbitrary().pick(PIECES)).ofSizeBetween(4, 8)
                .map(p -> "/tiles/" + String.join("", p));
        Gen<String> rows = integers().between(-1, 70_000).map(y -> Integer.toString(y))
                .mix(arbitrary().pick("", "+1", "\u0663", "007", "1a", "2147483648"), 20);
        Gen<String> wellFormed = arbitrary().pick("zones", "lots", "districts", "markers", "Zones", "roads")
                .zip(integers().between(-2, 25), integers().between(-1, 70_000), rows,
                        arbitrary().pick(".png", "@2x.png", ".mvt", "@2x.mvt", ".jpg", ""),
                        (layer, z, x, y, ext) -> "/tiles/" + layer + "/" + z + "/" + x + "/" + y + ext);
        return pieces.mix(tileLike, 50).mix(wellFormed, 50);
    }

    private static TileId tileOrNull(Expected expected) {
        try {
            return new TileId(Integer.parseInt(expected.z()), Integer.parseInt(expected.x()),
                    Integer.parseInt(expected.y()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void aPathLooksLikeATileExactlyWhenTheExpressionMatchesIt() {
        qt().withExamples(EXAMPLES).forAll(paths()).checkAssert(path ->
                assertThat(TileAddress.looksLikeTile(path)).as(path).isEqualTo(PATH.matcher(path).matches()));
    }

    @Test
    void aTilePathReadsAsTheExpressionsReadIt() {
        qt().withExamples(EXAMPLES).forAll(paths()).checkAssert(path -> {
            Expected expected = Expected.of(path);
            if (expected == null) {
                return;
            }
            TileAddress.Reading reading = TileAddress.read(path, null, null);
            if (expected.layer() == null) {
                assertThat(reading.refusal().status()).as(path).isEqualTo(404);
            } else if (expected.name() == null) {
                assertThat(reading.refusal()).as(path).isEqualTo(new TileAddress.Refusal(400, "y",
                        "a tile is named {y}.png, {y}@2x.png or {y}.mvt, not '" + path.substring(path.lastIndexOf('/') + 1)
                                + "'"));
            } else {
                TileId tile = tileOrNull(expected);
                if (tile == null) {
                    assertThat(reading.address()).as(path).isNull();
                    assertThat(reading.refusal().status()).as(path).isEqualTo(400);
                } else if (expected.vector() && expected.hiDpi()) {
                    assertThat(reading.refusal()).as(path).isEqualTo(new TileAddress.Refusal(400, "y",
                            "vector tiles have no @2x size and no style: clients style them"));
                } else {
                    assertThat(reading.address()).as(path).isEqualTo(new TileAddress(expected.layer(), tile,
                            expected.vector(), expected.hiDpi() ? 2 : 1, null, null));
                }
            }
        });
    }
}
