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
import vn.kcnatlas.geo.Wgs84;

class ZonePlacementTest {

    private static final NamedArea PROVINCE = new NamedArea("dong-thap", "Đồng Tháp", box(105.5, 10.5, 105.75, 10.75));
    private static final NamedArea NEIGHBOUR = new NamedArea("kcn-tan-kieu", "Tân Kiều",
            box(105.6, 10.6, 105.61, 10.61));

    @Test
    void zoneInsideItsProvinceWithNoNeighbourIsAccepted() {
        assertThat(problems(box(105.6, 10.6, 105.61, 10.61), AreasNear.NONE)).isEmpty();
    }

    @Test
    void provinceWithoutBoundaryOrNoProvinceIsNotChecked() {
        MultiPolygon far = box(106.6, 10.6, 106.61, 10.61);
        assertThat(new ZonePlacement(null, AreasNear.NONE).problems(far)).isEmpty();
        assertThat(new ZonePlacement(new NamedArea("dong-thap", "Đồng Tháp", null), AreasNear.NONE).problems(far))
                .isEmpty();
    }

    @Test
    void zoneReachingLessThan50MetresPastTheProvinceIsAccepted() {
        assertThat(problems(box(105.6, 10.74, 105.61, 10.75 + north(40)), AreasNear.NONE)).isEmpty();
    }

    @Test
    void zoneWithLessThanOnePercentOutsideIsAcceptedHoweverFarOut() {
        // A 10 m wide, 300 m long spike north of the province: far past 50 m, but a fraction of a percent.
        MultiPolygon spiked = Wgs84.toMultiPolygon(Boxes.polygon(105.6, 10.70, 105.62, 10.70, 105.62, 10.75,
                105.6001, 10.75, 105.6001, 10.75 + north(300), 105.6, 10.75 + north(300), 105.6, 10.70));
        assertThat(problems(spiked, AreasNear.NONE)).isEmpty();
    }

    @Test
    void zoneHalfOutsideItsProvinceIsRefusedAtItsFirstVertexOutside() {
        MultiPolygon half = box(105.74, 10.6, 105.76, 10.61);
        double outside = hectares(105.75, 10.6, 105.76, 10.61);
        assertThat(problems(half, AreasNear.NONE)).containsExactly(new GeometryProblem(ProblemCode.OUTSIDE_PROVINCE,
                "the boundary reaches outside province 'dong-thap' (Đồng Tháp): " + Hectares.format(outside)
                        + " lies outside (50.0 % of it), e.g. at [105.76, 10.61]; up to 50 m past the edge or 1 % of"
                        + " the area is tolerated", "/coordinates/0/0/2", new LonLat(105.76, 10.61)));
    }

    @Test
    void zoneOutsideWithNoVertexOutsideGetsAPointInTheOutsidePart() {
        // The province has a notch; the zone's edge crosses it with all the zone's vertices inside.
        NamedArea notched = new NamedArea("dong-thap", "Đồng Tháp", Wgs84.toMultiPolygon(Boxes.polygon(105.5, 10.5,
                105.75, 10.5, 105.75, 10.75, 105.65, 10.75, 105.65, 10.62, 105.64, 10.62, 105.64, 10.75, 105.5, 10.75,
                105.5, 10.5)));
        List<GeometryProblem> problems = new ZonePlacement(notched, AreasNear.NONE)
                .problems(box(105.6, 10.6, 105.7, 10.7));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.OUTSIDE_PROVINCE);
            assertThat(p.pointer()).isNull();
            assertThat(notched.boundary().contains(Wgs84.FACTORY.createPoint(
                    new org.locationtech.jts.geom.Coordinate(p.at().lon(), p.at().lat())))).isFalse();
            assertThat(box(105.64, 10.62, 105.65, 10.7).covers(Wgs84.FACTORY.createPoint(
                    new org.locationtech.jts.geom.Coordinate(p.at().lon(), p.at().lat())))).isTrue();
        });
    }

    @Test
    void zoneOverlappingAnotherBeyondTheToleranceIsRefusedNamingIt() {
        MultiPolygon overlapping = box(105.605, 10.605, 105.615, 10.615);
        double overlap = hectares(105.605, 10.605, 105.61, 10.61);
        assertThat(problems(overlapping, AreasNear.of(List.of(NEIGHBOUR)))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.OVERLAPS_ZONE);
            assertThat(p.message()).isEqualTo("the boundary overlaps zone 'kcn-tan-kieu' (Tân Kiều) by "
                    + Hectares.format(overlap) + " around " + p.at() + "; up to 0.10 ha or 1 % of the smaller area is"
                    + " tolerated");
            assertThat(p.pointer()).isNull();
            assertThat(p.at().lon()).isBetween(105.605, 105.61);
            assertThat(p.at().lat()).isBetween(10.605, 10.61);
        });
    }

    @Test
    void slightOverlapAlongASharedEdgeIsTolerated() {
        // 2 m into a 1.1 km wide neighbour: 0.2 ha, 1 % of the neighbour's 121 ha is 1.2 ha.
        MultiPolygon neighbourly = box(105.61 - north(2), 10.6, 105.62, 10.61);
        assertThat(problems(neighbourly, AreasNear.of(List.of(NEIGHBOUR)))).isEmpty();
    }

    @Test
    void zonesSharingAnEdgeAreAccepted() {
        assertThat(problems(box(105.61, 10.6, 105.62, 10.61), AreasNear.of(List.of(NEIGHBOUR)))).isEmpty();
    }

    @Test
    void everyNeighbourOverlappedIsNamed() {
        NamedArea other = new NamedArea("ccn-thuong-phuoc", "Thường Phước", box(105.62, 10.6, 105.63, 10.61));
        assertThat(problems(box(105.605, 10.6, 105.625, 10.61), AreasNear.of(List.of(NEIGHBOUR, other))))
                .extracting(GeometryProblem::message)
                .satisfiesExactly(m -> assertThat(m).contains("'kcn-tan-kieu' (Tân Kiều)"),
                        m -> assertThat(m).contains("'ccn-thuong-phuoc' (Thường Phước)"));
    }

    @Test
    void neighboursTheCallerReturnsFarAwayOrWithoutBoundaryAreIgnored() {
        NamedArea far = new NamedArea("kcn-xa", "Xa", box(106, 10, 106.1, 10.1));
        NamedArea planned = new NamedArea("kcn-moi", "Mới", null);
        assertThat(problems(box(105.6, 10.6, 105.61, 10.61), box -> List.of(far, planned))).isEmpty();
    }

    @Test
    void provinceAndOverlapProblemsAreBothReported() {
        NamedArea border = new NamedArea("kcn-bien", "Biên", box(105.74, 10.6, 105.77, 10.61));
        assertThat(problems(box(105.74, 10.6, 105.76, 10.61), AreasNear.of(List.of(border))))
                .extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.OUTSIDE_PROVINCE, ProblemCode.OVERLAPS_ZONE);
    }

    private static List<GeometryProblem> problems(MultiPolygon zone, AreasNear others) {
        return new ZonePlacement(PROVINCE, others).problems(zone);
    }
}
