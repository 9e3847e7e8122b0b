package vn.kcnatlas.contact;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/** Contacts and rent terms on PostGIS; the zones it writes stay, so its application is closed after it. */
@PostGisApplicationTest
@DirtiesContext
class ContactsApiPostGisTest extends ContactsApiContract {
}
