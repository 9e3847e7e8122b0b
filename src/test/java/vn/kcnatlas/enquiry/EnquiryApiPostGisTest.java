package vn.kcnatlas.enquiry;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/** Investors' enquiries on PostGIS; the enquiries and accounts it makes stay, so its application is closed after it. */
@PostGisApplicationTest
@DirtiesContext
class EnquiryApiPostGisTest extends EnquiryApiContract {
}
