package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** The call for investors (kêu gọi đầu tư): first for an infrastructure developer, then for tenants. */
public enum InvestmentStatus implements Coded {
    NOT_OPEN, SEEKING_INFRASTRUCTURE_INVESTOR, SEEKING_TENANTS, CLOSED;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
