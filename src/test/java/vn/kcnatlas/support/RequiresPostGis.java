package vn.kcnatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks tests that need a real PostGIS; see {@link PostGisEnvironment} for how one is found. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgis")
@ExtendWith(PostGisCondition.class)
public @interface RequiresPostGis {
}
