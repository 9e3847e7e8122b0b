package vn.kcnatlas.geo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.geo.check.Boxes.box;
import static vn.kcnatlas.geo.check.Boxes.hectares;
import static vn.kcnatlas.geo.check.Boxes.north;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.ProblemCode;

class LotPlacementTest {

    private static final NamedArea ZONE = new NamedArea("kcn-tan-kieu", "Tân Kiều", box(105.8, 10.5, 105.82, 10.52));
    private static final NamedArea A1 = new NamedArea("A1", null, box(105.81, 10.51, 105.812, 10.512));

    @Test
    void lotInsideItsZoneIsAccepted() {
        assertThat(problems(box(105.805, 10.505, 105.806, 10.506))).isEmpty();
    }

    @Test
    void lotTouchingTheZoneEdgeIsAccepted() {
        assertThat(problems(box(105.8, 10.5, 105.801, 10.501))).isEmpty();
    }

    @Test
    void lotStrayingHalfAMetreOverTheEdgeIsAccepted() {
        assertThat(problems(box(105.805, 10.519, 105.806, 10.52 + north(0.5)))).isEmpty();
    }

    @Test
    void lotStrayingFiveMetresOverTheEdgeIsRefusedAtItsVertexOutside() {
        double top = 10.52 + north(5);
        double outside = hectares(105.805, 10.52, 105.806, top);
        double lot = hectares(105.805, 10.519, 105.806, top);
        assertThat(problems(box(105.805, 10.519, 105.806, top))).containsExactly(new GeometryProblem(
                ProblemCode.LOT_OUTSIDE_ZONE, String.format(java.util.Locale.ROOT, "lot lies partly outside zone"
                        + " 'kcn-tan-kieu': %s lies outside (%.1f %% of it), e.g. at %s; up to 1 m past the edge is"
                        + " tolerated", Hectares.format(outside), 100 * outside / lot, new LonLat(105.805, top)),
                "/coordinates/0/0/1", new LonLat(105.805, top)));
    }

    @Test
    void zoneWithoutBoundaryCannotHoldLots() {
        assertThat(new LotPlacement(new NamedArea("kcn-moi", "Mới", null), AreasNear.NONE)
                .problems(box(105.805, 10.505, 105.806, 10.506))).containsExactly(GeometryProblem.of(
                        ProblemCode.ZONE_HAS_NO_BOUNDARY, "zone 'kcn-moi' has no boundary yet, so it cannot hold lots"));
    }

    @Test
    void lotOverlappingAnotherIsRefusedNamingIt() {
        double overlap = hectares(105.811, 10.511, 105.812, 10.512);
        assertThat(problems(box(105.811, 10.511, 105.813, 10.513), A1)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.LOT_OVERLAPS_LOT);
            assertThat(p.message()).isEqualTo("lot overlaps lot 'A1' of zone 'kcn-tan-kieu' by "
                    + Hectares.format(overlap) + " around " + p.at() + "; up to 0.0010 ha (10 m²) is tolerated");
            assertThat(p.at().lon()).isBetween(105.811, 105.812);
        });
    }

    @Test
    void lotsSharingAnEdgeAreAccepted() {
        assertThat(problems(box(105.812, 10.51, 105.814, 10.512), A1)).isEmpty();
    }

    @Test
    void overlapUnderTenSquareMetresIsTolerated() {
        // 0.5 m deep along 11 m of A1's edge: about 5.5 m².
        double halfMetre = north(0.5);
        assertThat(problems(box(105.8119, 10.512 - halfMetre, 105.8121, 10.514), A1)).isEmpty();
    }

    @Test
    void lotBothOutsideAndOverlappingGetsBothProblems() {
        NamedArea edgeLot = new NamedArea("A9", null, box(105.818, 10.518, 105.82, 10.52));
        assertThat(problems(box(105.819, 10.519, 105.821, 10.521), edgeLot)).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.LOT_OUTSIDE_ZONE, ProblemCode.LOT_OVERLAPS_LOT);
    }

    private static List<GeometryProblem> problems(MultiPolygon lot, NamedArea... others) {
        return new LotPlacement(ZONE, AreasNear.of(List.of(others))).problems(lot);
    }
}
