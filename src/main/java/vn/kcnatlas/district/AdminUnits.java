package vn.kcnatlas.district;

import org.springframework.stereotype.Service;

/** Looks up provinces and districts as they are in the store now. */
@Service
public class AdminUnits {

    private final AdminUnitRepository repository;

    public AdminUnits(AdminUnitRepository repository) {
        this.repository = repository;
    }

    /**
     * A snapshot of every province and district, without district boundaries. There are few units, so
     * the snapshot is read afresh each time and is never stale.
     */
    public AdminUnitDirectory directory() {
        return new AdminUnitDirectory(repository.provinces(), repository.districtsWithoutBoundaries());
    }
}
