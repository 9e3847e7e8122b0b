package vn.kcnatlas.map.render;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The budget of {@link RenderBudget}.
 *
 * @param maxPixels the pixels that may be drawn at once; 0 to derive it from the heap (a quarter of it)
 * @param maxWait how long a map waits for room in the budget before it is refused as busy
 */
@ConfigurationProperties("kcn.render")
public record RenderBudgetProperties(@DefaultValue("0") long maxPixels, @DefaultValue("20s") Duration maxWait) {
}
