package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.SharedGeodata;

/**
 * Today's units in the web map: hidden until imported, then a filter, and the zone panel naming both the
 * former district and the current commune and province. The import changes what the other web map tests
 * see, so the application is closed after this class.
 */
@DirtiesContext
class WebMapCurrentUnitsTest extends WebMapInBrowser {

    @Autowired
    Importer importer;

    @Test
    void thePanelAndTheFiltersShowTheFormerAndTheCurrentUnitsOnceImported() {
        page.open("?zone=kcn-tan-kieu");
        page.waitForPanel("Tân Kiều");
        assertThat(page.text("#zone-panel .panel__place")).isEqualTo("H. Tháp Mười, Đồng Tháp");
        assertThat(page.find("#filters select[name=commune2025]").isDisplayed()).as("nothing imported").isFalse();

        assertThat(importer.importFile("communes", SharedGeodata.file("communes-2025-dongthap-angiang.geojson"),
                new ImportOptions(false, false, null, "test", false), ImportProgress.NONE).ok()).isTrue();

        page.open("?zone=kcn-tan-kieu");
        page.waitForPanel("Tân Kiều");
        assertThat(page.text("#zone-panel .panel__place")).isEqualTo("H. Tháp Mười (cũ) · Xã Mỹ Quí, Đồng Tháp (mới)");
        page.choose("province2025", "82").choose("commune2025", "30055").waitForCount(1);
        assertThat(page.resultNames()).singleElement().asString().endsWith("Tân Kiều");
        assertThat(page.query()).contains("province2025=82", "commune2025=30055");
        page.screenshot("current-units-panel-and-filters");

        page.open("?lang=en&zone=ccn-thuong-phuoc");
        page.waitForPanel("Thường Phước");
        assertThat(page.text("#zone-panel .panel__place")).as("English spells the units out")
                .isEqualTo("Hồng Ngự District (former) · Thường Phước Commune, Đồng Tháp (current)");
    }
}
