package vn.kcnatlas.webmap;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips the browser tests where Chromium is missing, unless they are required there (CI, scripts/test). */
class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = Chromium.unavailableReason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.BINARY);
        }
        if (Chromium.required()) {
            throw new ExtensionConfigurationException("The browser tests are required here but " + reason.get());
        }
        return ConditionEvaluationResult.disabled(reason.get());
    }
}
