package vn.kcnatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real HTTP port and an emptied PostGIS, as docker-compose runs it, with a
 * first admin ({@link Accounts}). Every such test shares one application, and so one database: a test
 * that leaves data behind closes it after itself ({@code @DirtiesContext}), so the next one starts afresh.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RequiresPostGis
@ActiveProfiles("postgis")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
@Import(PostGisStore.class)
public @interface PostGisApplicationTest {
}
