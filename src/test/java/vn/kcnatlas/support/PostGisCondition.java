package vn.kcnatlas.support;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostGIS tests when a PostGIS is reachable; otherwise skips them on a developer's machine, and
 * fails them where they are required (CI, scripts/test), so they can never be skipped silently there.
 */
class PostGisCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = PostGisEnvironment.unavailableReason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostGIS at " + PostGisEnvironment.url());
        }
        if (PostGisEnvironment.required()) {
            throw new ExtensionConfigurationException("PostGIS is required here but " + reason.get());
        }
        return ConditionEvaluationResult.disabled(reason.get());
    }
}
