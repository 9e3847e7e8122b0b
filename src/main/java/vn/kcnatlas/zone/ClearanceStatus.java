package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** Land clearance (giải phóng mặt bằng). */
public enum ClearanceStatus implements Coded {
    NOT_STARTED, IN_PROGRESS, COMPLETED;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
