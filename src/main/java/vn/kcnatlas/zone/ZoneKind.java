package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** Khu công nghiệp (industrial zone) or cụm công nghiệp (industrial cluster, smaller, run by the district). */
public enum ZoneKind implements Coded {
    KCN, CCN;

    @Override
    public String code() {
        return name();
    }
}
