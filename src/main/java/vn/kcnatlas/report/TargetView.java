package vn.kcnatlas.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A target as clients read it: with the name of what it is set for, the document that sets it and the
 * progress toward it.
 *
 * @param recordable whether officials record its outcome ({@code POST /api/targets/{id}/outcomes}) because
 *     the zones cannot measure it
 */
public record TargetView(@JsonUnwrapped Target target, String scopeName, SourceDocument source, boolean recordable,
        Progress progress) {
}
